"""The story-linking gold set (tests/gold/stories.json and its articles) is sound.

The set measures same-story precision and recall, so a broken link (an id that names no
event, a pair that is both "same" and "different") would silently skew every score.
These checks keep the set honest as it is edited by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
import yaml

GOLD_DIR = Path(__file__).resolve().parent / "gold"
GOLD_FILE = GOLD_DIR / "stories.json"
SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "gold.schema.json"

PLOVER = {
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
DOC_ID = re.compile(r"^s\d{2}-(en|fr|ar)-[a-z]$")
# a sentence ends at . ! ? (Arabic ؟) or a closing guillemet, followed by space or the end
SENTENCE_END = re.compile(r"[.!?؟»](?:\s|$)")


Article = tuple[dict[str, Any], str]


def parse_article(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), f"{path.name}: no front matter"
    head, sep, body = text[4:].partition("\n---\n")
    assert sep, f"{path.name}: front matter not closed"
    meta = yaml.safe_load(head)
    assert isinstance(meta, dict), f"{path.name}: front matter is not a mapping"
    return meta, body.strip()


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD_FILE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def articles(gold: dict[str, Any]) -> dict[str, Article]:
    folder = GOLD_FILE.parent / gold["corpus"]
    return {p.stem: parse_article(p) for p in sorted(folder.glob("*.txt"))}


@pytest.fixture(scope="module")
def events(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for doc in gold["documents"]:
        for ev in doc["events"]:
            assert ev["id"] not in out, f"duplicate event id {ev['id']}"
            out[ev["id"]] = {**ev, "doc_id": doc["doc_id"], "language": doc["language"]}
    return out


def _find(parent: dict[str, str], x: str) -> str:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


@pytest.fixture(scope="module")
def stories(gold: dict[str, Any], events: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Connected components of same_story; an event in no pair is a story of its own."""
    parent = {e: e for e in events}
    for a, b in gold["same_story"]:
        parent[_find(parent, a)] = _find(parent, b)
    comps: dict[str, list[str]] = defaultdict(list)
    for e in events:
        comps[_find(parent, e)].append(e)
    return {min(ids): sorted(ids) for ids in comps.values()}


def _story_of(stories: dict[str, list[str]]) -> dict[str, str]:
    return {e: key for key, ids in stories.items() for e in ids}


def test_every_article_parses(articles: dict[str, Article]) -> None:
    assert articles, "no article files found"
    for doc_id, (meta, body) in articles.items():
        assert DOC_ID.match(doc_id), f"doc id {doc_id!r} is not like s01-en-a"
        assert isinstance(meta.get("title"), str) and meta["title"].strip(), doc_id
        assert isinstance(meta.get("source"), str) and meta["source"].startswith("Test "), doc_id
        assert meta.get("lang") == doc_id.split("-")[1], f"{doc_id}: lang {meta.get('lang')}"
        if "published" in meta:
            # a YAML date object would also parse, but readers expect the ISO string
            assert isinstance(meta["published"], str), doc_id
            dt.date.fromisoformat(meta["published"])
        n = len(SENTENCE_END.findall(body))
        assert 2 <= n <= 5, f"{doc_id}: {n} sentences"


def test_metadata_varies_like_real_feeds(articles: dict[str, Article]) -> None:
    undated = [d for d, (meta, _) in articles.items() if "published" not in meta]
    assert 1 <= len(undated) <= len(articles) // 10, undated
    stories_by_source: dict[str, set[str]] = defaultdict(set)
    for doc_id, (meta, _) in articles.items():
        stories_by_source[meta["source"]].add(doc_id[:3])
    assert sum(len(s) > 1 for s in stories_by_source.values()) >= 5, "outlets are not reused"


def test_reports_of_a_story_mostly_come_from_different_outlets(
    articles: dict[str, Article],
) -> None:
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for doc_id, (meta, _) in articles.items():
        by_prefix[doc_id[:3]].append(meta["source"])
    multi = [srcs for srcs in by_prefix.values() if len(srcs) > 1]
    distinct = [srcs for srcs in multi if len(set(srcs)) == len(srcs)]
    assert len(distinct) >= 0.8 * len(multi)


def test_gold_documents_are_the_article_files(
    gold: dict[str, Any], articles: dict[str, Article]
) -> None:
    assert gold["corpus"] == "stories"
    assert (GOLD_FILE.parent / gold["corpus"]).is_dir()
    docs = {d["doc_id"]: d for d in gold["documents"]}
    assert len(docs) == len(gold["documents"]), "a document is listed twice"
    assert set(docs) == set(articles)
    for doc_id, (meta, _) in articles.items():
        assert docs[doc_id]["language"] == meta["lang"], doc_id
        assert docs[doc_id]["publication_date"] == meta.get("published"), doc_id


def test_counts_meet_the_brief(
    gold: dict[str, Any], articles: dict[str, Article], stories: dict[str, list[str]]
) -> None:
    assert len(articles) >= 110
    per_lang = Counter(meta["lang"] for meta, _ in articles.values())
    assert all(per_lang[lang] >= 25 for lang in LANGS), per_lang
    assert len(stories) >= 40
    multilingual = [ids for ids in stories.values() if len({i.split("-")[1] for i in ids}) >= 2]
    assert len(multilingual) >= 15
    # a story's own reports are the documents whose first event belongs to it
    reports = [{i.split("#")[0] for i in ids if i.endswith("#1")} for ids in stories.values()]
    assert all(1 <= len(r) <= 4 for r in reports if r)
    assert sum(len(r) for r in reports) == len(articles)


def test_events_are_well_formed(gold: dict[str, Any], articles: dict[str, Article]) -> None:
    for doc in gold["documents"]:
        meta, body = articles[doc["doc_id"]]
        assert doc["events"], f"{doc['doc_id']} has no event"
        for n, ev in enumerate(doc["events"], 1):
            assert ev["id"] == f"{doc['doc_id']}#{n}"
            assert ev["event_type"] in PLOVER, ev["id"]
            for key in ("actor_country", "recipient_country"):
                assert ev[key] is None or re.fullmatch(r"[A-Z]{3}", ev[key]), ev["id"]
            if ev["place"] is not None:
                assert ev["place"]["city"] and re.fullmatch(r"[A-Z]{3}", ev["place"]["country"])
            assert ev["evidence"] in body, f"{ev['id']}: evidence not in the text"
            assert len(ev["evidence"].split()) < 15, ev["id"]
            assert isinstance(ev["topics"], list)
            if ev["date"] is not None:
                lo = dt.date.fromisoformat(ev["date"]["earliest"])
                hi = dt.date.fromisoformat(ev["date"]["latest"])
                assert lo <= hi, ev["id"]
                if "published" in meta:
                    assert lo <= dt.date.fromisoformat(meta["published"]), ev["id"]
                else:
                    # with no publication date only a date written with its year resolves
                    assert re.search(r"\b20\d\d\b", body), ev["id"]


def test_pairs_name_existing_events(gold: dict[str, Any], events: dict[str, Any]) -> None:
    for key in ("same_story", "different_story"):
        assert gold[key], f"{key} is empty"
        for a, b in gold[key]:
            assert a in events and b in events, (key, a, b)
            assert a != b


def test_same_and_different_never_contradict(
    gold: dict[str, Any], stories: dict[str, list[str]]
) -> None:
    same = {frozenset(p) for p in gold["same_story"]}
    diff = {frozenset(p) for p in gold["different_story"]}
    assert not same & diff
    story = _story_of(stories)
    for a, b in gold["different_story"]:
        assert story[a] != story[b], f"{a} and {b} are linked through same_story"


def test_every_pair_of_reports_is_listed(
    gold: dict[str, Any], stories: dict[str, list[str]]
) -> None:
    same = {frozenset(p) for p in gold["same_story"]}
    for ids in stories.values():
        for a, b in combinations(ids, 2):
            assert frozenset((a, b)) in same, f"missing same_story pair {a} {b}"


def test_trap_pairs(
    gold: dict[str, Any], events: dict[str, Any], stories: dict[str, list[str]]
) -> None:
    """Hard negatives: one event type, and the same countries or the same city and day."""
    story = _story_of(stories)
    by_countries, by_city_day = set(), set()
    for a, b in gold["different_story"]:
        ea, eb = events[a], events[b]
        if ea["event_type"] != eb["event_type"]:
            continue
        pair = frozenset((story[a], story[b]))
        pa = {ea["actor_country"], ea["recipient_country"]} - {None}
        pb = {eb["actor_country"], eb["recipient_country"]} - {None}
        if pa and pa == pb:
            by_countries.add(pair)
        elif ea["place"] and ea["place"] == eb["place"] and ea["date"] and ea["date"] == eb["date"]:
            by_city_day.add(pair)
    assert len(by_countries) >= 6
    assert len(by_city_day) >= 2
    assert len(by_countries | by_city_day) >= 8


def test_reports_disagree(events: dict[str, Any], stories: dict[str, list[str]]) -> None:
    dated_vs_undated = city_vs_none = date_conflict = 0
    for ids in stories.values():
        evs = [events[i] for i in ids]
        dates = [e["date"] for e in evs]
        places = [e["place"] for e in evs]
        dated_vs_undated += any(d is None for d in dates) and any(d is not None for d in dates)
        city_vs_none += any(p is None for p in places) and any(p is not None for p in places)
        days = {d["earliest"] for d in dates if d and d["earliest"] == d["latest"]}
        date_conflict += len(days) > 1
    assert dated_vs_undated >= 3
    assert city_vs_none >= 3
    assert date_conflict >= 1


def test_event_types_and_modes_are_varied(events: dict[str, Any]) -> None:
    types = {e["event_type"] for e in events.values()}
    wanted = {
        "CONSULT",
        "AGREE",
        "AID",
        "PROTEST",
        "ASSAULT",
        "ACCUSE",
        "REQUEST",
        "THREATEN",
        "COOPERATE",
    }
    assert wanted <= types, wanted - types
    modes = Counter(e["event_mode"] for e in events.values())
    assert modes["multilateral"] >= 2 and modes["visit"] >= 10 and modes["phone"] >= 2


def test_validates_against_schema_when_present(gold: dict[str, Any]) -> None:
    if not SCHEMA_FILE.exists():
        pytest.skip("docs/gold.schema.json is not written yet")
    import jsonschema

    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.validate(gold, schema)
