"""Choose the search backends from the environment.

Pure functions (no Django imports) so settings can call them.

Without ELASTICSEARCH_URL the portal uses Wagtail's database backend (SQLite
FTS5 or PostgreSQL full text): `default` is the only backend.

With ELASTICSEARCH_URL, Wagtail's `elasticsearch9` backend is used with
per-language analysis. modelsearch puts all locales of all pages in one index
per root model, and one index has one default analyzer, so each content
language gets its own backend (`es_bg`, `es_pl`, `es_uk`, `es_en`) with its own
index prefix and its language's analyzer as the index's `default` analyzer;
the search page queries the backend of the page's language. `default` is an
Elasticsearch backend with language-neutral folding (used by the admin and
the API), and `database` stays configured: every Elasticsearch backend
(`search.es_backend`) answers from it when the cluster cannot be reached.

Bulgarian and English analyzers are built into Elasticsearch. Polish
(`polish`, plugin analysis-stempel) and Ukrainian (`ukrainian`, plugin
analysis-ukrainian) are used only when ELASTICSEARCH_LANGUAGE_PLUGINS names
the plugin (it must be installed on every node); otherwise those languages
use the standard tokenizer with lowercase + ASCII folding.
"""

# Wagtail's database backend with relevance ranking that scales on SQLite (search/db_backend.py).
DATABASE_BACKEND = {"BACKEND": "search.db_backend", "AUTO_UPDATE": True}

FOLDING_ANALYZER = {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]}

# language -> (analyzer when available, plugin it needs or None)
LANGUAGE_ANALYZERS = {
    "bg": ({"type": "bulgarian"}, None),
    "en": ({"type": "english"}, None),
    "pl": ({"type": "polish"}, "analysis-stempel"),
    "uk": ({"type": "ukrainian"}, "analysis-ukrainian"),
}


def analyzer_for(language: str, plugins: set[str]) -> dict:
    analyzer, plugin = LANGUAGE_ANALYZERS.get(language, (FOLDING_ANALYZER, None))
    if plugin and plugin not in plugins:
        return dict(FOLDING_ANALYZER)
    return dict(analyzer)


def _es_backend(urls, prefix, timeout, analyzer, retry_after=30.0):
    return {
        # Wagtail's elasticsearch9 backend, answering from `database` when the cluster is unreachable.
        "BACKEND": "search.es_backend",
        "FALLBACK": "database",
        "RETRY_AFTER": retry_after,  # seconds the cluster is skipped after a failed call
        "URLS": urls,
        "INDEX_PREFIX": prefix,
        "TIMEOUT": timeout,
        "AUTO_UPDATE": True,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "INDEX_SETTINGS": {"settings": {"analysis": {"analyzer": {"default": analyzer}}}},
    }


def language_backend_name(language: str) -> str:
    return f"es_{language}"


def search_backends_from_env(environ, languages=("bg", "pl", "uk", "en")) -> dict:
    url = environ.get("ELASTICSEARCH_URL", "").strip()
    if not url:
        return {"default": dict(DATABASE_BACKEND)}
    urls = [u.strip() for u in url.split(",") if u.strip()]
    prefix = environ.get("ELASTICSEARCH_INDEX_PREFIX", "portal_")
    timeout = int(environ.get("ELASTICSEARCH_TIMEOUT", "5"))
    retry_after = float(environ.get("ELASTICSEARCH_RETRY_AFTER", "30"))
    plugins = {p.strip() for p in environ.get("ELASTICSEARCH_LANGUAGE_PLUGINS", "").split(",") if p.strip()}
    backends = {"default": _es_backend(urls, prefix, timeout, dict(FOLDING_ANALYZER), retry_after)}
    for language in languages:
        backends[language_backend_name(language)] = _es_backend(
            urls, f"{prefix}{language}_", timeout, analyzer_for(language, plugins), retry_after
        )
    backends["database"] = dict(DATABASE_BACKEND)
    return backends
