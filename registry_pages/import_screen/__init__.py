"""The admin import screen: a PR expert uploads a municipality's file, sees what was recognised, confirms."""
