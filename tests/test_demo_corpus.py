"""The bundled demo corpus, its gold events, and the gold JSON Schema agree with each other."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "dyad" / "demo" / "corpus"
GOLD = REPO / "tests" / "gold" / "demo.json"
SCHEMA = REPO / "docs" / "gold.schema.json"

NAME_RE = re.compile(r"^(en|fr|ar)-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
FURNITURE = {
    "en-04-qatar-jordan-gaza-aid": ["Related articles", "Share this article"],
    "fr-02-tunis-manifestation": ["Voir aussi", "Laisser un commentaire"],
    "ar-05-sudan-aid-appeal": ["اقرأ أيضا", "شارك هذا الخبر"],
}


def _split(path: Path) -> tuple[dict[str, Any], str]:
    """Front matter and body of a demo file; fails loudly on a malformed header."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    head, sep, body = text[4:].partition("\n---\n")
    assert sep, f"{path.name}: front matter not closed"
    meta = yaml.safe_load(head)
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, body


@cache
def _files() -> dict[str, tuple[dict[str, Any], str]]:
    return {p.stem: _split(p) for p in sorted(CORPUS.glob("*.txt"))}


@cache
def _gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _events() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(doc, ev) for doc in _gold()["documents"] for ev in doc["events"]]


# --- corpus files ---------------------------------------------------------------------


def test_corpus_size_and_languages() -> None:
    names = [p.name for p in CORPUS.glob("*.txt")]
    assert len(names) >= 18
    bad = [n for n in names if not NAME_RE.match(n)]
    assert not bad, f"file names must be <lang>-NN-ascii-slug.txt: {bad}"
    langs = Counter(n[:2] for n in names)
    assert langs["en"] >= 7 and langs["fr"] >= 6 and langs["ar"] >= 5, langs


def test_front_matter_keys() -> None:
    undated = []
    for doc_id, (meta, _body) in _files().items():
        assert isinstance(meta.get("title"), str) and meta["title"].strip(), doc_id
        assert isinstance(meta.get("source"), str) and meta["source"].startswith("Demo "), doc_id
        assert set(meta) <= {"title", "published", "source", "url"}, (doc_id, set(meta))
        if "url" in meta:
            assert meta["url"].startswith("https://demo.example/"), doc_id
        if "published" in meta:
            assert isinstance(meta["published"], dt.date), (doc_id, meta["published"])
        else:
            undated.append(doc_id)
    assert len(undated) == 1, f"exactly one article has no publication date: {undated}"


def test_bodies_length_and_script() -> None:
    for doc_id, (_meta, body) in _files().items():
        words = len(body.split())
        assert 150 <= words <= 400, (doc_id, words)
        paragraphs = [p for p in body.split("\n\n") if p.strip()]
        assert len(paragraphs) >= 4, doc_id
        has_arabic = bool(ARABIC_LETTER.search(body))
        assert has_arabic == doc_id.startswith("ar-"), doc_id


def test_datelines_and_relative_dates_present() -> None:
    files = _files()
    everything = "\n".join(body for _m, body in files.values())
    assert files["en-01-qatar-jordan-police"][1].startswith("DOHA, March 4 (QNA) --")
    assert files["fr-01-maroc-france-rabat"][1].startswith("Rabat, 12 mars (MAP) -")
    assert files["ar-01-qatar-jordan-police"][1].startswith("الدوحة - قنا:")
    for phrase in [
        "on Tuesday",
        "last week",
        "yesterday",
        "mardi dernier",
        "le 12 mars",
        "أمس",
        "الأحد الماضي",
        "قبل أيام",
    ]:
        assert phrase in everything, phrase
    # one person, three spellings, for cross-language actor resolution
    for spelling in ["Abdulaziz Al Kuwari", "Abdelaziz Al-Kuwari", "عبد العزيز الكواري"]:
        assert spelling in everything, spelling


def test_page_furniture_sits_at_the_end() -> None:
    files = _files()
    for doc_id, markers in FURNITURE.items():
        body = files[doc_id][1]
        first = min(body.index(m) for m in markers)
        # furniture is a tail block: the last three quarters of the body is article text
        assert first > len(body) * 0.6, doc_id
    clean = [d for d in files if d not in FURNITURE]
    for doc_id in clean:
        assert "Related articles" not in files[doc_id][1], doc_id


def test_readme_lists_every_file() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    for doc_id in _files():
        assert f"| {doc_id} |" in readme, doc_id


# --- schema ---------------------------------------------------------------------------


def test_demo_gold_validates() -> None:
    errors = [f"{e.json_path}: {e.message}" for e in _validator().iter_errors(_gold())]
    assert not errors, errors[:5]


def test_schema_accepts_actor_gold() -> None:
    actor_gold = {
        "name": "actors",
        "corpus": "demo",
        "documents": [
            {
                "doc_id": "ar-01-qatar-jordan-police",
                "language": "ar",
                "publication_date": "2024-03",
                "mentions": [
                    {
                        "surface": "عبد العزيز الكواري",
                        "occurrence": 1,
                        "kind": "person",
                        "country": "QAT",
                        "entity": "abdulaziz-al-kuwari",
                    }
                ],
            }
        ],
    }
    assert _validator().is_valid(actor_gold)


@pytest.mark.parametrize(
    "breakage",
    [
        "both_variants",
        "bad_type",
        "bad_country",
        "bad_date",
        "unknown_key",
        "short_pair",
        "no_date_key",
    ],
)
def test_schema_rejects(breakage: str) -> None:
    gold = copy.deepcopy(_gold())
    doc = gold["documents"][0]
    ev = doc["events"][0]
    if breakage == "both_variants":
        doc["mentions"] = []
    elif breakage == "bad_type":
        ev["event_type"] = "MEET"
    elif breakage == "bad_country":
        ev["actor_country"] = "QA"
    elif breakage == "bad_date":
        ev["date"] = {"earliest": "2024-3-3", "latest": "2024-03-03"}
    elif breakage == "unknown_key":
        ev["recipent_country"] = "JOR"
    elif breakage == "short_pair":
        gold["same_story"].append([ev["id"]])
    elif breakage == "no_date_key":
        del ev["date"]
    assert not _validator().is_valid(gold)
    ev_note = copy.deepcopy(_gold())
    ev_note["documents"][0]["events"][0]["note"] = "annotator notes are allowed"
    assert _validator().is_valid(ev_note)


# --- gold against corpus --------------------------------------------------------------


def test_gold_documents_match_files() -> None:
    gold = _gold()
    assert gold["corpus"] == "demo"
    files = _files()
    gold_ids = [d["doc_id"] for d in gold["documents"]]
    assert len(gold_ids) == len(set(gold_ids))
    assert set(gold_ids) == set(files), set(gold_ids) ^ set(files)
    for doc in gold["documents"]:
        meta, _body = files[doc["doc_id"]]
        assert doc["language"] == doc["doc_id"][:2]
        published = meta.get("published")
        expected = published.isoformat() if published else None
        assert doc["publication_date"] == expected, doc["doc_id"]


def test_event_ids_unique_and_numbered() -> None:
    ids = [ev["id"] for _d, ev in _events()]
    assert len(ids) >= 35
    assert len(ids) == len(set(ids))
    for doc in _gold()["documents"]:
        assert doc["events"], doc["doc_id"]
        for n, ev in enumerate(doc["events"], 1):
            assert ev["id"] == f"{doc['doc_id']}#{n}"


def test_story_pairs_name_existing_events() -> None:
    gold = _gold()
    ids = {ev["id"] for _d, ev in _events()}
    same = {frozenset(p) for p in gold["same_story"]}
    different = {frozenset(p) for p in gold["different_story"]}
    for pair in same | different:
        assert len(pair) == 2 and pair <= ids, pair
    assert not same & different
    langs = {frozenset(i[:2] for i in p) for p in same}
    assert frozenset({"en", "fr"}) in langs and frozenset({"en", "ar"}) in langs
    by_id = {ev["id"]: ev for _d, ev in _events()}
    for pair in same:
        a, b = (by_id[i] for i in pair)
        assert a["event_type"] == b["event_type"] and a["date"] == b["date"], pair


def test_evidence_is_verbatim() -> None:
    files = _files()
    for doc, ev in _events():
        assert ev["evidence"] in files[doc["doc_id"]][1], ev["id"]


def test_date_windows_resolve_against_publication() -> None:
    for doc, ev in _events():
        if ev["date"] is None:
            continue
        earliest = dt.date.fromisoformat(ev["date"]["earliest"])
        latest = dt.date.fromisoformat(ev["date"]["latest"])
        assert earliest <= latest, ev["id"]
        assert doc["publication_date"] is not None, ev["id"]
        published = dt.date.fromisoformat(doc["publication_date"])
        assert latest <= published, ev["id"]
        assert (latest - earliest).days <= 7, ev["id"]
    undated = [ev for doc, ev in _events() if doc["publication_date"] is None]
    assert undated and all(ev["date"] is None for ev in undated)


def test_event_types_and_roles() -> None:
    types = Counter(ev["event_type"] for _d, ev in _events())
    for needed in [
        "CONSULT",
        "AGREE",
        "AID",
        "PROTEST",
        "ASSAULT",
        "REQUEST",
        "ACCUSE",
        "THREATEN",
    ]:
        assert types[needed] >= 1, needed
    for _doc, ev in _events():
        if ev.get("event_mode") == "visit":
            # a visit joins two sides; the visitor is never the host
            assert ev["actor_country"] and ev["recipient_country"], ev["id"]
            assert ev["actor_country"] != ev["recipient_country"], ev["id"]
    protests = [ev for _d, ev in _events() if ev["event_type"] == "PROTEST"]
    assert any(ev["recipient_country"] is None for ev in protests)
