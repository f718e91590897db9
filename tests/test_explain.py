"""`dyad explain`: what became of each trigger phrase (a record, or the reason it gave none)."""

from __future__ import annotations

import json

import pytest
from conftest import CliStore, run_cli
from event_helpers import analyse_text

from dyad.explain import REASONS, Decision, explain_stored, explain_text

TEXT = ("Iran accused Israel of attacking its embassy in Damascus. Russia has not attacked Ukraine, the Kremlin "
        "said. The talks were held behind closed doors. Qatar's emir met the Jordanian king in Amman on Tuesday. "
        "The meeting between Qatar and Jordan focused on security.")


def _by_trigger(decisions: list[Decision]) -> dict[str, Decision]:
    return {d.trigger: d for d in decisions}


def test_each_trigger_gets_its_outcome_and_reason() -> None:
    doc, decisions = explain_text(TEXT, lang="en", published="2024-05-20")
    got = _by_trigger(decisions)
    assert got["accused"].outcome == "record" and got["accused"].actor == "Iran (IRN)" \
        and got["accused"].recipient == "Israel (ISR)"
    assert got["attacking"].outcome == "alleged"  # what Israel is accused of is no reported act
    assert (got["attacked"].outcome, got["attacked"].detail) == ("modality", "negation")
    assert got["talks were held"].outcome == "no_actor"
    assert got["met"].outcome == "record"
    assert got["meeting between"].outcome == "merged"  # the same meeting, told again
    for d in decisions:
        assert doc.text[d.start : d.end] == d.trigger
        assert d.trigger in d.evidence and d.reason == REASONS[d.outcome]
    # the decisions that gave a record are exactly the records' triggers
    assert {d.start for d in decisions if d.outcome == "record"} == {e["trigger"]["start"] for e in doc.events}


def test_a_lower_ranked_reading_and_a_quotation_are_explained() -> None:
    _doc, decisions = explain_text(
        "After talks with Putin in Moscow, the French president condemned the Ukrainian government. "
        "He wrote: \"The rebels shelled the convoy.\"", lang="en")
    got = _by_trigger(decisions)
    assert got["talks with"].outcome == "outranked" and got["talks with"].score is not None
    assert got["condemned"].outcome == "record" and got["condemned"].score > got["talks with"].score
    assert got["shelled"].outcome == "quoted"


@pytest.mark.parametrize(("lang", "text", "trigger", "outcome"), [
    ("fr", "La France n'a pas condamné la Russie.", "condamné", "modality"),
    ("fr", "Le président français a reçu le roi du Maroc à Paris.", "a reçu", "record"),
    ("ar", "استقبل أمير قطر ملك الأردن في الدوحة.", "استقبل", "record"),
])
def test_explain_is_the_same_in_every_language(lang: str, text: str, trigger: str, outcome: str) -> None:
    _doc, decisions = explain_text(text, lang=lang, published="2024-05-20")
    assert any(trigger in d.trigger and d.outcome == outcome for d in decisions), decisions


def test_the_trace_changes_no_record_and_costs_nothing_unless_asked() -> None:
    plain = analyse_text(TEXT, lang="en", published=None)
    assert "event_trace" not in plain.meta and "_explain" not in plain.meta
    doc, _decisions = explain_text(TEXT, lang="en")
    assert "event_trace" not in doc.meta and "_explain" not in doc.meta
    def strip(events: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{k: v for k, v in e.items() if k not in ("event_id", "doc_id")} for e in events]

    assert strip(plain.events) == strip(doc.events)


def test_cli_table_jsonl_and_dropped() -> None:
    res = run_cli(["explain", TEXT, "--lang", "en"])
    assert res.exit_code == 0
    assert "record" in res.output and "alleged" in res.output and "negation" in res.output
    res = run_cli(["explain", TEXT, "--lang", "en", "--dropped", "-f", "jsonl"])
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert rows and all(r["outcome"] != "record" for r in rows)
    assert {"alleged", "modality", "no_actor", "merged"} <= {r["outcome"] for r in rows}
    assert all(r["reason"] == REASONS[r["outcome"]] for r in rows)
    res = run_cli(["explain", "-", "--lang", "en", "-f", "jsonl"], input="Iran accused Israel of lying.")
    assert [json.loads(line)["outcome"] for line in res.output.splitlines()] == ["record"]
    assert "no trigger phrase" in run_cli(["explain", "The weather was fine.", "--lang", "en"]).output


def test_cli_explains_a_stored_document_without_changing_the_store(seeds_db: CliStore) -> None:
    store = seeds_db.store()
    doc_id = store.doc_ids()[0]
    before = [e["event_id"] for e in store.events()]
    res = run_cli(["explain", "--doc", doc_id, "--db", seeds_db.db, "-f", "jsonl"])
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.output.splitlines()]
    stored = [e for e in store.events() if e["doc_id"] == doc_id]
    assert len([r for r in rows if r["outcome"] == "record"]) <= len(stored) and rows
    assert [e["event_id"] for e in store.events()] == before
    _doc, decisions = explain_stored(store, doc_id)
    assert [d.outcome for d in decisions] == [r["outcome"] for r in rows]
    res = run_cli(["explain", "--doc", "no-such-doc", "--db", seeds_db.db])
    assert res.exit_code == 1 and "no stored document" in res.output
