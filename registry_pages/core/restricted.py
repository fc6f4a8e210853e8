"""Leave out pages citizens may not see: those under a view restriction (password, login, groups)."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def exclude_restricted(queryset):
    """Like `PageQuerySet.public()` but as a subquery, so it costs no extra query."""
    restrictions = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return queryset.exclude(Exists(restrictions))
