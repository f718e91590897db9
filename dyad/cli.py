"""The ``dyad`` command line: a thin layer over the library (see each command's library call)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from dyad.store import EventFilter, Store, resolve_url

app = typer.Typer(help="dyad: political event data from news articles (PLOVER).", no_args_is_help=True, add_completion=False)
kb_app = typer.Typer(help="The actor knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
err = Console(stderr=True)
out = Console()

DbOpt = Annotated[str | None, typer.Option("--db", help="SQLAlchemy URL or SQLite path (default: $DYAD_DB or ./dyad.db)")]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help="jsonl or csv")]


def _store(db: str | None) -> Store:
    return Store(db)


def _emit(rows: Any, fmt: str, columns: list[str] | None = None) -> None:
    from dyad.export import flat_lines, write_csv, write_jsonl

    if fmt == "jsonl":
        write_jsonl(rows, sys.stdout)
    elif fmt == "csv":
        write_csv(flat_lines(rows), sys.stdout, columns)
    else:
        raise typer.BadParameter(f"unknown format {fmt!r} (jsonl or csv)", param_hint="--format")


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, feeds, or - for stdin")],
    db: DbOpt = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for all inputs")] = None,
    source: Annotated[str | None, typer.Option(help="Outlet name for all inputs")] = None,
    lang: Annotated[str | None, typer.Option(help="Language code for all inputs (skip detection)")] = None,
    workers: Annotated[int, typer.Option(help="Analysis processes (0 = every core)")] = 1,
    follow: Annotated[bool, typer.Option("--follow/--no-follow", help="Fetch the page of feed items that carry only a summary")] = True,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress")] = None,
) -> None:
    """Read, analyse and store articles.  Library: dyad.ingest.ingest()."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from dyad.ingest import ingest as run_ingest

    store = _store(db)
    n_workers = workers if workers > 0 else (os.cpu_count() or 1)
    show = err.is_terminal if progress is None else progress
    if show:
        with Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
            TimeElapsedColumn(), console=err, transient=True,
        ) as bar:
            task = bar.add_task("", total=None)
            report = run_ingest(
                inputs, store, published=published, source=source, lang=lang, workers=n_workers, follow=follow,
                on_progress=lambda origin: bar.update(task, advance=1, description=Path(origin).name[:40]),
            )
    else:
        report = run_ingest(inputs, store, published=published, source=source, lang=lang, workers=n_workers, follow=follow)
    for origin, reason in report.failed:
        err.print(f"failed {origin}: {reason}", markup=False, highlight=False, soft_wrap=True, style="red")
    err.print(
        f"stored {len(report.stored)} documents ({report.n_events} events), "
        f"{len(report.duplicates)} duplicates skipped, {len(report.failed)} failed — {store.url}",
        highlight=False, markup=False, soft_wrap=True,
    )
    if report.failed and not report.stored and not report.duplicates:
        raise typer.Exit(1)


@app.command()
def docs(db: DbOpt = None, fmt: FormatOpt = "jsonl", language: Annotated[str | None, typer.Option()] = None) -> None:
    """One line per stored document.  Library: Store.documents()."""
    cols = ["doc_id", "title", "url", "source", "publication_date", "language", "n_sentences", "n_events", "ingested_at", "content_hash", "home_country", "extractor"]
    _emit(_store(db).documents(language=language), fmt, cols)


def _filters(country: str | None, actor: str | None, event_type: str | None, topic: str | None,
             language: str | None, since: str | None, until: str | None, dyad: str | None) -> EventFilter:
    pair = None
    if dyad:
        parts = [p.strip().upper() for p in dyad.replace("-", ",").split(",") if p.strip()]
        if len(parts) != 2:
            raise typer.BadParameter("give two country codes, e.g. QAT,JOR", param_hint="--dyad")
        pair = (parts[0], parts[1])
    return EventFilter(country=country.upper() if country else None, actor=actor, event_type=event_type,
                       topic=topic, language=language, since=since, until=until, dyad=pair)


Country = Annotated[str | None, typer.Option(help="ISO3 country on either side")]
ActorOpt = Annotated[str | None, typer.Option(help="actor_id on either side")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="PLOVER event type")]
TopicOpt = Annotated[str | None, typer.Option(help="topic key")]
LangOpt = Annotated[str | None, typer.Option("--language", help="language of the evidence")]
SinceOpt = Annotated[str | None, typer.Option(help="event date from (YYYY[-MM[-DD]])")]
UntilOpt = Annotated[str | None, typer.Option(help="event date until")]
DyadOpt = Annotated[str | None, typer.Option(help="country pair, e.g. QAT,JOR")]


@app.command()
def events(
    db: DbOpt = None, fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet")] = "jsonl",
    country: Country = None, actor: ActorOpt = None, event_type: TypeOpt = None, topic: TopicOpt = None,
    language: LangOpt = None, since: SinceOpt = None, until: UntilOpt = None, dyad: DyadOpt = None,
    out_path: Annotated[Path | None, typer.Option("--out", help="write to a file (required for parquet)")] = None,
) -> None:
    """One event record per line (contract schema).  Library: Store.events()."""
    from dyad.export import EVENT_COLUMNS, flatten_event, write_csv, write_jsonl, write_parquet

    f = _filters(country, actor, event_type, topic, language, since, until, dyad)
    records = _store(db).events(f)
    if fmt == "parquet":
        target: Any = out_path if out_path else sys.stdout.buffer
        write_parquet((flatten_event(r) for r in records), target, EVENT_COLUMNS)
        return
    handle = out_path.open("w", encoding="utf-8", newline="") if out_path else sys.stdout
    try:
        if fmt == "jsonl":
            write_jsonl(records, handle)
        elif fmt == "csv":
            write_csv((flatten_event(r) for r in records), handle, EVENT_COLUMNS)
        else:
            raise typer.BadParameter(f"unknown format {fmt!r}", param_hint="--format")
    finally:
        if out_path:
            handle.close()


@app.command()
def stories(db: DbOpt = None, fmt: FormatOpt = "jsonl") -> None:
    """One story per line.  Library: Store.stories()."""
    cols = ["story_id", "event_ids", "doc_ids", "languages", "event_type", "countries", "date", "location",
            "n_documents", "n_sources", "single_source", "conflicts"]
    _emit(_store(db).stories(), fmt, cols)


@app.command()
def actors(db: DbOpt = None, fmt: FormatOpt = "jsonl") -> None:
    """One actor per line.  Library: Store.actors()."""
    cols = ["actor_id", "kind", "name", "names", "country", "sectors", "titles", "doc_ids"]
    _emit(_store(db).actors(), fmt, cols)


@app.command()
def export(
    out_path: Annotated[Path, typer.Argument(help="output file; the format follows the suffix (.csv .jsonl .parquet .graphml)")],
    db: DbOpt = None,
    what: Annotated[str, typer.Option(help="events, stories, actors or documents")] = "events",
    level: Annotated[str, typer.Option(help="GraphML nodes: country or actor")] = "country",
    country: Country = None, actor: ActorOpt = None, event_type: TypeOpt = None, topic: TopicOpt = None,
    language: LangOpt = None, since: SinceOpt = None, until: UntilOpt = None, dyad: DyadOpt = None,
) -> None:
    """Export to CSV, JSONL, Parquet or GraphML (dyad network), with the event filters."""
    from dyad.export import (
        EVENT_COLUMNS,
        flat_lines,
        flatten_event,
        write_csv,
        write_graphml,
        write_jsonl,
        write_parquet,
    )

    store = _store(db)
    suffix = out_path.suffix.lower().lstrip(".")
    f = _filters(country, actor, event_type, topic, language, since, until, dyad)
    rows: Any
    if what == "events":
        rows = store.events(f)
    elif what == "stories":
        rows = store.stories()
    elif what == "actors":
        rows = store.actors()
    elif what == "documents":
        rows = store.documents()
    else:
        raise typer.BadParameter("events, stories, actors or documents", param_hint="--what")
    if suffix == "graphml":
        with out_path.open("w", encoding="utf-8") as fh:
            n = write_graphml(store.events(f), fh, level=level)
        err.print(f"wrote {n} edges to {out_path}")
        return
    if suffix == "parquet":
        n = write_parquet((flatten_event(r) for r in rows) if what == "events" else flat_lines(rows), out_path,
                          EVENT_COLUMNS if what == "events" else None)
    elif suffix == "csv":
        with out_path.open("w", encoding="utf-8", newline="") as fh:
            n = write_csv((flatten_event(r) for r in rows) if what == "events" else flat_lines(rows), fh,
                          EVENT_COLUMNS if what == "events" else None)
    elif suffix in ("jsonl", "json", "ndjson"):
        with out_path.open("w", encoding="utf-8") as fh:
            n = write_jsonl(rows, fh)
    else:
        raise typer.BadParameter(f"unknown output format {suffix!r}: use .csv .jsonl .parquet .graphml")
    err.print(f"wrote {n} {what} to {out_path}")


@app.command()
def reprocess(
    db: DbOpt = None,
    all_docs: Annotated[bool, typer.Option("--all", help="also documents made by the current extractor")] = False,
) -> None:
    """Re-run the analysis over stored documents after a language pack or the KB changed."""
    from dyad.reprocess import reprocess as run

    n = run(_store(db), only_stale=not all_docs)
    err.print(f"reprocessed {n} documents")


@app.command()
def watch(
    feeds_file: Annotated[Path, typer.Argument(help="file with one feed or page URL per line")],
    every: Annotated[str, typer.Option(help="poll interval: 30s, 15m, 1h")] = "15m",
    db: DbOpt = None,
    follow: Annotated[bool, typer.Option("--follow/--no-follow")] = True,
    rounds: Annotated[int | None, typer.Option(help="stop after N rounds (default: until interrupted)")] = None,
) -> None:
    """Poll feeds and pages, ingesting only new items.  Library: dyad.ingest.watch.watch()."""
    from dyad.ingest import ingest_items
    from dyad.ingest.watch import parse_every, read_sources_file
    from dyad.ingest.watch import watch as run_watch

    store = _store(db)
    state = Path(resolve_url(db).replace("sqlite:///", "") + ".watch.json") if resolve_url(db).startswith("sqlite:///") else Path.home() / ".cache" / "dyad" / "watch.json"

    def sink(items: list[Any]) -> None:
        report = ingest_items(items, store)
        err.print(f"stored {len(report.stored)} new documents ({report.n_events} events), {len(report.failed)} failed")

    try:
        run_watch(read_sources_file(feeds_file), parse_every(every), sink, state_path=state, max_rounds=rounds,
                  follow=follow, on_error=lambda e: err.print(f"[yellow]error[/yellow] {e}", highlight=False),
                  on_round=lambda n, new: None if new else err.print(f"round {n}: nothing new"))
    except KeyboardInterrupt:
        err.print("stopped")


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the bundled demo corpus and print a summary.  Library: dyad.demo.run_demo()."""
    from dyad.demo import run_demo, summary_tables

    store, report = run_demo(db)
    for table in summary_tables(store, report):
        out.print(table)
    out.print(f"Database: [bold]{store.url}[/bold]  (try: dyad events --db {store.url} | head)")


@kb_app.command("import")
def kb_import(
    dump: Annotated[Path, typer.Argument(help="Wikidata JSON dump (.json, .json.gz, .json.bz2)")],
    out_file: Annotated[Path | None, typer.Option("--out", help="actor file to write (default: the user KB folder)")] = None,
) -> None:
    """Import persons from a Wikidata JSON dump into a user actor file.  Library: dyad.kb.import_wikidata()."""
    from dyad.kb import import_wikidata, user_paths

    target = out_file or (user_paths()[0] / f"wikidata-{dump.name.split('.')[0]}.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    n = import_wikidata(dump, target)
    err.print(f"imported {n} persons into {target}")


@app.command()
def summary(db: DbOpt = None) -> None:
    """Counts by language, event type and country pair."""
    from dyad.demo import summary_tables

    for table in summary_tables(_store(db), None):
        out.print(table)




@app.command()
def explain(
    text: Annotated[str | None, typer.Argument(help="Text to explain, or - for stdin (or use --file / --doc)")] = None,
    file: Annotated[Path | None, typer.Option("--file", help="A text file to explain")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="A stored document's id (re-analysed; the store is not changed)")] = None,
    db: DbOpt = None,
    lang: Annotated[str | None, typer.Option(help="Language code (default: detected)")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD (anchors relative dates)")] = None,
    dropped: Annotated[bool, typer.Option("--dropped", help="Only the triggers that gave no record")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or jsonl")] = "table",
) -> None:
    """Why each trigger phrase did or did not give an event.  Library: dyad.explain.explain()."""
    from rich.table import Table

    from dyad.explain import explain_stored, explain_text

    if doc is not None:
        try:
            _d, decisions = explain_stored(_store(db), doc)
        except KeyError as e:
            err.print(f"[red]{e.args[0]}[/red]")
            raise typer.Exit(1) from None
    else:
        if file is not None:
            body = file.read_text(encoding="utf-8")
        elif text == "-":
            body = sys.stdin.read()
        elif text:
            body = text
        else:
            raise typer.BadParameter("give a text, - for stdin, --file or --doc")
        _d, decisions = explain_text(body, lang=lang, published=published)
    if dropped:
        decisions = [d for d in decisions if d.outcome != "record"]
    if fmt == "jsonl":
        for d in decisions:
            sys.stdout.write(json.dumps(d.as_dict(), ensure_ascii=False) + "\n")
        return
    if fmt != "table":
        raise typer.BadParameter(f"unknown format {fmt!r} (table or jsonl)", param_hint="--format")
    table = Table("sent", "trigger", "type", "outcome", "actor -> recipient", "reason")
    for d in decisions:
        sides = f"{d.actor or '-'} -> {d.recipient or '-'}" if d.actor or d.recipient else ""
        outcome = d.outcome + (f": {d.detail}" if d.detail else "")
        table.add_row(str(d.sentence), d.trigger, d.event_type, outcome, sides, d.reason)
    out.print(table)
    if not decisions:
        out.print("no trigger phrase of the language pack in this text")


@app.command("eval")
def eval_cmd(
    gold: Annotated[list[Path], typer.Argument(help="Gold set files (tests/gold/*.json)")],
    db: Annotated[str | None, typer.Option("--db", help="Store to score (missing gold documents are ingested into it); default: a temporary SQLite file")] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the reports as JSON to this file")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Analysis processes for ingesting gold documents")] = 1,
    misses: Annotated[int, typer.Option("--misses", help="Missed/unmatched events listed per set")] = 15,
    summary: Annotated[bool, typer.Option("--summary", help="Print only one table: event F1 per set and language, and the sets pooled (held-out set left out of the pool)")] = False,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="JSON of an earlier run (--json): show each F1's change from it (implies --summary)")] = None,
) -> None:
    """Score extraction against gold sets.  Library: dyad.eval.run_eval(), format_report(), summarise()."""
    from dyad.eval import format_report, format_summary, run_eval, summarise

    base: list[dict[str, Any]] | None = None
    if baseline is not None:
        try:
            base = json.loads(baseline.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            err.print(f"baseline {baseline}: not readable as the JSON of `dyad eval --json` ({exc})")
            raise typer.Exit(2) from exc
        if not isinstance(base, list) or not all(isinstance(d, dict) and "name" in d for d in base):
            err.print(f"baseline {baseline}: expected the list of reports `dyad eval --json` writes")
            raise typer.Exit(2)
    reports = run_eval(gold, db=db, workers=workers)
    for report in reports:
        if not summary and base is None:
            for table in format_report(report, max_misses=misses):
                out.print(table)
        if report.missing_documents:
            err.print(f"{report.name}: {len(report.missing_documents)} gold documents not found in the corpus")
    if summary or base is not None:
        out.print(format_summary(summarise(reports, base)))
    if json_out is not None:
        json_out.write_text(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        err.print(f"wrote {json_out}")


@app.command()
def audit(
    judged: Annotated[Path, typer.Argument(help="Judged-records file (tests/audit/judged_records.json)")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON to this file")] = None,
    changed: Annotated[bool, typer.Option("--changed", help="List the judged records whose sentence now gives other records")] = False,
) -> None:
    """Whole-corpus precision against hand-judged records: kept / changed / gone per verdict.  Library: dyad.audit.run_audit(), format_audit()."""
    from dyad.audit import format_audit, run_audit

    report = run_audit(judged)
    out.print(format_audit(report))
    if changed:
        for j, now in report.changed:
            out.print(f"{j.doc_id} {j.event_type} {j.actor_country}->{j.recipient_country} ({j.verdict}): now {', '.join(now)}",
                      markup=False)
    if report.missing_documents:
        err.print(f"{len(report.missing_documents)} judged documents not found in the corpus")
    if json_out is not None:
        json_out.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        err.print(f"wrote {json_out}")


@app.command()
def serve(
    db: DbOpt = None,
    host: Annotated[str, typer.Option(help="interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
) -> None:
    """REST API and web dashboard over the store.  Library: dyad.api.create_app() / serve()."""
    from dyad.api import serve as run_serve

    err.print(f"dyad dashboard on http://{host}:{port}/  (API: /api/..., schema: /openapi.json)", markup=False)
    run_serve(db=db, host=host, port=port)


@app.command()
def report(
    out_path: Annotated[Path, typer.Option("--out", help="HTML file to write")] = Path("report.html"),
    db: DbOpt = None,
    country: Country = None, actor: ActorOpt = None, event_type: TypeOpt = None, topic: TopicOpt = None,
    language: LangOpt = None, since: SinceOpt = None, until: UntilOpt = None, dyad: DyadOpt = None,
) -> None:
    """One self-contained HTML report (timeline, top dyads, network, stories) that opens offline."""
    from dyad.report import write_report

    f = _filters(country, actor, event_type, topic, language, since, until, dyad)
    path = write_report(_store(db), out_path, f)
    err.print(f"wrote {path}", markup=False)


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `dyad events | head`
        sys.stderr.close()




if __name__ == "__main__":
    main()
