"""Why a trigger word did or did not give an event record.

The event stage reads every trigger phrase of a language pack it finds in a sentence, and most
of them give no record: the act is negated or planned, it is inside a quotation, nobody can be
found to have done it, or another reading of the same sentence ranks higher.  ``explain`` runs
the pipeline over one document with the event stage's trace switched on and returns one
:class:`Decision` per trigger, so that an analyst can see why an event is missing and a
language-pack author which key to change.  Not asked for, the trace is one call per trigger
that returns at once (no measurable change in ingest speed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from dyad.doc import Document
from dyad.store import Store

#: outcome code -> what it means (the codes are stable: scripts may filter on them)
REASONS: dict[str, str] = {
    "record": "gave a record",
    "merged": "same event as an earlier record of the article",
    "outranked": "another reading of the sentence ranked higher",
    "setting": "the setting of another act of the sentence",
    "alleged": "an act someone is accused of, not reported as done",
    "quoted": "inside a quotation",
    "question": "asked in a question",
    "excluded_before": "a pack exclusion before it (unless_before)",
    "excluded_after": "a pack exclusion after it (unless_after)",
    "modality": "not asserted as done",
    "no_actor": "nobody found who did it",
    "natural_cause": "deaths from a disease or a disaster (roles.yaml natural_causes), no one's attack",
    "not_enough": "too few sides for this event type",
    "no_sides": "nobody identified on either side",
    "repeated": "the sentence was read before (a page that repeats itself)",
}


@dataclass(frozen=True)
class Decision:
    """What became of one trigger phrase: a record, or why not."""

    sentence: int  # index of the sentence in the document
    start: int  # trigger offsets in the document's text
    end: int
    trigger: str
    event_type: str
    outcome: str  # a key of REASONS
    detail: str | None  # e.g. the modality ("negation")
    actor: str | None  # "name (country)" as read, where the stage got that far
    recipient: str | None
    score: float | None  # the reading's rank score, where it was ranked
    evidence: str  # the sentence

    @property
    def reason(self) -> str:
        return REASONS.get(self.outcome, self.outcome)

    def as_dict(self) -> dict[str, Any]:
        """Its fields and its reason in words: a JSON line of `dyad explain -f jsonl` and the API."""
        return {**asdict(self), "reason": self.reason}


def _side(value: tuple[str, str | None] | None) -> str | None:
    if value is None:
        return None
    name, country = value
    return f"{name} ({country})" if country else name


def explain(doc: Document) -> list[Decision]:
    """Analyse ``doc`` (in place, like :func:`dyad.pipeline.analyse`) and return the decisions."""
    from dyad.pipeline import analyse

    doc.meta["_explain"] = True
    try:
        analyse(doc)
    finally:
        doc.meta.pop("_explain", None)
    rows = doc.meta.pop("event_trace", [])
    out = []
    for r in rows:
        sent = doc.sentences[r["sentence"]]
        out.append(Decision(
            sentence=r["sentence"], start=r["start"], end=r["end"], trigger=r["trigger"],
            event_type=r["event_type"], outcome=r["outcome"], detail=r.get("detail"),
            actor=_side(r.get("actor")), recipient=_side(r.get("recipient")),
            score=None if r.get("score") is None else round(float(r["score"]), 2),
            evidence=doc.text[sent.start : sent.end].strip(),
        ))
    return sorted(out, key=lambda d: d.start)


def explain_text(text: str, lang: str | None = None, published: str | None = None,
                 title: str | None = None) -> tuple[Document, list[Decision]]:
    """Explain a piece of text; ``lang`` None detects it, ``published`` (YYYY-MM-DD) anchors dates."""
    doc = Document(doc_id="explain", text=text, raw_text=text, title=title, lang=lang or "und")
    if lang:
        doc.meta["lang_given"] = True
    if published:
        doc.publication_date = dt.date.fromisoformat(published)
        doc.publication_precision = "day"
    return doc, explain(doc)


def explain_stored(store: Store, doc_id: str) -> tuple[Document, list[Decision]]:
    """Re-analyse a stored document from its raw text and explain it (the store is not changed)."""
    from dyad.reprocess import stored_document

    row = store.document(doc_id)
    if row is None:
        raise KeyError(f"no stored document with id {doc_id!r}")
    doc = stored_document(row)
    return doc, explain(doc)
