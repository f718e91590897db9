"""Feed polling against local servers whose content changes between rounds."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import dyad.ingest.watch as watch_mod
from dyad.ingest.items import IngestError, RawItem
from dyad.ingest.watch import parse_every, read_sources_file, watch

pytestmark = pytest.mark.network

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
FILLER = (
    "The statement added that the talks would continue at the level of experts, and that "
    "both delegations had agreed to keep the details of the discussions confidential until "
    "a joint text could be presented to the two parliaments later in the year. "
) * 3  # long enough to count as full content, so entries are not followed


class Site:
    """A tiny news site: an RSS feed honouring ETag and a page honouring Last-Modified."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, str | None]] = []  # (guid, title, link or None)
        self.requests: list[tuple[str, dict[str, str], int]] = []
        self.page_modified = formatdate(1_700_000_000, usegmt=True)
        self.lock = threading.Lock()
        self.base = ""

    def feed(self) -> bytes:
        parts = [
            '<?xml version="1.0"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test wire</title>'
        ]
        for guid, title, link in self.entries:
            body = (
                f"<description>Teaser for {title}.</description>"
                if link
                else f"<content:encoded><![CDATA[<p>{title}. {FILLER}</p>]]></content:encoded>"
            )
            parts.append(
                f"<item><guid>{guid}</guid><title>{title}</title>"
                f"<link>{link or self.base + '/n/' + guid}</link>"
                f"<pubDate>Mon, 01 Apr 2024 09:00:00 GMT</pubDate>{body}</item>"
            )
        parts.append("</channel></rss>")
        return "".join(parts).encode("utf-8")

    def handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def _reply(self, status: int, body: bytes = b"", **headers: str) -> None:
                with site.lock:
                    site.requests.append((self.path, dict(self.headers.items()), status))
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k.replace("_", "-"), v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                if self.path == "/feed":
                    body = site.feed()
                    etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                    if self.headers.get("If-None-Match") == etag:
                        self._reply(304, ETag=etag)
                    else:
                        self._reply(200, body, Content_Type="application/rss+xml", ETag=etag)
                elif self.path == "/page":
                    if self.headers.get("If-Modified-Since") == site.page_modified:
                        self._reply(304)
                    else:
                        body = (FIXTURES / "article.html").read_bytes()
                        self._reply(
                            200,
                            body,
                            Content_Type="text/html; charset=utf-8",
                            Last_Modified=site.page_modified,
                        )
                else:
                    self._reply(404, b"gone", Content_Type="text/plain")

        return Handler


def _serve(site: Site, port: int = 0) -> ThreadingHTTPServer:
    httpd = ThreadingHTTPServer(("127.0.0.1", port), site.handler())
    httpd.daemon_threads = True
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    return httpd


@pytest.fixture
def servers() -> Iterator[list[ThreadingHTTPServer]]:
    started: list[ThreadingHTTPServer] = []
    yield started
    for httpd in started:
        httpd.shutdown()
        httpd.server_close()


def _free_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    sock.close()
    return port


def test_watch_rounds_etag_and_recovering_source(
    tmp_path: Path, servers: list[ThreadingHTTPServer]
) -> None:
    wire = Site()
    wire.entries = [("e1", "First story", None), ("e2", "Second story", None)]
    servers.append(_serve(wire))
    wire_url = wire.base + "/feed"

    # the second source is down in round 1: nothing listens on its port yet
    late = Site()
    late_port = _free_port()
    late_url = f"http://127.0.0.1:{late_port}/page"

    batches: list[list[RawItem]] = []
    errors: list[IngestError] = []

    def sink(items: list[RawItem]) -> None:
        batches.append(items)
        if len(batches) == 1:  # between rounds 1 and 2: news arrives, the late site comes up
            wire.entries.insert(0, ("e3", "Third story", None))
            servers.append(_serve(late, late_port))

    state = tmp_path / "state" / "watch.json"
    t0 = time.monotonic()
    watch(
        [wire_url, late_url],
        0.05,
        sink,
        state_path=state,
        max_rounds=3,
        on_error=errors.append,
    )
    assert time.monotonic() - t0 < 5

    # round 1: both wire entries; round 2: only the new entry plus the recovered page;
    # round 3: nothing new, so the sink is not called
    assert [[i.doc_id or i.url for i in b] for b in batches] == [
        ["e1", "e2"],
        ["e3", late_url],
    ]
    assert batches[1][1].title == "Ministers meet in Valletta over fishing dispute"
    assert batches[0][0].source == "Test wire" and batches[0][0].published == "2024-04-01"

    # the outage was reported once, on one line naming the URL, and did not stop the loop
    [err] = errors
    assert "cannot connect" in str(err) and late_url in str(err) and "\n" not in str(err)

    wire_reqs = [r for r in wire.requests if r[0] == "/feed"]
    assert [status for _, _, status in wire_reqs] == [200, 200, 304]
    assert "If-None-Match" not in wire_reqs[0][1]
    assert "If-None-Match" in wire_reqs[1][1]
    assert wire_reqs[1][1]["If-None-Match"] != wire_reqs[2][1]["If-None-Match"]
    assert [status for _, _, status in late.requests] == [200, 304]
    assert late.requests[1][1]["If-Modified-Since"] == late.page_modified

    saved = json.loads(state.read_text(encoding="utf-8"))["sources"]
    assert saved[wire_url]["seen"] == ["e1", "e2", "e3"]
    assert saved[wire_url]["etag"] == wire_reqs[2][1]["If-None-Match"]
    assert saved[late_url]["seen"] == [late_url]
    assert saved[late_url]["last_modified"] == late.page_modified

    # a new run resumes from the state file: only what is new since is delivered
    wire.entries.insert(0, ("e4", "Fourth story", None))
    again: list[list[RawItem]] = []
    watch([wire_url, late_url], 0.05, again.append, state_path=state, max_rounds=1)
    assert [[i.doc_id for i in b] for b in again] == [["e4"]]


def test_failed_entry_is_retried_then_given_up(
    tmp_path: Path, servers: list[ThreadingHTTPServer]
) -> None:
    wire = Site()
    servers.append(_serve(wire))
    wire.entries = [("ok", "Fine story", None), ("dead", "Dead link", wire.base + "/missing")]
    errors: list[IngestError] = []
    batches: list[list[RawItem]] = []
    state = tmp_path / "w.json"
    watch(
        [wire.base + "/feed"],
        0.02,
        batches.append,
        state_path=state,
        max_rounds=4,
        on_error=errors.append,
    )
    assert [[i.doc_id for i in b] for b in batches] == [["ok"]]
    # tried in rounds 1-3 (no 304 while an entry waits for a retry), then given up
    assert len(errors) == watch_mod.MAX_ENTRY_FAILURES == 3
    assert all("HTTP 404" in str(e) and "/missing" in str(e) for e in errors)
    feed_statuses = [s for p, _, s in wire.requests if p == "/feed"]
    assert feed_statuses == [200, 200, 200, 304]
    saved = json.loads(state.read_text(encoding="utf-8"))["sources"][wire.base + "/feed"]
    assert saved["seen"] == ["ok", "dead"]


def test_sink_failure_keeps_items_unseen(
    tmp_path: Path, servers: list[ThreadingHTTPServer]
) -> None:
    wire = Site()
    wire.entries = [("a", "Story A", None)]
    servers.append(_serve(wire))
    state = tmp_path / "w.json"

    def broken(items: list[RawItem]) -> None:
        raise RuntimeError("database is down")

    with pytest.raises(RuntimeError):
        watch([wire.base + "/feed"], 0.02, broken, state_path=state, max_rounds=2)
    got: list[list[RawItem]] = []
    watch([wire.base + "/feed"], 0.02, got.append, state_path=state, max_rounds=1)
    assert [[i.doc_id for i in b] for b in got] == [["a"]]


def test_seen_ids_are_capped(
    tmp_path: Path, servers: list[ThreadingHTTPServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watch_mod, "MAX_SEEN", 2)
    wire = Site()
    wire.entries = [(f"id{i}", f"Story {i}", None) for i in range(4)]
    servers.append(_serve(wire))
    state = tmp_path / "w.json"
    watch([wire.base + "/feed"], 0.02, lambda items: None, state_path=state, max_rounds=1)
    saved = json.loads(state.read_text(encoding="utf-8"))["sources"][wire.base + "/feed"]
    assert saved["seen"] == ["id2", "id3"]


def test_stop_event_ends_the_loop(tmp_path: Path, servers: list[ThreadingHTTPServer]) -> None:
    wire = Site()
    wire.entries = [("a", "Story A", None)]
    servers.append(_serve(wire))
    stop = threading.Event()
    rounds: list[Any] = []
    th = threading.Thread(
        target=watch,
        args=([wire.base + "/feed"], 60.0, rounds.append),
        kwargs={"state_path": tmp_path / "w.json", "stop": stop},
        daemon=True,
    )
    th.start()
    deadline = time.monotonic() + 3
    while not rounds and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.set()
    th.join(2)
    assert not th.is_alive()
    assert len(rounds) == 1


def test_corrupt_state_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "w.json"
    state.write_text("{not json", encoding="utf-8")
    with pytest.raises(IngestError, match="unreadable watch state") as ei:
        watch(["http://127.0.0.1:9/"], 1, print, state_path=state, max_rounds=1)
    assert str(state) in str(ei.value)


@pytest.mark.parametrize(
    ("spec", "seconds"),
    [
        ("15m", 900.0),
        ("30s", 30.0),
        ("1h", 3600.0),
        ("900", 900.0),
        ("1.5h", 5400.0),
        ("2d", 172800.0),
    ],
)
def test_parse_every(spec: str, seconds: float) -> None:
    assert parse_every(spec) == seconds


@pytest.mark.parametrize("spec", ["", "fast", "0", "-5m", "10 weeks"])
def test_parse_every_rejects(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_every(spec)


def test_read_sources_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.txt"
    path.write_text(
        "# wires\nhttps://a.test/rss\n\n  https://b.test/feed#top   # with fragment\n"
        "https://a.test/rss\n",
        encoding="utf-8",
    )
    assert read_sources_file(path) == ["https://a.test/rss", "https://b.test/feed#top"]
    with pytest.raises(IngestError, match="file not found"):
        read_sources_file(tmp_path / "absent.txt")


def test_every_round_is_reported_even_with_nothing_new(tmp_path: Path, servers: list[ThreadingHTTPServer]) -> None:
    wire = Site()
    wire.entries = [("a", "Story A", None)]
    servers.append(_serve(wire))
    rounds: list[tuple[int, int]] = []
    watch([wire.base + "/feed"], 0.02, lambda items: None, state_path=tmp_path / "w.json", max_rounds=3,
          on_round=lambda n, new: rounds.append((n, new)))
    assert rounds == [(1, 1), (2, 0), (3, 0)]
