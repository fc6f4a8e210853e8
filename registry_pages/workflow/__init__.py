"""The publication workflow: finish action, notifications, approval trail,
translation submission and the admin report. The task types are models
(`registry_pages.workflow.models`); `registry_setup` installs the workflow
(`registry_pages.workflow.setup`)."""
