"""Choose the search backends from the environment.

Pure function (no Django imports) so settings can call it. Without
ELASTICSEARCH_URL the portal uses Wagtail's database backend (SQLite FTS5 or
PostgreSQL full text). With it, `default` is Elasticsearch 9 and `database`
stays configured as the fallback the search page answers from when the
cluster cannot be reached.
"""

DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}


def search_backends_from_env(environ) -> dict:
    url = environ.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": dict(DATABASE_BACKEND)}
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": [u.strip() for u in url.split(",") if u.strip()],
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal_"),
            "TIMEOUT": int(environ.get("ELASTICSEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        },
        "database": dict(DATABASE_BACKEND),
    }
