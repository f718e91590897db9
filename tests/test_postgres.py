"""The store, ingest, CLI and API on PostgreSQL give what they give on SQLite.

A throwaway cluster comes from ``tools/pg_test_server.sh`` (PostgreSQL's initdb/pg_ctl must be
installed, else the module is skipped), or set ``DYAD_TEST_PG_URL`` to a scratch database:
its dyad tables are dropped first.  The cluster collates like glibc's en_US, so queries that
lean on SQLite's byte order show up here.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dyad.ingest import IngestReport, ingest
from dyad.store import EventFilter, Store, metadata

pytest.importorskip("psycopg", reason="the PostgreSQL driver psycopg is not installed")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
SCHEMA = SHARED / "contract" / "event.schema.json"
DEMO = REPO / "dyad" / "demo" / "corpus"
SCRIPT = REPO / "tools" / "pg_test_server.sh"


def _have_pg_binaries() -> bool:
    if shutil.which("initdb") and shutil.which("pg_ctl"):
        return True
    return any(Path(d, "initdb").exists() and Path(d, "pg_ctl").exists() for d in glob.glob("/usr/lib/postgresql/*/bin"))


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    given = os.environ.get("DYAD_TEST_PG_URL")
    if given:
        Store(given)  # creates the schema so the drop below cannot fail on a missing table
        metadata.drop_all(Store(given).engine)
        yield given
        return
    if not _have_pg_binaries():
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not installed: apt-get install postgresql")
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: cannot start PostgreSQL as another user")
    run = subprocess.run([str(SCRIPT), "start"], capture_output=True, text=True, timeout=60)
    if run.returncode != 0:
        pytest.fail(f"could not start a PostgreSQL cluster: {run.stderr}")
    url = run.stdout.strip().splitlines()[-1]
    cluster_dir = url.split("host=")[1].split("&")[0]
    try:
        yield url
    finally:
        subprocess.run([str(SCRIPT), "stop", cluster_dir], capture_output=True, timeout=60)


@dataclass
class Pair:
    pg: Store
    sqlite: Store
    report: IngestReport


def _inputs() -> list[str]:
    paths = [str(DEMO)]
    if SEEDS.is_dir():
        paths.insert(0, str(SEEDS))
    return paths


@pytest.fixture(scope="module")
def pair(pg_url: str, tmp_path_factory: pytest.TempPathFactory) -> Pair:
    pg = Store(pg_url)
    report = ingest(_inputs(), pg)
    sqlite = Store(str(tmp_path_factory.mktemp("sqlite") / "dyad.db"))
    ingest(_inputs(), sqlite)
    return Pair(pg, sqlite, report)


def ids(records: Any, key: str = "event_id") -> list[str]:
    return [r[key] for r in records]


# --- ingest ---------------------------------------------------------------------------


def test_ingest_stores_the_same_documents_and_events_as_sqlite(pair: Pair) -> None:
    assert not pair.report.failed
    n_docs = len(list(DEMO.glob("*.txt"))) + (len(list(SEEDS.glob("*.txt"))) if SEEDS.is_dir() else 0)
    assert len(pair.report.stored) == n_docs
    assert pair.pg.doc_ids() == pair.sqlite.doc_ids()
    pg_events, sq_events = list(pair.pg.events()), list(pair.sqlite.events())
    assert len(pg_events) > 20
    assert {(e["event_id"], e["event_type"]) for e in pg_events} == {(e["event_id"], e["event_type"]) for e in sq_events}
    assert {e["event_id"]: e for e in pg_events} == {e["event_id"]: e for e in sq_events}


def test_second_ingest_stores_nothing(pair: Pair) -> None:
    before = pair.pg.count_events()
    again = ingest(_inputs(), pair.pg)
    assert again.stored == []
    assert len(again.duplicates) == len(pair.report.stored)
    assert pair.pg.count_events() == before


# --- queries ----------------------------------------------------------------------------


def _filters(records: list[dict[str, Any]]) -> list[EventFilter]:
    dated = sorted(r["date"] for r in records if r.get("date") and len(r["date"]) >= 7)
    assert dated, "the corpus should yield dated events"
    mid = dated[len(dated) // 2]
    with_pair = next(r for r in records if (r.get("actor") or {}).get("country") and (r.get("recipient") or {}).get("country")
                     and r["actor"]["country"] != r["recipient"]["country"])
    topic = next(t for r in records for t in (r.get("topics") or []))
    return [
        EventFilter(country=with_pair["actor"]["country"]),
        EventFilter(dyad=(with_pair["recipient"]["country"], with_pair["actor"]["country"])),
        EventFilter(event_type=records[0]["event_type"].lower()),
        EventFilter(topic=topic),
        EventFilter(language="ar"),
        EventFilter(language="fr"),
        EventFilter(since=mid[:7]),
        EventFilter(until=mid[:7]),  # a month: every day in it counts
        EventFilter(until=mid),
        EventFilter(until=mid[:4]),
        EventFilter(since=mid[:4], until=mid[:7]),
        EventFilter(actor=with_pair["actor"]["actor_id"]),
    ]


def test_every_event_filter_matches_sqlite(pair: Pair) -> None:
    for f in _filters(list(pair.sqlite.events())):
        want = ids(pair.sqlite.events(f))
        got = ids(pair.pg.events(f))
        assert want, f
        assert sorted(got) == sorted(want), f
        assert pair.pg.count_events(f) == len(want), f
        if f.until:
            # the month or year given includes all of it (the old "~" sentinel lost these on PostgreSQL)
            assert all(r["date"][: len(f.until)] <= f.until for r in pair.pg.events(f))
            assert any(r["date"].startswith(f.until) and r["date"] != f.until for r in pair.pg.events(f)) \
                or len(f.until) == 10, f


def test_stories_and_actor_lines_match_sqlite(pair: Pair) -> None:
    pg_stories, sq_stories = list(pair.pg.stories()), list(pair.sqlite.stories())
    assert pg_stories
    assert sorted(ids(pg_stories, "story_id")) == sorted(ids(sq_stories, "story_id"))
    assert {s["story_id"]: sorted(s["event_ids"]) for s in pg_stories} == {s["story_id"]: sorted(s["event_ids"]) for s in sq_stories}
    pg_actors = {a["actor_id"]: a for a in pair.pg.actors()}
    assert pg_actors and pg_actors == {a["actor_id"]: a for a in pair.sqlite.actors()}
    some = next(iter(pg_actors))
    assert pair.pg.actor(some) == pg_actors[some]


# --- CLI ------------------------------------------------------------------------------


def test_cli_events_jsonl_over_postgres_follows_the_contract(pair: Pair) -> None:
    from typer.testing import CliRunner

    from dyad.cli import app

    result = CliRunner().invoke(app, ["events", "--format", "jsonl", "--db", pair.pg.url])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert sorted(ids(lines)) == sorted(ids(pair.sqlite.events()))
    if not SCHEMA.is_file():
        pytest.skip(f"contract schema not found at {SCHEMA}")
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for line in lines:
        errors = list(validator.iter_errors(line))
        assert not errors, (line["event_id"], errors[0].message)


# --- API ------------------------------------------------------------------------------


def test_api_over_postgres_answers_like_sqlite(pair: Pair) -> None:
    from fastapi.testclient import TestClient

    from dyad.api import create_app

    pg = TestClient(create_app(store=pair.pg, rate_limit=10_000))
    sq = TestClient(create_app(store=pair.sqlite, rate_limit=10_000))

    def both(path: str) -> tuple[dict[str, Any], dict[str, Any]]:
        a, b = pg.get(path), sq.get(path)
        assert a.status_code == 200, (path, a.text)
        assert b.status_code == 200, (path, b.text)
        return a.json(), b.json()

    a, b = both("/api/events?limit=500")
    assert a["total"] == b["total"] > 0
    assert sorted(ids(a["items"])) == sorted(ids(b["items"]))
    month = next(e["date"][:7] for e in b["items"] if e.get("date") and len(e["date"]) == 10)
    a, b = both(f"/api/events?until={month}&limit=500")
    assert a["total"] == b["total"] and sorted(ids(a["items"])) == sorted(ids(b["items"]))

    a, b = both("/api/dyads?limit=500")
    assert a["items"] and a == b
    a, b = both("/api/stories?limit=500")
    assert a["total"] == b["total"] > 0
    assert sorted(ids(a["items"], "story_id")) == sorted(ids(b["items"], "story_id"))
    a, b = both(f"/api/stories?until={month}&limit=500")
    assert sorted(ids(a["items"], "story_id")) == sorted(ids(b["items"], "story_id"))

    # full text: PostgreSQL's to_tsvector branch finds a document by words of its title
    doc = next(d for d in pair.pg.documents() if d["title"] and d["language"] == "en")
    words = [w for w in doc["title"].split() if w.isalpha() and len(w) > 3][:2]
    a, b = both("/api/documents?q=" + "+".join(words) + "&limit=500")
    assert doc["doc_id"] in ids(a["items"], "doc_id")
    assert doc["doc_id"] in ids(b["items"], "doc_id")
    for item in a["items"]:
        full = pair.pg.document(item["doc_id"]) or {}
        hay = f"{full.get('title') or ''} {full['text']}".lower()
        assert all(w.lower() in hay for w in words), item["doc_id"]
    arabic = next(d for d in pair.pg.documents(language="ar") if d["title"])
    word = max(arabic["title"].split(), key=len)
    a, _ = both(f"/api/documents?q={word}")
    assert arabic["doc_id"] in ids(a["items"], "doc_id")
    a, b = both("/api/documents?q=zzqxnonexistentword")
    assert a["total"] == b["total"] == 0


# --- reprocess (last: it rewrites the analysis) ---------------------------------------------


def test_reprocess_on_postgres_rewrites_the_same_events(pair: Pair) -> None:
    from dyad.reprocess import reprocess

    doc_id = next(e["doc_id"] for e in pair.pg.events())
    before = list(pair.pg.events(EventFilter(doc_id=doc_id)))
    assert reprocess(pair.pg, only_stale=False, doc_ids=[doc_id]) == 1
    after = list(pair.pg.events(EventFilter(doc_id=doc_id)))
    assert ids(after) == ids(before)
    assert [e["event_type"] for e in after] == [e["event_type"] for e in before]
    assert pair.pg.doc_ids() == pair.sqlite.doc_ids()
