"""English lexicon behaviour of the event stage (dyad/lang/en/*.yaml), one entry per test.

Each test runs the whole pipeline over a short made-up English text and checks what the
English lexicon data makes of it: the event type and the countries of its sides, or that
no record is made at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from dyad.doc import Document
from dyad.pipeline import analyse


def _run(text: str, published: str | None = "2024-05-20") -> Document:
    doc = Document(doc_id="t", text=text, lang="en")
    if published:
        doc.publication_date = dt.date.fromisoformat(published)
        doc.publication_precision = "day"
    return analyse(doc)


def _pairs(doc: Document) -> list[tuple[str, str | None, str | None]]:
    def c(side: dict[str, Any] | None) -> str | None:
        return side.get("country") if side else None

    return [(e["event_type"], c(e["actor"]), c(e["recipient"])) for e in doc.events]


def _types(doc: Document) -> set[str]:
    return {e["event_type"] for e in doc.events}


# --- CONCEDE ------------------------------------------------------------------------------


def test_a_resignation_is_no_concession_to_the_topic_it_was_over() -> None:
    # "resigned over the war in Iraq" names the reason, not a side the minister yielded to
    doc = _run("The French minister resigned over the war in Iraq.")
    assert "CONCEDE" not in _types(doc)


def test_having_to_accept_a_condition_is_a_concession() -> None:
    doc = _run("Turkish Prime Minister Recep Erdogan had to accept that the European Union "
               "would not guarantee membership.")
    assert any(t == "CONCEDE" and a == "TUR" for t, a, _r in _pairs(doc))


# --- ASSAULT ------------------------------------------------------------------------------


def test_the_subject_of_a_passive_abduction_is_its_victim() -> None:
    # "X was abducted": X is the victim, and no attacker is named
    doc = _run("Mrs Hassan, a British aid worker, was abducted in Baghdad on Monday.")
    records = [e for e in doc.events if e["event_type"] == "ASSAULT"]
    assert records
    assert records[0]["actor"]["actor_id"] == "group:unidentified"
    assert records[0]["trigger"]["frame"] == "passive"
