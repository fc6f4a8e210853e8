"""Demo: the demo users hold the demo positions, so the approval trail under
each page shows "Secretary of the municipality Georgi Ivanov" and not only a
user name. Users are taken by username when they exist (load_demo creates
them); nothing is created twice."""

from django.contrib.auth import get_user_model

from portal_demo.content.directory import position
from registry_pages.models import PositionHolder

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
    return {"position holders (demo users)": linked}
