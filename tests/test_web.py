"""Web ingest against a local HTTP server: pages, feeds, and every way a fetch can fail."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from dyad.ingest.items import IngestError, RawItem
from dyad.ingest.web import (
    USER_AGENT,
    EntryError,
    extract_html,
    fetch,
    html_to_text,
    is_feed,
    iter_url,
    read_feed,
    read_feed_file,
    read_html_file,
    read_url,
)

pytestmark = pytest.mark.network

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "web"
HUGE = 60_000_000  # bytes served by /huge, produced on the fly
STALL = 3.0  # seconds /stall waits before answering (released at teardown)


class _Handler(BaseHTTPRequestHandler):
    base = ""
    release = threading.Event()
    user_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _fixture(self, name: str, ctype: str) -> None:
        body = (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base)
        self._send(body.encode("utf-8"), ctype)

    def do_GET(self) -> None:
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        try:
            if path == "/article.html":
                self._fixture("article.html", "text/html; charset=utf-8")
            elif path == "/article_nodate.html":
                self._fixture("article_nodate.html", "text/html; charset=utf-8")
            elif path == "/nav":
                self._fixture("nav_only.html", "text/html; charset=utf-8")
            elif path == "/rss":
                self._fixture("rss.xml", "application/rss+xml")
            elif path == "/atom":
                # served with a generic type: must be recognised by sniffing
                self._fixture("atom.xml", "application/xml")
            elif path == "/malformed":
                self._fixture("malformed.xml", "application/rss+xml")
            elif path == "/plain":
                self._send(b"Plain text dispatch from the wire.\n", "text/plain; charset=utf-8")
            elif path == "/image":
                self._send(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
            elif path == "/huge":
                # no Content-Length: the client can only find out by counting while reading
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
                for _ in range(HUGE // len(chunk) + 1):
                    self.wfile.write(chunk)
            elif path == "/huge-declared":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(HUGE))
                self.end_headers()
                self.wfile.write(b"<p>never mind</p>")
            elif path == "/stall":
                self.release.wait(STALL)
                self._send(b"<p>too late</p>", "text/html")
            elif path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/article.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._send(b"not here", "text/plain", status=404)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up on purpose (size cap, timeout)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.block_on_close = False
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.base = base
    _Handler.release.clear()
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield base
    finally:
        _Handler.release.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def refused_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/"


def _one_line_naming(err: IngestError, name: str) -> None:
    msg = str(err)
    assert "\n" not in msg
    assert name in msg


# ----------------------------------------------------------------- HTML extraction


def test_article_file_text_and_metadata() -> None:
    item = read_html_file(FIXTURES / "article.html")
    assert item.title == "Ministers meet in Valletta over fishing dispute"
    assert item.published == "2024-03-14"
    assert item.source == "Harbour Gazette"
    assert item.lang == "en"
    assert item.html is None and item.text is not None
    paras = item.text.split("\n\n")
    assert len(paras) == 4
    assert paras[0].startswith("The foreign ministers of Portugal and Morocco")
    assert paras[-1].startswith("Neither side gave figures")
    # navigation, related links and footer are gone; the headline is not repeated
    for furniture in ("Subscribe", "Most read", "Privacy", "Copyright", "Sport"):
        assert furniture not in item.text
    assert not item.text.startswith(item.title)


def test_no_date_stays_none_never_guessed() -> None:
    # the page has "© 2021" in its footer and a date inside the prose, but no date markup
    item = read_html_file(FIXTURES / "article_nodate.html")
    assert item.published is None
    assert item.lang == "fr"
    assert item.text is not None and "12 janvier 2022" in item.text


def test_navigation_only_page_is_an_error() -> None:
    with pytest.raises(IngestError, match="no article text found in HTML") as ei:
        read_html_file(FIXTURES / "nav_only.html")
    _one_line_naming(ei.value, "nav_only.html")


def test_extract_html_keeps_given_url_and_declared_language() -> None:
    html = (FIXTURES / "article.html").read_text(encoding="utf-8")
    html = html.replace('<html lang="en">', '<html lang="ar-EG">')
    item = extract_html(html, "page", url="https://example.org/a/1")
    assert item.url == "https://example.org/a/1"
    assert item.lang == "ar"
    assert item.origin == "page"


def test_missing_html_file() -> None:
    with pytest.raises(IngestError, match="file not found") as ei:
        read_html_file(FIXTURES / "absent.html")
    _one_line_naming(ei.value, "absent.html")


def test_html_to_text_keeps_paragraphs() -> None:
    text = html_to_text("<p>One <b>two</b></p><p>Three<br>four</p><script>x()</script>")
    assert text == "One two\n\nThree\nfour"
    assert html_to_text("plain  words") == "plain words"


# ----------------------------------------------------------------- fetch


def test_fetch_page_and_user_agent(server: str) -> None:
    body, ctype, headers = fetch(f"{server}/article.html")
    assert b"Valletta" in body
    assert ctype.startswith("text/html")
    assert headers["content-type"] == ctype
    assert _Handler.user_agents[-1] == USER_AGENT and "dyad" in USER_AGENT


def test_fetch_404(server: str) -> None:
    with pytest.raises(IngestError, match="HTTP 404") as ei:
        fetch(f"{server}/nothing-here")
    _one_line_naming(ei.value, f"{server}/nothing-here")


def test_fetch_rejects_image(server: str) -> None:
    with pytest.raises(IngestError, match="unsupported content type image/png") as ei:
        fetch(f"{server}/image")
    _one_line_naming(ei.value, f"{server}/image")


def test_fetch_size_cap_while_streaming(server: str) -> None:
    t0 = time.monotonic()
    with pytest.raises(IngestError, match="larger than 10000000 bytes") as ei:
        fetch(f"{server}/huge")
    _one_line_naming(ei.value, f"{server}/huge")
    assert time.monotonic() - t0 < 5


def test_fetch_size_cap_from_declared_length(server: str) -> None:
    with pytest.raises(IngestError, match="larger than 1000 bytes"):
        fetch(f"{server}/huge-declared", max_bytes=1000)


def test_fetch_timeout(server: str) -> None:
    t0 = time.monotonic()
    with pytest.raises(IngestError, match="timed out after 0.5 s") as ei:
        fetch(f"{server}/stall", timeout=0.5)
    assert time.monotonic() - t0 < 2.5
    _one_line_naming(ei.value, f"{server}/stall")


def test_fetch_connection_refused(refused_url: str) -> None:
    with pytest.raises(IngestError, match="cannot connect") as ei:
        fetch(refused_url, timeout=2)
    _one_line_naming(ei.value, refused_url)


def test_fetch_bad_scheme() -> None:
    with pytest.raises(IngestError, match="invalid URL") as ei:
        fetch("ftp://example.org/file")
    _one_line_naming(ei.value, "ftp://example.org/file")


def test_fetch_with_shared_client_follows_redirect(server: str) -> None:
    with httpx.Client() as client:
        body, _, _ = fetch(f"{server}/redirect", client=client)
    assert b"Valletta" in body


# ----------------------------------------------------------------- feeds


def test_is_feed_sniffing() -> None:
    rss = (FIXTURES / "rss.xml").read_bytes()
    atom = (FIXTURES / "atom.xml").read_bytes()
    rdf = b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>'
    assert is_feed(rss, "application/xml")
    assert is_feed(atom, None)
    assert is_feed(rdf, "text/xml")
    assert is_feed(b"", "application/atom+xml; charset=utf-8")
    assert not is_feed((FIXTURES / "article.html").read_bytes(), "text/html")
    assert not is_feed(b"<html><script>var s='<feed';</script></html>", "text/html")


def test_read_url_page(server: str) -> None:
    [item] = read_url(f"{server}/article.html")
    assert item.url == f"{server}/article.html"
    assert item.title == "Ministers meet in Valletta over fishing dispute"
    assert item.published == "2024-03-14"


def test_read_url_plain_text(server: str) -> None:
    [item] = read_url(f"{server}/plain")
    assert item.text == "Plain text dispatch from the wire."


def test_read_url_navigation_page(server: str) -> None:
    with pytest.raises(IngestError, match="no article text") as ei:
        read_url(f"{server}/nav")
    _one_line_naming(ei.value, f"{server}/nav")


def test_rss_feed_follows_summary_only_entries(server: str) -> None:
    errors: list[IngestError] = []
    items = read_url(f"{server}/rss", on_error=errors.append)
    assert [i.doc_id for i in items] == ["hg-2024-0001", f"{server}/article.html"]
    full, followed = items
    # full content is used as is, HTML stripped, paragraphs kept
    assert full.text is not None and full.text.count("\n\n") == 2
    assert full.text.startswith("Lawmakers voted on Tuesday")
    assert full.url == f"{server}/news/defence-budget"
    assert full.published == "2024-03-12"
    assert full.source == "Harbour Gazette — World"
    assert full.lang == "en"
    # the teaser entry was replaced by the linked article
    assert followed.text is not None and followed.text.startswith("The foreign ministers")
    assert followed.title == "Ministers meet in Valletta over fishing dispute"
    assert followed.source == "Harbour Gazette — World"
    assert followed.meta["summary"] == "Two foreign ministers held talks on a fishing quarrel."
    # the entry whose page is gone fails alone, with a one-line message naming its URL
    [err] = errors
    assert isinstance(err, EntryError) and err.entry_id == "hg-2024-0003"
    assert "HTTP 404" in str(err)
    _one_line_naming(err, f"{server}/missing")


def test_read_url_without_callback_drops_failed_entries(server: str) -> None:
    items = read_url(f"{server}/rss")
    assert len(items) == 2


def test_atom_feed_sniffed_and_followed(server: str) -> None:
    items = read_url(f"{server}/atom")
    assert [i.doc_id for i in items] == ["urn:lq:2024:0401", "urn:lq:2024:0402"]
    full, followed = items
    assert full.published == "2024-04-01"  # the publisher's day, not shifted to UTC
    assert full.source == "Le Quotidien — Politique"
    assert full.lang == "fr"
    assert full.text is not None and "Le gouvernement espère" in full.text
    # the linked page has no date: the entry's updated date is used
    assert followed.published == "2024-04-02"
    assert followed.text is not None and followed.text.startswith("Le Premier ministre a reçu")


def test_feed_without_following_uses_summaries(server: str) -> None:
    items = read_url(f"{server}/rss", follow=False)
    assert len(items) == 3
    assert items[1].text == "Two foreign ministers held talks on a fishing quarrel."
    assert items[2].url == f"{server}/missing"


def test_feed_file_and_custom_fetcher() -> None:
    calls: list[str] = []
    page = (FIXTURES / "article.html").read_bytes()

    def fetcher(url: str) -> tuple[bytes, str, dict[str, str]]:
        calls.append(url)
        if url.endswith("/missing"):
            raise IngestError(url, "HTTP 410 Gone")
        return page, "text/html; charset=utf-8", {}

    data = (FIXTURES / "rss.xml").read_bytes().replace(b"{base}", b"https://gazette.test")
    results = list(read_feed(data, "feed.xml", fetcher=fetcher))
    assert calls == ["https://gazette.test/article.html", "https://gazette.test/missing"]
    assert [type(r) for r in results] == [RawItem, RawItem, EntryError]
    # ids already seen are skipped before any fetch
    calls.clear()
    seen = {"https://gazette.test/article.html", "hg-2024-0003"}
    results = list(read_feed(data, "feed.xml", fetcher=fetcher, seen=seen))
    assert calls == [] and len(results) == 1

    offline = list(read_feed_file(FIXTURES / "atom.xml", follow=False))
    assert all(isinstance(r, RawItem) for r in offline) and len(offline) == 2


def test_malformed_feed(server: str) -> None:
    with pytest.raises(IngestError, match="malformed feed: ") as ei:
        read_url(f"{server}/malformed")
    _one_line_naming(ei.value, f"{server}/malformed")
    with pytest.raises(IngestError, match="malformed feed") as ei:
        list(read_feed_file(FIXTURES / "malformed.xml"))
    _one_line_naming(ei.value, "malformed.xml")


def test_iter_url_yields_errors_inline(server: str, refused_url: str) -> None:
    results = list(iter_url(f"{server}/rss"))
    assert [type(r) for r in results] == [RawItem, RawItem, EntryError]
    [err] = list(iter_url(refused_url, timeout=2))
    assert isinstance(err, IngestError) and refused_url in str(err)
