"""Integrity checks for the held-out event gold set (tests/gold/events_heldout.json).

The held-out set is annotated on documents of the shared development corpus that were drawn
at random and never used for tuning. These tests make sure the draw is reproducible and
disjoint from the tuning sets, and that every annotation points at text that is really there.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from typing import Any

import pytest
from test_gold_dev import (
    DEV,
    LANGS,
    SCHEMA,
    _all_events,
    _load,
    _norm,
    check_doc_matches_corpus,
    check_event_fields,
)

SEED = 20261204
PER_LANG_DOCS = 8
LENGTH = (600, 6000)
# Keys of the topic lexicon listed in docs/gold-format.md (Clarifications, "Topics").
TOPICS = {
    "counterterrorism",
    "cybersecurity",
    "border_security",
    "intelligence_sharing",
    "organized_crime",
    "drugs",
    "migration",
    "aviation_security",
    "major_event_security",
    "training",
    "policing",
    "expertise_exchange",
    "humanitarian_aid",
}
REQUIRED = ("id", "event_type", "actor_country", "recipient_country", "place", "date")


@pytest.fixture(scope="module")
def heldout() -> dict[str, Any]:
    return _load("events_heldout.json")


@pytest.fixture(scope="module")
def tuning_ids() -> set[str]:
    return {
        d["doc_id"] for name in ("events_dev.json", "actors.json") for d in _load(name)["documents"]
    }


@pytest.fixture(scope="module")
def dev_corpus() -> dict[str, list[dict[str, Any]]]:
    """Every item of each language file, in file order (the draw shuffles the file order)."""
    if not DEV.is_dir():
        pytest.skip(f"shared development corpus not found at {DEV}")
    items: dict[str, list[dict[str, Any]]] = {}
    for lang in LANGS:
        with (DEV / f"{lang}.jsonl").open(encoding="utf-8") as fh:
            items[lang] = [json.loads(line) for line in fh]
    return items


@pytest.fixture(scope="module")
def by_id(dev_corpus: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: item for items in dev_corpus.values() for item in items}


def test_header(heldout: dict[str, Any]) -> None:
    assert heldout["name"] == "events_heldout"
    assert heldout["corpus"] == "dev"
    ids = [d["doc_id"] for d in heldout["documents"]]
    assert len(ids) == len(set(ids)), "a document is listed twice"
    event_ids = {e["id"] for _, e in _all_events(heldout)}
    for key in ("same_story", "different_story"):
        for pair in heldout[key]:
            assert set(pair) <= event_ids, (key, pair)


def test_disjoint_from_tuning_sets(heldout: dict[str, Any], tuning_ids: set[str]) -> None:
    # A held-out document that the extractor was tuned on would make its figures dishonest.
    overlap = {d["doc_id"] for d in heldout["documents"]} & tuning_ids
    assert not overlap, f"held-out documents also in a tuning set: {sorted(overlap)}"


def test_minimum_counts(heldout: dict[str, Any]) -> None:
    pairs = _all_events(heldout)
    assert len(pairs) >= 60
    docs_per_lang = Counter(d["language"] for d in heldout["documents"])
    events_per_lang = Counter(d["language"] for d, _ in pairs)
    for lang in LANGS:
        assert docs_per_lang[lang] == PER_LANG_DOCS, f"{docs_per_lang[lang]} {lang} documents"
        assert events_per_lang[lang] >= 15, f"only {events_per_lang[lang]} {lang} events"
    assert all(d["events"] for d in heldout["documents"]), "a drawn document has no event"
    assert len({e["event_type"] for _, e in pairs}) >= 10


def test_event_fields_valid(heldout: dict[str, Any]) -> None:
    for doc in heldout["documents"]:
        # Ids are <doc_id>#n, numbered from 1 in listing order.
        assert [e["id"] for e in doc["events"]] == [
            f"{doc['doc_id']}#{n}" for n in range(1, len(doc["events"]) + 1)
        ]
    for _, ev in _all_events(heldout):
        assert all(key in ev for key in REQUIRED), ev["id"]
        check_event_fields(ev)
        assert set(ev["topics"]) <= TOPICS, (ev["id"], ev["topics"])
        assert isinstance(ev.get("symmetric", False), bool), ev["id"]


def test_docs_exist_and_match(heldout: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> None:
    for doc in heldout["documents"]:
        check_doc_matches_corpus(doc, by_id.get(doc["doc_id"]))
        if doc["publication_date"] is not None:
            for ev in doc["events"]:
                if ev["date"] is not None and ev["date"]["latest"] > doc["publication_date"]:
                    # Only an announced (future) happening may lie after publication.
                    assert "note" in ev, (ev["id"], "a date after publication needs a note")


def test_evidence_in_text(heldout: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> None:
    missing = []
    for doc, ev in _all_events(heldout):
        if _norm(ev["evidence"]) not in _norm(by_id[doc["doc_id"]]["text"]):
            missing.append(ev["id"])
    assert not missing, f"evidence not found verbatim: {missing}"


def test_draw_reproducible(
    heldout: dict[str, Any],
    tuning_ids: set[str],
    dev_corpus: dict[str, list[dict[str, Any]]],
) -> None:
    """Replay the draw: the documents are the first 8 eligible ids of each shuffled file."""
    draw = heldout["x_draw"]
    for lang in LANGS:
        ids = [item["id"] for item in dev_corpus[lang]]
        length = {item["id"]: len(item["text"]) for item in dev_corpus[lang]}
        random.Random(SEED).shuffle(ids)
        judged = {s.split(":", 1)[0] for s in draw[lang]["skipped"]}
        taken: list[str] = []
        for doc_id in ids:
            if len(taken) == PER_LANG_DOCS:
                break
            mechanical = doc_id in tuning_ids or not LENGTH[0] <= length[doc_id] <= LENGTH[1]
            if mechanical or doc_id in judged:
                assert doc_id in judged, f"{doc_id} skipped without a recorded reason"
                continue
            taken.append(doc_id)
        assert taken == draw[lang]["used"], lang
        listed = [d["doc_id"] for d in heldout["documents"] if d["language"] == lang]
        assert listed == taken, lang


def test_against_schema(heldout: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(heldout, schema)
