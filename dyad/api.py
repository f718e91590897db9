"""The HTTP API and the analyst dashboard (``dyad serve``).

``create_app(db)`` returns a FastAPI app: JSON endpoints under ``/api/`` over a
:class:`dyad.store.Store`, and the static dashboard from ``dyad/web/`` at ``/``.
The API is read-only unless a bearer token is configured; then ``POST /api/documents``
ingests one article.  Every list endpoint pages with ``limit``/``offset`` over a unique
sort key, so walking the pages never repeats or skips an item.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import os
import re
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyad.store import EventFilter, Store, actors, date_until, documents, events, stories

WEB_DIR = Path(__file__).parent / "web"
MAX_LIMIT = 500
DEFAULT_MAX_BODY = 2 * 1024 * 1024
DEFAULT_RATE_LIMIT = 120  # requests per client per minute on /api/

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY_RE = re.compile(r"^[A-Za-z]{3}$")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, description="items to skip")]


class ApiError(HTTPException):
    """An error whose JSON names the offending parameter."""

    def __init__(self, status: int, message: str, param: str | None = None):
        super().__init__(status_code=status, detail=message)
        self.param = param


def _bad(param: str, message: str) -> ApiError:
    return ApiError(422, f"{param}: {message}", param)


def _page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# --- parameter checks ----------------------------------------------------------------


def _check_date(param: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _DATE_RE.match(value):
        raise _bad(param, f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    # the format alone lets "2024-13" or "2024-02-30" through: they would match nothing, silently
    try:
        if len(value) == 7:
            dt.date(int(value[:4]), int(value[5:7]), 1)
        elif len(value) == 10:
            dt.date.fromisoformat(value)
    except ValueError:
        raise _bad(param, f"no such date: {value!r}") from None
    return value


def _check_country(param: str, value: str | None) -> str | None:
    if not value:
        return None
    if not _COUNTRY_RE.match(value):
        raise _bad(param, f"expected an ISO 3166-1 alpha-3 code, got {value!r}")
    return value.upper()


def _check_type(value: str | None) -> str | None:
    if not value:
        return None
    if value.upper() not in PLOVER_TYPES:
        raise _bad("type", f"unknown PLOVER event type {value!r}; one of {', '.join(PLOVER_TYPES)}")
    return value.upper()


def _check_level(value: str) -> str:
    if value not in ("country", "actor"):
        raise _bad("level", f"expected 'country' or 'actor', got {value!r}")
    return value


def _split_pair(param: str, value: str | None) -> tuple[str, str] | None:
    """``QAT,JOR`` (countries) or ``org:QAT-GOV,state:JOR`` (actor ids)."""
    if not value:
        return None
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise _bad(param, f"expected two comma-separated codes such as QAT,JOR, got {value!r}")
    return parts[0], parts[1]


def _is_country_pair(pair: tuple[str, str]) -> bool:
    return all(_COUNTRY_RE.match(p) for p in pair)


# --- middleware ------------------------------------------------------------------------


class BodyLimit:
    """Answer 413 to request bodies over ``max_bytes`` (by header, or counted when chunked)."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_bytes
            except ValueError:
                too_big = True
            if too_big:
                await self._reject(send)
                return
            await self.app(scope, receive, send)
            return
        # no length given: buffer up to the limit, then replay what was read
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_bytes:
                await self._reject(send)
                return
            chunks.append(body)
            if not message.get("more_body"):
                break
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _reject(self, send: Send) -> None:
        body = json.dumps({"error": f"request body larger than {self.max_bytes} bytes", "status": 413}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


class RateLimiter:
    """A sliding one-minute window per client address, kept in this process only."""

    def __init__(self, per_minute: int, window: float = 60.0):
        self.per_minute = per_minute
        self.window = window
        self._hits: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, client: str) -> tuple[bool, int]:
        """(allowed, seconds to wait when not)."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits[client]
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return False, max(1, int(hits[0] + self.window - now) + 1)
            hits.append(now)
            if len(self._hits) > 10_000:  # forget idle clients so the table cannot grow forever
                for key in [k for k, v in self._hits.items() if not v]:
                    del self._hits[key]
            return True, 0


# --- queries the store does not have ---------------------------------------------------


class Queries:
    """SQLAlchemy Core queries over the store's tables for the API's aggregate views."""

    def __init__(self, store: Store):
        self.store = store
        self._fts_state: tuple[int, str | None] | None = None
        self._fts_ok: bool | None = None
        self._fts_lock = threading.Lock()

    @property
    def dialect(self) -> str:
        return self.store.engine.dialect.name

    # documents ----------------------------------------------------------------------

    def _sync_fts(self) -> bool:
        """Create or refresh the SQLite FTS5 index of document texts; False if FTS5 is missing."""
        if self._fts_ok is False:
            return False
        with self._fts_lock, self.store.engine.begin() as conn:
            state_row = conn.execute(
                select(func.count(), func.max(documents.c.ingested_at), func.max(documents.c.extractor))
            ).one()
            state = (int(state_row[0]), f"{state_row[1]}|{state_row[2]}")
            if state == self._fts_state:
                return True
            try:
                conn.execute(text(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
                    "doc_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
                ))
            except DBAPIError:
                self._fts_ok = False
                return False
            # only what changed: documents removed, added, or re-analysed since the last sync
            conn.execute(text("DELETE FROM documents_fts WHERE doc_id NOT IN (SELECT doc_id FROM documents)"))
            conn.execute(text(
                "DELETE FROM documents_fts WHERE doc_id IN (SELECT d.doc_id FROM documents d "
                "JOIN documents_fts f ON f.doc_id = d.doc_id WHERE f.body <> d.text)"
            ))
            conn.execute(text(
                "INSERT INTO documents_fts (doc_id, title, body) SELECT doc_id, coalesce(title, ''), text "
                "FROM documents WHERE doc_id NOT IN (SELECT doc_id FROM documents_fts)"
            ))
            self._fts_state = state
            self._fts_ok = True
            return True

    @staticmethod
    def _fts_query(q: str) -> str:
        # every word must occur; quoting each word keeps FTS5 operators in user input inert
        words = re.findall(r"\w+", q)
        return " ".join('"' + w.replace('"', '""') + '"' for w in words)

    def _text_match(self, q: str) -> Any:
        if self.dialect == "sqlite":
            fts = self._fts_query(q)
            if fts and self._sync_fts():
                return documents.c.doc_id.in_(
                    text("SELECT doc_id FROM documents_fts WHERE documents_fts MATCH :fts").bindparams(fts=fts)
                )
        elif self.dialect == "postgresql":
            return func.to_tsvector("simple", func.coalesce(documents.c.title, "") + " " + documents.c.text).op("@@")(
                func.plainto_tsquery("simple", q)
            )
        like = f"%{q}%"
        return or_(documents.c.title.ilike(like), documents.c.text.ilike(like))

    def documents(self, language: str | None, q: str | None, source: str | None, limit: int, offset: int) -> dict[str, Any]:
        cols = [
            documents.c.doc_id, documents.c.title, documents.c.url, documents.c.source,
            documents.c.publication_date, documents.c.language, documents.c.n_sentences,
            documents.c.n_events, documents.c.ingested_at, documents.c.content_hash,
            documents.c.home_country, documents.c.extractor,
        ]
        where: list[Any] = []
        if language:
            where.append(documents.c.language == language)
        if source:
            where.append(documents.c.source == source)
        if q and q.strip():
            where.append(self._text_match(q.strip()))
        with self.store.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(documents).where(*where)).scalar() or 0
            rows = conn.execute(
                select(*cols).where(*where).order_by(documents.c.doc_id).limit(limit).offset(offset)
            ).mappings()
            items = [dict(r) for r in rows]
        return _page(items, int(total), limit, offset)

    # events -------------------------------------------------------------------------

    def _event_where(self, f: EventFilter, actor_pair: tuple[str, str] | None = None) -> list[Any]:
        where = self.store._event_where(f)
        if actor_pair:
            a, b = actor_pair
            c = events.c
            where.append(or_(and_(c.actor_id == a, c.recipient_id == b), and_(c.actor_id == b, c.recipient_id == a)))
        return where

    def events(self, f: EventFilter, actor_pair: tuple[str, str] | None, limit: int, offset: int) -> dict[str, Any]:
        where = self._event_where(f, actor_pair)
        with self.store.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(events).where(*where)).scalar() or 0
            rows = conn.execute(
                select(events.c.record, events.c.story_id).where(*where)
                .order_by(events.c.event_id).limit(limit).offset(offset)
            ).all()
        return _page([_record(rec, sid) for rec, sid in rows], int(total), limit, offset)

    def event(self, event_id: str) -> dict[str, Any] | None:
        with self.store.engine.connect() as conn:
            row = conn.execute(
                select(events.c.record, events.c.story_id).where(events.c.event_id == event_id)
            ).first()
        return _record(row[0], row[1]) if row else None

    def events_by_id(self, event_ids: Iterable[str]) -> list[dict[str, Any]]:
        ids = list(event_ids)
        out: list[dict[str, Any]] = []
        with self.store.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                rows = conn.execute(
                    select(events.c.record, events.c.story_id).where(events.c.event_id.in_(ids[i : i + 500]))
                ).all()
                out += [_record(rec, sid) for rec, sid in rows]
        order = {e: i for i, e in enumerate(ids)}
        out.sort(key=lambda r: order.get(r["event_id"], len(order)))
        return out

    def event_rows(self, f: EventFilter, actor_pair: tuple[str, str] | None = None) -> list[Any]:
        """The flat columns of matching events (no JSON parsing: cheap on large stores)."""
        c = events.c
        with self.store.engine.connect() as conn:
            return list(conn.execute(
                select(c.event_id, c.event_type, c.date, c.actor_id, c.actor_country, c.recipient_id,
                       c.recipient_country, c.topics, c.language)
                .where(*self._event_where(f, actor_pair)).order_by(c.event_id)
            ))

    def located_records(self, f: EventFilter) -> Iterable[dict[str, Any]]:
        c = events.c
        where = [*self._event_where(f), or_(c.location_country.isnot(None), c.geonames_id.isnot(None))]
        with self.store.engine.connect() as conn:
            for rec, sid in conn.execute(select(c.record, c.story_id).where(*where).order_by(c.event_id)):
                yield _record(rec, sid)

    # stories and actors ---------------------------------------------------------------

    def stories(self, event_type: str | None, since: str | None, until: str | None,
                country: str | None, limit: int, offset: int) -> dict[str, Any]:
        where: list[Any] = []
        if event_type:
            where.append(stories.c.event_type == event_type)
        if since:
            where.append(stories.c.date >= since)
        if until:
            where.append(date_until(stories.c.date, until))
        if country:
            # countries sit in the JSON record; the quoted code cannot match anything else
            where.append(stories.c.record.like(f'%"{country}"%'))
        with self.store.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(stories).where(*where)).scalar() or 0
            recs = conn.execute(
                select(stories.c.record).where(*where).order_by(stories.c.story_id).limit(limit).offset(offset)
            ).scalars()
            items = [json.loads(r) for r in recs]
        return _page(items, int(total), limit, offset)

    def actors(self, country: str | None, kind: str | None, q: str | None, limit: int, offset: int) -> dict[str, Any]:
        where: list[Any] = []
        if country:
            where.append(actors.c.country == country)
        if kind:
            where.append(actors.c.kind == kind)
        if q:
            where.append(or_(actors.c.name.ilike(f"%{q}%"), actors.c.actor_id.ilike(f"%{q}%")))
        with self.store.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(actors).where(*where)).scalar() or 0
            ids = list(conn.execute(
                select(actors.c.actor_id).where(*where).order_by(actors.c.actor_id).limit(limit).offset(offset)
            ).scalars())
        items = [a for a in (self.store.actor(i) for i in ids) if a]
        return _page(items, int(total), limit, offset)

    def actor_names(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        names: dict[str, str] = {}
        with self.store.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                for aid, name in conn.execute(
                    select(actors.c.actor_id, actors.c.name).where(actors.c.actor_id.in_(ids[i : i + 500]))
                ):
                    names[aid] = name
        return names

    def summary(self) -> dict[str, Any]:
        c = events.c
        with self.store.engine.connect() as conn:
            n_docs = conn.execute(select(func.count()).select_from(documents)).scalar() or 0
            n_events = conn.execute(select(func.count()).select_from(events)).scalar() or 0
            n_stories = conn.execute(select(func.count()).select_from(stories)).scalar() or 0
            n_actors = conn.execute(select(func.count()).select_from(actors)).scalar() or 0
            langs: dict[str, int] = {
                k: int(v) for k, v in conn.execute(select(documents.c.language, func.count()).group_by(documents.c.language))
            }
            types: dict[str, int] = {
                k: int(v) for k, v in conn.execute(select(c.event_type, func.count()).group_by(c.event_type))
            }
            countries: Counter[str] = Counter()
            for a, b, n in conn.execute(
                select(c.actor_country, c.recipient_country, func.count()).group_by(c.actor_country, c.recipient_country)
            ):
                for code in {a, b}:
                    if code:
                        countries[code] += n
            dates = conn.execute(select(func.min(c.date), func.max(c.date))).one()
        return {
            "documents": int(n_docs), "events": int(n_events), "stories": int(n_stories), "actors": int(n_actors),
            "languages": langs, "event_types": types,
            "countries": [{"code": k, "events": v} for k, v in sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))],
            "first_date": dates[0], "last_date": dates[1], "plover_types": list(PLOVER_TYPES),
        }


def _record(rec: str, story_id: str | None) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(rec)
    record["story_id"] = story_id or record.get("story_id") or record["event_id"]
    return record


# --- aggregates shared by the API and the HTML report -----------------------------------


def dyad_table(rows: Iterable[Any], level: str = "country", names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Unordered pairs with counts by type, by month and by direction, most events first."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        a, b = (r.actor_country, r.recipient_country) if level == "country" else (r.actor_id, r.recipient_id)
        if not a or not b or a == b:
            continue
        key = (a, b) if a < b else (b, a)
        entry = pairs.get(key)
        if entry is None:
            entry = pairs[key] = {"a": key[0], "b": key[1], "total": 0, "by_type": Counter(), "by_month": Counter(),
                                  "directed": Counter()}
        entry["total"] += 1
        entry["by_type"][r.event_type] += 1
        entry["by_month"][(r.date or "")[:7] or "unknown"] += 1
        entry["directed"][f"{a}>{b}"] += 1
    out = []
    for entry in pairs.values():
        entry["by_type"] = dict(sorted(entry["by_type"].items()))
        entry["by_month"] = dict(sorted(entry["by_month"].items()))
        entry["directed"] = dict(sorted(entry["directed"].items()))
        if names is not None:
            entry["a_name"] = names.get(entry["a"], entry["a"])
            entry["b_name"] = names.get(entry["b"], entry["b"])
        out.append(entry)
    out.sort(key=lambda e: (-e["total"], e["a"], e["b"]))
    return out


def network(rows: Iterable[Any], level: str = "country", names: dict[str, str] | None = None) -> dict[str, Any]:
    """Nodes weighted by their events and undirected edges weighted by events between the two."""
    table = dyad_table(rows, level, names)
    node_weight: Counter[str] = Counter()
    for e in table:
        node_weight[e["a"]] += e["total"]
        node_weight[e["b"]] += e["total"]
    nodes = [
        {"id": n, "label": (names or {}).get(n, n), "weight": w}
        for n, w in sorted(node_weight.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    edges = [{"source": e["a"], "target": e["b"], "weight": e["total"], "by_type": e["by_type"]} for e in table]
    return {"level": level, "nodes": nodes, "edges": edges}


def timeline(rows: Iterable[Any]) -> dict[str, dict[str, int]]:
    """Events per month (``YYYY-MM``) and type; undated events are left out."""
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r.date and len(r.date) >= 7:
            months[r.date[:7]][r.event_type] += 1
    return {m: dict(sorted(c.items())) for m, c in sorted(months.items())}


def places(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Distinct event places with coordinates, the events there and their types."""
    found: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in records:
        loc = r.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        key = (loc.get("geonames_id"), loc.get("name"), loc.get("country"))
        p = found.get(key)
        if p is None:
            p = found[key] = {
                "name": loc.get("name"), "country": loc.get("country"), "lat": loc["lat"], "lon": loc["lon"],
                "geonames_id": loc.get("geonames_id"), "feature_type": loc.get("feature_type"),
                "events": 0, "by_type": Counter(), "event_ids": [],
            }
        p["events"] += 1
        p["by_type"][r["event_type"]] += 1
        if len(p["event_ids"]) < 50:
            p["event_ids"].append(r["event_id"])
    out = []
    for p in found.values():
        p["by_type"] = dict(sorted(p["by_type"].items()))
        out.append(p)
    out.sort(key=lambda p: (-p["events"], str(p["name"]), str(p["country"])))
    return out


# --- the app -----------------------------------------------------------------------------


class NewDocument(BaseModel):
    text: str = Field(min_length=1, description="the article text")
    title: str | None = None
    url: str | None = None
    published: str | None = Field(default=None, description="publication date, YYYY-MM-DD")
    source: str | None = None
    lang: str | None = Field(default=None, description="ISO 639-1 code; detected when absent")
    doc_id: str | None = None


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def create_app(
    db: str | None = None,
    token: str | None = None,
    *,
    store: Store | None = None,
    rate_limit: int = DEFAULT_RATE_LIMIT,
    max_body: int = DEFAULT_MAX_BODY,
) -> FastAPI:
    """The API and dashboard over the store at ``db`` (a SQLAlchemy URL or SQLite path).

    ``token`` (else ``$DYAD_API_TOKEN``) enables ``POST /api/documents`` for clients that
    send it as ``Authorization: Bearer <token>``.  ``rate_limit`` is requests per minute
    per client address on ``/api/``; ``max_body`` the largest request body in bytes.
    """
    store = store or Store(db)
    token = token or os.environ.get("DYAD_API_TOKEN") or None
    queries = Queries(store)
    limiter = RateLimiter(rate_limit)

    app = FastAPI(
        title="dyad",
        summary="Political event records (PLOVER) read from news articles in English, French and Arabic.",
        version="0.1.0",
        docs_url=None,  # Swagger UI would load from a CDN; the dashboard must work offline
        redoc_url=None,
    )
    app.state.store = store
    app.state.queries = queries
    app.add_middleware(BodyLimit, max_bytes=max_body)

    @app.middleware("http")
    async def rate_limited(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.url.path.startswith("/api/"):
            ok, wait = limiter.allow(_client_ip(request))
            if not ok:
                return JSONResponse(
                    {"error": f"rate limit of {rate_limit} requests per minute exceeded", "status": 429},
                    status_code=429, headers={"Retry-After": str(wait)},
                )
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        params = []
        for e in exc.errors():
            loc = [str(p) for p in e.get("loc", ())]
            params.append({"name": loc[-1] if loc else None, "in": loc[0] if loc else None, "message": e.get("msg")})
        names = ", ".join(p["name"] or "?" for p in params)
        return JSONResponse(
            {"error": f"invalid parameter: {names}", "status": 422, "params": params}, status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        body: dict[str, Any] = {"error": exc.detail, "status": exc.status_code}
        param = getattr(exc, "param", None)
        if param:
            body["params"] = [{"name": param, "in": "query", "message": exc.detail}]
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    def _filter(country: str | None, actor: str | None, type_: str | None, topic: str | None,
                since: str | None, until: str | None, language: str | None,
                dyad: str | None) -> tuple[EventFilter, tuple[str, str] | None]:
        pair = _split_pair("dyad", dyad)
        country_pair: tuple[str, str] | None = None
        actor_pair: tuple[str, str] | None = None
        if pair:
            if _is_country_pair(pair):
                country_pair = (pair[0].upper(), pair[1].upper())
            else:
                actor_pair = pair
        f = EventFilter(
            country=_check_country("country", country), actor=actor or None, event_type=_check_type(type_),
            topic=topic or None, language=language or None, since=_check_date("since", since),
            until=_check_date("until", until), dyad=country_pair,
        )
        return f, actor_pair

    # --- documents --------------------------------------------------------------------

    @app.get("/api/summary", tags=["overview"])
    def summary() -> dict[str, Any]:
        """Counts, languages, event types and the countries seen (for pickers)."""
        return queries.summary()

    @app.get("/api/documents", tags=["documents"])
    def list_documents(
        language: str | None = None,
        q: Annotated[str | None, Query(max_length=500, description="words that must all occur")] = None,
        source: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Documents (without texts), ordered by id; ``q`` searches titles and texts."""
        return queries.documents(language, q, source, limit, offset)

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def get_document(doc_id: str) -> dict[str, Any]:
        """One document with its raw and cleaned text and its event records."""
        doc = store.document(doc_id)
        if doc is None:
            raise ApiError(404, f"no document {doc_id!r}")
        doc["meta"] = json.loads(doc["meta"]) if doc.get("meta") else {}
        doc["events"] = list(store.events(EventFilter(doc_id=doc_id)))
        return doc

    @app.get("/api/documents/{doc_id}/explain", tags=["documents"])
    def explain_document(doc_id: str, dropped: bool = False) -> list[dict[str, Any]]:
        """What the event stage decided for every trigger phrase of a stored document (re-analysed
        from its raw text; the store is not changed): the record it gave, or why none
        (`dyad explain --doc`; the outcome codes are `dyad.explain.REASONS`)."""
        from dyad.explain import explain_stored

        try:
            _doc, decisions = explain_stored(store, doc_id)
        except KeyError:
            raise ApiError(404, f"no document {doc_id!r}") from None
        return [d.as_dict() for d in decisions if not (dropped and d.outcome == "record")]

    @app.post("/api/documents", tags=["documents"], status_code=201)
    def post_document(payload: NewDocument, request: Request, response: Response) -> dict[str, Any]:
        """Ingest one article (needs the bearer token the server was started with)."""
        if not token:
            raise ApiError(403, "ingest over the API is disabled: start the server with a token (DYAD_API_TOKEN)")
        given = request.headers.get("authorization", "")
        scheme, _, value = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})
        from dyad.ingest import ingest_items
        from dyad.ingest.items import RawItem

        item = RawItem(
            origin=f"api:{payload.url or payload.title or payload.doc_id or 'post'}",
            text=payload.text, doc_id=payload.doc_id, title=payload.title, url=payload.url,
            source=payload.source, published=payload.published, lang=payload.lang,
        )
        report = ingest_items([item], store)
        if report.failed:
            raise ApiError(422, f"could not ingest: {report.failed[0][1]}", "text")
        if report.duplicates and not report.stored:
            response.status_code = 200
            return {"status": "duplicate", "doc_ids": [], "n_events": 0}
        return {"status": "stored", "doc_ids": report.stored, "n_events": report.n_events}

    # --- events -----------------------------------------------------------------------

    @app.get("/api/events", tags=["events"])
    def list_events(
        country: Annotated[str | None, Query(description="ISO3 on either side")] = None,
        actor: Annotated[str | None, Query(description="actor id on either side")] = None,
        type: Annotated[str | None, Query(description="PLOVER event type")] = None,
        topic: str | None = None,
        since: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
        until: Annotated[str | None, Query(description="YYYY[-MM[-DD]]")] = None,
        language: str | None = None,
        dyad: Annotated[str | None, Query(description="QAT,JOR (countries) or two actor ids, either direction")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Event records (contract format), ordered by event id."""
        f, actor_pair = _filter(country, actor, type, topic, since, until, language, dyad)
        return queries.events(f, actor_pair, limit, offset)

    @app.get("/api/events/{event_id:path}", tags=["events"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One event record with its document's text (evidence offsets point into it)."""
        record = queries.event(event_id)
        if record is None:
            raise ApiError(404, f"no event {event_id!r}")
        doc = store.document(record["doc_id"]) or {}
        record["document"] = {k: doc.get(k) for k in (
            "doc_id", "title", "url", "source", "publication_date", "language", "text")}
        return record

    # --- stories ----------------------------------------------------------------------

    @app.get("/api/stories", tags=["stories"])
    def list_stories(
        type: Annotated[str | None, Query(description="PLOVER event type")] = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Stories (one real-world event, many reports), ordered by story id."""
        return queries.stories(_check_type(type), _check_date("since", since), _check_date("until", until),
                               _check_country("country", country), limit, offset)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def get_story(story_id: str) -> dict[str, Any]:
        """A story with every report's record side by side (evidence, source, document)."""
        story = store.story(story_id)
        if story is None:
            raise ApiError(404, f"no story {story_id!r}")
        reports = queries.events_by_id(story.get("event_ids") or [])
        if not reports:
            reports = list(store.events(EventFilter(story_id=story_id)))
        doc_meta: dict[str, dict[str, Any]] = {}
        for r in reports:
            if r["doc_id"] not in doc_meta:
                d = store.document(r["doc_id"]) or {}
                doc_meta[r["doc_id"]] = {k: d.get(k) for k in ("title", "source", "publication_date", "language", "url")}
            r["document"] = {"doc_id": r["doc_id"], **doc_meta[r["doc_id"]]}
        story["reports"] = reports
        return story

    # --- actors -----------------------------------------------------------------------

    @app.get("/api/actors", tags=["actors"])
    def list_actors(
        country: str | None = None,
        kind: Annotated[str | None, Query(description="person, organization, state, group")] = None,
        q: Annotated[str | None, Query(max_length=200, description="part of the name or id")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Actors with every surface form seen, ordered by actor id."""
        return queries.actors(_check_country("country", country), kind, q, limit, offset)

    @app.get("/api/actors/{actor_id:path}", tags=["actors"])
    def get_actor(actor_id: str) -> dict[str, Any]:
        """An actor, its names in every language, titles, and its events (first 500)."""
        actor = store.actor(actor_id)
        if actor is None:
            raise ApiError(404, f"no actor {actor_id!r}")
        f = EventFilter(actor=actor_id)
        actor["n_events"] = store.count_events(f)
        actor["events"] = list(store.events(f, limit=MAX_LIMIT))
        return actor

    # --- aggregates -------------------------------------------------------------------

    @app.get("/api/dyads", tags=["aggregates"])
    def list_dyads(
        level: str = "country",
        country: str | None = None,
        type: Annotated[str | None, Query(description="PLOVER event type")] = None,
        topic: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Pairs (countries, or actors with level=actor) with counts by type and by month."""
        level = _check_level(level)
        f, _ = _filter(country, None, type, topic, since, until, language, None)
        rows = queries.event_rows(f)
        names = queries.actor_names({x for r in rows for x in (r.actor_id, r.recipient_id) if x}) if level == "actor" else None
        table = dyad_table(rows, level, names)
        return _page(table[offset : offset + limit], len(table), limit, offset)

    @app.get("/api/network", tags=["aggregates"])
    def get_network(
        level: str = "country",
        type: Annotated[str | None, Query(description="PLOVER event type")] = None,
        topic: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
    ) -> dict[str, Any]:
        """Nodes (countries or actors) and edges weighted by the events between them."""
        level = _check_level(level)
        f, _ = _filter(None, None, type, topic, since, until, language, None)
        rows = queries.event_rows(f)
        names = queries.actor_names({x for r in rows for x in (r.actor_id, r.recipient_id) if x}) if level == "actor" else None
        return network(rows, level, names)

    @app.get("/api/timeline", tags=["aggregates"])
    def get_timeline(
        country: str | None = None,
        actor: str | None = None,
        type: Annotated[str | None, Query(description="PLOVER event type")] = None,
        topic: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
        dyad: str | None = None,
    ) -> dict[str, Any]:
        """Events per month and type, and per topic, for the same filters as /api/events."""
        f, actor_pair = _filter(country, actor, type, topic, since, until, language, dyad)
        rows = queries.event_rows(f, actor_pair)
        topics: Counter[str] = Counter()
        for r in rows:
            for t in (r.topics or "").strip("|").split("|"):
                if t:
                    topics[t] += 1
        return {"months": timeline(rows), "topics": dict(topics.most_common()), "total": len(rows)}

    @app.get("/api/places", tags=["aggregates"])
    def get_places(
        country: str | None = None,
        type: Annotated[str | None, Query(description="PLOVER event type")] = None,
        topic: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
        dyad: str | None = None,
        limit: Limit = MAX_LIMIT,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Event places with coordinates (for the map), most events first."""
        f, actor_pair = _filter(country, None, type, topic, since, until, language, dyad)
        records = queries.located_records(f)
        if actor_pair:
            pair = set(actor_pair)
            records = (r for r in records
                       if {(r.get("actor") or {}).get("actor_id"), (r.get("recipient") or {}).get("actor_id")} == pair)
        found = places(records)
        return _page(found[offset : offset + limit], len(found), limit, offset)

    # unknown /api/ paths get a JSON 404, not the dashboard
    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False)
    def api_not_found(rest: str) -> None:
        raise ApiError(404, f"no endpoint /api/{rest}")

    # --- the dashboard ----------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
    return app


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Run the API and dashboard with uvicorn until interrupted (``dyad serve``)."""
    import uvicorn

    uvicorn.run(create_app(db, token), host=host, port=port, log_level="info")
