"""Production serving: gunicorn preloads the portal and freezes it before forking (docs/performance.md)."""

import gc
import logging
import runpy
from pathlib import Path

import pytest
from django.template import engines

CONF = Path(__file__).resolve().parents[2] / "cms" / "gunicorn.conf.py"


class _Server:
    log = logging.getLogger("test.gunicorn")


@pytest.fixture
def conf():
    return runpy.run_path(str(CONF))


def test_the_application_is_loaded_once_in_the_master(conf):
    assert conf["preload_app"] is True
    assert conf["workers"] >= 2 and conf["bind"].startswith("127.0.0.1:")


def test_when_ready_loads_templates_catalogues_and_dictionaries_then_freezes(conf, monkeypatch):
    """Without database access (pytest-django refuses it here): a connection opened in the master
    would be shared by every forked worker."""
    loaded, closed = [], []
    monkeypatch.setattr("search.text.load_dictionaries", lambda: loaded.append("dictionaries"))
    monkeypatch.setattr("cms.warmup.connections.close_all", lambda: closed.append(True))
    loader = engines["django"].engine.template_loaders[0]
    loader.reset()
    try:
        conf["when_ready"](_Server())
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    cached = {key.split("-")[0] for key in loader.get_template_cache}
    assert {"registry_pages/service_card_page.html", "registry_pages/layout/base.html", "search/search.html",
            "home/home_page.html"} <= cached
    assert not any(name.startswith(("wagtailadmin/", "admin/")) for name in cached)
    assert loaded == ["dictionaries"]
    assert closed == [True]


def test_pre_fork_freezes_what_the_master_made_since(conf):
    try:
        conf["pre_fork"](_Server(), None)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
