"""Shared helpers for the event-rule tests: run the whole pipeline over a short text written
for a test, and read the records the way an analyst would (type and the sides' countries)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dyad.doc import Document
from dyad.pipeline import analyse


def analyse_text(text: str, lang: str = "en", published: str | None = "2024-05-20", url: str | None = None) -> Document:
    doc = Document(doc_id="t", text=text, lang=lang, url=url)
    if published:
        doc.publication_date = dt.date.fromisoformat(published)
        doc.publication_precision = "day"
    return analyse(doc)


def event_pairs(doc: Document) -> list[tuple[str, str | None, str | None]]:
    def c(side: dict[str, Any] | None) -> str | None:
        return side.get("country") if side else None

    return [(e["event_type"], c(e["actor"]), c(e["recipient"])) for e in doc.events]


def event_types(doc: Document) -> set[str]:
    return {e["event_type"] for e in doc.events}
