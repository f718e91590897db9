"""Writers for the output formats: JSONL, CSV, Parquet and GraphML.

Event records are nested (actor, recipient, location, evidence); CSV and Parquet get a
flat row per event with the same columns, so R and Stata users can read either.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, Any
from xml.sax.saxutils import escape

EVENT_COLUMNS = [
    "event_id", "story_id", "doc_id", "language", "publication_date", "source", "url",
    "event_type", "event_mode", "quad_code", "cameo_code",
    "actor_name", "actor_id", "actor_kind", "actor_country", "actor_sectors", "actor_title", "actor_name_raw",
    "recipient_name", "recipient_id", "recipient_kind", "recipient_country", "recipient_sectors", "recipient_title", "recipient_name_raw",
    "participants",
    "date", "date_precision", "date_text", "date_earliest", "date_latest",
    "location_name", "location_country", "location_admin1", "location_lat", "location_lon", "location_geonames_id",
    "topics", "contexts", "confidence", "modality",
    "evidence_text", "evidence_start", "evidence_end", "extractor",
]


def flatten_event(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row (strings, numbers, None) per event record."""
    row: dict[str, Any] = {k: record.get(k) for k in EVENT_COLUMNS if k in record}
    window = record.get("date_window") or {}
    row["date_earliest"], row["date_latest"] = window.get("earliest"), window.get("latest")
    for side in ("actor", "recipient"):
        a = record.get(side) or {}
        row[f"{side}_name"] = a.get("name")
        row[f"{side}_id"] = a.get("actor_id")
        row[f"{side}_kind"] = a.get("kind")
        row[f"{side}_country"] = a.get("country")
        row[f"{side}_sectors"] = ";".join(a.get("sectors") or [])
        row[f"{side}_title"] = a.get("title")
        row[f"{side}_name_raw"] = a.get("name_raw")
    row["participants"] = ";".join(p.get("actor_id", "") for p in record.get("participants") or [])
    loc = record.get("location") or {}
    row["location_name"] = loc.get("name")
    row["location_country"] = loc.get("country")
    row["location_admin1"] = loc.get("admin1")
    row["location_lat"] = loc.get("lat")
    row["location_lon"] = loc.get("lon")
    row["location_geonames_id"] = loc.get("geonames_id")
    row["topics"] = ";".join(record.get("topics") or [])
    row["contexts"] = ";".join(record.get("contexts") or [])
    ev = record.get("evidence") or {}
    row["evidence_text"] = ev.get("text")
    row["evidence_start"] = ev.get("start")
    row["evidence_end"] = ev.get("end")
    return {k: row.get(k) for k in EVENT_COLUMNS}


def _cell(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], columns: list[str] | None = None) -> int:
    writer: csv.DictWriter[str] | None = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=columns or list(row.keys()), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: _cell(v) for k, v in row.items()})
        n += 1
    if writer is None and columns:
        csv.DictWriter(out, fieldnames=columns).writeheader()
    return n


def write_parquet(rows: Iterable[dict[str, Any]], path_or_buffer: Any, columns: list[str] | None = None) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    materialised = [{k: _cell(v) for k, v in r.items()} for r in rows]
    cols = columns or (list(materialised[0].keys()) if materialised else [])
    table = pa.table({c: [r.get(c) for r in materialised] for c in cols}) if cols else pa.table({})
    pq.write_table(table, path_or_buffer)
    return len(materialised)


def dyad_edges(records: Iterable[dict[str, Any]], level: str = "country") -> Counter[tuple[str, str, str]]:
    """Counts of (source, target, event_type) between countries or actors."""
    edges: Counter[tuple[str, str, str]] = Counter()
    key = "country" if level == "country" else "actor_id"
    for r in records:
        a = (r.get("actor") or {}).get(key)
        b = (r.get("recipient") or {}).get(key)
        if a and b and a != b:
            edges[(a, b, r["event_type"])] += 1
    return edges


def write_graphml(records: Iterable[dict[str, Any]], out: IO[str], level: str = "country") -> int:
    """The dyad network: nodes are countries (or actors), edges carry event counts by type."""
    edges = dyad_edges(records, level)
    pair_total: Counter[tuple[str, str]] = Counter()
    by_type: dict[tuple[str, str], Counter[str]] = {}
    for (a, b, t), n in edges.items():
        pair_total[(a, b)] += n
        by_type.setdefault((a, b), Counter())[t] += n
    nodes = sorted({n for pair in pair_total for n in pair})
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    out.write('  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>\n')
    out.write('  <key id="types" for="edge" attr.name="types" attr.type="string"/>\n')
    out.write('  <key id="label" for="node" attr.name="label" attr.type="string"/>\n')
    out.write(f'  <graph id="dyad-{level}" edgedefault="directed">\n')
    for node in nodes:
        out.write(f'    <node id="{escape(node)}"><data key="label">{escape(node)}</data></node>\n')
    for i, ((a, b), n) in enumerate(sorted(pair_total.items())):
        types = ";".join(f"{t}:{c}" for t, c in sorted(by_type[(a, b)].items()))
        out.write(
            f'    <edge id="e{i}" source="{escape(a)}" target="{escape(b)}">'
            f'<data key="weight">{n}</data><data key="types">{escape(types)}</data></edge>\n'
        )
    out.write("  </graph>\n</graphml>\n")
    return len(pair_total)


def flat_lines(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows whose list/dict cells are JSON strings (for CSV of stories, actors, documents)."""
    for row in rows:
        yield {k: _cell(v) for k, v in row.items()}


def to_csv_string(rows: Iterable[dict[str, Any]], columns: list[str] | None = None) -> str:
    buf = io.StringIO()
    write_csv(rows, buf, columns)
    return buf.getvalue()
