"""The municipal directory: departments, positions, service categories and fields of activity (moderated snippets), shared by every register."""
