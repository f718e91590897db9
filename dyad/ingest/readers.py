"""Readers for local inputs: text and Markdown files, JSONL dumps, directories, stdin.

Each reader yields :class:`RawItem` or :class:`IngestError` values instead of raising, so
that one bad input never stops a batch.  HTML files, URLs and feeds are read by
:mod:`dyad.ingest.web`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from dyad.ingest.items import IngestError, RawItem

MAX_TEXT_BYTES = 20_000_000  # one article; bigger is a mistake (a dump passed as a text file)
MAX_JSONL_LINE = 20_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SKIP_NAMES = {"readme.md", "readme.txt", "license", "license.txt", ".ds_store"}

Item = RawItem | IngestError

# "date 2024-07-31", "published: 2024-07", "title: ...": metadata lines at the top of a text file
_META_LINE = re.compile(
    r"^\s*(?P<key>date|published|publication_date|title|source|url|lang|language|id)\s*[:=]?\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"^\s*(?:date|published|publication_date)\s*[:=]?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?\s*",
    re.IGNORECASE,
)
_KEY_ALIASES = {"date": "published", "publication_date": "published", "language": "lang"}


def short_hash(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:n]


def decode(data: bytes, origin: str) -> str:
    """Bytes to text, or a specific error: empty, binary, not UTF-8."""
    if not data.strip():
        raise IngestError(origin, "empty file")
    if b"\x00" in data[:8192]:
        raise IngestError(origin, "binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise IngestError(origin, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Metadata from a YAML front-matter block or leading ``key value`` lines; returns the body.

    A date line may share its line with the first sentence (``date 2024-07-31 The ...``):
    only the date is taken off.
    """
    meta: dict[str, Any] = {}
    stripped = text.lstrip("\ufeff")
    if stripped.startswith("---"):
        end = re.search(r"^(?:---|\.\.\.)\s*$", stripped[3:], re.MULTILINE)
        if end:
            block = stripped[3 : 3 + end.start()]
            try:
                loaded = yaml.safe_load(block)
            except yaml.YAMLError:
                loaded = None
            if isinstance(loaded, dict):
                for key, value in loaded.items():
                    k = _KEY_ALIASES.get(str(key).lower(), str(key).lower())
                    meta[k] = value.isoformat() if hasattr(value, "isoformat") else value
                return meta, stripped[3 + end.end() :].lstrip("\n")
    lines = stripped.split("\n")
    body_start = 0
    for i, line in enumerate(lines[:8]):
        dm = _DATE_PREFIX.match(line)
        if dm:
            meta["published"] = dm.group("date")
            rest = line[dm.end() :]
            if rest.strip():
                lines[i] = rest
                body_start = i
                break
            body_start = i + 1
            continue
        m = _META_LINE.match(line)
        if m and m.group("key").lower() not in ("date", "published", "publication_date") and len(line) < 300:
            key = _KEY_ALIASES.get(m.group("key").lower(), m.group("key").lower())
            # only take "title ..." when followed by ":" — otherwise it is prose starting with the word
            if ":" in line[: m.start("value")] or key in ("url", "lang", "id"):
                meta[key] = m.group("value").strip()
                body_start = i + 1
                continue
        break
    return meta, "\n".join(lines[body_start:])


def read_text_file(path: Path, data: bytes | None = None) -> RawItem:
    origin = str(path)
    if data is None:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise IngestError(origin, f"file too large ({size / 1e6:.0f} MB; the limit for one article is {MAX_TEXT_BYTES / 1e6:.0f} MB)")
        data = path.read_bytes()
    text = decode(data, origin)
    meta, body = split_front_matter(text)
    if not body.strip():
        raise IngestError(origin, "no text after the metadata")
    return _item_from_meta(origin, body, meta, default_id=path.stem)


def _item_from_meta(origin: str, text: str, meta: dict[str, Any], default_id: str | None) -> RawItem:
    def opt(key: str) -> str | None:
        value = meta.get(key)
        return None if value in (None, "") else str(value)

    known = {"id", "doc_id", "title", "url", "source", "published", "lang", "text"}
    return RawItem(
        origin=origin,
        text=text,
        doc_id=opt("id") or opt("doc_id") or default_id,
        title=opt("title"),
        url=opt("url"),
        source=opt("source"),
        published=opt("published"),
        lang=opt("lang"),
        meta={k: v for k, v in meta.items() if k not in known},
    )


def _open_maybe_gzip(path: Path) -> BinaryIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_jsonl(path: Path) -> Iterator[Item]:
    """One item per line: ``text`` required; ``id``, ``title``, ``url``, ``published``, ``source``, ``lang``."""
    stem = path.name.split(".")[0]
    try:
        handle = _open_maybe_gzip(path)
    except OSError as exc:
        yield IngestError(str(path), f"cannot open: {exc.strerror or exc}")
        return
    with handle:
        for n, raw in enumerate(handle, start=1):
            origin = f"{path}:{n}"
            if not raw.strip():
                continue
            if len(raw) > MAX_JSONL_LINE:
                yield IngestError(origin, "line too large")
                continue
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield IngestError(origin, f"invalid JSON ({exc.__class__.__name__}: {str(exc)[:80]})")
                continue
            if not isinstance(obj, dict):
                yield IngestError(origin, "line is not a JSON object")
                continue
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                yield IngestError(origin, "missing or empty 'text' field")
                continue
            meta = {k: v for k, v in obj.items() if k != "text"}
            yield _item_from_meta(origin, text, meta, default_id=f"{stem}-{n}")


def sniff_kind(path: Path, head: bytes) -> str:
    """``text``, ``html``, ``feed`` or ``jsonl`` from the suffix, else from the first bytes."""
    suffixes = [s.lower() for s in path.suffixes]
    suffix = suffixes[-2] if suffixes and suffixes[-1] == ".gz" and len(suffixes) > 1 else (suffixes[-1] if suffixes else "")
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "text"
    low = head[:2048].lstrip().lower()
    if low.startswith(b"<?xml") and (b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low):
        return "feed"
    if low.startswith((b"<rss", b"<feed")):
        return "feed"
    if low.startswith((b"<!doctype html", b"<html")) or b"<html" in low[:512]:
        return "html"
    if low.startswith(b"{") and b'"text"' in low:
        return "jsonl"
    return "text"


def read_path(path: Path, follow: bool = True) -> Iterator[Item]:
    """Everything in a file or directory (recursive, sorted, hidden files skipped)."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            rel = child.relative_to(path)
            if child.is_file() and not any(p.startswith(".") for p in rel.parts) and child.name.lower() not in SKIP_NAMES:
                yield from read_path(child, follow=follow)
        return
    origin = str(path)
    if not path.exists():
        yield IngestError(origin, "no such file or directory")
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")
        return
    kind = sniff_kind(path, head)
    try:
        if kind == "jsonl":
            yield from read_jsonl(path)
        elif kind == "html":
            from dyad.ingest import web

            yield web.read_html_file(path)
        elif kind == "feed":
            from dyad.ingest import web

            yield from web.read_feed_file(path, follow=follow)
        else:
            yield read_text_file(path)
    except IngestError as exc:
        yield exc
    except OSError as exc:
        yield IngestError(origin, f"cannot read: {exc.strerror or exc}")


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Item]:
    data = (stream or sys.stdin.buffer).read()
    try:
        text = decode(data, "<stdin>")
    except IngestError as exc:
        yield exc
        return
    head = text.lstrip()[:200]
    if head.startswith("{") and '"text"' in text[:2000]:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict) or not obj.get("text"):
                    raise ValueError("missing 'text'")
            except ValueError as exc:
                yield IngestError(f"<stdin>:{n}", f"invalid JSONL line ({exc})")
                continue
            yield _item_from_meta(f"<stdin>:{n}", obj["text"], {k: v for k, v in obj.items() if k != "text"}, f"stdin-{n}")
        return
    meta, body = split_front_matter(text)
    yield _item_from_meta("<stdin>", body, meta, default_id=None)


def read_input(spec: str, follow: bool = True) -> Iterator[Item]:
    """Dispatch one command-line input: a path, a directory, ``-`` or an http(s) URL."""
    if spec == "-":
        yield from read_stdin()
    elif re.match(r"^https?://", spec, re.IGNORECASE):
        from dyad.ingest import web

        yield from web.iter_url(spec, follow=follow)
    else:
        yield from read_path(Path(spec), follow=follow)
