"""Web ingest: HTML pages, URLs and RSS/Atom feeds.

Everything here returns :class:`~dyad.ingest.items.RawItem` objects with ``text`` already
extracted (``html`` left ``None``), or raises / yields :class:`~dyad.ingest.items.IngestError`
whose message is a single line naming the file or URL.

* :func:`extract_html` — main text and metadata of one HTML page (trafilatura).
* :func:`read_html_file` — the same, from a file.
* :func:`fetch` — one guarded HTTP GET (timeouts, size cap, content-type check).
* :func:`read_url` — a page becomes one item, a feed becomes its entries.
* :func:`is_feed`, :func:`read_feed`, :func:`read_feed_file` — RSS 2.0 / RSS 1.0 / Atom.
"""

from __future__ import annotations

import calendar
import datetime as dt
import email.utils
import hashlib
import importlib.metadata
import logging
import re
import time
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import feedparser
import httpx
import lxml.html
import trafilatura
from trafilatura.utils import decode_file

from dyad.ingest.items import IngestError, RawItem

log = logging.getLogger(__name__)


def _version() -> str:
    try:
        return importlib.metadata.version("dyad")
    except importlib.metadata.PackageNotFoundError:  # running from a bare checkout
        return "0"


USER_AGENT = f"dyad/{_version()} (news event extraction)"

# A feed entry whose own content is shorter than this is treated as a teaser and, when
# following is allowed, replaced by the article behind its link.
MIN_FULL_CONTENT = 500

# Content types we can read.  Anything else (images, PDF, video, archives) is refused before
# the body is downloaded.
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_FEED_TYPES = {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/x-rss+xml",
    "application/feed+xml",
}
_XML_TYPES = {"application/xml", "text/xml"}
_TEXT_TYPES = {"text/plain"}
ACCEPTED_TYPES = _HTML_TYPES | _FEED_TYPES | _XML_TYPES | _TEXT_TYPES

_ACCEPT_HEADER = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8"
)

# htmldate settings: take the original publication date from markup only.  The extensive
# text search guesses from any date-looking string in the page (copyright lines, "updated"
# stamps, related-article teasers), which is worse than no date for event dating.
_DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}

Fetcher = Callable[[str], tuple[bytes, str, dict[str, str]]]


class EntryError(IngestError):
    """A single feed entry that could not be read; the rest of the feed is fine.

    ``entry_id`` lets pollers remember failures per entry.
    """

    def __init__(self, origin: str, reason: str, entry_id: str):
        super().__init__(origin, reason)
        self.entry_id = entry_id

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, ...]]:
        return (type(self), (self.origin, self.reason, self.entry_id))


def _one_line(text: object) -> str:
    """Collapse an exception text to one line (messages must fit one log line)."""
    return " ".join(str(text).split()) or type(text).__name__


# --------------------------------------------------------------------------- HTML


_LANG_RES = [
    re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*", re.I),
    re.compile(
        rb"<meta\b[^>]*?http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*?"
        rb"content\s*=\s*[\"']?\s*([A-Za-z]{2,3})",
        re.I,
    ),
    re.compile(
        rb"<meta\b[^>]*?property\s*=\s*[\"']?og:locale[\"']?[^>]*?content\s*=\s*[\"']?\s*([A-Za-z]{2,3})",
        re.I,
    ),
]


def declared_language(html: str) -> str | None:
    """The language the page declares (``<html lang>``, content-language, og:locale), lower-case.

    Only the primary subtag is kept ("fr-FR" → "fr").  Declarations are often wrong on
    multilingual sites, so callers should treat this as a hint, not a fact.
    """
    head = html[:20_000].encode("utf-8", "ignore")
    for rx in _LANG_RES:
        m = rx.search(head)
        if m:
            return m.group(1).decode("ascii").lower()
    return None


def _block_text(el: Any) -> str:
    """Text of one extracted block with whitespace collapsed, keeping explicit line breaks."""
    parts: list[str] = []
    if el.text:
        parts.append(el.text)
    for child in el:
        if child.tag == "lb":
            parts.append("\n")
        else:
            parts.append(_block_text(child))
        if child.tail:
            parts.append(child.tail)
    raw = "".join(parts)
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _paragraphs(body: Any) -> list[str]:
    """Paragraphs of trafilatura's XML body: one per block, list items one per line."""
    out: list[str] = []
    for el in body:
        if el.tag == "list":
            items = [_block_text(item) for item in el.iter("item")]
            text = "\n".join(i for i in items if i)
        else:
            text = _block_text(el)
        if text:
            out.append(text)
    return out


def _looks_like_article(paragraphs: list[str]) -> bool:
    """Whether extracted text is prose rather than leftover menus.

    trafilatura's fallback extractors return link lists for navigation-only pages
    ("Home / World / Sport").  Real article text has sentence-length lines; we ask for
    at least 15 words in lines of 6 words or more.
    """
    words = 0
    for para in paragraphs:
        for line in para.split("\n"):
            n = len(line.split())
            if n >= 6:
                words += n
    return words >= 15


def extract_html(html: str, origin: str, url: str | None = None) -> RawItem:
    """Extract the main text and metadata of an HTML page.

    Returns an item with ``text`` (paragraphs separated by blank lines; the headline is
    kept in ``title``, not repeated in the text), ``title``, ``url`` (the given URL, else
    the page's canonical URL), ``source`` (site name, else host name), ``published``
    ("YYYY-MM-DD" from the page markup, ``None`` when the page states none) and ``lang``
    (declared language, if any).  Comments, tables and link lists are left out.

    Raises ``IngestError(origin, "no article text found in HTML")`` when the page has no
    main text, e.g. an index page made only of navigation.
    """
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        raise IngestError(origin, f"cannot parse HTML: {_one_line(exc)}") from exc
    if doc is None or isinstance(doc, dict):
        raise IngestError(origin, "no article text found in HTML")

    body = getattr(doc, "body", None)
    if body is not None and len(body):
        paragraphs = _paragraphs(body)
    else:
        paragraphs = [p for p in (" ".join(x.split()) for x in (doc.text or "").split("\n")) if p]

    title = (doc.title or "").strip() or None
    # trafilatura keeps the <h1> as the first block; the title travels separately.
    if paragraphs and title and " ".join(paragraphs[0].split()).casefold() == title.casefold():
        paragraphs = paragraphs[1:]

    if not _looks_like_article(paragraphs):
        raise IngestError(origin, "no article text found in HTML")

    published = doc.date if doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None
    meta: dict[str, Any] = {}
    for key in ("author", "hostname", "description", "sitename"):
        value = getattr(doc, key, None)
        if value:
            meta[key] = value
    return RawItem(
        origin=origin,
        text="\n\n".join(paragraphs),
        title=title,
        url=url or doc.url or None,
        source=doc.sitename or doc.hostname or None,
        published=published,
        lang=declared_language(html),
        meta=meta,
    )


def _decode(data: bytes, content_type: str | None) -> str:
    """Bytes to text: the charset the server declared, else trafilatura's sniffing."""
    if content_type:
        m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.I)
        if m:
            try:
                return data.decode(m.group(1))
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong header is common; fall back to sniffing the bytes
    return decode_file(data)


def _read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise IngestError(str(path), "file not found") from exc
    except IsADirectoryError as exc:
        raise IngestError(str(path), "is a directory") from exc
    except OSError as exc:
        raise IngestError(str(path), f"cannot read: {_one_line(exc.strerror or exc)}") from exc


def read_html_file(path: Path) -> RawItem:
    """Read a saved HTML page and extract it (see :func:`extract_html`)."""
    return extract_html(_decode(_read_file(path), None), str(path))


# --------------------------------------------------------------------------- HTTP


@dataclass
class Response:
    """What :func:`get` saw: status, body (empty for 304), content type, lower-case headers."""

    url: str
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _type_accepted(content_type: str) -> bool:
    media = _media_type(content_type)
    # no header at all: let the body sniffing decide
    return not media or media in ACCEPTED_TYPES or media.endswith("+xml")


def get(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    client: httpx.Client | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """One guarded GET; like :func:`fetch` but a ``304 Not Modified`` is returned, not raised.

    Used by the feed poller for conditional requests (pass ``If-None-Match`` /
    ``If-Modified-Since`` in ``headers``).
    """
    req_headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT_HEADER}
    req_headers.update(headers or {})
    own = client is None
    cl = client or httpx.Client(follow_redirects=True, timeout=httpx.Timeout(timeout))
    # read timeouts apply per chunk, so a server trickling bytes could hold us forever;
    # bound the whole transfer as well
    deadline = time.monotonic() + 3 * timeout
    try:
        with cl.stream(
            "GET", url, headers=req_headers, timeout=httpx.Timeout(timeout), follow_redirects=True
        ) as resp:
            hdrs = {k.lower(): v for k, v in resp.headers.items()}
            ctype = hdrs.get("content-type", "")
            final_url = str(resp.url)
            if resp.status_code == 304:
                return Response(final_url, 304, b"", ctype, hdrs)
            if resp.status_code >= 400:
                reason = f"HTTP {resp.status_code}"
                if resp.reason_phrase:
                    reason += f" {resp.reason_phrase}"
                raise IngestError(url, reason)
            if not _type_accepted(ctype):
                raise IngestError(
                    url, f"unsupported content type {_media_type(ctype)} (not HTML, feed or text)"
                )
            declared = hdrs.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(url, f"larger than {max_bytes} bytes ({declared} declared)")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(url, f"larger than {max_bytes} bytes")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise IngestError(url, f"download took longer than {3 * timeout:g} s")
            return Response(final_url, resp.status_code, b"".join(chunks), ctype, hdrs)
    except IngestError:
        raise
    except httpx.TimeoutException as exc:
        raise IngestError(url, f"timed out after {timeout:g} s ({type(exc).__name__})") from exc
    except httpx.ConnectError as exc:
        text = _one_line(exc)
        if re.search(
            r"name or service not known|nodename nor servname|getaddrinfo|no address", text, re.I
        ):
            host = httpx.URL(url).host
            raise IngestError(url, f"cannot resolve host {host} ({text})") from exc
        raise IngestError(url, f"cannot connect: {text}") from exc
    except httpx.TooManyRedirects as exc:
        raise IngestError(url, "too many redirects") from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise IngestError(url, f"invalid URL: {_one_line(exc)}") from exc
    except httpx.HTTPError as exc:
        raise IngestError(url, f"{type(exc).__name__}: {_one_line(exc)}") from exc
    finally:
        if own:
            cl.close()


def fetch(
    url: str,
    *,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    client: httpx.Client | None = None,
) -> tuple[bytes, str, dict[str, str]]:
    """GET ``url`` and return ``(body, content_type, headers)`` (header names lower-case).

    ``timeout`` bounds connecting and each read (and three times it the whole download);
    bodies over ``max_bytes`` are cut off while streaming.  Only HTML, RSS/Atom/XML and
    plain text are accepted.  Every failure — HTTP status, refused connection, DNS,
    timeout, size, content type — is an ``IngestError`` naming the URL.
    """
    resp = get(url, timeout=timeout, max_bytes=max_bytes, client=client)
    return resp.body, resp.content_type, resp.headers


# --------------------------------------------------------------------------- feeds

_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:rdf)\b", re.I)


def is_feed(data: bytes, content_type: str | None) -> bool:
    """Whether a body is an RSS/Atom feed: by content type, else by its first tag."""
    media = _media_type(content_type or "")
    if media in _FEED_TYPES:
        return True
    head = data[:2048]
    m = _FEED_SNIFF.search(head)
    if not m:
        return False
    # an HTML page that merely mentions "<feed" in a script is not a feed
    return b"<html" not in head[: m.start()].lower()


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries and content), paragraphs kept apart."""
    if not fragment or "<" not in fragment:
        return "\n\n".join(
            " ".join(p.split()) for p in re.split(r"\n\s*\n", fragment or "") if p.strip()
        )
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml rejects some broken fragments; strip tags crudely instead
        return " ".join(re.sub(r"<[^>]+>", " ", fragment).split())
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    blocks = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre"}
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in blocks:
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paras = []
    for para in re.split(r"\n\s*\n", text):
        lines = [" ".join(line.split()) for line in para.split("\n")]
        joined = "\n".join(line for line in lines if line)
        if joined:
            paras.append(joined)
    return "\n\n".join(paras)


def _local_date(raw: str) -> str | None:
    """The calendar date as the publisher wrote it (RFC 822 or ISO 8601), zone untouched."""
    raw = raw.strip()
    try:
        return email.utils.parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return dt.datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _entry_date(entry: Any) -> str | None:
    """Publication date of an entry as YYYY-MM-DD.

    The publisher's own calendar day is preferred: feedparser's ``*_parsed`` values are
    converted to UTC, which moves a story published at 01:00 in Cairo to the day before.
    """
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            day = _local_date(str(raw))
            if day:
                return day
        parsed = entry.get(key + "_parsed")
        if parsed:
            try:
                return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(parsed)))
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _entry_id(entry: Any) -> str:
    for key in ("id", "guid", "link"):
        value = entry.get(key)
        if value:
            return str(value)
    basis = (entry.get("title") or "") + "\n" + (entry.get("summary") or "")
    return "sha1:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()


def _entry_content(entry: Any) -> str:
    """The longest full-content body of an entry as text ('' when only a summary)."""
    best = ""
    for content in entry.get("content") or []:
        text = html_to_text(content.get("value") or "")
        if len(text) > len(best):
            best = text
    return best


def read_feed(
    data: bytes,
    origin: str,
    *,
    follow: bool = True,
    fetcher: Fetcher = fetch,
    seen: Container[str] = (),
) -> Iterator[RawItem | IngestError]:
    """Items of an RSS/Atom feed, one per entry, in feed order.

    Each item carries ``doc_id`` (entry id, guid or link), ``title``, ``url`` (the link),
    ``published`` (from the entry's published/updated date), ``source`` (the feed title)
    and ``lang`` (entry or feed language, else the page's).  An entry with full content
    (at least ``MIN_FULL_CONTENT`` characters) is used as is; a teaser-only entry is
    replaced by the article behind its link, fetched with ``fetcher`` — unless ``follow``
    is false, then its summary text is used.

    A page that cannot be fetched or has no article text is *yielded* as an
    :class:`EntryError` for that entry; the feed goes on.  A feed that cannot be parsed
    at all *raises* ``IngestError(origin, "malformed feed: ...")``.  Entries whose id is
    in ``seen`` are skipped before anything is fetched.
    """
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries and parsed.get("bozo"):
        reason = _one_line(parsed.get("bozo_exception") or "not a feed")
        raise IngestError(origin, f"malformed feed: {reason}")
    feed_info = parsed.get("feed") or {}
    feed_title = " ".join((feed_info.get("title") or "").split()) or None
    feed_lang = feed_info.get("language") or None

    for entry in entries:
        entry_id = _entry_id(entry)
        if entry_id in seen:
            continue
        link = entry.get("link") or None
        title = " ".join((entry.get("title") or "").split()) or None
        lang = _primary_lang(entry.get("language") or feed_lang)
        item = RawItem(
            origin=link or f"{origin}#{entry_id}",
            doc_id=entry_id,
            title=title,
            url=link,
            source=feed_title,
            published=_entry_date(entry),
            lang=lang,
            meta={"feed": origin},
        )
        text = _entry_content(entry)
        if len(text) >= MIN_FULL_CONTENT:
            item.text = text
            yield item
            continue
        summary = html_to_text(entry.get("summary") or "")
        if follow and link:
            try:
                page = _fetch_page(link, fetcher)
            except IngestError as exc:
                yield EntryError(exc.origin, exc.reason, entry_id)
                continue
            item.text = page.text
            item.title = item.title or page.title
            item.published = item.published or page.published
            item.source = item.source or page.source
            item.lang = item.lang or page.lang
            item.meta.update({k: v for k, v in page.meta.items() if k not in item.meta})
            if summary:
                item.meta["summary"] = summary
            yield item
            continue
        best = text if len(text) >= len(summary) else summary
        if not best:
            yield EntryError(item.origin, "feed entry has no text and no link", entry_id)
            continue
        item.text = best
        yield item


def _primary_lang(code: str | None) -> str | None:
    if not code:
        return None
    m = re.match(r"\s*([A-Za-z]{2,3})\b", code)
    return m.group(1).lower() if m else None


def _fetch_page(url: str, fetcher: Fetcher) -> RawItem:
    body, ctype, _headers = fetcher(url)
    if _media_type(ctype) in _TEXT_TYPES:
        text = _decode(body, ctype).strip()
        if not text:
            raise IngestError(url, "empty text")
        return RawItem(origin=url, text=text, url=url)
    return extract_html(_decode(body, ctype), url, url=url)


def read_feed_file(path: Path, follow: bool = True) -> Iterator[RawItem | IngestError]:
    """Items of a feed saved to disk (see :func:`read_feed`)."""
    return read_feed(_read_file(path), str(path), follow=follow)


# --------------------------------------------------------------------------- URLs


def read_url(
    url: str,
    *,
    follow: bool = True,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    client: httpx.Client | None = None,
    on_error: Callable[[IngestError], None] | None = None,
) -> list[RawItem]:
    """Read a URL: an HTML page gives one item, a feed gives one item per entry.

    Failures of the URL itself raise ``IngestError``.  For a feed, entries whose page
    fails are passed to ``on_error``; without a callback they are logged, and if no entry
    at all could be read the first failure is raised.
    """
    resp = get(url, timeout=timeout, max_bytes=max_bytes, client=client)
    return items_from_response(
        resp,
        url,
        follow=follow,
        timeout=timeout,
        max_bytes=max_bytes,
        client=client,
        on_error=on_error,
    )


def items_from_response(
    resp: Response,
    url: str,
    *,
    follow: bool = True,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    client: httpx.Client | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    seen: Container[str] = (),
) -> list[RawItem]:
    """Turn a fetched body into items (shared by :func:`read_url` and the poller)."""
    if is_feed(resp.body, resp.content_type):

        def fetcher(link: str) -> tuple[bytes, str, dict[str, str]]:
            return fetch(link, timeout=timeout, max_bytes=max_bytes, client=client)

        items: list[RawItem] = []
        errors: list[IngestError] = []
        for res in read_feed(resp.body, url, follow=follow, fetcher=fetcher, seen=seen):
            if isinstance(res, IngestError):
                errors.append(res)
                if on_error is not None:
                    on_error(res)
                else:
                    log.warning("%s", res)
            else:
                items.append(res)
        if errors and not items and on_error is None:
            raise errors[0]
        return items
    media = _media_type(resp.content_type)
    if media in _TEXT_TYPES:
        text = _decode(resp.body, resp.content_type).strip()
        if not text:
            raise IngestError(url, "empty text")
        return [RawItem(origin=url, text=text, url=resp.url)]
    if media in _XML_TYPES and b"<html" not in resp.body[:4096].lower():
        raise IngestError(url, "XML document is neither a feed nor HTML")
    return [extract_html(_decode(resp.body, resp.content_type), url, url=resp.url)]


def iter_url(
    url: str,
    *,
    follow: bool = True,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    client: httpx.Client | None = None,
) -> Iterator[RawItem | IngestError]:
    """Like :func:`read_url`, in the readers' protocol: every failure is yielded, not raised.

    A failing URL yields one error; a feed yields its items and one error per entry that
    could not be read.
    """
    errors: list[IngestError] = []
    try:
        items = read_url(
            url,
            follow=follow,
            timeout=timeout,
            max_bytes=max_bytes,
            client=client,
            on_error=errors.append,
        )
    except IngestError as exc:
        yield exc
        return
    yield from items
    yield from errors
