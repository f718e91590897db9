"""Event, topic and modality lexicons of the bundled language packs.

Checks the schema the event extractor relies on, that no form is listed twice once
folded (a duplicate would silently give one surface two meanings), that every pack
covers the same event types and topics, and that the triggers actually occur in real
news: a lexicon that matches nothing in the development corpus is useless however
tidy it looks.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dyad.lang import get_pack
from dyad.text import fold

LANGS = ("en", "fr", "ar")
DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
FRAMES = {"svo", "host", "visit", "mutual", "passive"}
# Types every pack must carry (the others are required in English only).
RICH_TYPES = {
    "CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "REQUEST", "ACCUSE", "THREATEN",
    "PROTEST", "ASSAULT",
}  # fmt: skip
MIN_ENTRIES = {"CONSULT": 30}  # per language; other rich types need 10
REQUIRED_TOPICS = {
    "counterterrorism", "cybersecurity", "border_security", "intelligence_sharing",
    "organized_crime", "drugs", "migration", "aviation_security", "major_event_security",
    "training", "policing", "expertise_exchange", "humanitarian_aid", "ceasefire",
    "arms_control", "nuclear", "maritime_security", "human_trafficking", "money_laundering",
    "elections", "sanctions", "protest_policing", "energy", "trade",
}  # fmt: skip
REQUIRED_CONTEXTS = {
    "military",
    "political",
    "economic",
    "diplomatic",
    "terrorism",
    "cyber",
    "human_rights",
}
MODALITY_LISTS = ("future", "negation", "hypothetical", "denial")
COVERAGE_DOCS = 300
COVERAGE_MIN = 0.5


def _triggers(lang: str) -> list[dict[str, Any]]:
    data = get_pack(lang).data("events")
    assert isinstance(data, dict) and isinstance(data.get("triggers"), list), lang
    return data["triggers"]


def _assert_forms(forms: Any, where: str) -> list[str]:
    """Every form a non-empty string (YAML turns a bare ``no`` into False)."""
    assert isinstance(forms, list) and forms, where
    for f in forms:
        assert isinstance(f, str) and fold(f).strip(), f"{where}: bad form {f!r}"
    return [fold(f).strip() for f in forms]


def _duplicates(folded: list[str]) -> list[str]:
    return sorted(f for f, n in Counter(folded).items() if n > 1)


@pytest.mark.parametrize("lang", LANGS)
def test_event_trigger_schema(lang: str) -> None:
    folded: list[str] = []
    for i, entry in enumerate(_triggers(lang)):
        where = f"{lang} trigger #{i}"
        assert set(entry) <= {"forms", "type", "mode", "cameo", "frame", "weight", "unless_after", "first_person",
                              "unless_before", "agent_after", "dual", "requires_after", "requires_window", "continues",
                              "object_prefixes", "spelled_letters", "patient_after", "between_persons", "answers",
                              "alleges", "topic_after", "alone", "own_side", "says_in_incise", "asks_subject", "passive_before",
                              "unnamed_attackers", "place_host", "actor_before", "unless_glued"}, where
        assert isinstance(entry.get("requires_window", 6), int), where
        if "between_persons" in entry:
            # the reading when both sides are persons: a type, its mode and its CAMEO code
            spec = entry["between_persons"]
            assert isinstance(spec, dict) and set(spec) <= {"type", "mode", "cameo"}, where
            assert spec["type"] in PLOVER_TYPES and re.fullmatch(r"\d{2,4}", str(spec.get("cameo", "000"))), where
        assert isinstance(entry.get("patient_after", False), bool), where
        letters = entry.get("spelled_letters", [])
        assert isinstance(letters, list) and all(isinstance(c, str) and len(c) == 1 for c in letters), where
        assert isinstance(entry.get("first_person", False), bool), where
        assert isinstance(entry.get("answers", False), bool), where
        assert isinstance(entry.get("alone", False), bool), where
        assert isinstance(entry.get("own_side", False), bool), where
        assert isinstance(entry.get("says_in_incise", False), bool), where
        # the doer is named before the form (a side read after it is no actor)
        assert isinstance(entry.get("actor_before", False), bool), where
        assert isinstance(entry.get("unnamed_attackers", False), bool), where
        # a city of another country behind a visit form hosts it: visits only
        assert isinstance(entry.get("place_host", False), bool), where
        assert not entry.get("place_host") or entry.get("type") == "CONSULT", where
        # a demand of the speaker on the one named before the form: read in the svo frame only
        assert isinstance(entry.get("asks_subject", False), bool), where
        assert not entry.get("asks_subject") or entry.get("frame", "svo") == "svo", where
        after = entry.get("agent_after", False)
        assert after in (True, False) or set(after if isinstance(after, list) else [after]) <= {"armed_groups", "states", "prefixed"}, where
        assert isinstance(entry.get("dual", False), bool), where
        unless = entry.get("unless_after", [])
        assert isinstance(unless, list) and all(isinstance(w, str) and w.strip() for w in unless), where
        assert entry["type"] in PLOVER_TYPES, where
        assert entry["frame"] in FRAMES, where
        assert "mode" in entry and (entry["mode"] is None or isinstance(entry["mode"], str)), where
        assert isinstance(entry["cameo"], str) and re.fullmatch(r"\d{2,4}", entry["cameo"]), where
        weight = entry.get("weight", 1)
        assert isinstance(weight, int | float) and 0 < weight <= 1, where
        folded += _assert_forms(entry["forms"], where)
    assert not _duplicates(folded), f"{lang}: forms listed twice: {_duplicates(folded)}"


@pytest.mark.parametrize("lang", LANGS)
def test_event_types_present(lang: str) -> None:
    counts = Counter(t["type"] for t in _triggers(lang))
    required = PLOVER_TYPES if lang == "en" else RICH_TYPES
    assert not required - set(counts), f"{lang}: missing {sorted(required - set(counts))}"
    for typ in RICH_TYPES:
        assert counts[typ] >= MIN_ENTRIES.get(typ, 10), f"{lang}: only {counts[typ]} {typ} entries"


def test_frames_used_for_consult() -> None:
    # the extractor needs host, visit, passive and mutual consult triggers in every pack
    for lang in LANGS:
        frames = {t["frame"] for t in _triggers(lang) if t["type"] == "CONSULT"}
        assert frames == FRAMES, f"{lang}: consult frames {frames}"
        modes = {t["mode"] for t in _triggers(lang) if t["type"] == "CONSULT"}
        assert {"visit", "phone", "multilateral", "third-party"} <= modes, f"{lang}: {modes}"


@pytest.mark.parametrize("lang", LANGS)
def test_topics_and_contexts(lang: str) -> None:
    data = get_pack(lang).data("topics")
    topics, contexts = data.get("topics"), data.get("contexts")
    assert isinstance(topics, dict) and isinstance(contexts, dict), lang
    assert not REQUIRED_TOPICS - set(topics), (
        f"{lang}: missing topics {sorted(REQUIRED_TOPICS - set(topics))}"
    )
    assert not REQUIRED_CONTEXTS - set(contexts), f"{lang}: missing contexts"
    for section in (topics, contexts):
        folded: list[str] = []
        for key, forms in section.items():
            assert re.fullmatch(r"[a-z_]+", key), key
            folded += _assert_forms(forms, f"{lang} {key}")
        assert not _duplicates(folded), f"{lang}: forms listed twice: {_duplicates(folded)}"
    for key in REQUIRED_TOPICS:
        assert len(topics[key]) >= 5, f"{lang}: topic {key} has too few forms"


@pytest.mark.parametrize("lang", LANGS)
def test_modality(lang: str) -> None:
    data = get_pack(lang).data("modality")
    assert isinstance(data.get("window"), int) and 1 <= data["window"] <= 10
    folded: list[str] = []
    for key in MODALITY_LISTS:
        folded += _assert_forms(data.get(key), f"{lang} modality {key}")
    assert not _duplicates(folded), f"{lang}: modality cues listed twice: {_duplicates(folded)}"
    prefixes = data.get("future_prefixes", [])
    assert isinstance(prefixes, list)
    assert (prefixes == ["س"]) if lang == "ar" else not prefixes


@pytest.mark.parametrize("lang", LANGS)
def test_modality_cues_fit_the_token_window(lang: str) -> None:
    # the extractor compares cues with the words before a trigger, split like this;
    # a cue with a hyphen or a leading apostrophe ("'ll") could never match
    data = get_pack(lang).data("modality")
    for key in MODALITY_LISTS:
        for cue in data[key]:
            tokens = re.findall(r"[\w']+", fold(cue))
            assert " ".join(tokens) == fold(cue).strip(), f"{lang} {key}: {cue!r}"
            assert not any(t.startswith("'") for t in tokens), f"{lang} {key}: {cue!r}"


def test_arabic_future_forms_left_to_the_prefix() -> None:
    # "سيزور" listed as a trigger would hide the future prefix from the modality check
    forms = {fold(f) for t in _triggers("ar") for f in t["forms"]}
    prefixes = [fold(p) for p in get_pack("ar").data("modality")["future_prefixes"]]
    glued = sorted(f for f in forms for p in prefixes if f.startswith(p) and f[len(p) :] in forms)
    assert not glued, glued


def _matcher(lang: str, min_weight: float = 0.0) -> re.Pattern[str]:
    """A whole-word regex over the trigger forms, with Arabic proclitics allowed in front."""
    forms = sorted(
        {fold(f) for t in _triggers(lang) if t.get("weight", 1) >= min_weight for f in t["forms"]},
        key=len,
        reverse=True,
    )
    alternation = "|".join(re.escape(f) for f in forms)
    pack = get_pack(lang)
    prefix = ""
    if pack.script == "Arab" and pack.proclitics:
        prefix = "(?:" + "|".join(re.escape(p) for p in pack.proclitics) + ")?"
    return re.compile(rf"(?<!\w){prefix}(?:{alternation})(?!\w)")


@pytest.mark.parametrize("lang", LANGS)
def test_dev_corpus_coverage(lang: str) -> None:
    path = DEV / f"{lang}.jsonl"
    if not path.is_file():
        pytest.skip(f"shared development corpus not found at {path}")
    pattern, strong = _matcher(lang), _matcher(lang, min_weight=1.0)
    hit = strong_hit = total = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if total >= COVERAGE_DOCS:
                break
            doc = json.loads(line)
            total += 1
            text = fold(f"{doc.get('title') or ''}\n{doc.get('text') or ''}")
            hit += pattern.search(text) is not None
            strong_hit += strong.search(text) is not None
    share = hit / total
    print(
        f"{lang}: {len(_triggers(lang))} trigger entries, coverage {hit}/{total} = {share:.1%}"
        f" (full-weight forms only: {strong_hit / total:.1%})"
    )
    assert share > COVERAGE_MIN
    # the unhedged forms alone must still find events in most political news
    assert strong_hit / total > COVERAGE_MIN


def test_matcher_sees_real_phrasings() -> None:
    # phrasings from hand-written examples, one per pack, that the lexicon must catch
    examples = {
        "en": "The minister held talks with his French counterpart in Paris.",
        "fr": "Le président a reçu en audience l'ambassadeur d'Algérie.",
        "ar": "واستقبل وزير الداخلية السفير الفرنسي في مكتبه",
    }
    for lang, sentence in examples.items():
        assert _matcher(lang).search(fold(sentence)), lang


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_no_word_in_a_pack_word_list_is_read_as_a_yaml_boolean(lang: str) -> None:
    # an unquoted "on" (or "no", "off", "yes") in a YAML list is the boolean True or False, not the
    # word: en "phones" unless_before "on", fr "arrêté" unless_before "on" were silently lost
    def lists(node: object) -> list[list[object]]:
        if isinstance(node, dict):
            return [x for v in node.values() for x in lists(v)]
        if isinstance(node, list):
            return [node, *[x for v in node for x in lists(v)]]
        return []

    pack = get_pack(lang)
    for name in ("events", "dates", "modality", "roles", "actors", "places", "topics", "stopwords", "boilerplate"):
        for items in lists(pack.data(name)):
            assert not any(isinstance(v, bool) for v in items), (name, items)
