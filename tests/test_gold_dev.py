"""Integrity checks for the gold sets annotated on the shared development corpus.

The gold files hold annotations only; these tests read the real articles from
../shared/corpus/dev at run time and make sure every annotation still points at text
that is really there, so a scorer never runs against a broken gold set.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pycountry
import pytest

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
SCHEMA = REPO / "docs" / "gold.schema.json"

EVENT_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
LANGS = ("en", "fr", "ar")
KINDS = {"person", "organization", "state", "group"}
ISO3 = {c.alpha_3 for c in pycountry.countries}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _load(name: str) -> dict[str, Any]:
    with (GOLD / name).open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def _norm(text: str) -> str:
    # Whitespace only: evidence must be a verbatim quote, apostrophes and all.
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def events_gold() -> dict[str, Any]:
    return _load("events_dev.json")


@pytest.fixture(scope="module")
def actors_gold() -> dict[str, Any]:
    return _load("actors.json")


@pytest.fixture(scope="module")
def corpus(events_gold: dict[str, Any], actors_gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    if not DEV.is_dir():
        pytest.skip(f"shared development corpus not found at {DEV}")
    wanted = {d["doc_id"] for g in (events_gold, actors_gold) for d in g["documents"]}
    found: dict[str, dict[str, Any]] = {}
    for lang in LANGS:
        with (DEV / f"{lang}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                # Cheap prefilter: most lines are not annotated, skip the JSON parse for them.
                head = line[:80]
                if not any(doc_id in head for doc_id in wanted if doc_id.startswith(lang)):
                    continue
                item = json.loads(line)
                if item["id"] in wanted:
                    found[item["id"]] = item
    return found


def _all_events(gold: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(d, e) for d in gold["documents"] for e in d["events"]]


def test_events_header(events_gold: dict[str, Any]) -> None:
    assert events_gold["corpus"] == "dev"
    ids = [d["doc_id"] for d in events_gold["documents"]]
    assert len(ids) == len(set(ids)), "a document is listed twice"


def test_events_minimum_counts(events_gold: dict[str, Any]) -> None:
    pairs = _all_events(events_gold)
    assert len(pairs) >= 75
    assert len(events_gold["documents"]) >= 45
    per_lang = Counter(d["language"] for d, _ in pairs)
    for lang in LANGS:
        assert per_lang[lang] >= 22, f"only {per_lang[lang]} {lang} events"
    # The set must exercise more than meetings: at least 10 PLOVER types.
    assert len({e["event_type"] for _, e in pairs}) >= 10


def check_event_fields(ev: dict[str, Any]) -> None:
    """The checks every gold event on the dev corpus must pass (also used by the held-out set)."""
    assert ev["event_type"] in EVENT_TYPES, ev["id"]
    for key in ("actor_country", "recipient_country"):
        assert ev[key] is None or ev[key] in ISO3, (ev["id"], key, ev[key])
    if ev["place"] is not None:
        assert ev["place"]["country"] is None or ev["place"]["country"] in ISO3, ev["id"]
    if ev["date"] is not None:
        assert DATE_RE.match(ev["date"]["earliest"]) and DATE_RE.match(ev["date"]["latest"])
        assert ev["date"]["earliest"] <= ev["date"]["latest"], ev["id"]
    assert isinstance(ev["topics"], list)
    assert 0 < len(ev["evidence"].split()) < 15, (ev["id"], "evidence must be a short quote")


def check_doc_matches_corpus(doc: dict[str, Any], item: dict[str, Any] | None) -> None:
    """A gold document names a real dev-corpus item, in its language and with its publication
    date; without one, an event claims a date window only with a note saying which words fix it."""
    assert item is not None, f"{doc['doc_id']} is not in the dev corpus"
    assert item["lang"] == doc["language"]
    assert doc["publication_date"] == item.get("published")
    if doc["publication_date"] is None:
        # Without a publication date only a date the text anchors to a year can be fixed
        # ("a year before the 2015 elections"): the note says how.
        assert all(e["date"] is None or e.get("note") for e in doc["events"]), doc["doc_id"]


def test_event_fields_valid(events_gold: dict[str, Any]) -> None:
    seen: set[str] = set()
    for doc, ev in _all_events(events_gold):
        assert ev["id"].startswith(doc["doc_id"] + "#")
        assert ev["id"] not in seen
        seen.add(ev["id"])
        check_event_fields(ev)


def test_event_docs_exist_and_match(
    events_gold: dict[str, Any], corpus: dict[str, dict[str, Any]]
) -> None:
    for doc in events_gold["documents"]:
        check_doc_matches_corpus(doc, corpus.get(doc["doc_id"]))


def test_event_evidence_in_text(
    events_gold: dict[str, Any], corpus: dict[str, dict[str, Any]]
) -> None:
    missing = []
    for doc, ev in _all_events(events_gold):
        text = _norm(corpus[doc["doc_id"]]["text"])
        if _norm(ev["evidence"]) not in text:
            missing.append(ev["id"])
    assert not missing, f"evidence not found verbatim: {missing}"


def test_actors_minimum_counts(actors_gold: dict[str, Any]) -> None:
    assert actors_gold["corpus"] == "dev"
    per_lang: Counter[str] = Counter()
    for doc in actors_gold["documents"]:
        per_lang[doc["language"]] += len(doc["mentions"])
    assert sum(per_lang.values()) >= 160
    for lang in LANGS:
        assert per_lang[lang] >= 45, f"only {per_lang[lang]} {lang} mentions"


def test_actor_fields_valid(actors_gold: dict[str, Any]) -> None:
    kinds_of: dict[str, set[str]] = {}
    for doc in actors_gold["documents"]:
        keys = set()
        for m in doc["mentions"]:
            assert m["kind"] in KINDS, m
            assert m["country"] is None or m["country"] in ISO3, m
            assert SLUG_RE.match(m["entity"]), m["entity"]
            assert isinstance(m["occurrence"], int) and m["occurrence"] >= 1
            key = (m["surface"], m["occurrence"])
            assert key not in keys, f"{doc['doc_id']}: {key} annotated twice"
            keys.add(key)
            kinds_of.setdefault(m["entity"], set()).add(m["kind"])
    # One entity is one real person or body, so it cannot change kind between mentions.
    assert all(len(k) == 1 for k in kinds_of.values()), {
        e: k for e, k in kinds_of.items() if len(k) > 1
    }


def test_actor_traps_present(actors_gold: dict[str, Any]) -> None:
    entity_langs: dict[str, set[str]] = {}
    for doc in actors_gold["documents"]:
        for m in doc["mentions"]:
            entity_langs.setdefault(m["entity"], set()).add(doc["language"])
    # Cross-language resolution is only measurable if some entities span languages.
    assert sum(1 for langs in entity_langs.values() if len(langs) >= 2) >= 4
    assert any(len(langs) == 3 for langs in entity_langs.values())


def test_actor_surfaces_in_text(
    actors_gold: dict[str, Any], corpus: dict[str, dict[str, Any]]
) -> None:
    bad = []
    for doc in actors_gold["documents"]:
        item = corpus.get(doc["doc_id"])
        assert item is not None, f"{doc['doc_id']} is not in the dev corpus"
        assert item["lang"] == doc["language"]
        for m in doc["mentions"]:
            if item["text"].count(m["surface"]) < m["occurrence"]:
                bad.append((doc["doc_id"], m["surface"], m["occurrence"]))
    assert not bad, f"surface not found often enough: {bad}"


def test_against_schema(events_gold: dict[str, Any], actors_gold: dict[str, Any]) -> None:
    if not SCHEMA.exists():
        pytest.skip("docs/gold.schema.json not written yet")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(events_gold, schema)
    jsonschema.validate(actors_gold, schema)
