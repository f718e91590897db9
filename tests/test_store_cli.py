"""The read side of the CLI against the output contract: docs, events, stories, actors, export,
--db / DYAD_DB, reprocess and demo.

Read-only tests share the store ``dyad demo`` builds once per session (``demo_db``).
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from conftest import CONTRACT, CliStore, run_cli

from dyad.demo import corpus_files
from dyad.export import EVENT_COLUMNS
from dyad.store import Store

DOC_FIELDS = ["doc_id", "title", "url", "source", "publication_date", "language", "n_sentences", "n_events",
              "ingested_at", "content_hash"]
STORY_FIELDS = ["story_id", "event_ids", "doc_ids", "languages", "event_type", "countries", "date", "location",
                "n_documents", "n_sources", "conflicts"]
ACTOR_FIELDS = ["actor_id", "kind", "name", "names", "country", "sectors", "titles", "doc_ids"]


def ok(result: Result) -> Result:
    assert result.exit_code == 0, result.output
    return result


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in ok(result).stdout.splitlines() if line.strip()]


def csv_rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def demo(demo_db: CliStore) -> CliStore:
    ok(demo_db.result)
    return demo_db


# ----------------------------------------------------------------------------- demo


def test_demo_prints_summary_tables_and_stores_the_corpus(demo: CliStore) -> None:
    out = demo.result.stdout
    for title in ("This run", "Documents by language", "Events by type", "Top country pairs", "Store"):
        assert title in out, title
    assert "Database:" in out
    stems = {p.stem for p in corpus_files()}
    assert len(stems) >= 10
    store = demo.store()
    assert set(store.doc_ids()) == stems
    langs = {d["language"] for d in store.documents()}
    assert langs == {"en", "fr", "ar"}
    assert store.count_events() > 0


def test_demo_twice_stores_nothing_new(demo: CliStore) -> None:
    before = demo.store().count_events()
    again = ok(run_cli(["demo", "--db", demo.db]))
    assert "This run" in again.stdout
    assert demo.store().count_events() == before
    assert len(demo.store().doc_ids()) == len(corpus_files())


# ----------------------------------------------------------------------------- docs / events / stories / actors


def test_docs_jsonl_and_csv(demo: CliStore) -> None:
    lines = jsonl(run_cli(["docs", "--db", demo.db]))
    assert len(lines) == len(corpus_files())
    for line in lines:
        for field in DOC_FIELDS:
            assert field in line, field
        assert len(line["content_hash"]) == 64
    header, rows = csv_rows(ok(run_cli(["docs", "--db", demo.db, "--format", "csv"])).stdout)
    assert set(DOC_FIELDS) <= set(header)
    assert [r["doc_id"] for r in rows] == [x["doc_id"] for x in lines]
    only_fr = jsonl(run_cli(["docs", "--db", demo.db, "--language", "fr"]))
    assert only_fr and all(x["language"] == "fr" for x in only_fr)


def test_events_jsonl_validate_against_the_contract_schema(demo: CliStore) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = CONTRACT / "event.schema.json"
    if not schema_path.exists():
        pytest.skip(f"contract schema not found at {schema_path}")
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    records = jsonl(run_cli(["events", "--db", demo.db, "--format", "jsonl"]))
    assert len(records) == demo.store().count_events() > 0
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{record['event_id']}: {errors[0].message}"
    doc_ids = set(demo.store().doc_ids())
    texts = {d: demo.store().document(d)["text"] for d in doc_ids}  # type: ignore[index]
    for record in records:
        assert record["doc_id"] in doc_ids
        ev = record["evidence"]
        assert texts[record["doc_id"]][ev["start"] : ev["end"]] == ev["text"], "evidence offsets point into text"


def test_events_csv_and_parquet(demo: CliStore, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    n = demo.store().count_events()
    header, rows = csv_rows(ok(run_cli(["events", "--db", demo.db, "--format", "csv"])).stdout)
    assert header == EVENT_COLUMNS
    assert len(rows) == n
    out = tmp_path / "events.parquet"
    ok(run_cli(["events", "--db", demo.db, "--format", "parquet", "--out", out]))
    table = pq.read_table(out)
    assert table.num_rows == n
    assert table.column_names == EVENT_COLUMNS
    assert sorted(table.column("event_id").to_pylist()) == sorted(r["event_id"] for r in rows)


def test_events_filters(demo: CliStore) -> None:
    everything = jsonl(run_cli(["events", "--db", demo.db]))
    some_type = everything[0]["event_type"]
    typed = jsonl(run_cli(["events", "--db", demo.db, "--type", some_type]))
    assert typed and all(r["event_type"] == some_type for r in typed)
    assert len(typed) == sum(r["event_type"] == some_type for r in everything)
    qat = jsonl(run_cli(["events", "--db", demo.db, "--country", "qat"]))
    for r in qat:
        assert "QAT" in ((r["actor"] or {}).get("country"), (r["recipient"] or {}).get("country"))
    fr = jsonl(run_cli(["events", "--db", demo.db, "--language", "fr"]))
    assert all(r["language"] == "fr" for r in fr)
    bad = run_cli(["events", "--db", demo.db, "--dyad", "QAT"])
    assert bad.exit_code != 0


def test_stories_jsonl_and_csv(demo: CliStore) -> None:
    stories = jsonl(run_cli(["stories", "--db", demo.db]))
    assert stories
    event_ids = {r["event_id"]: r for r in demo.store().events()}
    for story in stories:
        for field in STORY_FIELDS:
            assert field in story, field
        for eid in story["event_ids"]:
            assert event_ids[eid]["story_id"] == story["story_id"]
    assert {r["story_id"] for r in event_ids.values()} <= {s["story_id"] for s in stories}
    header, rows = csv_rows(ok(run_cli(["stories", "--db", demo.db, "--format", "csv"])).stdout)
    assert set(STORY_FIELDS) <= set(header)
    assert len(rows) == len(stories)
    assert json.loads(rows[0]["event_ids"]) == stories[0]["event_ids"]


def test_actors_jsonl_and_csv(demo: CliStore) -> None:
    actors = jsonl(run_cli(["actors", "--db", demo.db]))
    assert actors
    doc_ids = set(demo.store().doc_ids())
    for actor in actors:
        for field in ACTOR_FIELDS:
            assert field in actor, field
        for form in actor["names"]:
            assert form["name"] and form["language"] in {"en", "fr", "ar", "other", "und"}
        assert set(actor["doc_ids"]) <= doc_ids
    header, rows = csv_rows(ok(run_cli(["actors", "--db", demo.db, "--format", "csv"])).stdout)
    assert set(ACTOR_FIELDS) <= set(header)
    assert len(rows) == len(actors)


def test_unknown_format_is_an_error(demo: CliStore) -> None:
    assert run_cli(["docs", "--db", demo.db, "--format", "xml"]).exit_code != 0


# ----------------------------------------------------------------------------- export


def test_export_formats(demo: CliStore, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    n = demo.store().count_events()
    ok(run_cli(["export", tmp_path / "e.csv", "--db", demo.db]))
    header, rows = csv_rows((tmp_path / "e.csv").read_text(encoding="utf-8"))
    assert header == EVENT_COLUMNS and len(rows) == n
    ok(run_cli(["export", tmp_path / "e.jsonl", "--db", demo.db]))
    lines = (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n and all("evidence" in json.loads(x) for x in lines)
    ok(run_cli(["export", tmp_path / "e.parquet", "--db", demo.db]))
    assert pq.read_table(tmp_path / "e.parquet").num_rows == n
    ok(run_cli(["export", tmp_path / "g.graphml", "--db", demo.db]))
    root = ET.parse(tmp_path / "g.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    nodes = {node.get("id") for node in root.iterfind(".//g:node", ns)}
    edges = root.findall(".//g:edge", ns)
    assert edges, "the demo corpus has events between countries"
    for edge in edges:
        assert edge.get("source") in nodes and edge.get("target") in nodes
        assert len(edge.get("source") or "") == 3
        weight = edge.find("g:data[@key='weight']", ns)
        assert weight is not None and int(weight.text or "0") >= 1


@pytest.mark.parametrize("what", ["stories", "actors", "documents"])
def test_export_other_tables(demo: CliStore, tmp_path: Path, what: str) -> None:
    ok(run_cli(["export", tmp_path / f"{what}.jsonl", "--db", demo.db, "--what", what]))
    ok(run_cli(["export", tmp_path / f"{what}.csv", "--db", demo.db, "--what", what]))
    n = len((tmp_path / f"{what}.jsonl").read_text(encoding="utf-8").splitlines())
    _, rows = csv_rows((tmp_path / f"{what}.csv").read_text(encoding="utf-8"))
    assert n == len(rows) > 0


def test_export_filtered_and_unknown_suffix(demo: CliStore, tmp_path: Path) -> None:
    ok(run_cli(["export", tmp_path / "fr.jsonl", "--db", demo.db, "--language", "fr"]))
    lines = [json.loads(x) for x in (tmp_path / "fr.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(r["language"] == "fr" for r in lines)
    assert run_cli(["export", tmp_path / "out.xlsx", "--db", demo.db]).exit_code != 0


# ----------------------------------------------------------------------------- --db and DYAD_DB

ARTICLE = (
    "Qatar and Jordan signed a police training agreement in Amman on Sunday, "
    "the Jordanian Public Security Directorate said.\n\nThe courses start in May."
)


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    (tmp_path / "amman.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "store" / "small.db"
    db.parent.mkdir()
    ok(run_cli(["ingest", tmp_path / "amman.txt", "--db", db, "--no-progress"]))
    return db


def _doc_ids(result: Result) -> list[str]:
    return [x["doc_id"] for x in jsonl(result)]


def test_db_as_path_url_and_env(small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DYAD_DB", raising=False)
    assert _doc_ids(run_cli(["docs", "--db", small_db])) == ["amman"]
    assert _doc_ids(run_cli(["docs", "--db", f"sqlite:///{small_db}"])) == ["amman"]
    assert _doc_ids(run_cli(["docs"], env={"DYAD_DB": str(small_db)})) == ["amman"]
    assert _doc_ids(run_cli(["docs"], env={"DYAD_DB": f"sqlite:///{small_db}"})) == ["amman"]
    # --db wins over the environment
    other = tmp_path / "other.db"
    assert _doc_ids(run_cli(["docs", "--db", other], env={"DYAD_DB": str(small_db)})) == []
    # no --db, no DYAD_DB: ./dyad.db
    monkeypatch.chdir(tmp_path)
    (tmp_path / "w.txt").write_text(ARTICLE.replace("Sunday", "Monday"), encoding="utf-8")
    ok(run_cli(["ingest", "w.txt", "--no-progress"]))
    assert (tmp_path / "dyad.db").exists()
    assert _doc_ids(run_cli(["docs"])) == ["w"]


# ----------------------------------------------------------------------------- reprocess


def _events_by_id(db: Path) -> dict[str, dict[str, Any]]:
    return {r["event_id"]: r for r in Store(str(db)).events()}


def test_reprocess_all_gives_identical_events(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    files = [p for p in corpus_files() if p.stem.split("-")[1] in ("01", "02")]
    ok(run_cli(["ingest", *files, "--db", db, "--no-progress"]))
    docs_before = {d["doc_id"]: d for d in Store(str(db)).documents()}
    events_before = _events_by_id(db)
    stories_before = list(Store(str(db)).stories())
    assert events_before

    stale = ok(run_cli(["reprocess", "--db", db]))
    assert "reprocessed 0 documents" in stale.stderr

    everything = ok(run_cli(["reprocess", "--all", "--db", db]))
    assert f"reprocessed {len(docs_before)} documents" in everything.stderr
    assert _events_by_id(db) == events_before
    assert list(Store(str(db)).stories()) == stories_before
    assert {d["doc_id"]: d for d in Store(str(db)).documents()} == docs_before


def test_reprocess_redoes_stale_documents_only(tmp_path: Path) -> None:
    from sqlalchemy import update

    from dyad.store import documents

    db = tmp_path / "r.db"
    files = [p for p in corpus_files() if p.stem.startswith(("en-01", "fr-01"))]
    ok(run_cli(["ingest", *files, "--db", db, "--no-progress"]))
    store = Store(str(db))
    stale_id = files[0].stem
    with store.engine.begin() as conn:
        conn.execute(update(documents).where(documents.c.doc_id == stale_id).values(extractor="dyad-rules/0.0.0+old"))
    events_before = _events_by_id(db)
    result = ok(run_cli(["reprocess", "--db", db]))
    assert "reprocessed 1 documents" in result.stderr
    assert {d["doc_id"]: d["extractor"] for d in store.documents()}[stale_id] != "dyad-rules/0.0.0+old"
    assert _events_by_id(db) == events_before


def test_reprocess_keeps_a_forced_language(tmp_path: Path) -> None:
    (tmp_path / "amman.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "r.db"
    ok(run_cli(["ingest", tmp_path / "amman.txt", "--db", db, "--lang", "fr", "--no-progress"]))
    assert Store(str(db)).document("amman")["language"] == "fr"  # type: ignore[index]
    ok(run_cli(["reprocess", "--all", "--db", db]))
    assert Store(str(db)).document("amman")["language"] == "fr"  # type: ignore[index]


def test_reprocess_keeps_reader_metadata(tmp_path: Path) -> None:
    (tmp_path / "amman.txt").write_text("---\nauthor: Desk Writer\n---\n" + ARTICLE, encoding="utf-8")
    db = tmp_path / "r.db"
    ok(run_cli(["ingest", tmp_path / "amman.txt", "--db", db, "--no-progress"]))
    before = json.loads(Store(str(db)).document("amman")["meta"])  # type: ignore[index]
    assert before["author"] == "Desk Writer" and "origin" in before
    ok(run_cli(["reprocess", "--all", "--db", db]))
    after = json.loads(Store(str(db)).document("amman")["meta"])  # type: ignore[index]
    assert after["author"] == "Desk Writer" and after["origin"] == before["origin"]
