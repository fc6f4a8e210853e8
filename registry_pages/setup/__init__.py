"""Setting up a site for the add-on: languages, editorial groups and roles, site defaults (`registry_setup`)."""
