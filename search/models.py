"""What editors keep for search, and what the search learns from citizens.

- `SynonymSet`: plain-language synonym sets per language ("прописка,
  адресна регистрация"); a query for any member also finds the others.
  Moderated: a new or changed set counts once approved (live).
- `SearchQueryDay`: how often a (normalised) query was asked per language and
  day, and how many results it had — no personal data (no IP, no user, no
  session), so the PR expert sees what citizens did not find.
"""

from django.db import IntegrityError, connection, models, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from registry_pages.models import ModeratedSnippet


class SynonymSet(ModeratedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """Moderated like the directory snippets (drafts, revisions, the publication workflow:
    `REGISTRY_MODERATED_SNIPPET_MODELS`); only live sets reach the search."""

    terms = models.TextField(
        _("words and phrases"),
        help_text=_(
            "Words or phrases that mean the same to citizens, separated by commas, "
            "e.g. the official term and the everyday words people type."
        ),
    )
    note = models.CharField(_("note"), max_length=255, blank=True)

    panels = [FieldPanel("terms"), FieldPanel("note")]
    search_fields = [index.SearchField("terms"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("synonym set")
        verbose_name_plural = _("synonym sets")

    def __str__(self):
        return ", ".join(self.term_list()[:4])

    def term_list(self) -> list[str]:
        return [t.strip() for t in self.terms.replace("\n", ",").split(",") if t.strip()]

    def clean(self):
        from django.core.exceptions import ValidationError

        if len(self.term_list()) < 2:
            raise ValidationError({"terms": _("Give at least two words or phrases, separated by commas.")})


class SearchQueryDay(models.Model):
    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=255)
    hits = models.PositiveIntegerField(_("times asked"), default=0)
    results = models.PositiveIntegerField(_("results (last time)"), default=0)

    class Meta:
        verbose_name = _("search query per day")
        verbose_name_plural = _("search queries per day")
        constraints = [
            models.UniqueConstraint(fields=["date", "language", "query"], name="unique_query_per_day")
        ]

    def __str__(self):
        return f"{self.date} {self.language} {self.query}"

    @classmethod
    def add(cls, date, language: str, query: str, hits: int = 1, results: int = 0) -> None:
        """Count `hits` askings of a query (normalised by the caller) on `date`: one UPDATE when the
        query was asked already that day (the common case), an INSERT the first time. Searches count
        through `search.query_log`, which adds them up first."""
        key = {"date": date, "language": language, "query": query[:255]}
        if cls._count_again(key, hits, results):
            return
        try:
            with transaction.atomic():
                cls.objects.create(**key, hits=hits, results=results)
        except IntegrityError:  # another process inserted it meanwhile
            cls.objects.filter(**key).update(hits=F("hits") + hits, results=results)

    @classmethod
    def _count_again(cls, key: dict, hits: int, results: int) -> int:
        """`filter(**key).update(hits=F("hits") + hits, results=results)` as one plain statement (the
        ORM's building of it cost more CPU than the statement itself): the rows updated, 0 or 1."""
        table = connection.ops.quote_name(cls._meta.db_table)
        column = {name: connection.ops.quote_name(cls._meta.get_field(name).column) for name in ("hits", "results", *key)}
        where = " AND ".join(f"{column[name]} = %s" for name in key)
        sql = f"UPDATE {table} SET {column['hits']} = {column['hits']} + %s, {column['results']} = %s WHERE {where}"
        with connection.cursor() as cursor:
            params = [connection.ops.adapt_datefield_value(key["date"]) if name == "date" else value for name, value in key.items()]
            cursor.execute(sql, [hits, results, *params])
            return cursor.rowcount


class SearchClickDay(models.Model):
    """Which result was opened after a logged query, counted per language, day and page.

    No personal data: the same normalised query as `SearchQueryDay`, a page, a count."""

    date = models.DateField(_("date"), default=timezone.localdate, db_index=True)
    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=255)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    clicks = models.PositiveIntegerField(_("times opened"), default=0)

    class Meta:
        verbose_name = _("search result opened per day")
        verbose_name_plural = _("search results opened per day")
        constraints = [
            models.UniqueConstraint(fields=["date", "language", "query", "page"], name="unique_click_per_day")
        ]

    def __str__(self):
        return f"{self.date} {self.language} {self.query} → {self.page_id}"

    @classmethod
    def record(cls, query: str, language: str, page_id: int) -> None:
        row, created = cls.objects.get_or_create(
            date=timezone.localdate(), language=language, query=query[:255], page_id=page_id, defaults={"clicks": 1}
        )
        if not created:
            cls.objects.filter(pk=row.pk).update(clicks=F("clicks") + 1)
