"""The bundled demo corpus (articles written for dyad) and the summary ``make demo`` prints."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from rich.table import Table

from dyad.ingest import IngestReport, ingest
from dyad.store import Store

CORPUS = Path(__file__).parent / "corpus"


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*.txt"))


def run_demo(db: str | None = None) -> tuple[Store, IngestReport]:
    """Ingest the demo corpus into ``db`` (idempotent) and return the store and the report."""
    store = Store(db)
    report = ingest([str(p) for p in corpus_files()], store)
    return store, report


def _table(title: str, counter: Counter[Any], header: tuple[str, str], limit: int = 10) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(header[0])
    table.add_column(header[1], justify="right")
    for key, n in counter.most_common(limit):
        table.add_row(str(key), str(n))
    return table


def summary_tables(store: Store, report: IngestReport | None) -> list[Table]:
    """Documents by language, events by type, top country pairs (and the last ingest's counts)."""
    langs = Counter(d["language"] for d in store.documents())
    types: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for ev in store.events():
        types[ev["event_type"]] += 1
        a = (ev.get("actor") or {}).get("country")
        b = (ev.get("recipient") or {}).get("country")
        if a and b and a != b:
            pairs["–".join(sorted((a, b)))] += 1
    tables = [
        _table("Documents by language", langs, ("language", "documents")),
        _table("Events by type", types, ("PLOVER type", "events")),
        _table("Top country pairs", pairs, ("dyad", "events")),
    ]
    if report is not None:
        t = Table(title="This run", title_justify="left")
        t.add_column("stored", justify="right")
        t.add_column("duplicates skipped", justify="right")
        t.add_column("failed", justify="right")
        t.add_row(str(len(report.stored)), str(len(report.duplicates)), str(len(report.failed)))
        tables.insert(0, t)
    n_stories = sum(1 for _ in store.stories())
    t2 = Table(title="Store", title_justify="left")
    t2.add_column("documents", justify="right")
    t2.add_column("events", justify="right")
    t2.add_column("stories", justify="right")
    t2.add_row(str(sum(langs.values())), str(sum(types.values())), str(n_stories))
    tables.append(t2)
    return tables
