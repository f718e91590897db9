"""The dashboard and the offline report in headless chromium (Debian's, driven by Playwright)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from dyad.demo import run_demo
from dyad.store import EventFilter, Store

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.getbasetemp() / "dyad-demo.db"
    if not path.exists():
        run_demo(str(path))
    return str(path)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(demo_db: str) -> Iterator[str]:
    import uvicorn

    from dyad.api import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(demo_db, rate_limit=10_000), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if CHROMIUM is None:
        pytest.skip("no chromium binary (install Debian's chromium: apt-get install -y chromium, or run `make browser`)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    p = ctx.new_page()
    errors: list[str] = []
    p.on("pageerror", lambda exc: errors.append(str(exc)))
    p.errors = errors
    ARTIFACTS.mkdir(exist_ok=True)
    yield p
    ctx.close()
    assert errors == [], f"JavaScript errors: {errors}"


def _wait_ready(page: object, hash_: str) -> None:
    page.wait_for_function(  # type: ignore[attr-defined]
        "h => document.body.getAttribute('data-ready') === h", arg=hash_, timeout=10_000
    )


def test_dyad_timeline_and_event_evidence(server: str, page: object, demo_db: str) -> None:
    p = page
    p.goto(server + "/")  # type: ignore[attr-defined]
    _wait_ready(p, "/")
    assert p.locator("svg.stacked-bars rect.bar").count() > 0  # type: ignore[attr-defined]
    p.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)  # type: ignore[attr-defined]

    # choose a dyad with the pickers
    p.goto(server + "/#/dyad")  # type: ignore[attr-defined]
    _wait_ready(p, "/dyad")
    p.select_option("#dyad-form select[name=a]", "QAT")  # type: ignore[attr-defined]
    p.select_option("#dyad-form select[name=b]", "JOR")  # type: ignore[attr-defined]
    p.click("#dyad-form button[type=submit]")  # type: ignore[attr-defined]
    _wait_ready(p, "/dyad?a=QAT&b=JOR")
    marks = p.locator("#dyad-timeline svg circle.event-mark")  # type: ignore[attr-defined]
    n = Store(demo_db).count_events(EventFilter(dyad=("QAT", "JOR")))
    assert n > 0 and marks.count() == n
    p.screenshot(path=str(ARTIFACTS / "dyad-QAT-JOR.png"), full_page=True)  # type: ignore[attr-defined]

    # open one of its events from the timeline
    event_id = marks.first.get_attribute("data-event-id")
    marks.first.click()
    _wait_ready(p, "/event/" + p.evaluate("id => encodeURIComponent(id)", event_id))  # type: ignore[attr-defined]
    record = next(e for e in Store(demo_db).events(EventFilter(dyad=("QAT", "JOR"))) if e["event_id"] == event_id)
    mark = p.locator("#article mark.evidence")  # type: ignore[attr-defined]
    assert mark.count() == 1
    assert mark.text_content() == record["evidence"]["text"]
    assert p.locator("#article mark .trigger").text_content() == record["trigger"]["text"]  # type: ignore[attr-defined]
    p.screenshot(path=str(ARTIFACTS / "event.png"), full_page=True)  # type: ignore[attr-defined]


def test_arabic_event_is_right_to_left(server: str, page: object, demo_db: str) -> None:
    p = page
    record = next(e for e in Store(demo_db).events(EventFilter(language="ar")))
    p.goto(server + "/#/event/" + record["event_id"])  # type: ignore[attr-defined]
    p.wait_for_selector("#article mark.evidence")  # type: ignore[attr-defined]
    article = p.locator("#article")  # type: ignore[attr-defined]
    assert article.get_attribute("dir") == "rtl"
    assert p.evaluate("getComputedStyle(document.getElementById('article')).direction") == "rtl"  # type: ignore[attr-defined]
    assert p.locator("#article mark.evidence").text_content() == record["evidence"]["text"]  # type: ignore[attr-defined]
    p.screenshot(path=str(ARTIFACTS / "event-ar.png"), full_page=True)  # type: ignore[attr-defined]


def test_other_views(server: str, page: object, demo_db: str) -> None:
    p = page
    store = Store(demo_db)
    p.goto(server + "/#/network")  # type: ignore[attr-defined]
    _wait_ready(p, "/network")
    assert p.locator("svg.network line.edge").count() > 0  # type: ignore[attr-defined]
    p.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)  # type: ignore[attr-defined]
    p.goto(server + "/#/map")  # type: ignore[attr-defined]
    _wait_ready(p, "/map")
    assert p.locator("svg.map circle.place").count() > 0  # type: ignore[attr-defined]
    p.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)  # type: ignore[attr-defined]
    story = max(store.stories(), key=lambda s: len(s["event_ids"]))
    p.goto(server + "/#/story/" + story["story_id"])  # type: ignore[attr-defined]
    _wait_ready(p, "/story/" + story["story_id"])
    assert p.locator(".reports .report").count() == len(story["event_ids"])  # type: ignore[attr-defined]
    actor = next(a for a in store.actors() if a["names"])
    p.goto(server + "/#/actor/" + actor["actor_id"])  # type: ignore[attr-defined]
    # the hash route renders asynchronously: wait for the actor's own page, not the last one's h2
    want = actor["names"][0]["name"]
    for _ in range(50):
        if want in (p.text_content("main") or ""):  # type: ignore[attr-defined]
            break
        p.wait_for_timeout(100)  # type: ignore[attr-defined]
    assert want in p.text_content("main")  # type: ignore[attr-defined]


def test_report_opens_offline(page: object, demo_db: str, tmp_path: Path) -> None:
    from dyad.report import write_report

    out = write_report(Store(demo_db), tmp_path / "report.html")
    p = page
    requested: list[str] = []

    def block(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        requested.append(url)
        if url.startswith("file:"):
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    p.route("**/*", block)  # type: ignore[attr-defined]
    p.goto(out.as_uri())  # type: ignore[attr-defined]
    p.wait_for_selector("body[data-ready]")  # type: ignore[attr-defined]
    assert p.locator("#timeline-chart svg rect.bar").count() > 0  # type: ignore[attr-defined]
    assert p.locator("#network-chart svg line.edge").count() > 0  # type: ignore[attr-defined]
    assert [u for u in requested if not u.startswith("file:")] == []
    p.screenshot(path=str(ARTIFACTS / "report.png"))  # type: ignore[attr-defined]
