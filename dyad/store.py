"""The store: SQLAlchemy Core schema and the queries the CLI, API and exports use.

Only portable SQL: JSON travels as text, dates as ISO strings, so the same code runs on
SQLite (the default ``dyad.db``) and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine

from dyad.doc import Document

DEFAULT_DB = "dyad.db"
SCHEMA_VERSION = "1"

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("source", String(300)),
    Column("publication_date", String(10)),
    Column("publication_precision", String(5), nullable=False, default="none"),
    Column("language", String(8), nullable=False),
    Column("lang_confidence", Float),
    Column("home_country", String(3)),
    Column("raw_text", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("n_sentences", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
    Column("ingested_at", String(32), nullable=False),
    Column("origin", Text),
    Column("meta", Text),
    Column("extractor", String(60)),
)
Index("ix_documents_language", documents.c.language)
Index("ix_documents_pubdate", documents.c.publication_date)

sentences = Table(
    "sentences",
    metadata,
    Column("doc_id", String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("lang", String(8)),
    Column("paragraph", Integer),
)

mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("name", Text),
    Column("actor_id", String(200)),
    Column("country", String(3)),
    Column("sectors", Text),
    Column("title", Text),
    Column("confidence", Float),
    Column("source", String(20)),
    Column("lang", String(8)),
    Column("why", Text),
)
Index("ix_mentions_actor", mentions.c.actor_id)

actors = Table(
    "actors",
    metadata,
    Column("actor_id", String(200), primary_key=True),
    Column("kind", String(20)),
    Column("name", Text, nullable=False),
    Column("country", String(3)),
    Column("sectors", Text),
    Column("titles", Text),
    Column("data", Text),  # resolver state: name keys, skeletons (JSON)
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(240), primary_key=True),
    Column("doc_id", String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("story_id", String(64)),
    Column("event_type", String(12), nullable=False),
    Column("event_mode", String(40)),
    Column("language", String(8)),
    Column("actor_id", String(200)),
    Column("actor_country", String(3)),
    Column("recipient_id", String(200)),
    Column("recipient_country", String(3)),
    Column("date", String(10)),
    Column("date_precision", String(5)),
    Column("location_country", String(3)),
    Column("geonames_id", Integer),
    Column("topics", Text),  # "|counterterrorism|policing|" so a LIKE finds one
    Column("confidence", Float),
    Column("record", Text, nullable=False),
    Column("extractor", String(60)),
)
Index("ix_events_doc", events.c.doc_id)
Index("ix_events_story", events.c.story_id)
Index("ix_events_type", events.c.event_type)
Index("ix_events_date", events.c.date)
Index("ix_events_countries", events.c.actor_country, events.c.recipient_country)

stories = Table(
    "stories",
    metadata,
    Column("story_id", String(64), primary_key=True),
    Column("event_type", String(12)),
    Column("date", String(10)),
    Column("n_documents", Integer),
    Column("n_sources", Integer),
    Column("record", Text, nullable=False),
    Column("updated_at", String(32)),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", Text),
)


def resolve_url(url: str | None = None) -> str:
    """The database URL: the argument, else ``DYAD_DB``, else ``dyad.db`` here.

    A bare path is accepted and means a SQLite file.
    """
    url = url or os.environ.get("DYAD_DB") or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def date_until(column: Any, until: str) -> Any:
    """``column`` (an ISO date, maybe only YYYY or YYYY-MM) falls on or before ``until`` at its precision.

    Compares the leading ``len(until)`` characters rather than appending a high sentinel such
    as "~": locale collations (glibc en_US, ICU) skip punctuation, so a sentinel does not sort
    after digits on PostgreSQL, while equal-length ISO prefixes order the same under any collation.
    """
    return func.substr(column, 1, len(until)) <= until


@dataclass
class EventFilter:
    """Filters shared by the CLI, the API and exports."""

    country: str | None = None  # either side
    actor: str | None = None  # actor_id on either side
    event_type: str | None = None
    topic: str | None = None
    language: str | None = None
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    story_id: str | None = None
    dyad: tuple[str, str] | None = None  # a country pair, either direction


class Store:
    """A dyad database.  Create with a SQLAlchemy URL; the schema is created on first use."""

    def __init__(self, url: str | None = None, engine: Engine | None = None):
        self.url = resolve_url(url)
        if engine is None:
            engine = create_engine(self.url, future=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
        self.engine = engine
        # actor_id -> (sectors, titles, country, longest name length) already written by this process
        self._actor_cache: dict[str, tuple[set[str], set[str], str | None, int]] = {}
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            have = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
            if have is None:
                conn.execute(insert(meta).values(key="schema_version", value=SCHEMA_VERSION))

    # --- writing -----------------------------------------------------------------

    def person_registry(self) -> Any:
        """The cross-document person index (built from the actors table on first use)."""
        if getattr(self, "_registry", None) is None:
            from dyad.resolve import ActorRegistry

            with self.engine.connect() as conn:
                rows = conn.execute(
                    select(actors.c.actor_id, actors.c.name, actors.c.country).where(actors.c.kind == "person")
                ).all()
            self._registry = ActorRegistry.from_rows([(r[0], r[1], r[2]) for r in rows])
            # known persons of the knowledge base first: a new spelling of one joins them
            from dyad.kb import KB
            from dyad.resolve import filed_name, name_key, name_script

            for person in KB.default().persons.values():
                # in a fixed order (a set's order changes with each process's string hashing)
                names = list(dict.fromkeys([person.name, *(a for forms in person.aliases.values() for a in forms)]))
                scripts = frozenset(name_script(n) for n in names)
                for name in names:
                    if filed := filed_name(name):
                        self._registry.add(person.actor_id, name_key(filed), person.country, name_script(filed), scripts)
        return self._registry

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(hashes), 500):
                chunk = hashes[i : i + 500]
                found.update(
                    conn.execute(select(documents.c.content_hash).where(documents.c.content_hash.in_(chunk))).scalars()
                )
        return found

    def has_doc_id(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first() is not None

    def save_document(self, doc: Document, content_hash: str, origin: str | None = None, extractor: str = "") -> None:
        """Store a document and everything extracted from it, in one transaction."""
        with self.engine.begin() as conn:
            conn.execute(
                insert(documents).values(
                    doc_id=doc.doc_id,
                    content_hash=content_hash,
                    title=doc.title,
                    url=doc.url,
                    source=doc.source,
                    publication_date=doc.published_str(),
                    publication_precision=doc.publication_precision,
                    language=doc.lang,
                    lang_confidence=doc.lang_confidence,
                    home_country=doc.home_country,
                    raw_text=doc.raw_text,
                    text=doc.text,
                    n_sentences=len(doc.sentences),
                    n_events=len(doc.events),
                    ingested_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    origin=origin,
                    meta=_json(doc.meta),
                    extractor=extractor,
                )
            )
            self._write_analysis(conn, doc, extractor)

    def replace_analysis(self, doc: Document, extractor: str) -> None:
        """Replace what was extracted from a stored document (used by ``reprocess``)."""
        with self.engine.begin() as conn:
            for table in (sentences, mentions, events):
                conn.execute(delete(table).where(table.c.doc_id == doc.doc_id))
            conn.execute(
                update(documents)
                .where(documents.c.doc_id == doc.doc_id)
                .values(
                    language=doc.lang,
                    lang_confidence=doc.lang_confidence,
                    home_country=doc.home_country,
                    text=doc.text,
                    n_sentences=len(doc.sentences),
                    n_events=len(doc.events),
                    meta=_json(doc.meta),
                    extractor=extractor,
                )
            )
            self._write_analysis(conn, doc, extractor)

    def _write_analysis(self, conn: Connection, doc: Document, extractor: str) -> None:
        if doc.sentences:
            conn.execute(
                insert(sentences),
                [
                    {"doc_id": doc.doc_id, "idx": i, "start": s.start, "end": s.end, "lang": s.lang, "paragraph": s.paragraph}
                    for i, s in enumerate(doc.sentences)
                ],
            )
        actor_rows = [m for m in doc.mentions if m.actor_id and m.kind != "place"]
        if doc.mentions:
            conn.execute(
                insert(mentions),
                [
                    {
                        "doc_id": doc.doc_id,
                        "idx": i,
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "kind": m.kind,
                        "name": m.name,
                        "actor_id": m.actor_id,
                        "country": m.country,
                        "sectors": _json(m.sectors),
                        "title": m.title,
                        "confidence": m.confidence,
                        "source": m.source,
                        "lang": self._lang_at(doc, m.start),
                        "why": _json(m.why) if m.why else None,
                    }
                    for i, m in enumerate(doc.mentions)
                ],
            )
        # one upsert per distinct actor of the document, and none when the store already knows it all
        merged: dict[str, tuple[str, str, str | None, set[str], list[str]]] = {}
        for m in actor_rows:
            key = m.actor_id or ""
            kind, name, country, sectors, titles = merged.get(key, (m.kind, m.name, m.country, set(), []))
            if m.title and m.title not in titles:
                titles.append(m.title)
            if m.name and m.name.isascii() and len(m.name) > len(name):
                name = m.name
            merged[key] = (kind, name, country or m.country, sectors | set(m.sectors), titles)
        for actor_id, (kind, name, country, sectors, titles) in merged.items():
            known = self._actor_cache.get(actor_id)
            if known is not None and known[0] >= sectors and set(titles) <= known[1] and (country is None or known[2]) \
                    and len(name) <= known[3]:
                continue
            self._upsert_actor(conn, actor_id, kind, name, country, sorted(sectors), titles[0] if titles else None)
            for t in titles[1:]:
                self._upsert_actor(conn, actor_id, kind, name, country, sorted(sectors), t)
            old = self._actor_cache.get(actor_id, (set(), set(), None, 0))
            self._actor_cache[actor_id] = (old[0] | sectors, old[1] | set(titles), old[2] or country, max(old[3], len(name)))
        if doc.events:
            conn.execute(insert(events), [self._event_row(r, extractor) for r in doc.events])

    @staticmethod
    def _lang_at(doc: Document, offset: int) -> str:
        i = doc.sentence_at(offset)
        return doc.sentences[i].lang if i is not None else doc.lang

    def _upsert_actor(
        self, conn: Connection, actor_id: str, kind: str, name: str, country: str | None,
        sectors: list[str], title: str | None,
    ) -> None:
        row = conn.execute(select(actors).where(actors.c.actor_id == actor_id)).mappings().first()
        if row is None:
            conn.execute(
                insert(actors).values(
                    actor_id=actor_id, kind=kind, name=name, country=country,
                    sectors=_json(sorted(set(sectors))), titles=_json([title] if title else []),
                )
            )
            return
        old_sectors = set(json.loads(row["sectors"] or "[]"))
        old_titles = json.loads(row["titles"] or "[]")
        changed: dict[str, Any] = {}
        if not old_sectors.issuperset(sectors):
            changed["sectors"] = _json(sorted(old_sectors | set(sectors)))
        if title and title not in old_titles:
            changed["titles"] = _json([*old_titles, title])
        if country and not row["country"]:
            changed["country"] = country
        # keep the longest Latin-script name as canonical: it is the most complete form seen
        if name and name.isascii() and (not row["name"].isascii() or len(name) > len(row["name"])):
            changed["name"] = name
        if changed:
            conn.execute(update(actors).where(actors.c.actor_id == actor_id).values(**changed))

    @staticmethod
    def _event_row(record: dict[str, Any], extractor: str) -> dict[str, Any]:
        actor = record.get("actor") or {}
        recipient = record.get("recipient") or {}
        location = record.get("location") or {}
        topics = record.get("topics") or []
        return {
            "event_id": record["event_id"],
            "doc_id": record["doc_id"],
            "story_id": record.get("story_id"),
            "event_type": record["event_type"],
            "event_mode": record.get("event_mode"),
            "language": record.get("language"),
            "actor_id": actor.get("actor_id"),
            "actor_country": actor.get("country"),
            "recipient_id": recipient.get("actor_id"),
            "recipient_country": recipient.get("country"),
            "date": record.get("date"),
            "date_precision": record.get("date_precision"),
            "location_country": location.get("country"),
            "geonames_id": location.get("geonames_id"),
            "topics": "|" + "|".join(topics) + "|" if topics else None,
            "confidence": record.get("confidence"),
            "record": _json(record),
            "extractor": extractor,
        }

    def set_story_ids(self, assignments: dict[str, str]) -> None:
        if not assignments:
            return
        stmt = update(events).where(events.c.event_id == bindparam("eid")).values(story_id=bindparam("sid"))
        with self.engine.begin() as conn:
            # one executemany, not one statement per event
            conn.execute(stmt, [{"eid": e, "sid": sid} for e, sid in assignments.items()])

    def replace_stories(self, records: list[dict[str, Any]], remove: Iterable[str] = ()) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.engine.begin() as conn:
            gone = list(remove) + [r["story_id"] for r in records]
            for i in range(0, len(gone), 500):
                conn.execute(delete(stories).where(stories.c.story_id.in_(gone[i : i + 500])))
            if records:
                conn.execute(
                    insert(stories),
                    [
                        {
                            "story_id": r["story_id"],
                            "event_type": r.get("event_type"),
                            "date": r.get("date"),
                            "n_documents": r.get("n_documents"),
                            "n_sources": r.get("n_sources"),
                            "record": _json(r),
                            "updated_at": now,
                        }
                        for r in records
                    ],
                )

    # --- reading -----------------------------------------------------------------

    def count(self, table: Table) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)

    def documents(self, language: str | None = None, limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
        """Document lines of the contract (without the texts)."""
        cols = [
            documents.c.doc_id, documents.c.title, documents.c.url, documents.c.source,
            documents.c.publication_date, documents.c.language, documents.c.n_sentences,
            documents.c.n_events, documents.c.ingested_at, documents.c.content_hash,
            documents.c.home_country, documents.c.extractor,
        ]
        q = select(*cols).order_by(documents.c.doc_id)
        if language:
            q = q.where(documents.c.language == language)
        if limit is not None:
            q = q.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            for row in conn.execute(q).mappings():
                yield dict(row)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).mappings().first()
            return dict(row) if row else None

    def doc_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(documents.c.doc_id).order_by(documents.c.doc_id)).scalars())

    def _event_where(self, f: EventFilter) -> list[Any]:
        c = events.c
        where: list[Any] = []
        if f.country:
            where.append(or_(c.actor_country == f.country, c.recipient_country == f.country))
        if f.actor:
            where.append(or_(c.actor_id == f.actor, c.recipient_id == f.actor))
        if f.event_type:
            where.append(c.event_type == f.event_type.upper())
        if f.topic:
            where.append(c.topics.like(f"%|{f.topic}|%"))
        if f.language:
            where.append(c.language == f.language)
        if f.since:
            where.append(c.date >= f.since)
        if f.until:
            where.append(date_until(c.date, f.until))
        if f.doc_id:
            where.append(c.doc_id == f.doc_id)
        if f.story_id:
            where.append(c.story_id == f.story_id)
        if f.dyad:
            a, b = f.dyad
            where.append(
                or_(
                    and_(c.actor_country == a, c.recipient_country == b),
                    and_(c.actor_country == b, c.recipient_country == a),
                )
            )
        return where

    def events(self, f: EventFilter | None = None, limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
        """Event records (contract format) with the story id as currently assigned."""
        f = f or EventFilter()
        q = select(events.c.record, events.c.story_id).where(*self._event_where(f)).order_by(
            events.c.doc_id, events.c.event_id
        )
        if limit is not None:
            q = q.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            for rec, story_id in conn.execute(q):
                record = json.loads(rec)
                record["story_id"] = story_id or record.get("story_id") or record["event_id"]
                yield record

    def events_by_id(self, event_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Full event records by id (with the story id as currently assigned)."""
        ids = list(dict.fromkeys(event_ids))
        out: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(ids), 500):
                q = select(events.c.record, events.c.story_id).where(events.c.event_id.in_(ids[i : i + 500]))
                for rec, story_id in conn.execute(q):
                    record = json.loads(rec)
                    record["story_id"] = story_id or record.get("story_id") or record["event_id"]
                    out[record["event_id"]] = record
        return out

    def count_events(self, f: EventFilter | None = None) -> int:
        f = f or EventFilter()
        with self.engine.connect() as conn:
            q = select(func.count()).select_from(events).where(*self._event_where(f))
            return int(conn.execute(q).scalar() or 0)

    def stories(self, limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
        q = select(stories.c.record).order_by(stories.c.story_id)
        if limit is not None:
            q = q.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            for (rec,) in conn.execute(q):
                yield json.loads(rec)

    def story(self, story_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            rec = conn.execute(select(stories.c.record).where(stories.c.story_id == story_id)).scalar()
            return json.loads(rec) if rec else None

    def actors(self, limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
        """Actor lines of the contract: every surface form seen, with language and document."""
        q = select(actors).order_by(actors.c.actor_id)
        if limit is not None:
            q = q.limit(limit).offset(offset)
        with self.engine.connect() as conn:
            rows = list(conn.execute(q).mappings())
            for row in rows:
                yield self._actor_line(conn, dict(row))

    def actor(self, actor_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(actors).where(actors.c.actor_id == actor_id)).mappings().first()
            return self._actor_line(conn, dict(row)) if row else None

    @staticmethod
    def _actor_line(conn: Connection, row: dict[str, Any]) -> dict[str, Any]:
        forms = conn.execute(
            select(mentions.c.text, mentions.c.lang, mentions.c.doc_id)
            .where(mentions.c.actor_id == row["actor_id"])
            .order_by(mentions.c.doc_id, mentions.c.idx)
        ).all()
        names: dict[tuple[str, str], set[str]] = {}
        doc_ids: list[str] = []
        for text, lang, doc_id in forms:
            names.setdefault((text, lang or "und"), set()).add(doc_id)
            if doc_id not in doc_ids:
                doc_ids.append(doc_id)
        return {
            "actor_id": row["actor_id"],
            "kind": row["kind"],
            "name": row["name"],
            "names": [
                {"name": text, "language": lang, "doc_ids": sorted(docs)} for (text, lang), docs in names.items()
            ],
            "country": row["country"],
            "sectors": json.loads(row["sectors"] or "[]"),
            "titles": json.loads(row["titles"] or "[]"),
            "doc_ids": doc_ids,
        }

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(meta).where(meta.c.key == key))
            conn.execute(insert(meta).values(key=key, value=value))


def open_store(url: str | None = None) -> Store:
    """Open (and create if needed) the store at ``url`` (see :func:`resolve_url`)."""
    return Store(url)
