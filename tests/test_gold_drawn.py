"""Integrity checks for the event gold sets drawn at random from the development corpus.

``events_heldout.json`` is never tuned on: its figures are the honest ones. ``events_dev2.json``,
``events_dev3.json``, ``events_dev4.json``, ``events_dev5.json``, ``events_dev6.json``, ``events_dev7.json``, ``events_dev8.json``, ``events_dev9.json``, ``events_dev10.json``, ``events_dev11.json``, ``events_dev12.json``, ``events_dev13.json``, ``events_dev14.json``, ``events_dev15.json``, ``events_dev16.json``, ``events_dev17.json``, ``events_dev18.json``, ``events_dev19.json``, ``events_dev20.json``, ``events_dev21.json``, ``events_dev22.json``, ``events_dev23.json``, ``events_dev24.json``, ``events_dev25.json``, ``events_dev26.json``, ``events_dev27.json``, ``events_dev28.json``, ``events_dev29.json``, ``events_dev30.json``, ``events_dev31.json``, ``events_dev32.json``, ``events_dev33.json``, ``events_dev34.json``, ``events_dev35.json`` and ``events_dev36.json`` are further tuning sets drawn the same way (another
seed each, excluding every earlier gold document).
Both were annotated from the article text alone. These tests make sure each draw is
reproducible and disjoint from the sets it must not overlap, and that every annotation points
at text that is really there.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
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

from dyad.eval import GOLD_TOPICS


@dataclass(frozen=True)
class Draw:
    seed: int
    per_lang_docs: int
    # gold sets whose documents the draw passed over
    excluded: tuple[str, ...]
    # whether the draw recorded a reason for ids passed over for length or an earlier set
    mechanical_reasons: bool


def _before(n: int) -> tuple[str, ...]:
    """The gold sets drawn before ``events_dev<n>``: each later draw passed over all of them."""
    return ("events_dev.json", "actors.json", "events_heldout.json", *(f"events_dev{k}.json" for k in range(2, n)))


DRAWS = {
    "events_heldout": Draw(20261204, 8, ("events_dev.json", "actors.json"), True),
    "events_dev2": Draw(20261205, 10, _before(2), False),
    "events_dev3": Draw(20261206, 10, _before(3), False),
    "events_dev4": Draw(20261207, 10, _before(4), False),
    "events_dev5": Draw(20261208, 10, _before(5), False),
    "events_dev6": Draw(20261209, 10, _before(6), False),
    "events_dev7": Draw(20261210, 10, _before(7), False),
    "events_dev8": Draw(20261211, 10, _before(8), False),
    "events_dev9": Draw(20261212, 10, _before(9), False),
    "events_dev10": Draw(20261213, 10, _before(10), False),
    "events_dev11": Draw(20261214, 10, _before(11), False),
    "events_dev12": Draw(20261215, 10, _before(12), False),
    "events_dev13": Draw(20261216, 10, _before(13), False),
    "events_dev14": Draw(20261217, 10, _before(14), False),
    "events_dev15": Draw(20261218, 10, _before(15), False),
    "events_dev16": Draw(20261219, 10, _before(16), False),
    "events_dev17": Draw(20261220, 10, _before(17), False),
    "events_dev18": Draw(20261221, 10, _before(18), False),
    "events_dev19": Draw(20261222, 10, _before(19), False),
    "events_dev20": Draw(20261223, 10, _before(20), False),
    "events_dev21": Draw(20261224, 10, _before(21), False),
    "events_dev22": Draw(20261225, 10, _before(22), False),
    "events_dev23": Draw(20261226, 10, _before(23), False),
    "events_dev24": Draw(20261227, 10, _before(24), False),
    "events_dev25": Draw(20261228, 10, _before(25), False),
    "events_dev26": Draw(20261229, 10, _before(26), False),
    "events_dev27": Draw(20261230, 10, _before(27), False),
    "events_dev28": Draw(20261231, 10, _before(28), False),
    "events_dev29": Draw(20261232, 10, _before(29), False),
    "events_dev30": Draw(20261233, 10, _before(30), False),
    "events_dev31": Draw(20261234, 10, _before(31), False),
    "events_dev32": Draw(20261235, 10, _before(32), False),
    "events_dev33": Draw(20261236, 10, _before(33), False),
    "events_dev34": Draw(20261237, 10, _before(34), False),
    "events_dev35": Draw(20261238, 10, _before(35), False),
    "events_dev36": Draw(20261239, 10, _before(36), False),
}
# gold sets the extractor is tuned on; the held-out set must share no document with them
TUNING = (
    "events_dev.json",
    "events_dev2.json",
    "events_dev3.json",
    "events_dev4.json",
    "events_dev5.json",
    "events_dev6.json",
    "events_dev7.json",
    "events_dev8.json",
    "events_dev9.json",
    "events_dev10.json",
    "events_dev11.json",
    "events_dev12.json",
    "events_dev13.json",
    "events_dev14.json",
    "events_dev15.json",
    "events_dev16.json",
    "events_dev17.json",
    "events_dev18.json",
    "events_dev19.json",
    "events_dev20.json",
    "events_dev21.json",
    "events_dev22.json",
    "events_dev23.json",
    "events_dev24.json",
    "events_dev25.json",
    "events_dev26.json",
    "events_dev27.json",
    "events_dev28.json",
    "events_dev29.json",
    "events_dev30.json",
    "events_dev31.json",
    "events_dev32.json",
    "events_dev33.json",
    "events_dev34.json",
    "events_dev35.json",
    "events_dev36.json",
    "actors.json",
)
LENGTH = (600, 6000)
# Keys of the topic lexicon listed in docs/gold-format.md (Clarifications, "Topics").
TOPICS = GOLD_TOPICS
REQUIRED = ("id", "event_type", "actor_country", "recipient_country", "place", "date")


@pytest.fixture(scope="module", params=sorted(DRAWS))
def drawn(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any]]:
    return request.param, _load(f"{request.param}.json")


def _ids(names: tuple[str, ...]) -> set[str]:
    return {d["doc_id"] for name in names for d in _load(name)["documents"]}


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


def test_header(drawn: tuple[str, dict[str, Any]]) -> None:
    name, gold = drawn
    assert gold["name"] == name
    assert gold["corpus"] == "dev"
    ids = [d["doc_id"] for d in gold["documents"]]
    assert len(ids) == len(set(ids)), "a document is listed twice"
    event_ids = {e["id"] for _, e in _all_events(gold)}
    for key in ("same_story", "different_story"):
        for pair in gold.get(key, []):
            assert set(pair) <= event_ids, (key, pair)


def test_disjoint_from_earlier_sets(drawn: tuple[str, dict[str, Any]]) -> None:
    name, gold = drawn
    overlap = {d["doc_id"] for d in gold["documents"]} & _ids(DRAWS[name].excluded)
    assert not overlap, f"{name} documents also in an earlier gold set: {sorted(overlap)}"


def test_heldout_disjoint_from_tuning_sets() -> None:
    # A held-out document that the extractor was tuned on would make its figures dishonest.
    overlap = {d["doc_id"] for d in _load("events_heldout.json")["documents"]} & _ids(TUNING)
    assert not overlap, f"held-out documents also in a tuning set: {sorted(overlap)}"


def test_minimum_counts(drawn: tuple[str, dict[str, Any]]) -> None:
    name, gold = drawn
    pairs = _all_events(gold)
    assert len(pairs) >= 60
    docs_per_lang = Counter(d["language"] for d in gold["documents"])
    events_per_lang = Counter(d["language"] for d, _ in pairs)
    for lang in LANGS:
        assert docs_per_lang[lang] == DRAWS[name].per_lang_docs, f"{docs_per_lang[lang]} {lang} documents"
        assert events_per_lang[lang] >= 15, f"only {events_per_lang[lang]} {lang} events"
    assert all(d["events"] for d in gold["documents"]), "a drawn document has no event"
    assert len({e["event_type"] for _, e in pairs}) >= 10


def test_event_fields_valid(drawn: tuple[str, dict[str, Any]]) -> None:
    gold = drawn[1]
    for doc in gold["documents"]:
        # Ids are <doc_id>#n, numbered from 1 in listing order.
        assert [e["id"] for e in doc["events"]] == [
            f"{doc['doc_id']}#{n}" for n in range(1, len(doc["events"]) + 1)
        ]
    for _, ev in _all_events(gold):
        assert all(key in ev for key in REQUIRED), ev["id"]
        check_event_fields(ev)
        assert set(ev["topics"]) <= TOPICS, (ev["id"], ev["topics"])
        assert isinstance(ev.get("symmetric", False), bool), ev["id"]


def test_docs_exist_and_match(drawn: tuple[str, dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> None:
    gold = drawn[1]
    for doc in gold["documents"]:
        check_doc_matches_corpus(doc, by_id.get(doc["doc_id"]))
        if doc["publication_date"] is not None:
            for ev in doc["events"]:
                if ev["date"] is not None and ev["date"]["latest"] > doc["publication_date"]:
                    # Only an announced (future) happening may lie after publication.
                    assert "note" in ev, (ev["id"], "a date after publication needs a note")


def test_evidence_in_text(drawn: tuple[str, dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> None:
    gold = drawn[1]
    missing = []
    for doc, ev in _all_events(gold):
        if _norm(ev["evidence"]) not in _norm(by_id[doc["doc_id"]]["text"]):
            missing.append(ev["id"])
    assert not missing, f"evidence not found verbatim: {missing}"


def test_draw_reproducible(
    drawn: tuple[str, dict[str, Any]],
    dev_corpus: dict[str, list[dict[str, Any]]],
) -> None:
    """Replay the draw: the documents are the first eligible ids of each shuffled file."""
    name, gold = drawn
    spec = DRAWS[name]
    earlier = _ids(spec.excluded)
    draw = gold["x_draw"]
    for lang in LANGS:
        ids = [item["id"] for item in dev_corpus[lang]]
        length = {item["id"]: len(item["text"]) for item in dev_corpus[lang]}
        random.Random(spec.seed).shuffle(ids)
        judged = {s.split(":", 1)[0] for s in draw[lang]["skipped"]}
        taken: list[str] = []
        for doc_id in ids:
            if len(taken) == spec.per_lang_docs:
                break
            mechanical = doc_id in earlier or not LENGTH[0] <= length[doc_id] <= LENGTH[1]
            if mechanical or doc_id in judged:
                assert doc_id in judged or not spec.mechanical_reasons, f"{doc_id} skipped without a recorded reason"
                continue
            taken.append(doc_id)
        assert taken == draw[lang]["used"], lang
        listed = [d["doc_id"] for d in gold["documents"] if d["language"] == lang]
        assert listed == taken, lang


def test_against_schema(drawn: tuple[str, dict[str, Any]]) -> None:
    gold = drawn[1]
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(gold, schema)
