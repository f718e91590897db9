"""Resolution: which mentions name the same actor, inside a document and across documents.

Inside a document (:class:`Resolver`, a pipeline component):

* later short forms ("Al Maaytah", "Sheikh Nayef", "Hammouchi") resolve to the earlier full
  name whose name tokens contain them, and inherit its country, title and sectors;
* bare surnames that the cue detector could not see are found by scanning for the family
  names of the persons already detected;
* officials and bodies whose country the text leaves unsaid get the document's *home
  country* (from the URL's country domain, the outlet list, the dateline, or a national
  news agency named in the text), marked as inferred and with lower confidence.

Across documents (:func:`link_actors`, run by the store writer): persons get stable ids
from a name key that survives transliteration — particles normalised, a consonant
skeleton comparable between Arabic and Latin script — and are merged with a known actor
of the same country and family name when their given names agree (one skeleton a
prefix of the other, or a high rapidfuzz score).  Why two were merged is recorded.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import ahocorasick
from rapidfuzz import fuzz

from dyad.doc import Document, Mention
from dyad.kb import KB
from dyad.lang import get_pack, pack_cached
from dyad.mentions import (
    LINKED_WHY,
    OFFICIAL_WHY,
    UNTITLED_WHY,
    _with_article,
    article_elision,
    country_guessed,
    elided_forms,
    lexicon,
    official_id,
)
from dyad.romanise import skeleton_letters
from dyad.text import fold, has_arabic, script_share, word_hits

_DIGRAPHS = (("sh", "s"), ("ch", "s"), ("th", "t"), ("kh", "k"), ("dh", "d"), ("gh", "g"), ("ph", "f"), ("ou", "w"))
_CONSONANT = str.maketrans({"q": "k", "c": "k", "g": "j", "p": "b", "v": "f", "x": "ks", "e": "", "a": "", "i": "",
                            "o": "", "u": "", "y": "", "w": "", "'": "", "-": "", "’": ""})


@pack_cached(8)
def _every_pack_words(key: str) -> frozenset[str]:
    """One actors.yaml list of every language pack, folded: name keys and the names filed for
    matching across reports must not depend on the language of the report."""
    from dyad.lang import available_languages

    out: set[str] = set()
    for code in available_languages():
        data = get_pack(code).data("actors") or {}
        out |= {fold(str(w)) for w in data.get(key, []) or []}
    return frozenset(out)


def _key_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words dropped from a name key and those glued to the next word (actors.yaml
    `key_dropped_words`, `key_glued_words`, every pack's applying to every name)."""
    return _every_pack_words("key_dropped_words"), _every_pack_words("key_glued_words")


_ARTICLE = re.compile(r"^(?:al|el|ال)[-\s]?", re.IGNORECASE)


def _cedilla(text: str) -> str:
    """"Fayçal" is "Faysal": a cedilla c is an s, before folding makes it a c (a k sound)."""
    if "ç" not in text and "Ç" not in text and "\u0327" not in text:
        return text  # the common case, on every name skeleton
    return unicodedata.normalize("NFC", text).replace("ç", "s").replace("Ç", "S")


def skeleton(word: str) -> str:
    """A consonant skeleton comparable between Arabic and Latin spellings of one name."""
    w = fold(_cedilla(word))
    w = skeleton_letters(w).lower()  # another script's letters as a romaniser writes them
    for a, b in _DIGRAPHS:
        w = w.replace(a, b)
    w = w.translate(_CONSONANT)
    w = re.sub(r"[^a-z]", "", w)
    # German z is written "تس" in Arabic ("Scholz", "شولتس"), Latin x "كس" ("Cox", "كوكس")
    w = w.replace("ts", "z").replace("tz", "z")
    w = re.sub(r"(.)\1+", r"\1", w)
    if len(w) > 2 and w.endswith("h"):
        w = w[:-1]
    return w


def name_tokens(name: str) -> list[str]:
    """Core name words: particles dropped, glue particles joined, articles stripped."""
    written = [w for w in re.split(r"[\s\-]+", _cedilla(name)) if w]
    words = [fold(w) for w in written]
    drop, glue = _key_words()
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if written[i].startswith(("أل", "إل")) and len(w) > 3:
            out.append(w)  # a hamza makes "ألكسندر" (Alexander) a name, not the article ال
            i += 1
            continue
        if w in glue and i + 1 < len(words):
            out.append(w + words[i + 1])
            i += 2
            continue
        if w.startswith("عبد") and len(w) > 3:
            out.append(w)
        elif w not in drop:
            stripped = _ARTICLE.sub("", w) if len(w) > 4 else w
            if w.startswith("ال") and len(w) > 3:
                stripped = w[2:]
            if w.startswith("ال") or w.startswith(("al-", "el-")) or w == stripped:
                out.append(stripped)
            else:
                out.append(w)
        i += 1
    return out


@dataclass(frozen=True)
class NameKey:
    given: str
    family: str
    all: tuple[str, ...]
    # per name word: the long-vowel letters ending it in Arabic script ("" if none), None for
    # another script; compared only when both spellings are Arabic (see _arabic_tail)
    tails: tuple[str | None, ...] = field(default=(), compare=False)

    @property
    def text(self) -> str:
        return "-".join(self.all)


# letters written for long vowels in Arabic script: the skeleton drops them, and a name written
# in Arabic keeps them ("عمر" Omar, "عمرو" Amr, "العمري" al-Omari are three names)
_ARABIC_LONG_VOWELS = "وي"


def _arabic_tail(word: str) -> str | None:
    """The long-vowel letters ending an Arabic-script name word, or None for another script."""
    if not has_arabic(word):
        return None
    w = fold(word)
    return w[len(w.rstrip(_ARABIC_LONG_VOWELS)):]


def name_key(name: str) -> NameKey:
    words = [(skeleton(t), _arabic_tail(t)) for t in name_tokens(name)]
    words = [(k, tail) for k, tail in words if k]
    if not words:
        return NameKey("", "", ())
    toks = tuple(k for k, _tail in words)
    return NameKey(toks[0] if len(toks) > 1 else "", toks[-1], toks, tuple(tail for _k, tail in words))


def _same_tail(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def compatible(a: NameKey, b: NameKey) -> tuple[bool, str]:
    """Whether two name keys can be one person, and why."""
    if a.tails and b.tails and not _same_tail(a.tails[-1], b.tails[-1]):
        # both written in Arabic, the family names differ in a final long vowel: "محمد العمري" is
        # not "محمد عمر" (given names are left alone: "محمدو بخاري" is Muhammadu Buhari)
        return False, ""
    short, longer = sorted((a.all, b.all), key=len)
    if len(short) >= 2 and len(longer) > len(short) \
            and all(x == y or (len(x) >= 3 and x[1:] == y[1:]) for x, y in zip(short, longer[: len(short)], strict=True)):
        # "Javier Morales" and "Javier Morales Ruiz", "Abdullah bin Nasser" and "Abdullah bin
        # Nasser Al Thani": the same names, one going on with a further family name (a name may
        # differ in its first sound: Spanish j is Arabic خ, "خافيير موراليس")
        return True, "the same names, one with a further family name"
    if not a.family or a.family != b.family and not _close(a.family, b.family):
        return False, ""
    if not a.given or not b.given:
        return True, "same family name, one without a given name"
    if a.given == b.given:
        return True, "same given and family name skeletons"
    if a.given.startswith("bd") and b.given.startswith("bd") and min(len(a.given), len(b.given)) >= 3:
        # "Abd" names are compounds: Abdullah and Abdulaziz are two names, not one cut short
        return False, ""
    if a.given.startswith(b.given) or b.given.startswith(a.given):
        if min(len(a.given), len(b.given)) >= 2:
            return True, f"given name skeleton {min(a.given, b.given, key=len)!r} is a prefix of the other"
    # a shared family name carries the whole-name score, so the given names must be close on
    # their own: "Ian Blair" and "Tony Blair" are 91% alike as wholes, two people as given names;
    # one first sound in names of three consonants or more, or most letters, will do ("رؤوبين"
    # is Reuven written with a b; "Lee" and "Liz", a consonant or two, stay apart)
    same_start = a.given[0] == b.given[0] and min(len(a.given), len(b.given)) >= 3
    if not same_start and fuzz.ratio(a.given, b.given) < 75:
        return False, ""
    score = fuzz.ratio(" ".join(a.all), " ".join(b.all))
    if score >= 85:
        return True, f"name skeletons {score:.0f}% similar"
    return False, ""


def _to_office_holder(doc: Document, office: Mention, why: str) -> None:
    """An office that gained a country gives it to the person it is apposed to, when that person
    has none of their own."""
    if office.antecedent is None:
        return
    holder = doc.mentions[office.antecedent]
    if holder.country is None:
        holder.country, holder.country_inferred = office.country, True
        holder.why.append(why)


def _stems(text: str) -> frozenset[str]:
    """The first five letters of each word of five letters or more (function words drop out)."""
    return frozenset(w[:5] for w in re.findall(r"\w+", fold(text)) if len(w) >= 5)


def _close(x: str, y: str) -> bool:
    return len(x) >= 3 and len(y) >= 3 and fuzz.ratio(x, y) >= 80


def person_id(name: str, country: str | None) -> str:
    key = name_key(name)
    return f"person:{(country or 'xxx').lower()}-{key.text or fold(name).replace(' ', '-')}"


def body_id(country: str | None, sectors: list[str], name: str) -> str:
    if sectors:
        return f"org:{country or 'XXX'}-{'-'.join(sorted(sectors))}"
    return f"org:{country or 'XXX'}-{skeleton(name)[:20]}"


# --- home country ---------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Outlet domains (or host/path prefixes: a broadcaster's national section) and
    source-name phrases to country (kb_data/outlets.yaml)."""
    from pathlib import Path

    import yaml

    path = Path(__file__).parent / "kb_data" / "outlets.yaml"
    if not path.is_file():
        return {}, []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    domains = {str(k).lower(): str(v) for k, v in (data.get("domains") or {}).items()}
    sources = [(fold(str(k)), str(v)) for k, v in (data.get("sources") or {}).items()]
    return domains, sources


@functools.lru_cache(maxsize=1)
def _tld_countries() -> dict[str, str]:
    import pycountry

    out = {c.alpha_2.lower(): c.alpha_3 for c in pycountry.countries}
    out["uk"] = "GBR"
    return out


def _in_office(positions: list[dict[str, Any]], on: Any) -> bool:
    """Whether a KB person held a dated position on ``on`` ("Former president Barack Obama" in
    2023 holds no office); without dates either side, assume so."""
    if on is None or not positions:
        return True
    return any(_holds(pos, str(on)) for pos in positions)


def _holds(pos: dict[str, Any], day: str) -> bool:
    """Whether a KB position covers ``day`` (ISO); a missing start or end is open."""
    start, end = str(pos.get("start") or ""), str(pos.get("end") or "")
    return (not start or start <= day) and (not end or day <= end)


def position_country(positions: list[dict[str, Any]], on: Any) -> tuple[bool, str | None]:
    """The country a KB person acts for on ``on`` when a dated position held then says so
    (``country`` in the position: Charles Michel is Belgian as prime minister 2014-2019, an EU
    official after): ``(True, country)``; ``(False, None)`` when no such position is held or the
    day is unknown, and the person's own country stands."""
    if on is None:
        return False, None
    for pos in positions:
        if "country" in pos and _holds(pos, str(on)):
            return True, pos.get("country") or None
    return False, None


def titled_position(positions: list[dict[str, Any]], title: str, lang: str) -> tuple[bool, str | None]:
    """Like :func:`position_country`, for a report with no date: the position (with a
    ``country``) whose title names the office of the title the text gives the person
    ("Premier ministre" -> "Prime Minister of Belgium"), when exactly one does."""
    folded = fold(title)
    key = _office_keys(lang).get(folded)
    if key is None:
        return False, None
    forms = [form for form, k in _office_keys("en").items() if k == key]
    titles = [fold(str(pos.get("title") or "")) for pos in positions]
    office = [any(t.startswith(form) for form in forms) for t in titles]
    found = {pos.get("country") or None for pos, of_it in zip(positions, office, strict=True) if of_it and "country" in pos}
    # "président du Conseil" names a head of government, but also begins the person's other
    # office, "President of the European Council": a title word shared with another position
    # leaves it open
    first = folded.split()[0]
    shared = any(first in t.split() for t, of_it in zip(titles, office, strict=True) if not of_it)
    return (True, found.pop()) if len(found) == 1 and not shared else (False, None)


@pack_cached(16)
def _possessive_suffixes(lang: str) -> tuple[str, ...]:
    """roles.yaml possessive_suffixes: "'s", "’s" ("the Trump's administration")."""
    try:
        return tuple(str(w) for w in (get_pack(lang).data("roles") or {}).get("possessive_suffixes", []) or [])
    except KeyError:
        return ()


@pack_cached(16)
def _former_words(lang: str) -> frozenset[str]:
    """actors.yaml former_words, folded: "former", "ancien", "السابق"."""
    try:
        return frozenset(fold(str(w)) for w in (get_pack(lang).data("actors") or {}).get("former_words", []) or [])
    except KeyError:
        return frozenset()


@pack_cached(16)
def _office_keys(lang: str) -> dict[str, tuple[str, ...]]:
    """Title form (folded) -> a key for the office it names, the same in every language: head
    of state, head of government, or a ministry's sectors ("foreign minister": GOV+DIPLOMATIC).
    Generic titles ("minister", "official") get none: they do not name one office."""
    try:
        data = get_pack(lang).data("actors") or {}
    except KeyError:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for entry in data.get("titles", []) or []:
        if isinstance(entry, str):
            continue
        sectors = tuple(sorted(entry.get("sectors", []) or []))
        if entry.get("head_of_government"):
            key: tuple[str, ...] | None = ("head_of_government",)
        elif entry.get("head_of_state"):
            key = ("head_of_state",)
        elif len(sectors) >= 2 and not entry.get("rank"):
            key = sectors
        else:
            key = None
        if key:
            for form in entry.get("forms", []) or []:
                out.setdefault(fold(str(form)), key)
    return out


def home_country(doc: Document, kb: KB) -> tuple[str | None, str | None]:
    """The country a report is from, and the evidence for it."""
    domains, sources = _outlets()
    if doc.url:
        parsed = urlparse(doc.url)
        host = (parsed.hostname or "").lower().removeprefix("www.")
        if host in domains:
            return domains[host], f"outlet domain {host}"
        section = host + parsed.path.lower()
        for prefix, iso in domains.items():
            if "/" in prefix and section.startswith(prefix):
                return iso, f"outlet section {prefix}"
        tld = host.rsplit(".", 1)[-1] if "." in host else ""
        if tld in _tld_countries() and tld not in ("tv", "io", "me", "co", "fm", "ai", "ly"):
            return _tld_countries()[tld], f"country domain .{tld}"
    if doc.source:
        folded = fold(doc.source)
        for phrase, iso in sources:
            if phrase in folded:
                return iso, f"outlet {doc.source}"
    span = doc.meta.get("_dateline_span")
    if span and not doc.meta.get("_press_review"):
        # "أنقرة - قنا:": a national agency in the dateline says whose news it is; the place only
        # says where its reporter was
        for m in doc.mentions:
            if span[0] <= m.start < span[1] and m.kind == "organization" and "MEDIA" in m.sectors and m.country \
                    and m.source == "kb" and m.actor_id not in INTERNATIONAL_MEDIA:
                return m.country, f"national news agency {m.text} in the dateline"
    dateline = doc.meta.get("dateline_country")
    if dateline:
        return str(dateline), "dateline"
    for m in doc.mentions:
        if m.kind == "organization" and "MEDIA" in m.sectors and m.country and m.source == "kb" \
                and m.actor_id not in INTERNATIONAL_MEDIA:
            return m.country, f"national news agency {m.text}"
    return None, None


# offices of a state: the ones a bilateral report names once for each side
_STATE_OFFICES = frozenset({"GOV", "MIL", "POLICE", "INTERIOR", "DIPLOMATIC", "INTEL", "DEFENSE", "JUDICIARY"})

# wire services and broadcasters that report the whole world: naming them says nothing
# about where a story is domestic news
INTERNATIONAL_MEDIA = frozenset({"org:GBR-REUTERS", "org:FRA-AFP", "org:USA-AP", "org:GBR-BBC", "org:QAT-ALJAZEERA"})


def _after_own_town(doc: Document, i: int) -> bool:
    """"Tbilisi, Georgia": a country's name right after a town of its own, a comma between."""
    m = doc.mentions[i]
    prev = doc.mentions[i - 1] if i > 0 else None
    return prev is not None and prev.kind == "place" and prev.country == m.country \
        and doc.text[prev.end : m.start] == ", "


def focus_country(doc: Document, home: str | None, home_why: str | None,
                  kb: KB | None = None) -> tuple[str | None, str | None]:
    """The country a report is about: its home country, unless another country dominates the text."""
    from collections import Counter

    counts: Counter[str] = Counter()
    shared: list[Mention] = []  # "Georgia": a country's name that is also a division's elsewhere
    for i, m in enumerate(doc.mentions):
        if m.kind == "state" and m.country and not m.adjectival and kb is not None \
                and not _after_own_town(doc, i) and any(p.country != m.country for p in kb.divisions_named(m.text)):
            shared.append(m)
        elif m.kind in ("state", "place") and m.country:
            counts[m.country] += 1
        elif m.kind == "person" and m.country and not m.country_inferred and OFFICIAL_WHY not in m.why:
            # "the King received calls from the King of Bahrain ...": the persons the report
            # names, with their country, say what it is about as much as its place names
            counts[m.country] += 1
    if home is not None and not counts.get(home):
        # a Saudi paper's story that never names Saudi Arabia: the state bodies it names with
        # their country ("the Egyptian interior ministry") say whose story it is too; and any body
        # of its own that it names ("le mouvement belge"; not a paper quoted, "said to Asharq
        # al-Awsat") says it is still the paper's own
        for m in doc.mentions:
            if m.kind == "organization" and m.country and not m.country_inferred \
                    and ((m.country == home and "MEDIA" not in m.sectors) or _STATE_OFFICES & set(m.sectors)):
                counts[m.country] += 1
    for m in shared:
        # counted for the country of which it names a division, when the text names that country
        # otherwise ("Georgia voters ... in Atlanta"); else for itself
        other = next((p.country for p in kb.divisions_named(m.text) if p.country and counts.get(p.country)), None) \
            if kb is not None else None
        counts[other or str(m.country)] += 1
    if not counts:
        return home, home_why
    top, n = counts.most_common(1)[0]
    if home is not None and counts.get(home, 0) * 2 >= n:
        return home, home_why
    if n >= 2:
        return top, f"the country the report is about ({n} mentions)"
    return home, home_why


def _nationality_before(doc: Document, i: int) -> str | None:
    """The country of a nationality adjective that stands right before mention ``i`` with at most
    three lower-case words between, none a function word, and none at all in a pack whose
    adjectives follow their noun ("the American blogger Pamela Geller", "le milliardaire
    français Bernard Arnault"); None otherwise."""
    prev = doc.mentions[i - 1] if i > 0 else None
    if prev is None or prev.kind != "state" or not prev.adjectival or not prev.country \
            or prev.end > doc.mentions[i].start:  # one inside or across the name is no word before it
        return None
    between = doc.text[prev.end : doc.mentions[i].start]
    words = between.split()
    if len(between) > 40 or len(words) > 3 or not re.fullmatch(r"[\w' -]*", between) \
            or any(w[:1].isupper() for w in words):
        return None
    # the adjective must be of the name's own noun phrase: a function word between ends it ("the
    # French diplomats left and Conor Murphy said"), and where adjectives follow their noun
    # ("le milliardaire français Bernard Arnault") nothing stands between
    lex = lexicon(doc.lang)
    if any(fold(w) in lex.function_words for w in words) or (words and not lex.adjective_first):
        return None
    return prev.country


@pack_cached(8)
def _untitled_of_focus(lang: str) -> bool:
    """actors.yaml untitled_persons_of_focus: a person the report names with no office and no
    country is taken to be of the country the report is about."""
    return bool((get_pack(lang).data("actors") or {}).get("untitled_persons_of_focus"))


@pack_cached(8)
def _absent_offices(lang: str) -> dict[str, frozenset[str]]:
    """actors.yaml titles `absent_in`: folded title form -> the countries that have no such office
    ("prime minister": the United States)."""
    out: dict[str, frozenset[str]] = {}
    for entry in (get_pack(lang).data("actors") or {}).get("titles", []) or []:
        if isinstance(entry, dict) and entry.get("absent_in"):
            for form in entry.get("forms", []) or []:
                out[fold(str(form))] = frozenset(str(c) for c in entry["absent_in"])
    return out


@pack_cached(8)
def _report_bodies(lang: str) -> dict[str, dict[str, str]]:
    """actors.yaml body_heads `in_reports_on`: folded body form -> {the report's country: the
    body's country} ("قوات التحالف" in a report about Yemen: the Saudi-led coalition's)."""
    out: dict[str, dict[str, str]] = {}
    for entry in (get_pack(lang).data("actors") or {}).get("body_heads", []) or []:
        if isinstance(entry, dict) and isinstance(entry.get("in_reports_on"), dict):
            for form in entry.get("forms", []) or []:
                out[fold(str(form))] = {str(k): str(v) for k, v in entry["in_reports_on"].items()}
    return out


def _report_body_country(doc: Document, m: Mention, country: str) -> str | None:
    """The country of a body with no country of its own, listed in actors.yaml body_heads
    `in_reports_on` for the country the report is about; its text may carry a glued
    one-letter proclitic ("لقوات التحالف") or have lost its article's alif after one ("للتحالف",
    the pack's article_elision)."""
    table = _report_bodies(doc.lang)
    if not table or m.kind != "organization" or m.source == "kb":
        return None
    lex = lexicon(doc.lang)
    text = fold(m.text).strip()
    glued = (text[len(p) :] for p in lex.proclitics if len(p) == 1 and text.startswith(p))
    for key in (text, *glued, fold(_with_article(text, lex))):
        if key in table:
            return table[key].get(country)
    return None


@pack_cached(8)
def _state_anaphor_automaton(lang: str) -> Any:
    """An automaton of the folded roles.yaml `state_anaphors` phrases, with their forms after ل
    (pack article_elision), each valued with the states it may stand for and, for an elided
    form, the preposition it must follow; None without the key."""
    try:
        pack = get_pack(lang)
    except KeyError:
        return None
    raw = (pack.data("roles") or {}).get("state_anaphors") or {}
    if not raw:
        return None
    elision = article_elision(pack)
    automaton = ahocorasick.Automaton()
    for phrase, isos in raw.items():
        form = fold(str(phrase))
        allowed = frozenset(str(i) for i in isos or [])
        automaton.add_word(form, (form, (allowed, "")))
        for shape, short, _article in elided_forms(form, elision):
            # the elided shape stands only right after the preposition (see gazetteer_hits)
            automaton.add_word(shape, (shape, (allowed, short)))
    automaton.make_automaton()
    return automaton


def _named_country(doc: Document, excluded: frozenset[str]) -> str | None:
    """The country the text names most by states, places and persons of a stated country,
    leaving out ``excluded``; None when it names none."""
    from collections import Counter

    counts: Counter[str] = Counter(
        str(m.country) for m in doc.mentions
        if m.country and m.country not in excluded and not m.country_inferred
        and (m.kind in ("state", "place") or (m.kind == "person" and OFFICIAL_WHY not in m.why)))
    return counts.most_common(1)[0][0] if counts else None


class Resolver:
    """Pipeline component: in-document coreference, home country, provisional actor ids."""

    name = "resolve"

    def __init__(self, kb: KB | None = None):
        self.kb = kb or KB.default()

    def __call__(self, doc: Document) -> None:
        self._dated_countries(doc)
        # "the Director General of National Security" is an office: its words are no surname
        persons = [m for m in doc.mentions if m.kind == "person" and OFFICIAL_WHY not in m.why]
        self._surname_mentions(doc, persons)
        persons = [m for m in doc.mentions if m.kind == "person" and OFFICIAL_WHY not in m.why]
        full: list[tuple[Mention, NameKey]] = []
        for m in persons:
            key = name_key(m.text)
            ante = None
            for f, fkey in reversed(full):
                if m.source == "kb" and f.source == "kb" and m.actor_id and f.actor_id and m.actor_id != f.actor_id:
                    continue  # "Ivanka Trump ... Trump said": the KB's reading of the bare name stands
                if m.source == "kb" and f.source != "kb" and len(key.all) == 1 \
                        and fold(m.text).split()[-1:] != fold(f.text).split()[-1:]:
                    continue  # "حسن الخميني ... خامنئي": a known name only like a namesake's is not his
                ok, why = compatible(key, fkey)
                if ok and set(key.all) <= set(fkey.all) | {key.given}:
                    ante = (f, why)
                    break
            if ante is None and len(key.all) == 1:
                # "Sheikh Nasser" after "Sheikh Nasser bin Saud Al Thani": a given name alone
                # stands for the one person named so before (Arab usage, and first names)
                same = {fkey.all: (f, fkey) for f, fkey in full if fkey.given == key.family and len(fkey.all) >= 2}
                if len(same) == 1:
                    f, _fkey = next(iter(same.values()))
                    ante = (f, "given name alone, one person of that given name named before")
            if ante is not None:
                f, why = ante
                if m.source == "kb" and f.source != "kb" and len(key.all) == 1 and f.actor_id != m.actor_id:
                    # "Jack McConnell ... Mr McConnell": the surname stands for the person the text
                    # named, not for the known person who shares it (Mitch McConnell)
                    m.actor_id, m.source = f.actor_id, "coref"
                    m.country, m.country_inferred = f.country, f.country_inferred
                    m.sectors, m.title = list(f.sectors), f.title
                m.antecedent = doc.mentions.index(f)
                m.name = f.name
                m.country = m.country or f.country
                m.sectors = sorted(set(m.sectors) | set(f.sectors))
                m.title = m.title or f.title
                m.why.append(f"same person as '{f.text}': {why}")
                if m.source == "grammar":
                    m.confidence = max(m.confidence, 0.7)
            elif len(key.all) >= 1:
                full.append((m, key))
        self._appositions(doc)
        self._lead_office_holder(doc)
        self._office_holders(doc)
        self._office_of_named_body(doc)
        self._acronym_bodies(doc)
        self._share_countries(doc)
        self._leaders_bodies(doc)
        self._dateline(doc)
        home, home_why = home_country(doc, self.kb)
        doc.home_country, doc.home_country_why = home, home_why
        # a Saudi paper's story about Baghdad: unnamed officials there are Iraqi, not Saudi
        country, home_why = focus_country(doc, home, home_why, self.kb)
        if country:
            doc.meta["focus_country"] = country
        self._local_readings(doc, {c for c in (home, country) if c})
        self._state_anaphors(doc, home, country)
        self._country_anaphors(doc)
        self._group_anaphors(doc)
        for i, m in enumerate(doc.mentions):
            # only officials and bodies: a bare name ("Trump") says nothing of a domestic office
            # KB bodies with no country are international (the Arab League, the UN): leave them so
            # (so are the pack's bodies of many states, sector IGO: "القوات الدولية", foreign forces)
            official = (m.kind == "organization" and m.source != "kb" and not {"CIVILIAN", "REBEL", "NGO", "IGO"} & set(m.sectors)) \
                or (m.kind == "person" and (m.title or m.sectors) and "IGO" not in m.sectors)
            other = self._contrasted(doc, m, home, country) if official and m.country is None else None
            body_country = _report_body_country(doc, m, country) if m.country is None and country else None
            # a person named with no office, sectors or country, in a pack that reads such persons
            untitled = m.kind == "person" and m.country is None and m.source != "kb" and not (m.title or m.sectors) \
                and _untitled_of_focus(doc.lang)
            if body_country is not None:
                # "قوات التحالف" in a report about Yemen: the coalition of another country, stated
                # by the pack as a body head's own country is (so an armed body, like "قوات الاحتلال")
                m.country = body_country
                m.why.append(f"in a report about {country}, '{m.text}' is of {body_country} (actors.yaml in_reports_on)")
            elif other is not None:
                m.country = other
                m.country_inferred = True
                m.confidence = round(m.confidence * 0.6, 3)
                m.why.append(f"the same office is named for another country in the report: this one is {other}'s")
                _to_office_holder(doc, m, f"holds the office '{m.text}', of {other}")
            elif official and m.country is None and country and m.kind == "person" and m.title \
                    and country in _absent_offices(doc.lang).get(fold(m.title), ()):
                # "the prime minister's wife" in a report about the United States: the country has
                # no such office, so the official is of the country named most besides it, if any
                elsewhere = _named_country(doc, _absent_offices(doc.lang)[fold(m.title)])
                if elsewhere is not None:
                    m.country = elsewhere
                    m.country_inferred = True
                    m.confidence = round(m.confidence * 0.5, 3)
                    m.why.append(f"the report's country ({country}) has no office '{m.text}': "
                                 f"{elsewhere}, the country it names most besides")
            elif official and m.country is None and country:
                m.country = country
                m.country_inferred = True
                m.confidence = round(m.confidence * 0.6, 3)
                m.why.append(f"country inferred from the report's home country ({home_why})")
            elif untitled and (said := _nationality_before(doc, i)) is not None:
                # "the American blogger Pamela Geller", "le milliardaire français Bernard Arnault"
                m.country = said
                m.why.append(f"the nationality named right before the name ({doc.mentions[i - 1].text})")
            elif untitled and m.antecedent is not None and (first := doc.mentions[m.antecedent]).country:
                # "Geller said" after "the American blogger Pamela Geller" (given just above)
                m.country, m.country_inferred = first.country, first.country_inferred
                if country_guessed(first):
                    # only the antecedent's guess: as weak, and as open to the place of an event
                    m.confidence = round(m.confidence * 0.5, 3)
                    m.why.append(f"{UNTITLED_WHY}: same person as '{first.text}'")
                else:
                    m.why.append(f"same person as '{first.text}'")
            elif untitled and country:
                # "Chris Bryant said ...": a person the report names with no office and no country
                # is, most often, of the country it is about (191 of 239 such sides of missed gold
                # events in the dev sets); a foreign one the text gives no country is the price
                m.country = country
                m.country_inferred = True
                m.confidence = round(m.confidence * 0.5, 3)
                m.why.append(f"{UNTITLED_WHY}: taken to be of the country the report is about ({home_why})")
            elif m.source == "kb" and m.country is None and country and m.actor_id in self.kb.agencies \
                    and self.kb.agencies[m.actor_id].branches:
                # "the Brotherhood" in a report about Egypt (Jordan): its branch there
                m.country = country
                m.country_inferred = True
                m.confidence = round(m.confidence * 0.6, 3)
                m.why.append(f"a movement of many countries: its branch in the report's country ({home_why})")
            elif m.kind == "organization" and m.country is None and country and "CIVILIAN" in m.sectors \
                    and "REFUGEE" not in m.sectors:
                # protesters, residents, students: people of the country the report is about
                # (refugees and migrants are not; armed groups are coded by what the text says)
                m.country = country
                m.country_inferred = True
                m.confidence = round(m.confidence * 0.5, 3)
                m.why.append(f"civilians taken to be of the country the report is about ({home_why})")
        self._sovereign_countries(doc)
        for m in doc.mentions:
            if m.actor_id:
                continue
            if m.kind == "person" and OFFICIAL_WHY in m.why:
                m.actor_id = official_id(m.country, m.sectors)
            elif m.kind == "person":
                base = doc.mentions[m.antecedent] if m.antecedent is not None else m
                m.actor_id = person_id(base.text, m.country)
            elif m.kind == "organization":
                m.actor_id = body_id(m.country, m.sectors, m.name)
            elif m.kind == "state" and m.country:
                m.actor_id = self.kb.actor_id_for_country(m.country)
        # an antecedent's id wins for every later form of the same person
        for m in doc.mentions:
            if m.antecedent is not None:
                m.actor_id = doc.mentions[m.antecedent].actor_id

    def _dated_countries(self, doc: Document) -> None:
        """A known person acts for the country of the position held on the publication date
        (before coreference, so that "M. Michel" takes it from "Charles Michel")."""
        for m in doc.mentions:
            if m.kind != "person" or m.source != "kb" or not m.actor_id:
                continue
            p = self.kb.persons.get(m.actor_id)
            if p is None or not p.positions:
                continue
            if m.country != p.country:
                continue  # a country the text states ("le Premier ministre belge") stands
            held, country = position_country(p.positions, doc.publication_date)
            why = f"position held on {doc.publication_date}"
            if not held and doc.publication_date is None and m.title \
                    and fold(m.title) in fold(doc.text[max(0, m.start - 60) : m.start]):
                # no date, but the text names the office right before the name (not the KB's
                # title): "le Premier ministre Charles Michel"
                held, country = titled_position(p.positions, m.title, doc.lang)
                why = f"the position the text names ('{m.title}')"
            if held and country != m.country:
                m.country, m.country_inferred = country, False
                m.why.append(f"{country or 'no country'}: {why}")

    def _sovereign_countries(self, doc: Document) -> None:
        """The prefect of La Réunion, its police and its people act as French: a person's or a
        body's country is the state its territory is part of (before their ids are made, so
        the ids say FRA too). Places and the territory named as such ("La Réunion", which
        may place an event) keep their own code; a record taking one as a side maps it then
        (events `_record`)."""
        for m in doc.mentions:
            state = self.kb.sovereign(m.country) if m.kind not in ("place", "state") else m.country
            if state != m.country:
                m.why.append(f"{m.country} is part of {state}")
                if m.actor_id:  # "official:REU-GOV" (made by the mention stage) -> "official:FRA-GOV"
                    m.actor_id = m.actor_id.replace(f":{m.country}-", f":{state}-", 1) \
                        .replace(f":{str(m.country).lower()}-", f":{str(state).lower()}-", 1)
                m.country = state
        doc.home_country = self.kb.sovereign(doc.home_country)
        if doc.meta.get("focus_country"):
            doc.meta["focus_country"] = self.kb.sovereign(doc.meta["focus_country"])

    def _office_holders(self, doc: Document) -> None:
        """"Mr Sunak met ... the prime minister also met British troops": an office named
        without a name or a country is held by the last person named before who holds it (by
        the title the text gave them or their KB titles)."""
        keys = _office_keys(doc.lang)
        if not keys:
            return
        english = _office_keys("en")
        former = _former_words(doc.lang)
        order = {k: i for i, k in enumerate(keys)}  # ties between two offices go to the pack's first
        holders: list[tuple[Mention, set[tuple[str, ...]]]] = []
        for m in doc.mentions:
            if m.kind != "person":
                continue
            if OFFICIAL_WHY not in m.why:
                if not m.country:
                    continue
                # the office the text gives him ("Chancellor Gordon Brown") is the one he holds
                # here, whatever offices the KB says he held later
                written = fold(doc.text[m.start : m.end])
                ahead = " " + " ".join(re.findall(r"[\w']+", fold(doc.text[max(0, m.start - 40) : m.start])))
                # (looked up, not scanned: the offices opening the mention, before a space, and
                # those ending the words right before it; a pack has hundreds of offices)
                spoken = {written[:j] for j, c in enumerate(written) if c == " "} \
                    | {ahead[j + 1 :] for j, c in enumerate(ahead) if c == " "}
                said = min((k for k in spoken if k in keys), key=lambda k: (-len(k), order[k]), default=None)
                held = {keys[said]} if said else {keys[fold(m.title)]} if m.title and fold(m.title) in keys else set()
                p = self.kb.persons.get(m.actor_id) if m.actor_id else None
                if not said and p is not None and _in_office(p.positions, doc.publication_date):
                    held |= {english[fold(t)] for t in p.titles if fold(t) in english}
                if held and former:
                    near = set(re.findall(r"[\w']+", fold(doc.text[max(0, m.start - 24) : m.end + 16])))
                    if not former.isdisjoint(near):
                        continue  # "Former president Barack Obama", "الرئيس الأسبق": no longer in office
                if held:
                    holders.append((m, held))
                continue
            if m.country is not None or m.antecedent is not None or not m.title:
                continue
            key = keys.get(fold(m.title))
            holder = next((h for h, held in reversed(holders) if key in held), None) if key else None
            if holder is None:
                continue
            root = holder if holder.antecedent is None else doc.mentions[holder.antecedent]
            m.antecedent = doc.mentions.index(root)
            m.name, m.country, m.country_inferred = root.name, holder.country, holder.country_inferred
            m.actor_id = None
            m.why.append(f"office held by '{holder.text}', named before")

    @staticmethod
    def _lead_office_holder(doc: Document) -> None:
        """"Scotland's first minister has told pupils ... Jack McConnell was speaking ...": a lead
        whose subject is an office of a stated country, and a next sentence opened by a person
        named bare (no title, no country), name the same person: the name takes the office's
        country (inferred) and title, and its later mentions the country."""
        if len(doc.sentences) < 2:
            return
        for s0, s1 in zip(doc.sentences, doc.sentences[1:3], strict=False):
            in0 = [m for m in doc.mentions if s0.start <= m.start < s0.end and m.kind in ("person", "organization", "state")]
            if not in0:
                continue
            office = in0[0]
            if office.kind != "person" or OFFICIAL_WHY not in office.why or not office.country \
                    or office.country_inferred or office.start - s0.start > 40:
                return
            in1 = [m for m in doc.mentions if s1.start <= m.start < s1.end]
            name = in1[0] if in1 else None
            if name is None or name.kind != "person" or OFFICIAL_WHY in name.why or name.title or name.country \
                    or name.start - s1.start > 2:
                return
            name.country, name.country_inferred, name.title = office.country, True, office.title
            name.why.append(f"named right after the lead's '{office.text}' ({office.country})")
            i = doc.mentions.index(name)
            for m in doc.mentions:
                if m.antecedent == i and m.country is None:
                    m.country, m.country_inferred = office.country, True
                    m.why.append(f"same person as '{name.text}', the lead's '{office.text}'")
            return

    @staticmethod
    def _appositions(doc: Document) -> None:
        """"Boris Johnson - prime minister at the time", "Abbas, the Palestinian president": an
        office named right after a person, set off by a comma or a dash, is that person."""
        mentions = doc.mentions
        for i, m in enumerate(mentions):
            if m.kind != "person" or OFFICIAL_WHY not in m.why or m.antecedent is not None:
                continue
            j = next((j for j in range(i - 1, -1, -1) if mentions[j].end <= m.start), None)
            if j is None:
                continue
            prev = mentions[j]
            if prev.kind != "person" or OFFICIAL_WHY in prev.why:
                continue
            gap = doc.text[prev.end : m.start]
            # a bare space too: Arabic sets the office right after the name, without a comma
            # ("الشيخ محمد الخالد وزير الداخلية بدولة الكويت")
            if not re.fullmatch(r"\s*(?:[,،\-–—(]\s*(?:\w{1,6}['’]?\s*)?)?", gap):
                continue
            if not gap.strip() and m.country and not m.country_inferred and not any(w.endswith(LINKED_WHY) for w in m.why):
                # a bare space joins an office with no country of its own ("سلمان بن حمد ولي العهد")
                # or one whose country follows it ("... وزير الداخلية بدولة الكويت"); an office with
                # its own nationality word is another person ("استقبل السيسي وزير الدفاع المصري")
                continue
            if m.country and prev.country and m.country != prev.country and not (
                    prev.country_inferred and not m.country_inferred):
                continue  # "Macron, the Turkish president": two people, or a misreading — leave it
            m.antecedent = j if prev.antecedent is None else prev.antecedent
            m.name = mentions[m.antecedent].name
            if m.country and not m.country_inferred and (prev.country is None or prev.country_inferred):
                # the office names the country the person serves: it outranks a guess
                prev.country, prev.country_inferred = m.country, False
                prev.title = prev.title or m.title
                prev.sectors = sorted(set(prev.sectors) | set(m.sectors))
                prev.why.append(f"country from the office '{m.text}' after the name")
            m.country = m.country or prev.country
            m.country_inferred = prev.country_inferred if m.country == prev.country else m.country_inferred
            m.why.append(f"apposition of '{prev.text}'")

    @staticmethod
    def _contrasted(doc: Document, m: Mention, home: str | None, focus: str | None) -> str | None:
        """"الشيخ ناصر بن سعود آل ثاني وزير الداخلية ... مع محمد أيدن وزير الداخلية في الجمهورية
        التركية": the office of a person just named, given without a country, before the same
        office given with one, is the other side's: the report's home country where the default
        reading, the country the report is about, is the qualified office's (a QNA report from
        Ankara). Later bare mentions of the office may point back to the qualified one, so they
        are left alone."""
        if m.kind != "person" or "IGO" in m.sectors or not _STATE_OFFICES & set(m.sectors) or m.antecedent is None:
            return None  # only the office of a person just named: a bare "the president" points back
        office = fold(m.title or m.text)
        named = {x.country for x in doc.mentions if x.kind == "person" and OFFICIAL_WHY in x.why
                 and x.start > m.start and x.country and not x.country_inferred and fold(x.title or x.text) == office}
        if len(named) != 1 or focus not in named or not home or home in named:
            return None  # otherwise the default reading (the country the report is about) stands
        # the home country must be a side the report names, not only where its outlet is
        span = doc.meta.get("_dateline_span") or (0, 0)
        if not any(x.kind in ("state", "place") and x.country == home and not span[0] <= x.start < span[1]
                   for x in doc.mentions):
            return None
        return home

    @staticmethod
    def _office_of_named_body(doc: Document) -> None:
        """"received by Major General Omar Al-Khasawneh, Director of Public Security" after "the
        Public Security Directorate in Amman": an office with no country whose words name a body
        the article gave a country is that body's office (and so is the person it stands for).
        Words are compared by their first five letters, so Director/Directorate and
        مدير/مديرية agree; bodies of two countries that fit leave the office as it was."""
        bodies = [(m.country, _stems(m.text)) for m in doc.mentions
                  if m.kind == "organization" and m.country and not m.country_inferred]
        if not bodies:
            return
        for m in doc.mentions:
            if m.kind != "person" or OFFICIAL_WHY not in m.why or m.country is not None:
                continue
            stems = _stems(m.text)
            if len(stems) < 2:
                continue
            fits = {c for c, b in bodies if len(stems & b) >= 2 and len(stems - b) <= 1}
            if len(fits) != 1:
                continue
            m.country = fits.pop()
            m.country_inferred = True
            m.why.append(f"the office of a body of {m.country} the report names")
            _to_office_holder(doc, m, f"holds the office '{m.text}' of a body of {m.country}")

    @staticmethod
    def _acronym_bodies(doc: Document) -> None:
        """"le ministère de la Défense (MoD) ... Le ministère de la Défense a déclaré": a body with
        no country of its own whose short form, in brackets right behind it, is a body of a stated
        country is that body; and so is every other mention of the same words with no stated
        country, before or after (not the report's country, which only a guess would give it)."""
        mentions = doc.mentions
        named: dict[str, Mention] = {}  # folded words of a body -> the short form that gives its country
        for m, nxt in zip(mentions, mentions[1:], strict=False):
            if m.kind != "organization" or (m.country and not m.country_inferred) or fold(m.text) in named:
                continue
            if nxt.kind == "organization" and nxt.country and not nxt.country_inferred \
                    and re.fullmatch(r"\s*\(\s*", doc.text[m.end : nxt.start]) \
                    and re.match(r"\s*\)", doc.text[nxt.end : nxt.end + 3]) \
                    and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", nxt.text) and sum(c.isupper() for c in nxt.text) >= 2:
                named[fold(m.text)] = nxt
        if not named:
            return
        for m in mentions:
            short = named.get(fold(m.text)) if m.kind == "organization" else None
            if short is None or (m.country and not m.country_inferred):
                continue
            m.country, m.country_inferred = short.country, False
            m.sectors = sorted(set(m.sectors) | set(short.sectors))
            m.why.append(f"the body of '{short.text}' ({short.country}), its short form in brackets")

    def _state_anaphors(self, doc: Document, home: str | None, focus: str | None) -> None:
        """"أدانت المملكة الهجوم": a bare "the Kingdom" (pack roles.state_anaphors: the phrase and the
        states it may stand for) is a state: the report's home country (a Saudi paper's "المملكة" is Saudi
        Arabia wherever the story is), else its focus country, when that is one of them, else the last of
        them named before it (by a state, place, official or body of its own); not where it opens a longer name
        or a country's adjective follows it ("المملكة العربية السعودية", "المملكة البريطانية")."""
        automaton = _state_anaphor_automaton(doc.lang)
        if automaton is None:
            return
        lex = lexicon(doc.lang)
        shadow = doc.shadow()
        taken = bytearray(len(doc.text) + 1)
        for known in doc.mentions:
            taken[known.start : known.end] = b"\x01" * (known.end - known.start)
        # adjectival states by start, to look right behind a hit without scanning them all
        adj_starts = sorted(m.start for m in doc.mentions if m.kind == "state" and m.country and m.adjectival)
        added: list[Mention] = []
        # whole words, or behind a glued proclitic ("للمملكة", "والمملكة")
        for st, en, (allowed, elided), prefix in word_hits(automaton, shadow.text, proclitics=lex.proclitics, glued=True):
            if elided and not prefix.endswith(elided):
                continue  # "لمملكة البحرين" (to a kingdom): ل on a word without the article
            o_st, o_en = shadow.span(st, en)
            if taken.find(1, o_st, o_en) != -1:
                continue
            i = bisect.bisect_right(adj_starts, o_en)
            if i < len(adj_starts) and adj_starts[i] <= o_en + 2 and not doc.text[o_en : adj_starts[i]].strip():
                # "المملكة البريطانية": the adjective right behind names it (not a state joined by
                # a conjunction: "اتفقت المملكة وجمهورية مصر العربية")
                continue
            # named by a state, place, official or body of a stated country ("الوزير السعودي")
            iso = home if home in allowed else focus if focus in allowed else next(
                (m.country for m in reversed(doc.mentions)
                 if m.end <= o_st and m.country in allowed and not m.country_inferred), None)
            if iso is None:
                continue
            added.append(Mention(o_st, o_en, doc.text[o_st:o_en], "state", self.kb.country_name(iso), iso,
                                 actor_id=self.kb.actor_id_for_country(iso), confidence=0.6, source="coref",
                                 why=[f"'{doc.text[o_st:o_en]}' stands for {iso} (roles.yaml state_anaphors)"]))
            taken[o_st:o_en] = b"\x01" * (o_en - o_st)
        if not added:
            return
        old = list(doc.mentions)
        doc.mentions = sorted(old + added, key=lambda m: (m.start, -m.end))
        index = {id(m): i for i, m in enumerate(doc.mentions)}
        for m in old:
            if m.antecedent is not None:
                m.antecedent = index[id(old[m.antecedent])]

    @staticmethod
    def _country_anaphors(doc: Document) -> None:
        """"headed to Estonia where he met the country's Prime Minister, Kaja Kallas": an
        official of "the country" (pack roles.country_anaphors) belongs to the last country named."""
        try:
            phrases = [fold(str(p)) for p in (get_pack(doc.lang).data("roles") or {}).get("country_anaphors", []) or []]
        except KeyError:
            return
        if not phrases:
            return
        states = [m for m in doc.mentions if m.kind in ("state", "place") and m.country]
        for m in doc.mentions:
            if m.kind not in ("person", "organization") or (m.country and not m.country_inferred) or m.source == "kb":
                continue
            lo = max(0, m.start - 60)
            before = fold(doc.text[lo : m.start])
            at = max((before.rfind(p) for p in phrases), default=-1)
            if at < 0:
                continue
            gap = before[at:]
            if len(re.findall(r"\w+", gap)) > 8 or any(c in gap for c in ".;:!?"):
                continue
            anchor = lo + at
            prev = [x for x in states if x.end <= anchor and anchor - x.end <= 300]
            if not prev:
                continue
            m.country = prev[-1].country
            m.country_inferred = True
            m.why.append(f"'the country' is {prev[-1].text}, named just before")

    @staticmethod
    def _group_anaphors(doc: Document) -> None:
        """"Boko Haram ... the group claimed the attack": a bare "the group" (pack
        roles.group_anaphors) with no country of its own is the last armed group named before it,
        within a few paragraphs."""
        try:
            phrases = {fold(str(p)) for p in (get_pack(doc.lang).data("roles") or {}).get("group_anaphors", []) or []}
        except KeyError:
            return
        if not phrases:
            return
        groups = [m for m in doc.mentions if m.kind == "group" and m.source == "kb" and "REBEL" in m.sectors]
        for m in doc.mentions:
            if m.kind != "organization" or m.country or m.source == "kb" or fold(m.name) not in phrases:
                continue
            prev = [g for g in groups if g.end <= m.start and m.start - g.end <= 1500]
            if not prev:
                continue
            g = prev[-1]
            m.kind, m.actor_id, m.name, m.source = g.kind, g.actor_id, g.name, "coref"
            m.country, m.country_inferred = g.country, g.country_inferred
            m.sectors = list(g.sectors)
            m.antecedent = doc.mentions.index(g)
            m.why.append(f"'the group' is {g.text}, the armed group named just before")

    def _local_readings(self, doc: Document, countries: set[str]) -> None:
        """A town name shared by several places means the one in the report's own country
        ("Valence" in a French paper is Valence, Drôme, not Valencia)."""
        prev: Mention | None = None
        for m in doc.mentions:
            # "Atlanta, Georgia", "Paris, Texas": a state's name right after a town of another
            # country, a comma between, is that country's division (a reading among its alts)
            if m.kind == "state" and prev is not None and prev.kind == "place" and prev.country \
                    and prev.country != m.country and doc.text[prev.end : m.start] == ", ":
                alt = self.kb.division_named(m.text, prev.country)
                if alt is not None:
                    m.kind, m.place, m.name, m.country = "place", alt, alt.name, alt.country
                    m.actor_id = None
                    m.why.append(f"the division of {alt.country} after its town '{prev.text}'")
            prev = m
        if not countries:
            return
        for i, m in enumerate(doc.mentions):
            if m.kind == "state" and m.country and m.country not in countries and not m.adjectival \
                    and not _after_own_town(doc, i):
                # "Georgia" in a report about the United States is the state, not the country
                alt = next((p for p in self.kb.divisions_named(m.text) if p.country in countries), None)
                if alt is not None:
                    m.kind, m.place, m.name, m.country = "place", alt, alt.name, alt.country
                    m.actor_id = None
                    m.why.append(f"the division of the report's country ({alt.country}) of that name")
        for m in doc.mentions:
            if m.kind != "place" or not m.alts or m.place is None or m.place.country in countries:
                continue
            for ref in m.alts:
                try:
                    alt = self.kb.place_for_ref(ref)
                except (KeyError, ValueError):
                    continue
                if alt.country in countries:
                    m.place, m.name, m.country = alt, alt.name, alt.country
                    m.why.append(f"the reading in the report's country ({alt.country})")
                    break

    def _dateline(self, doc: Document) -> None:
        """The place a report was filed from ("DOHA, March 4 (QNA) --"): the home country of the
        report, and the place of events the text places nowhere else."""
        from dyad.dateline import find_dateline, press_review

        try:
            dl = find_dateline(doc.text, doc.lang)
        except KeyError:
            return
        if dl is None:
            return
        doc.meta["_dateline_span"] = (dl.start, dl.end)
        if dl.place_start is None or dl.place_end is None:
            return
        review = press_review(doc.text, dl, doc.lang)
        if review:
            doc.meta["_press_review"] = True
        for m in doc.mentions:
            if m.start < dl.place_end and m.end > dl.place_start and m.place is not None:
                doc.meta["dateline_country"] = m.place.country
                if not review:
                    doc.meta["_dateline_place"] = m.place.as_dict(m.text)
                return
            if m.start < dl.place_end and m.end > dl.place_start and m.kind == "state" and m.country:
                doc.meta["dateline_country"] = m.country
                return

    @staticmethod
    def _leaders_bodies(doc: Document) -> None:
        """"The Trump administration", "the Netanyahu government": a body named right after a
        person of a stated country (nothing but a space or a possessive between) is that
        person's, before the report's home or focus country is lent to it. Not a body before a
        name: "مركز الملك سلمان", "حكومة نتنياهو" are read otherwise by the event roles (tried:
        as many Arabic records worse as better)."""
        ms = doc.mentions
        links = {""} | {f"{suffix} " for suffix in _possessive_suffixes(doc.lang)}
        for p, m in zip(ms, ms[1:], strict=False):
            if m.kind != "organization" or m.country is not None or m.source == "kb" or m.start <= p.end:
                continue
            if p.kind == "person" and p.country and not p.country_inferred \
                    and doc.text[p.end : m.start].replace("\u00a0", " ").removeprefix(" ") in links:
                m.country, m.country_inferred = p.country, True
                m.why.append(f"the body of {p.text} ({p.country}), named before it")

    @staticmethod
    def _share_countries(doc: Document) -> None:
        """Every form of one person gets the country that any of its forms states."""
        clusters: dict[int, list[Mention]] = {}
        for i, m in enumerate(doc.mentions):
            if m.kind != "person":
                continue
            root, seen = i, {i}
            while (nxt := doc.mentions[root].antecedent) is not None and nxt not in seen:
                root = nxt
                seen.add(nxt)
            clusters.setdefault(root, []).append(m)
        by_key: dict[str, list[Mention]] = {}
        for root, ms in clusters.items():
            by_key.setdefault(name_key(doc.mentions[root].text).text, []).extend(ms)
        for ms in by_key.values():
            stated = [m.country for m in ms if m.country and not m.country_inferred]
            if not stated:
                continue
            # the most stated country; on a tie the first stated (a set would make it depend on hashing)
            country = max(stated, key=stated.count)
            for m in ms:
                if m.country is None or m.country_inferred:
                    m.country, m.country_inferred = country, False
                    m.why.append("country stated by another mention of the same person")

    def _surname_mentions(self, doc: Document, persons: list[Mention]) -> None:
        """Bare family names after a full mention ("Hammouchi", "Al Maaytah", "الأنصاري")."""
        if not persons:
            return
        try:
            latin = get_pack(doc.lang).script != "Arab"
        except KeyError:
            return
        taken = bytearray(len(doc.text) + 1)  # characters already inside a mention
        # (and inside a date the date stage read: "in May", "May 2017" is the month)
        for a, b in [*((m.start, m.end) for m in doc.mentions), *((d.start, d.end) for d in doc.dates)]:
            taken[a:b] = b"\x01" * (b - a)
        added: list[Mention] = []
        scanned: set[str] = set()
        for p in persons:
            words = p.text.split()
            if len(words) < 2:
                continue
            family = words[-1]
            # "Al Maaytah", "Le Pen": keep the article that is written apart
            if len(words) >= 3 and fold(words[-2]) in ("al", "el", "آل", "le", "la"):
                family = f"{words[-2]} {words[-1]}"
            # a three-letter family name ("May", "Abe") only for a known person, in Latin letters
            # (in Arabic script "عون", Aoun, is also "help"), a word (not a regnal numeral, "III", or
            # an acronym), and not a given name too ("Ali" after "Ben Ali" may be anyone); the
            # given-name list must never hold "May", or Theresa May goes unnamed
            if len(family) < 4 and not (len(family) == 3 and latin and p.source == "kb" and family.isalpha()
                                        and not family.isupper() and fold(family) not in self.kb.given_names):
                continue
            if family in scanned:
                continue  # an earlier person of that family name already took every later bare use
            scanned.add(family)
            if latin and not family[0].isupper():
                continue
            for start in _whole_word_at(doc.text, family, p.end):
                end = start + len(family)
                if taken.find(1, start, end) != -1 or (len(family) < 4 and _name_goes_on(doc.text, end)):
                    continue  # (a short name that is the first word of a longer one: "Fox News")
                new = Mention(start, end, family, "person", p.name, p.country, list(p.sectors),
                              title=p.title, confidence=0.6, source="coref")
                added.append(new)
                taken[start:end] = b"\x01" * (end - start)
        if added:
            doc.mentions = sorted(doc.mentions + added, key=lambda m: (m.start, -m.end))


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised word follows ``end`` with only a space between ("Fox News")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _whole_word_at(text: str, word: str, pos: int) -> Iterator[int]:
    """Where ``word`` stands in ``text`` from ``pos`` on as a whole word (no word character on
    either side, as the regex ``(?<!\\w)word(?!\\w)``): a plain search, where a compiled
    pattern per family name cost a regex compilation for each."""
    n, at = len(word), text.find(word, pos)
    while at != -1:
        before = text[at - 1] if at > 0 else " "
        after = text[at + n] if at + n < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            yield at
        at = text.find(word, at + 1)


# --- across documents -------------------------------------------------------------


def filed_name(name: str) -> str | None:
    """A known person's name as filed for matching across reports: without the honorifics
    before it ("Mr Swinney" would make "Mr" a given name that "Marc" begins with), and only when
    two words or more remain; else None."""
    honorifics = _every_pack_words("honorifics")
    words = name.split()
    while k := next((k for k in (3, 2, 1) if len(words) > k and fold(" ".join(words[:k])) in honorifics), 0):
        words = words[k:]
    return " ".join(words) if len(words) >= 2 else None


def name_script(name: str) -> str:
    """"Arab" or "Latn": the script most of a name's letters are written in."""
    share = script_share(name)
    return "Arab" if share["arabic"] > share["latin"] else "Latn"


# the consonants two names of different scripts must have at least to be matched by skeleton
CROSS_SCRIPT_LETTERS = 5


class ActorRegistry:
    """Persons already known to a store, indexed by family-name skeleton (for cross-document merging)."""

    def __init__(self) -> None:
        # (actor id, key, country, the name's script or None, the scripts the person is known in)
        self.by_family: dict[str, list[tuple[str, NameKey, str | None, str | None, frozenset[str]]]] = {}

    @classmethod
    def from_rows(cls, rows: list[tuple[str, str, str | None]]) -> ActorRegistry:
        reg = cls()
        for actor_id, name, country in rows:
            reg.add(actor_id, name_key(name), country)
        return reg

    @staticmethod
    def _filed_under(key: NameKey) -> list[str]:
        """The names a person is filed and looked up under: the family name, and each middle name,
        which may be the family name another report stops at ("Javier Morales Ruiz", "خافيير
        موراليس")."""
        return [f for f in dict.fromkeys((key.family, *key.all[1:-1])) if f]

    def add(self, actor_id: str, key: NameKey, country: str | None,
            script: str | None = None, scripts: frozenset[str] = frozenset()) -> None:
        """File a person's name; ``script`` and ``scripts`` (the name's script and all the scripts
        the person has names in, for a knowledge-base person) keep a name from matching spellings
        in another script when the person has a name of their own in that one."""
        for family in self._filed_under(key):
            self.by_family.setdefault(family, []).append((actor_id, key, country, script, scripts))

    def find(self, key: NameKey, country: str | None, script: str | None = None) -> tuple[str, str] | None:
        # one person is filed under each of their names: every name is tried, not only the
        # first met (which one that is must not decide the answer)
        seen: set[tuple[str, NameKey, tuple[str | None, ...]]] = set()
        candidates = [c for family in self._filed_under(key) for c in self.by_family.get(family, [])]
        letters = len("".join(key.all))
        for actor_id, other, other_country, other_script, known_in in candidates:
            if (actor_id, other, other.tails) in seen:
                continue
            seen.add((actor_id, other, other.tails))
            if script and other_script and other_script != script and script in known_in and (
                    min(letters, len("".join(other.all))) < CROSS_SCRIPT_LETTERS or key.all != other.all):
                # a short skeleton says little across scripts ("تشاووش أوغلو" and "Tessa Jowell"
                # share one), and a skeleton drops what tells names apart ("محمد علي العمري" is not
                # "Mohammad Omar"): a person with a name in the mention's script is matched by that
                # name, or across scripts by the whole skeleton
                continue
            if country and other_country and country != other_country:
                continue
            ok, why = compatible(key, other)
            # the given names must agree when both are known: four Al Thanis are four people
            if ok and key.given and other.given:
                return actor_id, why
        return None


def link_actors(doc: Document, registry: ActorRegistry) -> dict[str, str]:
    """Map this document's provisional person ids onto persons the store already knows.

    Returns the remapping applied (old id -> known id) and records why on each mention.
    """
    remap: dict[str, str] = {}
    for m in doc.mentions:
        if m.kind != "person" or not m.actor_id or m.source == "kb" or m.antecedent is not None:
            continue
        if m.actor_id.startswith("official:"):
            continue  # "the foreign minister" is an office, not a name to match across reports
        key = name_key(m.text)
        # an inferred country (home or focus of the report) must not keep a person apart from
        # the same name stated with its own country elsewhere
        found = registry.find(key, None if m.country_inferred else m.country, name_script(m.text))
        if found and found[0] != m.actor_id:
            remap[m.actor_id] = found[0]
            m.why.append(f"merged with known actor {found[0]}: {found[1]}")
        elif not found:
            registry.add(m.actor_id, key, m.country)
    if remap:
        for m in doc.mentions:
            if m.actor_id in remap:
                m.actor_id = remap[m.actor_id]
        for r in doc.events:
            for side in [r.get("actor"), r.get("recipient"), *(r.get("participants") or [])]:
                if side and side.get("actor_id") in remap:
                    side["actor_id"] = remap[side["actor_id"]]
    return remap
