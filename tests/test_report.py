"""The offline HTML report."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dyad.demo import run_demo
from dyad.report import write_report
from dyad.store import EventFilter, Store


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.getbasetemp() / "dyad-demo.db"
    if not path.exists():
        run_demo(str(path))
    return str(path)


class _Refs(HTMLParser):
    """Every attribute that makes a browser load or link something."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.scripts_with_src = 0
        self.stylesheets = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("src", "href", "action", "poster", "data", "srcset", "xlink:href") and value:
                self.refs.append((tag, name, value))
        if tag == "script" and any(n == "src" for n, _ in attrs):
            self.scripts_with_src += 1
        if tag == "link":
            self.stylesheets += 1


def _data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert m
    return json.loads(m.group(1))


def test_report_is_self_contained(demo_db: str, tmp_path: Path) -> None:
    store = Store(demo_db)
    out = write_report(store, tmp_path / "sub" / "report.html", title="Demo <report>")
    assert out.exists()
    html = out.read_text(encoding="utf-8")
    parser = _Refs()
    parser.feed(html)
    assert parser.scripts_with_src == 0 and parser.stylesheets == 0
    assert parser.refs == []  # nothing to load or follow: document URLs stay plain text
    assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I)
    assert "@import" not in html
    assert "<title>Demo &lt;report&gt;</title>" in html
    data = _data(html)
    n_events = store.count_events()
    assert sum(sum(m.values()) for m in data["timeline"].values()) <= n_events
    assert sum(data["event_types"].values()) == n_events
    assert data["dyads"] and data["dyads"][0]["total"] >= data["dyads"][-1]["total"]
    assert data["network"]["nodes"] and data["network"]["edges"]
    assert "window.DyadCharts" in html and "function stackedBars" in html
    n_rows = html.split('<table id="stories">', 1)[1].count("<tr>") - 1
    assert n_rows == len({e["story_id"] for e in store.events()})
    assert 'dir="rtl" lang="ar"' in html  # Arabic evidence reads right to left


def test_report_filters(demo_db: str, tmp_path: Path) -> None:
    store = Store(demo_db)
    out = write_report(store, tmp_path / "qat-jor.html", EventFilter(dyad=("QAT", "JOR")))
    html = out.read_text(encoding="utf-8")
    data = _data(html)
    assert {(d["a"], d["b"]) for d in data["dyads"]} == {("JOR", "QAT")}
    assert sum(data["event_types"].values()) == store.count_events(EventFilter(dyad=("QAT", "JOR")))
    assert "dyad = QAT–JOR" in html


def test_report_escapes_script_breaking_text(tmp_path: Path) -> None:
    from dyad.report import _script_json

    assert "</script>" not in _script_json({"x": "</script><script>alert(1)</script>"})
    assert json.loads(_script_json({"x": "</b>"})) == {"x": "</b>"}


def test_report_on_empty_store(tmp_path: Path) -> None:
    out = write_report(Store(str(tmp_path / "empty.db")), tmp_path / "empty.html")
    data = _data(out.read_text(encoding="utf-8"))
    assert data["timeline"] == {} and data["dyads"] == [] and data["network"]["nodes"] == []
