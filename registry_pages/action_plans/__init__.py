"""Action plans: the plan and item pages, deadlines, the public listing, downloads, admin reports, reminders and importers."""
