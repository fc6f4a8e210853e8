"""Template tags of the public layout and of the admin screens the add-on changes."""
