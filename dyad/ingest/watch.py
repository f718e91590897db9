"""Polling feeds and pages: ``dyad watch``.

:func:`watch` asks every source for news each round, with conditional GETs (ETag,
Last-Modified) so an unchanged feed costs one empty 304, and hands only entries never
seen before to a sink.  What has been seen survives restarts in a small JSON state file.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from dyad.ingest.items import IngestError, RawItem
from dyad.ingest.web import USER_AGENT, EntryError, get, items_from_response

log = logging.getLogger(__name__)

# Seen ids kept per source.  Feeds list at most a few hundred entries, so this covers
# months of history while keeping the state file small.
MAX_SEEN = 5000
# An entry whose page keeps failing is given up after this many rounds, so a dead link
# in a feed does not cost a request every round forever.
MAX_ENTRY_FAILURES = 3

_STATE_VERSION = 1


def parse_every(spec: str) -> float:
    """Seconds in an interval spec: ``"30s"``, ``"15m"``, ``"1h"``, ``"1d"`` or bare seconds ``"900"``."""
    m = re.fullmatch(
        r"\s*(\d+(?:\.\d+)?)\s*(s|sec|secs|m|min|mins|h|hr|hrs|d)?\s*", spec or "", re.I
    )
    if not m:
        raise ValueError(f"invalid interval {spec!r} (use e.g. 30s, 15m, 1h or seconds)")
    unit = (m.group(2) or "s").lower()[0]
    seconds = float(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    if seconds <= 0:
        raise ValueError(f"invalid interval {spec!r}: must be positive")
    return seconds


def read_sources_file(path: Path) -> list[str]:
    """URLs listed one per line; blank lines and ``#`` comments are ignored, duplicates dropped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise IngestError(str(path), "file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(str(path), f"cannot read: {' '.join(str(exc).split())}") from exc
    out: list[str] = []
    for line in lines:
        # a '#' inside a URL is a fragment; only a '#' opening the line or after a space
        # starts a comment
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        if line and line not in out:
            out.append(line)
    return out


class _SourceState:
    """What we remember about one source between rounds."""

    def __init__(self, data: dict[str, Any] | None = None):
        data = data or {}
        self.etag: str | None = data.get("etag")
        self.last_modified: str | None = data.get("last_modified")
        # dict keeps insertion order, so trimming drops the oldest ids
        self.seen: dict[str, None] = dict.fromkeys(data.get("seen") or [])
        self.failures: dict[str, int] = dict(data.get("failures") or {})

    def to_json(self) -> dict[str, Any]:
        return {
            "etag": self.etag,
            "last_modified": self.last_modified,
            "seen": list(self.seen)[-MAX_SEEN:],
            "failures": self.failures,
        }

    def mark_seen(self, ids: Sequence[str]) -> None:
        for i in ids:
            self.seen.pop(i, None)
            self.seen[i] = None
            self.failures.pop(i, None)
        if len(self.seen) > MAX_SEEN:
            for old in list(self.seen)[: len(self.seen) - MAX_SEEN]:
                del self.seen[old]


def _load_state(path: Path) -> dict[str, _SourceState]:
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        sources = data["sources"]
        return {url: _SourceState(s) for url, s in sources.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # refuse rather than start over: starting over would re-ingest every entry
        raise IngestError(
            str(path), f"unreadable watch state ({' '.join(str(exc).split())})"
        ) from exc


def _save_state(path: Path, states: dict[str, _SourceState]) -> None:
    payload = {
        "version": _STATE_VERSION,
        "sources": {url: st.to_json() for url, st in states.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    # write-then-rename so a crash mid-write never leaves a truncated state behind
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _poll(
    url: str,
    st: _SourceState,
    *,
    follow: bool,
    client: httpx.Client,
    timeout: float,
    max_bytes: int,
    report: Callable[[IngestError], None],
) -> tuple[list[RawItem], list[str], dict[str, str]]:
    """One request to one source: new items, ids to mark seen, validators to remember."""
    cond: dict[str, str] = {}
    if st.etag:
        cond["If-None-Match"] = st.etag
    if st.last_modified:
        cond["If-Modified-Since"] = st.last_modified
    resp = get(url, timeout=timeout, max_bytes=max_bytes, client=client, headers=cond)
    validators = {k: v for k, v in resp.headers.items() if k in ("etag", "last-modified")}
    if resp.status == 304:
        return [], [], validators

    failed: list[EntryError] = []

    def on_error(err: IngestError) -> None:
        if isinstance(err, EntryError):
            failed.append(err)
        report(err)

    items = items_from_response(
        resp,
        url,
        follow=follow,
        timeout=timeout,
        max_bytes=max_bytes,
        client=client,
        on_error=on_error,
        seen=st.seen,
    )
    fresh: list[RawItem] = []
    ids: list[str] = []
    for item in items:
        # a page (not a feed) is one item identified by its URL
        key = item.doc_id or item.url or url
        if key in st.seen or key in ids:
            continue
        fresh.append(item)
        ids.append(key)
    retry = False
    for err in failed:
        n = st.failures.get(err.entry_id, 0) + 1
        st.failures[err.entry_id] = n
        if n >= MAX_ENTRY_FAILURES:
            ids.append(err.entry_id)
        else:
            retry = True
    # with an entry left to retry, forget the new validators: a 304 next round would
    # otherwise hide the feed, and the failed entry with it
    return fresh, ids, {} if retry else validators


def watch(
    sources: Sequence[str],
    every: float,
    sink: Callable[[list[RawItem]], Any],
    *,
    state_path: Path,
    stop: threading.Event | None = None,
    max_rounds: int | None = None,
    follow: bool = True,
    on_error: Callable[[IngestError], None] | None = None,
    on_round: Callable[[int, int], None] | None = None,
    client: httpx.Client | None = None,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
) -> None:
    """Poll feed or page URLs every ``every`` seconds and pass new items to ``sink``.

    Each round requests every source once (conditionally, after the first time), keeps
    entries whose id was never seen, calls ``sink(items)`` once with all of them (not
    called when there is nothing new), and then records them as seen in ``state_path``.
    If ``sink`` raises, the exception propagates and the items stay unseen, so they come
    back on the next run.

    A source that is down, slow or broken is reported to ``on_error`` (default: a log
    warning) and tried again next round; it never stops the loop.  The loop ends when
    ``stop`` is set (checked between sources and while waiting) or after ``max_rounds``.
    ``on_round(round, n_new)`` is called after every round, including rounds with nothing new.
    """
    if every <= 0:
        raise ValueError("every must be positive")
    state_path = Path(state_path)
    states = _load_state(state_path)
    stop = stop or threading.Event()

    def report(err: IngestError) -> None:
        if on_error is not None:
            on_error(err)
        else:
            log.warning("%s", err)

    own = client is None
    cl = client or httpx.Client(
        follow_redirects=True,
        timeout=httpx.Timeout(timeout),
        headers={"User-Agent": USER_AGENT},
    )
    rounds = 0
    try:
        while not stop.is_set():
            started = time.monotonic()
            batch: list[RawItem] = []
            updates: list[tuple[_SourceState, list[str], dict[str, str]]] = []
            for url in sources:
                if stop.is_set():
                    break
                st = states.setdefault(url, _SourceState())
                try:
                    items, ids, validators = _poll(
                        url,
                        st,
                        follow=follow,
                        client=cl,
                        timeout=timeout,
                        max_bytes=max_bytes,
                        report=report,
                    )
                except IngestError as err:
                    report(err)
                    continue
                except Exception as err:  # a bug in one source's parsing must not kill the loop
                    log.exception("unexpected failure polling %s", url)
                    report(IngestError(url, f"{type(err).__name__}: {' '.join(str(err).split())}"))
                    continue
                batch.extend(items)
                updates.append((st, ids, validators))
            if batch:
                sink(batch)
            # validators are stored only after the sink accepted the items: keeping an old
            # ETag makes the server resend the feed if we die before this point
            for st, ids, validators in updates:
                st.mark_seen(ids)
                if "etag" in validators:
                    st.etag = validators["etag"]
                if "last-modified" in validators:
                    st.last_modified = validators["last-modified"]
            _save_state(state_path, states)
            rounds += 1
            if on_round is not None:
                on_round(rounds, len(batch))
            if max_rounds is not None and rounds >= max_rounds:
                break
            stop.wait(max(0.0, every - (time.monotonic() - started)))
    finally:
        if own:
            cl.close()
