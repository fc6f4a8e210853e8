"""Demo: the demo users hold the demo positions, so the approval trail under
each page shows "Secretary of the municipality Georgi Ivanov" and not only a
user name. Users are taken by username when they exist (load_demo creates
them); nothing is created twice.

The demo's service cards are then approved as a municipality's are: submitted by
the PR expert, reviewed by the secretary, approved by the mayor, in every
language, so each card shows its approval trail. A card whose live version is
already approved is left alone."""

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from wagtail_localize.models import TranslationSource

from portal_demo.content.directory import position
from registry_pages.models import PositionHolder, ServiceCardPage
from registry_pages.workflow.trail import approval_trail

HOLDERS = {"pr_expert": "pr_expert", "secretary": "secretary", "mayor": "mayor"}  # username: position key


def load(home, log=print) -> dict[str, int]:
    users = {u.username: u for u in get_user_model().objects.filter(username__in=HOLDERS)}
    linked = 0
    for username, key in HOLDERS.items():
        user = users.get(username)
        if user is None:
            continue
        post = position(key)
        _holder, created = PositionHolder.objects.get_or_create(position=post, user=user)
        for translated in post.get_translations():
            PositionHolder.objects.get_or_create(position=translated, user=user)
        linked += 1
        if created:
            log(f"  {username} holds {post.title}")
    approved = approve_cards(users, log)
    return {"position holders (demo users)": linked, "service cards approved through the workflow": approved}


def approve_cards(users, log=print) -> int:
    """Run every live demo card without a trail through the publication workflow (its
    notification e-mails, three per card, are not sent: nobody reads them here)."""
    author, reviewers = users.get("pr_expert"), [users.get("secretary"), users.get("mayor")]
    if author is None or None in reviewers:
        return 0
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        return _approve_cards(author, reviewers, log)


def _approve_cards(author, reviewers, log) -> int:
    """Originals first; then their translation sources are brought up to date (a sync
    with nothing new, as after a re-publication), then the translations are submitted and
    approved: no translation is left "behind its source" (workflow/outdated.py)."""
    cards = list(ServiceCardPage.objects.live().select_related("locale").order_by("path"))
    sources = set(TranslationSource.objects.values_list("object_id", "locale_id"))
    originals = [card for card in cards if (card.translation_key, card.locale_id) in sources]
    translations = [card for card in cards if (card.translation_key, card.locale_id) not in sources]
    approved = sum(_approve(card, author, reviewers, log) for card in originals)
    for card in originals:
        TranslationSource.update_or_create_from_instance(ServiceCardPage.objects.get(pk=card.pk))
    return approved + sum(_approve(card, author, reviewers, log) for card in translations)


def _approve(card, author, reviewers, log) -> bool:
    if approval_trail(card):
        return True
    workflow = card.get_workflow()
    if workflow is None or card.workflow_in_progress:
        return False
    card.save_revision(user=author)  # "Submit for approval" in the editor saves a revision
    workflow.start(card, author)
    for reviewer in reviewers:
        state = ServiceCardPage.objects.get(pk=card.pk).current_workflow_state
        if state is None or state.current_task_state is None:
            break
        state.current_task_state.approve(user=reviewer)
    if approval_trail(ServiceCardPage.objects.get(pk=card.pk)):
        return True
    log(f"  {card.title}: the workflow did not approve it")
    return False
