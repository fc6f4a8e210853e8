"""Give an existing install's workflow and steps their keys, from the English names
`registry_setup` gave them (docs/workflow.md, "Names in each reader's language")."""

from django.db import migrations

# The names before keys existed (registry_pages/workflow/names.py).
TASK_ROLES = {
    "secretary": "Secretary review",
    "legal_adviser": "Legal adviser",
    "chief_accountant": "Chief accountant",
    "mayor": "Mayor approval",
}
WORKFLOW_ROLES = {"publication": "Publication approval"}


def fill_roles(apps, schema_editor):
    Task = apps.get_model("registry_pages", "PublicationApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowRole = apps.get_model("registry_pages", "WorkflowRole")
    for role, name in TASK_ROLES.items():
        if Task.objects.filter(role=role).exists():
            continue
        task = Task.objects.filter(name=name, role="").order_by("pk").first()
        if task is not None:
            task.role = role
            task.save(update_fields=["role"])
    for role, name in WORKFLOW_ROLES.items():
        if WorkflowRole.objects.filter(role=role).exists():
            continue
        workflow = Workflow.objects.filter(name=name, registry_role__isnull=True).order_by("pk").first()
        if workflow is not None:
            WorkflowRole.objects.create(role=role, workflow=workflow)


class Migration(migrations.Migration):
    dependencies = [("registry_pages", "0007_workflow_roles")]

    operations = [migrations.RunPython(fill_roles, migrations.RunPython.noop)]
