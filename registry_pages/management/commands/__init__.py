"""registry_setup, import_registry, import_action_plan, send_deadline_reminders, registry_workflow."""
