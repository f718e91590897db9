"""Judged records: whole-corpus precision checked against records a person judged.

Gold sets measure recall and precision on a few dozen articles; the whole corpus's output is
judged by sampling it: draw records at random, read each one's article, and say whether the
record is right (``ok``), of the wrong type or no event at all (``type``), or has a wrong or
missing side (``sides``).  A judged-records file (``tests/audit/judged_records.json``, format in
docs/gold-format.md) keeps those verdicts by document id, event type, the countries of the two
sides and the offsets of the evidence sentence, never the article's text.

``run_audit`` runs the pipeline again on the judged records' documents and says, for each
verdict, how many of the records are still produced as judged (``kept``), are produced from the
same sentence with another type or other countries (``changed``), or are no longer produced
(``gone``).  A change should keep the ``ok`` records and lose the wrong ones; ``precision``,
the share of ``ok`` among the judged records still produced, is the corpus precision the samples
estimate, for the records that were judged (new records are not: draw and judge a new sample to
measure them).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

VERDICTS = ("ok", "type", "sides")
OUTCOMES = ("kept", "changed", "gone")


@dataclass(frozen=True)
class Judged:
    """One record of a whole-corpus sample and what a reader said of it."""

    doc_id: str
    event_type: str
    actor_country: str | None
    recipient_country: str | None
    evidence_start: int  # offsets of the record's evidence sentence in the document's text
    evidence_end: int
    evidence_sha1: str  # first 12 hex digits of the sentence's SHA-1: finds it again if offsets move
    verdict: str  # "ok", "type" (wrong type or no event) or "sides" (a wrong or missing side)
    note: str = ""
    sample: str = ""  # which draw it came from ("ar seed 2026120501 on 5606c75")

    @property
    def language(self) -> str:
        return self.doc_id.split("-", 1)[0]


@dataclass
class AuditReport:
    """For each language and verdict, how many judged records are kept, changed or gone."""

    counts: dict[str, Counter[str]] = field(default_factory=dict)  # "ar" -> Counter({"ok/kept": 30, ...})
    changed: list[tuple[Judged, list[str]]] = field(default_factory=list)  # what the sentence gives now
    missing_documents: list[str] = field(default_factory=list)

    def count(self, lang: str, verdict: str, outcome: str) -> int:
        return self.counts.get(lang, Counter())[f"{verdict}/{outcome}"]

    def precision(self, lang: str) -> float | None:
        """Share of ``ok`` among the judged records still produced as judged."""
        ok = self.count(lang, "ok", "kept")
        wrong = self.count(lang, "type", "kept") + self.count(lang, "sides", "kept")
        return ok / (ok + wrong) if ok + wrong else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "languages": {lang: {"counts": dict(c), "precision": self.precision(lang)}
                          for lang, c in sorted(self.counts.items())},
            "changed": [{"doc_id": j.doc_id, "judged": [j.event_type, j.actor_country, j.recipient_country],
                         "verdict": j.verdict, "now": now} for j, now in self.changed],
            "missing_documents": self.missing_documents,
        }


def load_judged(path: str | Path) -> list[Judged]:
    """The judged records of a file (a JSON object with a ``records`` list)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for r in data["records"]:
        if r["verdict"] not in VERDICTS:
            raise ValueError(f"{path}: {r['doc_id']}: verdict {r['verdict']!r} is none of {VERDICTS}")
        out.append(Judged(**r))
    return out


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _same_sentence(j: Judged, record: dict[str, Any]) -> bool:
    ev = record.get("evidence") or {}
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and start < j.evidence_end and j.evidence_start < end:
        return True
    return _sha(str(ev.get("text") or "")) == j.evidence_sha1


def _describe(record: dict[str, Any]) -> str:
    a = (record.get("actor") or {}).get("country")
    b = (record.get("recipient") or {}).get("country")
    return f"{record.get('event_type')} {a}->{b}"


def score_judged(judged: Iterable[Judged], records: dict[str, list[dict[str, Any]]]) -> AuditReport:
    """Compare the records produced now (by document id) with the judged ones.

    A judged record is ``kept`` when a record of the same document, type and two countries comes
    from the same sentence, ``changed`` when the sentence gives records but none so, else ``gone``.
    Documents absent from ``records`` are listed as missing and not counted.
    """
    report = AuditReport()
    for j in judged:
        if j.doc_id not in records:
            if j.doc_id not in report.missing_documents:
                report.missing_documents.append(j.doc_id)
            continue
        here = [r for r in records[j.doc_id] if _same_sentence(j, r)]
        same = [r for r in here if r.get("event_type") == j.event_type
                and (r.get("actor") or {}).get("country") == j.actor_country
                and (r.get("recipient") or {}).get("country") == j.recipient_country]
        outcome = "kept" if same else "changed" if here else "gone"
        if outcome == "changed":
            report.changed.append((j, [_describe(r) for r in here]))
        report.counts.setdefault(j.language, Counter())[f"{j.verdict}/{outcome}"] += 1
    return report


def produce(doc_ids: Iterable[str], corpus: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    """The records the default pipeline gives now for documents of the development corpus."""
    from dyad.eval import _dev_items, dev_corpus_dir
    from dyad.ingest import to_document
    from dyad.pipeline import default_pipeline

    wanted = set(doc_ids)
    langs = {d.split("-", 1)[0] for d in wanted}
    pipe = default_pipeline()
    out: dict[str, list[dict[str, Any]]] = {}
    for item in _dev_items(wanted, langs, corpus or dev_corpus_dir()):
        doc = to_document(item)
        pipe(doc)
        out[str(item.doc_id)] = list(doc.events)
    return out


def run_audit(path: str | Path, corpus: Path | None = None) -> AuditReport:
    """Re-run the pipeline on the documents of a judged-records file and score them."""
    judged = load_judged(path)
    return score_judged(judged, produce({j.doc_id for j in judged}, corpus))


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{100 * v:.1f}"


def format_audit(report: AuditReport) -> Table:
    """One row per language: each verdict's kept / changed / gone, and the precision of the kept."""
    table = Table(title="judged records: kept / changed / gone")
    table.add_column("lang")
    for verdict in VERDICTS:
        table.add_column(verdict, justify="right")
    table.add_column("precision", justify="right")
    langs = sorted(report.counts)
    total: Counter[str] = Counter()
    for lang in langs:
        total.update(report.counts[lang])
    rows = [(lang, report.counts[lang], report.precision(lang)) for lang in langs]
    if len(langs) > 1:
        merged = AuditReport(counts={"all": total})
        rows.append(("all", total, merged.precision("all")))
    for lang, c, p in rows:
        table.add_row(lang, *["/".join(str(c[f"{v}/{o}"]) for o in OUTCOMES) for v in VERDICTS], _pct(p))
    return table
