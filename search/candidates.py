"""What the search engine and the search across languages share: a page found (before it is
read whole) and whether a backend is the database's (ranked SQL) or Elasticsearch."""

from typing import NamedTuple

from django.conf import settings

DATABASE_BACKEND_MODULES = ("search.db_backend", "wagtail.search.backends.database", "modelsearch.backends.database")


class Candidate(NamedTuple):
    pk: int
    title: str
    content_type_id: int
    translation_key: str


def is_database(backend: str) -> bool:
    config = getattr(settings, "WAGTAILSEARCH_BACKENDS", {}).get(backend, {"BACKEND": "modelsearch.backends.database"})
    return config.get("BACKEND", "").startswith(DATABASE_BACKEND_MODULES)
