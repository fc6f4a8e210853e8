"""Action plans beyond the models: the public listing, downloads, reports, reminders."""
