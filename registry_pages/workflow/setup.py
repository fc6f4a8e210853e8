"""Install the "Publication approval" workflow at the root of the page tree.

Secretary review → [Legal adviser] → [Chief accountant] → Mayor approval.
The two co-signatures in brackets are switched on per site: they are linked
into the workflow only when enabled (`REGISTRY_WORKFLOW_COSIGNATURES` in
settings, applied by `registry_setup`, or `manage.py registry_workflow
--enable legal_adviser`), so the Workflow editor never holds an inactive
task. Enabling never reorders what editors see: the canonical order above
is restored each time.

Core Wagtail ships a "Moderators approval" workflow on the root page, and a
page has one workflow (`WorkflowPage.page` is one-to-one; the nearest
ancestor wins). Ours replaces it on the root (depth 1), above the home page
of every language, so every locale tree and every translation is covered.

The directory snippets citizens read on every card (departments, positions,
service categories, fields of activity: `MODERATED_SNIPPETS`) are assigned
the same workflow through their content type (`WorkflowContentType`, one
workflow per model), so a rename goes through the secretary and the mayor
too. A site installed before they were moderated gets the assignment on its
next `registry_setup`.

Code finds the workflow and its steps by key (`WorkflowRole.role`,
`PublicationApprovalTask.role`), not by name: an administrator may rename them in
the Workflow editor. The names are installed as English msgids and shown in each
reader's language (`workflow/names.py`). A site installed before the keys gets them
from the English names (migration 0008, and `registry_setup` adopts a task or
workflow of ours found by its default name that has no key yet).
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from registry_pages.directory.models import (
    ActivityField,
    Department,
    Position,
    ServiceCategory,
)
from registry_pages.setup import roles
from registry_pages.workflow import names
from registry_pages.workflow.models import (
    PublicationApprovalTask,
    SpendingCoSignatureTask,
    WorkflowRole,
)

WORKFLOW_ROLE = "publication"
WORKFLOW_NAME = names.WORKFLOW_NAME
CORE_DEFAULT_WORKFLOW = names.CORE_DEFAULT_NAME

# key: (default task name, task type, approving group, optional co-signature?)
TASKS = {
    "secretary": (names.SECRETARY_REVIEW, PublicationApprovalTask, roles.SECRETARIES, False),
    "legal_adviser": (names.LEGAL_ADVISER, PublicationApprovalTask, roles.LEGAL_ADVISERS, True),
    "chief_accountant": (names.CHIEF_ACCOUNTANT, SpendingCoSignatureTask, roles.CHIEF_ACCOUNTANTS, True),
    "mayor": (names.MAYOR_APPROVAL, PublicationApprovalTask, roles.MAYORS, False),
}
COSIGNATURES = [key for key, spec in TASKS.items() if spec[3]]
# Snippets whose text citizens read: moderated by the same workflow.
MODERATED_SNIPPETS = (Department, Position, ServiceCategory, ActivityField)


def get_workflow():
    return Workflow.objects.filter(registry_role__role=WORKFLOW_ROLE).first()


def get_task(key):
    _name, task_class, _group, _optional = TASKS[key]
    return task_class.objects.filter(role=key).first()


def _adopt_task(key, changes):
    """Our step from before the keys: found by its default name, given its key."""
    name, task_class, _group, _optional = TASKS[key]
    task = task_class.objects.filter(name=name, role="").order_by("pk").first()
    if task is not None:
        task.role = key
        task.save(update_fields=["role"])
        changes.append(f"task {name} is the step {key}")
    return task


def _ensure_task(key, changes):
    name, task_class, group_name, _optional = TASKS[key]
    task = get_task(key) or _adopt_task(key, changes)
    if task is None:
        task = task_class.objects.create(name=name, role=key)
        changes.append(f"created task {name}")
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])
        changes.append(f"reactivated task {name}")
    group, _created = Group.objects.get_or_create(name=group_name)
    if not task.groups.filter(pk=group.pk).exists():
        task.groups.add(group)
        changes.append(f"{name}: approved by {group_name}")
    return task


def _link(workflow, wanted_keys, changes):
    """Link exactly the wanted tasks of ours, in the canonical order."""
    ours = {key: _ensure_task(key, changes) for key in TASKS}
    links = {link.task_id: link for link in WorkflowTask.objects.filter(workflow=workflow)}
    for key, task in ours.items():
        if key not in wanted_keys and task.pk in links:
            links.pop(task.pk).delete()
            changes.append(f"removed task {names.raw(task.name)} from {names.raw(workflow.name)}")
    order = [ours[key] for key in TASKS if key in wanted_keys]
    for index, task in enumerate(order):
        link = links.get(task.pk)
        if link is None:
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=index)
            changes.append(f"added task {names.raw(task.name)} to {names.raw(workflow.name)}")
        elif link.sort_order != index:
            link.sort_order = index
            link.save(update_fields=["sort_order"])


def _assign_to_root(workflow, changes):
    root = Page.get_first_root_node()
    assignment = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
    if assignment is None:
        WorkflowPage.objects.create(page=root, workflow=workflow)
        changes.append(f"assigned {names.raw(workflow.name)} to the root page")
        return
    if assignment.workflow_id == workflow.pk:
        return
    previous = assignment.workflow
    assignment.workflow = workflow
    assignment.save(update_fields=["workflow"])
    changes.append(f"replaced workflow {names.raw(previous.name)} with {names.raw(workflow.name)} on the root page")
    if previous.name == CORE_DEFAULT_WORKFLOW and previous.active:
        previous.deactivate()
        changes.append(f"deactivated workflow {names.raw(previous.name)}")


def _assign_to_snippets(workflow, changes):
    for model in MODERATED_SNIPPETS:
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        assignment = WorkflowContentType.objects.filter(content_type=content_type).select_related("workflow").first()
        label = model._meta.label
        if assignment is None:
            WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
            changes.append(f"assigned {names.raw(workflow.name)} to {label}")
        elif assignment.workflow_id != workflow.pk:
            previous = names.raw(assignment.workflow.name)
            assignment.workflow = workflow
            assignment.save(update_fields=["workflow"])
            changes.append(f"replaced workflow {previous} with {names.raw(workflow.name)} on {label}")


def enabled_cosignatures(workflow=None) -> list[str]:
    workflow = workflow or get_workflow()
    if workflow is None:
        return []
    linked = set(WorkflowTask.objects.filter(workflow=workflow).values_list("task_id", flat=True))
    return [key for key in COSIGNATURES if (task := get_task(key)) is not None and task.pk in linked]


def ensure_workflow() -> list[str]:
    changes: list[str] = []
    workflow = get_workflow()
    if workflow is None:
        workflow = Workflow.objects.filter(name=WORKFLOW_NAME, registry_role__isnull=True).order_by("pk").first()
        if workflow is None:
            workflow = Workflow.objects.create(name=WORKFLOW_NAME)
            changes.append(f"created workflow {WORKFLOW_NAME}")
        WorkflowRole.objects.create(role=WORKFLOW_ROLE, workflow=workflow)
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
        changes.append(f"reactivated workflow {WORKFLOW_NAME}")
    # Co-signatures listed in settings are switched on; ones switched on by
    # the command or in the Workflow editor are kept.
    wanted = set(enabled_cosignatures(workflow)) | set(getattr(settings, "REGISTRY_WORKFLOW_COSIGNATURES", ()))
    _link(workflow, {"secretary", "mayor"} | wanted, changes)
    _assign_to_root(workflow, changes)
    _assign_to_snippets(workflow, changes)
    return changes


@transaction.atomic
def set_cosignature(key: str, enabled: bool) -> list[str]:
    if key not in COSIGNATURES:
        raise ValueError(key)
    changes = ensure_workflow()
    workflow = get_workflow()
    wanted = set(enabled_cosignatures(workflow))
    wanted = wanted | {key} if enabled else wanted - {key}
    _link(workflow, {"secretary", "mayor"} | wanted, changes)
    return changes
