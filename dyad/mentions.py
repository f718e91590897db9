"""Mention detection: who and where a text names.

Three sources of mentions, all matched on the folded shadow string and mapped back to
original offsets:

1. the gazetteer: every surface form of the knowledge base for the document's language
   (countries, demonyms, places, agencies, known persons) in one Aho-Corasick automaton;
2. cue words of the language pack (``actors.yaml``): honorifics, titles and ranks mark a
   person name that follows them (or stands beside them with a comma), and body heads
   ("interior ministry", "وزارة الداخلية") combined with a country make a body;
3. name grammar: Latin-script capitalised sequences joined by name particles (bin, ben,
   Al-) are persons even without a cue.

Titles attach to the person they describe and give it a country and sectors.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import ahocorasick
from rapidfuzz import fuzz

from dyad.doc import Document, Mention
from dyad.kb import KB, Place, SurfaceForm
from dyad.lang import get_pack, pack_cached
from dyad.romanise import romanised
from dyad.text import Shadow, fold, word_hits

# an apostrophe joins a word ("O'Brien", "l’État") except a possessive "'s" at its end
_TOKEN = re.compile(r"[^\W\d_](?:[\w]|-(?=\w)|['’](?=\w)(?!s\b))*|\d+|[^\w\s]", re.UNICODE)


@dataclass(slots=True)
class Cue:
    kind: str  # "honorific" | "title" | "body_head"
    text: str
    sectors: tuple[str, ...] = ()
    rank: bool = False
    country: str = ""  # an office of one country ("Home Secretary", "garde des Sceaux")
    # actors.yaml `generic: true`: a body head that names a body only with a country beside it,
    # though its sectors are its own ("الطائرات الإسرائيلية" are Israel's forces, "الطائرات" nobody)
    generic: bool = False
    # actors.yaml `cased: true`: a form that names the body only as written (en "House", the
    # chamber; "house" is a home)
    cased: bool = False
    # actors.yaml `id`: the body's own actor id, the same in every pack and in the KB ("org:HOUTHIS"),
    # where its country and sectors would give one id to two sides (the Houthis and the resistance
    # fighting them are both Yemeni armed rebels)
    actor_id: str = ""


@dataclass(slots=True)
class Hit:
    start: int  # original offsets
    end: int
    kind: str  # country | demonym | place | agency | person | honorific | title | body_head
    ref: str
    text: str
    sectors: tuple[str, ...] = ()
    rank: bool = False
    alts: tuple[str, ...] = ()
    generic: bool = False
    actor_id: str = ""  # a body head's own id (Cue.actor_id)


NOT_A_PLACE = "<not a place>"  # the lexicon's value of a places.yaml not_place_phrases entry


@dataclass
class Lexicon:
    """Everything the detector needs for one language, built once and cached."""

    lang: str
    automaton: Any
    proclitics: tuple[str, ...]
    particles: frozenset[str]
    not_names: frozenset[str]
    stopwords: frozenset[str]
    arabic_script: bool
    possessive: tuple[str, ...] = ("'s",)
    of_words: frozenset[str] = field(default_factory=frozenset)
    locatives: tuple[str, ...] = ()
    locative_prefixes: tuple[str, ...] = ()  # places.yaml: "ب" in "بعمان"
    homograph_city_cues: frozenset[str] = frozenset()  # places.yaml: "في" in "في عمان"
    # places.yaml name_heads: "pacte de", "accords de": a place right after one is part of a name
    name_heads: tuple[str, ...] = ()
    # places.yaml street_heads: "place du", "rue de": a country or place right after one names a
    # street or a square ("place du Luxembourg" in Brussels), neither a place nor a side
    street_heads: tuple[str, ...] = ()
    non_name_prefixes: tuple[str, ...] = ()
    adjective_first: bool = True  # pack.yaml adjective_position: before|after
    # pack.yaml function_words: a name particle that is also one ("de", "du", "des") is a
    # preposition right after a title ("député de Seine-Maritime"), not the start of a name
    function_words: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml title_modifiers: adjectives that extend a title they follow ("الرئيس السابق",
    # "le président sortant") instead of starting the name
    title_modifiers: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml title_country_links: what joins an office to the country it serves when the
    # country follows ("وزير الداخلية بدولة الكويت", "the interior minister of Kuwait")
    title_country_links: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml title_country_genitive: an office joins the country named right after it with
    # nothing between (a genitive: "رئيس بنين"), a country's name only, not a demonym
    title_country_genitive: bool = False
    # actors.yaml definite_title_prefixes / genitive_links: an office whose last word carries one
    # of these prefixes is already definite and takes no genitive after it ("وزير الدفاع جمهورية
    # مصر": the minister and a second object): no country joins it with no link or a genitive link
    definite_title_prefixes: tuple[str, ...] = ()
    genitive_links: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml body_country_links: what joins a body to the country named after it ("ministry
    # of the interior of Qatar", "ministère de la défense de la Russie", "وزارة الداخلية لقطر")
    body_country_links: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml body_place_links: what joins a body to a town or region of its own named right
    # after it ("the authorities of Kirkuk", "les autorités du Kurdistan irakien"); a place with
    # nothing between (an Arabic genitive: "سلطات إقليم كردستان") needs no link
    body_place_links: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml destination_words / posting_words: a country after them is where an official
    # is sent ("ambassador to Jordan"; "in" only for diplomats), not the official's country
    destination_words: frozenset[str] = field(default_factory=frozenset)
    posting_words: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml affiliation_words: "gunmen loyal to the Houthis", "مسلحون تابعون للحوثيين": a body
    # without a country takes the country of the known body it is affiliated with
    affiliation_words: frozenset[str] = field(default_factory=frozenset)
    # pack.yaml article_elision: the forms added for names read after ل ("لحكومة"), each with the
    # form it stands for ("الحكومة"): a body named by its head alone is named with its article
    elided: dict[str, tuple[str, str]] = field(default_factory=dict)
    # roles.yaml relatives: "who", "qui", "الذي" end the clause of a title after a name
    relatives: frozenset[str] = field(default_factory=frozenset)
    # roles.yaml articles: "the head of ...", "a former adviser" open a title after a name
    articles: frozenset[str] = field(default_factory=frozenset)
    # roles.yaml speech_verbs: "X said", "X a déclaré": capitalised words right before one are a name
    speech_verbs: tuple[tuple[str, ...], ...] = ()
    # roles.yaml name_verbs: acts only people and bodies do ("Karen Monahan accused", "Conor Murphy
    # urged"): capitalised words right before one are a name too, but for the tail of a longer
    # capitalised name a body cue reads ("The Trades Union Congress welcomed")
    name_verbs: tuple[tuple[str, ...], ...] = ()
    # roles.yaml counterparts: "نظيره", "son homologue" is another person's title: after a first
    # official's title it opens a second mention ("استقبل وزير الداخلية الأردني نظيره القطري")
    counterparts: frozenset[str] = field(default_factory=frozenset)
    # roles.yaml object_prefixes: "استقبال الرئيس المصري لولي العهد": a title glued to one, after
    # a title of another person, opens that other person (the object of the verbal noun)
    object_prefixes: tuple[str, ...] = ()
    # actors.yaml given_name_countries: country names that are also first names ("Dominique",
    # "Maurice"): right before a capitalised word no lexicon entry covers they start a person's name
    given_name_countries: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml descent_before / descent_after: words that make a nationality next to them
    # someone's descent ("d'origine marocaine", "of Pakistani origin", "من أصل مغربي"), no side
    descent_before: tuple[str, ...] = ()
    descent_after: tuple[str, ...] = ()
    # dates.yaml months and weekdays, folded: "Chad Tuesday" is no person
    date_words: frozenset[str] = field(default_factory=frozenset)
    # actors.yaml name_tags: a tag right after a person's name that tells the person's country
    # (a US legislator's party and state: "Jane Doe (D-Ill.)"), each a pattern and its country
    name_tags: tuple[tuple[re.Pattern[str], str], ...] = ()
    # names.yaml given_names, folded: in a script without capitals they tell a namesake ("جورج
    # شولتس") from a known person's bare family name
    given_names: frozenset[str] = frozenset()
    given_names_written: frozenset[str] = frozenset()


def _cue_entries(lang: str) -> Iterable[Cue]:
    data = get_pack(lang).data("actors") or {}
    for h in data.get("honorifics", []) or []:
        yield Cue("honorific", str(h))
    for group, kind in (("titles", "title"), ("body_heads", "body_head")):
        for entry in data.get(group, []) or []:
            if isinstance(entry, str):
                yield Cue(kind, entry)
                continue
            sectors = tuple(entry.get("sectors", []) or [])
            for form in entry.get("forms", []) or []:
                yield Cue(kind, str(form), sectors, bool(entry.get("rank")), str(entry.get("country") or ""),
                          bool(entry.get("generic")), bool(entry.get("cased")), str(entry.get("id") or ""))


def article_elision(pack: Any) -> dict[str, str]:
    """pack.yaml article_elision, folded: each article and what is left of it after ل ("ال" -> "ل":
    "للعراق" is ل + العراق with the article's alif dropped)."""
    return {fold(str(a)): fold(str(b)) for a, b in ((pack.data("pack") or {}).get("article_elision") or {}).items()}


def elided_forms(form: str, elision: dict[str, str]) -> list[tuple[str, str, str]]:
    """The shapes a folded ``form`` opening with an article of ``elision`` takes after the
    preposition that drops its alif ("العراق" -> "لعراق", read in "للعراق"), each with that
    preposition and the article; none for a form without one, or too short to be a name after it."""
    return [(b + form[len(a):], b, a) for a, b in elision.items() if form.startswith(a) and len(form) > len(a) + 2]


@pack_cached(8)
def lexicon(lang: str) -> Lexicon:
    pack = get_pack(lang)
    kb = KB.default()
    automaton = ahocorasick.Automaton()
    table: dict[str, list[Any]] = {}

    def add(key: str, value: Any) -> None:
        key = fold(key).strip()
        if len(key) < 2:
            return
        table.setdefault(key, []).append(value)

    for sf in kb.surface_forms(lang):
        add(sf.text, sf)
    for cue in _cue_entries(lang):
        add(cue.text, cue)
        # "Dr." and "Dr" alike
        if cue.text.endswith("."):
            add(cue.text[:-1], cue)
    # places.yaml not_place_phrases: "دعم مالي" (financial support) holds a country's name that
    # names none there; the longer hit covers the name and reads as nothing
    for phrase in (pack.data("places") or {}).get("not_place_phrases") or []:
        add(str(phrase), NOT_A_PLACE)
    elision = article_elision(pack)
    elided: dict[str, tuple[str, str]] = {}
    # "للعراق" is ل + العراق with the article's alif dropped: the name is found after ل too
    for key in list(table):
        for shape, b, a in elided_forms(key, elision):
            if shape not in table:
                elided[shape] = (b, a)
                table[shape] = table[key]
    for key, values in table.items():
        automaton.add_word(key, (key, values))
    automaton.make_automaton()
    actors = pack.data("actors") or {}
    roles = pack.data("roles") or {}
    stop = pack.data("stopwords") or {}

    def phrases(key: str) -> frozenset[str]:
        # folded word sequences, one space between words ("auprès de" -> "aupres de")
        return frozenset(" ".join(re.findall(r"[\w']+", fold(str(w)))) for w in (actors.get(key) or []))

    particles = frozenset(fold(p).strip("-") for p in actors.get("name_particles", []) or [])
    given = [str(w) for w in (pack.data("names") or {}).get("given_names") or []]
    return Lexicon(
        lang=lang,
        automaton=automaton,
        proclitics=tuple(pack.proclitics),
        particles=particles,
        not_names=frozenset(fold(w) for w in (actors.get("not_names", []) or [])),
        stopwords=frozenset(fold(w) for w in (
            [*stop.get("words", []), *stop.get("office_words", [])] if isinstance(stop, dict) else stop or [])),
        arabic_script=pack.script == "Arab",
        possessive=tuple(stop.get("possessive", ["'s"])) if isinstance(stop, dict) else ("'s",),
        of_words=frozenset(fold(w) for w in (stop.get("of_words", []) if isinstance(stop, dict) else [])),
        locatives=tuple(fold(str(w)) for w in ((pack.data("places") or {}).get("locatives") or [])),
        locative_prefixes=tuple(str(w) for w in ((pack.data("places") or {}).get("locative_prefixes") or [])),
        homograph_city_cues=frozenset(fold(str(w)) for w in ((pack.data("places") or {}).get("homograph_city_cues") or [])),
        name_heads=tuple(fold(str(w)) for w in ((pack.data("places") or {}).get("name_heads") or [])),
        street_heads=tuple(fold(str(w)) for w in ((pack.data("places") or {}).get("street_heads") or [])),
        non_name_prefixes=tuple(fold(str(w)) for w in (stop.get("non_name_prefixes", []) if isinstance(stop, dict) else [])),
        adjective_first=str((pack.data("pack") or {}).get("adjective_position", "before")) == "before",
        function_words=frozenset(fold(w) for w in pack.function_words),
        title_modifiers=frozenset(fold(str(w)) for w in (actors.get("title_modifiers", []) or [])),
        title_country_links=frozenset(fold(str(w)) for w in (actors.get("title_country_links", []) or [])),
        title_country_genitive=bool(actors.get("title_country_genitive", False)),
        definite_title_prefixes=tuple(fold(str(w)) for w in (actors.get("definite_title_prefixes", []) or [])),
        genitive_links=frozenset(fold(str(w)) for w in (actors.get("genitive_links", []) or [])),
        body_country_links=frozenset(fold(str(w)).strip() for w in (actors.get("body_country_links", []) or [])),
        body_place_links=frozenset(fold(str(w)).strip() for w in (actors.get("body_place_links", []) or [])),
        speech_verbs=tuple(tuple(fold(str(w)).split()) for w in (roles.get("speech_verbs") or [])),
        name_verbs=tuple(tuple(fold(str(w)).split()) for w in (roles.get("name_verbs") or [])),
        articles=frozenset(fold(str(w)) for w in (roles.get("articles") or [])),
        relatives=frozenset(fold(str(w)) for w in (roles.get("relatives") or [])),
        counterparts=frozenset(fold(str(w)) for w in (roles.get("counterparts") or [])),
        object_prefixes=tuple(fold(str(w)) for w in (roles.get("object_prefixes") or [])),
        given_name_countries=frozenset(fold(str(w)) for w in (actors.get("given_name_countries") or [])),
        descent_before=tuple(" ".join(fold(str(w)).split()) for w in (actors.get("descent_before") or [])),
        descent_after=tuple(" ".join(fold(str(w)).split()) for w in (actors.get("descent_after") or [])),
        date_words=_calendar_words(lang),
        name_tags=tuple((re.compile(str(t["pattern"])), str(t["country"]))
                        for t in (actors.get("name_tags") or []) if isinstance(t, dict)),
        destination_words=phrases("destination_words"),
        posting_words=phrases("posting_words"),
        affiliation_words=phrases("affiliation_words"),
        elided=elided,
        given_names=frozenset(fold(w) for w in given),
        given_names_written=frozenset(given),
    )



def gazetteer_hits(text: str, shadow: Shadow, lex: Lexicon) -> list[Hit]:
    """Longest non-overlapping lexicon hits, with word boundaries (and Arabic proclitics)."""
    s = shadow.text
    found: list[tuple[int, int, list[Any]]] = []
    for start, end, values, prefix in word_hits(lex.automaton, s, proclitics=lex.proclitics,
                                                         glued=lex.arabic_script):
        pair = lex.elided.get(s[start:end])
        if pair is not None and not prefix.endswith(pair[0]):
            # the elided shape only right after the preposition ("للتنظيم"): alone it is ل on a
            # word without the article ("لتنظيم", to organise; "لرئيس الوزراء"), which the bare
            # forms of the lexicon cover where they should ("تنظيم" is left out on purpose), and
            # "سلمان" is no "س" + "لمان"
            continue
        if prefix.endswith("ال") or prefix.endswith("لل"):
            # the article makes a name an adjective: المالي is "the financial", not Mali; and a
            # person's name never takes it: "النفق المؤدي" is the tunnel leading to ..., not Modi
            # (names written with their article, "الحوثي", carry it in the form itself)
            values = [v for v in values if not (isinstance(v, SurfaceForm) and v.kind in ("country", "place", "person"))]
            if not values:
                continue
        found.append((start, end, values))
    # longest first, then leftmost; drop overlaps
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
    taken = bytearray(len(s) + 1)  # shadow positions already covered by a longer hit
    hits: list[Hit] = []
    for start, end, values in found:
        if taken.find(1, start, end) != -1:
            continue
        o_start, o_end = shadow.span(start, end)
        original = text[o_start:o_end]
        if NOT_A_PLACE in values:
            taken[start:end] = b"\x01" * (end - start)
            continue
        hit = _choose(values, original, lex)
        if hit is None:
            continue
        hit.start, hit.end, hit.text = o_start, o_end, original
        taken[start:end] = b"\x01" * (end - start)
        hits.append(hit)
    hits.sort(key=lambda h: h.start)
    return hits


def _first_names(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """Hits without the country names that start a person's name: "Dominique Sabrier", "Maurice
    Kamto" (a first name that is also a country's name, right before a capitalised word that no
    other hit covers). The country stays before a month or weekday ("Sudan accused Chad Tuesday")
    and in title case ("Sudan and Chad Sign Peace Deal": the word after the next is capitalised
    too); not after a preposition: in the dev corpus "de Dominique Sabrier", "à Jordan Bardella",
    "de Maurice Audin" (20 times) outnumber "le président de Maurice <name>"."""
    out: list[Hit] = []
    for i, h in enumerate(hits):
        if h.kind == "country" and fold(h.text) in lex.given_name_countries:
            nxt = re.match(r" ([^\W\d_][\w'-]*)(\W+([^\W\d_]))?", text[h.end : h.end + 80])
            if nxt is not None and nxt.group(1)[:1].isupper() and fold(nxt.group(1)) not in lex.stopwords \
                    and fold(nxt.group(1)) not in lex.date_words \
                    and not (nxt.group(3) and nxt.group(3).isupper()) \
                    and not (i + 1 < len(hits) and hits[i + 1].start == h.end + 1):
                continue
        out.append(h)
    return out


def _without_descent(text: str, hits: list[Hit], lex: Lexicon) -> list[Hit]:
    """The hits less the countries and nationalities named as someone's descent ("un Français
    d'origine marocaine", "a Briton of Pakistani origin", "Pakistani-born", "مواطن من أصل مغربي"):
    where a family came from makes the person no side of that state; the nationality they hold,
    if the text names it, is a hit of its own."""
    out: list[Hit] = []
    for h in hits:
        if h.kind in ("country", "demonym"):
            before = " " + " ".join(fold(text[max(0, h.start - 40) : h.start]).split())
            after = " ".join(fold(text[h.end : h.end + 30]).split())
            glued = fold(text[h.end : h.end + 12])
            if any(before.endswith(" " + p) for p in lex.descent_before) \
                    or any(re.match(re.escape(p) + r"(?!\w)", after) or (p[:1] == "-" and re.match(re.escape(p) + r"(?!\w)", glued))
                           for p in lex.descent_after):
                continue
        out.append(h)
    return out


def _choose(values: list[Any], original: str, lex: Lexicon) -> Hit | None:
    """Pick the reading of a hit that the original spelling allows."""
    latin_proper = not lex.arabic_script and original[:1].isupper()
    for v in values:
        if isinstance(v, SurfaceForm):
            if v.case_sensitive and original.replace(".", "") != v.text.replace(".", ""):
                continue
            # names of places, countries, agencies and persons are capitalised in Latin script
            if not lex.arabic_script and v.kind != "demonym" and original[:1].isalpha() \
                    and not _case_fits(v.text, original, latin_proper, lex.articles):
                continue
            # a demonym its pack writes with a capital ("Pole", "Polish") is one only so written:
            # "a barge pole", "polish the text"; packs that write them in lower case ("polonais")
            # take either
            if not lex.arabic_script and v.kind == "demonym" and v.text[:1].isupper() and original[:1].islower():
                continue
            return Hit(0, 0, v.kind, v.ref, original, alts=v.alts)
        if isinstance(v, Cue):
            bare = v.text.replace(".", "")
            if len(bare) >= 2 and bare.isupper() and original.replace(".", "") != bare:
                continue  # "HE" (His Excellency) is not "he", "HRH" not "hrh"
            if v.cased and not _as_written(original, v.text):
                continue  # "the house" is a home, "the House" the chamber
            return Hit(0, 0, v.kind, v.country, original, sectors=v.sectors, rank=v.rank, generic=v.generic,
                       actor_id=v.actor_id)
    return None


def _as_written(original: str, form: str) -> bool:
    """Whether ``original`` is the cased ``form`` as written: the same letters in the same case,
    but for the apostrophe (’ or ') and a first letter the form writes in lower case, which a
    sentence may open with a capital ("L'Intérieur a compté ..." for the form "l'Intérieur")."""
    original = original.replace("\u2019", "'")
    form = form.replace("\u2019", "'")
    return original == form or (form[:1].islower() and original == form[:1].upper() + form[1:])


def _another_person(toks: list[tuple[int, int, str]], j: int, h: Hit, demonym: Hit, hit_at: dict[int, Hit],
                    lex: Lexicon) -> bool:
    """A title right after a title closed by a nationality ("الرئيس المصري ...") is another
    person's when it carries the object prefix ("لولي العهد", "لصاحب السمو") or is closed by
    another nationality ("ولي العهد السعودي"); "ولي العهد السعودي وزير الدفاع" (two posts of
    one man) stays one."""
    glued = fold(toks[j][2][: max(0, h.start - toks[j][0])])
    if glued and glued in lex.object_prefixes:
        return True
    if h.kind != "title":
        return False
    k = _skip_to(toks, j, h.end)
    for _step in range(3):
        if k >= len(toks):
            return False
        nxt = hit_at.get(toks[k][0])
        if nxt is None:
            return False
        if nxt.kind == "demonym":
            return nxt.ref != demonym.ref
        if nxt.kind != "title":
            return False
        k = _skip_to(toks, k, nxt.end)
    return False


def _case_fits(form: str, original: str, capitalised: bool, articles: frozenset[str]) -> bool:
    """Names of places, countries, agencies and persons are capitalised in Latin script: a hit
    starts with a capital, and the words its form capitalises after the first are capitals
    too ("La réunion a eu lieu" is a meeting, not La Réunion). A lower-case start may be an
    article of the pack (roles.yaml articles: "la Réunion", "le Caire", "l'île de la
    Réunion"), then the form's later capitals must be there ("la réunion" is a meeting; "sud
    du Liban" stays the country's name inside a phrase)."""
    words, seen = form.split(), original.split()
    if len(words) != len(seen):
        return capitalised
    later = [(w, o) for w, o in zip(words[1:], seen[1:], strict=True) if w[:1].isupper()]
    if any(not o[:1].isupper() for _w, o in later):
        return False
    if capitalised:
        return True
    first = fold(seen[0])
    elided = first[: first.find("'") + 1] if "'" in first else ""
    return bool(later) and (first in articles or elided in articles)


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


class MentionDetector:
    """Pipeline component: fills ``doc.mentions`` (persons, bodies, states, places)."""

    name = "mentions"

    def __init__(self, kb: KB | None = None):
        self.kb = kb or KB.default()

    def __call__(self, doc: Document) -> None:
        try:
            lex = lexicon(doc.lang)
        except KeyError:
            return
        shadow = doc.shadow()
        hits = gazetteer_hits(doc.text, shadow, lex)
        if lex.given_name_countries:
            hits = _first_names(doc.text, hits, lex)
        if lex.descent_before or lex.descent_after:
            hits = _without_descent(doc.text, hits, lex)
        starts = [h.start for h in hits]  # hits are sorted by start
        doc._hits = (hits, starts)  # type: ignore[attr-defined]  # read by _window_hits during this call
        mentions: list[Mention] = []
        for sent in doc.sentences:
            lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
            sent_hits = [h for h in hits[lo:hi] if h.end <= sent.end]
            mentions.extend(self._sentence(doc, sent.start, sent.end, sent_hits, lex))
        mentions.sort(key=lambda m: (m.start, -m.end))
        self._known_persons(mentions, hits, lex)
        doc.mentions = _absorb_modifiers(doc.text, _dedupe(mentions))
        if lex.name_tags:
            _tagged_persons(doc.text, doc.mentions, lex)
        del doc._hits  # type: ignore[attr-defined]

    def _known_persons(self, mentions: list[Mention], hits: list[Hit], lex: Lexicon) -> None:
        """A name found by its title or grammar that holds a known person's name is that person
        ("President Donald Trump", "le président Emmanuel Macron")."""
        known = [h for h in hits if h.kind == "person"]
        if not known:
            return
        for m in mentions:
            if m.kind != "person" or m.source == "kb":
                continue
            h = next((k for k in known if k.start < m.end and k.end > m.start), None)
            p = self.kb.persons.get(h.ref) if h is not None else None
            if p is None or (h is not None and h.start > m.start and _given_names_differ(m.text[: h.start - m.start], h.text, p, lex)):
                continue  # "Scotland's first minister Jack McConnell" is not Mitch McConnell
            m.actor_id, m.name, m.source = p.actor_id, p.name, "kb"
            if p.country:
                m.country, m.country_inferred = p.country, False
            m.sectors = sorted(set(m.sectors) | set(p.sectors))
            m.title = m.title or (p.titles[0] if p.titles else None)
            m.confidence = max(m.confidence, 0.85)
            m.why.append(f"known person {p.actor_id}")

    def _agency_reading(self, h: Hit, hits: list[Hit]) -> str:
        """The body a name shared by bodies of several countries stands for: the one whose
        country the sentence names ("حزب العدالة والتنمية" in Istanbul is Turkey's AKP, in Rabat
        Morocco's PJD); else the first reading."""
        if not h.alts:
            return h.ref
        named: set[str] = set()
        for o in hits:
            if o.kind in ("country", "demonym"):
                named.add(o.ref)
            elif o.kind == "place":
                try:
                    named.add(self.kb.place_for_ref(o.ref).country or "")
                except (KeyError, ValueError):
                    continue
        for ref in (h.ref, *h.alts):
            ag = self.kb.agencies.get(ref)
            if ag is not None and ag.country in named:
                return ref
        return h.ref

    # -- per sentence ---------------------------------------------------------------

    def _sentence(self, doc: Document, s_start: int, s_end: int, hits: list[Hit], lex: Lexicon) -> list[Mention]:
        text = doc.text
        toks = tokens(text, s_start, s_end)
        toks_all = toks
        out: list[Mention] = []
        used: list[tuple[int, int]] = []
        hit_at: dict[int, Hit] = {h.start: h for h in hits}
        starts = {t[0] for t in toks}
        for h in hits:
            # a hit behind a glued proclitic ("ووزير الداخلية"), a hyphenated prefix ("Ex-Labour
            # MP") or an elided one-letter article ("l'ambassadeur", "l’élu") starts inside its
            # token: index it at the token's start too, so that title chains and names see it
            if h.start not in starts and (lex.arabic_script or text[h.start - 1 : h.start] in ("-", "'", "’")):
                tok = next((t for t in toks if t[0] < h.start < t[1]), None)
                if tok is not None and tok[0] not in hit_at and (
                        text[h.start - 1] == "-" or lex.arabic_script or h.start - tok[0] == 2):
                    hit_at[tok[0]] = h

        # 1. persons after cue chains (honorifics, titles, ranks)
        i = 0
        while i < len(toks):
            first = hit_at.get(toks[i][0])
            if first is None or first.kind not in ("honorific", "title"):
                i += 1  # a chain can only start at a cue word
                continue
            chain, j = self._cue_chain(toks, i, hit_at, lex)
            if not chain:
                i += 1
                continue
            person = self._name_after(doc, toks, j, hit_at, lex, chain)
            if person is None:
                # "le ministre libyen de l'Intérieur, Salem Bouzid": the title phrase runs on to a comma
                comma = next((k for k in range(j, min(j + 7, len(toks))) if toks[k][2] in (",", "،")), None)
                if comma is not None and not any(t[2] in (".", ";") for t in toks[j:comma]) \
                        and not _apposition_of(text, chain[0].start, used):
                    person = self._name_after(doc, toks, comma + 1, hit_at, lex, chain)
            if not lex.arabic_script:
                body = _acronym_body(doc, toks, j, hit_at, lex, chain)
                if body is not None and (person is None or body.end <= person.start or body.start >= person.end):
                    out.append(body)
            if person is None:
                person = self._unnamed_official(doc, chain)
            if person is not None:
                out.append(person)
                used.append((chain[0].start, person.end))
                i = next((k for k, t in enumerate(toks) if t[0] >= person.end), len(toks))
            else:
                i = j if j > i else i + 1

        # 2. persons from name grammar (Latin script): capitalised runs with particles,
        #    or beside a title with a comma ("Abdellatif Hammouchi, Director General")
        if not lex.arabic_script:
            for person in self._capitalised_names(doc, toks, hit_at, lex, used):
                out.append(person)
                used.append((person.start, person.end))

        # 3. bodies: a body head with a country beside it, and gazetteer entities
        for h in hits:
            if any(h.start < e and h.end > b for b, e in used):
                continue
            if h.kind == "body_head":
                body = self._body(doc, h, hits, lex)
                if body is not None:
                    out.append(body)
            elif h.kind == "agency":
                ref = self._agency_reading(h, hits)
                ag = self.kb.agencies.get(ref)
                country = ag.country if ag else None
                end, actor_id = h.end, ref
                if country is None:
                    # "Croissant-Rouge koweïtien", "the Kuwaiti Red Crescent": a national branch
                    adj = next((o for o in hits if o.kind == "demonym" and (0 <= o.start - h.end <= 1 or 0 <= h.start - o.end <= 1)), None)
                    if adj is not None:
                        country, actor_id = adj.ref, f"{ref}-{adj.ref}"
                        end = max(end, adj.end)
                out.append(Mention(min(h.start, end), end, text[h.start:end], _kind(ag.kind if ag else "organization"),
                                   ag.name if ag else h.text, country,
                                   list(ag.sectors) if ag else [], actor_id=actor_id, confidence=0.9, source="kb"))
            elif h.kind == "person":
                p = self.kb.persons.get(h.ref)
                given = _other_given_name(text, h, p, hit_at, lex) if p is not None else None
                if given is not None:
                    # "Jack McConnell" is not Mitch McConnell: a person the KB does not know
                    out.append(Mention(given, h.end, text[given : h.end], "person", text[given : h.end], None,
                                       confidence=0.5, source="name",
                                       why=["a given name the known person of that surname does not have"]))
                    continue
                if p is not None:
                    out.append(Mention(h.start, h.end, h.text, "person", p.name, p.country, list(p.sectors),
                                       title=p.titles[0] if p.titles else None, actor_id=p.actor_id,
                                       confidence=0.9, source="kb"))
            elif h.kind in ("country", "demonym"):
                iso = h.ref
                if h.kind == "country" and _named_after(text, h, lex.street_heads):
                    continue
                if h.alts and lex.arabic_script and (_prefers_place(text, h, lex) or self._alt_country_named(h, hits)):
                    place = self.kb.place_for_ref(h.alts[0])
                    out.append(Mention(h.start, h.end, h.text, "place", place.name, place.country, place=place,
                                       confidence=0.6, source="gazetteer", why=[HOMOGRAPH_CITY_WHY]))
                    continue
                out.append(Mention(h.start, h.end, h.text, "state", self.kb.country_name(iso), iso,
                                   actor_id=self.kb.actor_id_for_country(iso), confidence=0.85 if h.kind == "country" else 0.7,
                                   source="gazetteer", adjectival=h.kind == "demonym"))
            elif h.kind == "place":
                try:
                    place = self.kb.place_for_ref(h.ref)
                except (KeyError, ValueError):
                    continue
                # a kb_data/places.yaml place of its own ("place:<slug>"); an entry that only renames
                # a geonames city keeps that city's ref and counts as the city ("Valence" in French)
                curated = h.ref.startswith("place:")
                if not _plausible_place(text, h, place, lex, curated) \
                        or _named_after(text, h, lex.name_heads + lex.street_heads):
                    continue
                if place.country and self._is_capital(place) and not _after_locative(text, h, lex) \
                        and text[max(0, h.start - 1) : h.start] not in ("-", "–") \
                        and (fold(h.text) == fold(place.name) or place.population >= 1_000_000
                             or curated) \
                        and not _capitalised_next(toks_all, _tok_index(toks_all, h.end), {}):
                    # "Bamako accused ...", "called on Ankara to ...": the capital stands for its government
                    # (by another of its names only when it is a big city or a curated name, kb_data/places.yaml)
                    iso = place.country
                    out.append(Mention(h.start, h.end, h.text, "state", self.kb.country_name(iso), iso,
                                       actor_id=self.kb.actor_id_for_country(iso), place=place, confidence=0.6,
                                       source="gazetteer", why=[CAPITAL_WHY]))
                    continue
                out.append(Mention(h.start, h.end, h.text, "place", place.name, place.country, place=place,
                                   confidence=0.7, source="gazetteer", alts=list(h.alts)))
        return out

    def _place_of(self, ref: str) -> Place | None:
        """The KB place a gazetteer hit's ref names, or None where the KB has none."""
        try:
            return self.kb.place_for_ref(ref)
        except (KeyError, ValueError):
            return None

    def _is_capital(self, place: Any) -> bool:
        cap = self.kb.capital(place.country) if place.country else None
        return cap is not None and cap.geonames_id == place.geonames_id

    def _alt_country_named(self, h: Hit, hits: list[Hit]) -> bool:
        """The city reading of a country/city homograph wins when the city's country is named too
        (عمان with الأردن in the text is Amman, not Oman)."""
        try:
            place = self.kb.place_for_ref(h.alts[0])
        except (KeyError, ValueError):
            return False
        if place.country == h.ref:
            return False  # الجزائر, تونس: country and capital share a name and a country
        return any(o is not h and o.kind in ("country", "demonym") and o.ref == place.country for o in hits)

    def _cue_chain(self, toks: list[tuple[int, int, str]], i: int, hit_at: dict[int, Hit], lex: Lexicon) -> tuple[list[Hit], int]:
        """Consecutive honorific/title hits starting at token i; returns them and the next token index."""
        chain: list[Hit] = []
        j = i
        while j < len(toks):
            h = hit_at.get(toks[j][0])
            if h is None and chain and fold(toks[j][2]) in _DETERMINERS and j + 1 < len(toks) \
                    and (nh := hit_at.get(toks[j + 1][0])) is not None and nh.kind in ("honorific", "title") \
                    and not _particle_surname(toks, j, chain, lex):
                j += 1  # "chef de la diplomatie saoudienne, le prince ...": an article between cues
                continue
            if h is None and chain and fold(toks[j][2]) in lex.title_modifiers:
                # "الرئيس الأسبق محمد مرسي", "le président sortant Mauricio Macri": an adjective of
                # the title, not the start of the name
                chain.append(Hit(toks[j][0], toks[j][1], "title", "", toks[j][2]))
                j += 1
                continue
            if h is None or h.kind not in ("honorific", "title"):
                # Arabic: "وزير الداخلية التركي،" a demonym inside the chain gives the country
                if chain and h is not None and h.kind == "demonym":
                    chain.append(h)
                    j = _skip_to(toks, j, h.end)
                    if chain[-2].kind == "title":
                        # "le ministre russe des Affaires étrangères": the demonym splits a title
                        # of the pack ("ministre des Affaires étrangères"); the title runs on
                        longer = _title_resumed(toks, j, chain[-2], lex)
                        if longer is not None:
                            chain[-2], j = longer
                    continue
                # "Director of Public Security, HE Major General Dr. Obaid": the chain goes on past a comma
                if chain and toks[j][2] in (",", "،"):
                    j += 1
                    continue
                break
            if chain and h.kind == "title" and any(c.kind == "title" for c in chain) \
                    and (chain[-1].kind == "demonym" or toks[j - 1][2] in (",", "،")) \
                    and any(w in lex.counterparts for w in fold(h.text).split()):
                # "وزير الخارجية القطري نظيره التركي", "le ministre turc, son homologue qatari": the
                # counterpart is the next person ("his Japanese foreign minister counterpart X" is one)
                break
            if chain and chain[-1].kind == "demonym" and any(c.kind == "title" for c in chain) \
                    and _another_person(toks, j, h, chain[-1], hit_at, lex):
                break
            chain.append(h)
            j = _skip_to(toks, j, h.end)
            if j < len(toks) and toks[j][2] == "." and toks[j][0] == h.end:
                j += 1
        if not any(h.kind in ("honorific", "title") for h in chain):
            return [], i
        return chain, j

    def _name_after(self, doc: Document, toks: list[tuple[int, int, str]], j: int, hit_at: dict[int, Hit],
                    lex: Lexicon, chain: list[Hit]) -> Mention | None:
        text = doc.text
        min_core = 1
        if not lex.arabic_script and j < len(toks) and _preposition_at(toks, j, lex) and not (
                chain[-1].kind == "honorific" or chain[-1].rank):
            # "militante du PCF", "député de Seine-Maritime": after a title (not after "M." or a
            # rank: "M. de Villepin", "général de Gaulle") a preposition opens the title's
            # complement; a name may follow it ("secrétaire général de la CFDT Laurent Berger")
            j = _complement_end(toks, j, hit_at, lex)
            if j < 0:
                return None
            min_core = 2
        name_toks: list[tuple[int, int, str]] = []
        k = j
        core = 0
        while k < len(toks) and core < 5:
            start, end, tok = toks[k]
            f = fold(tok)
            h = hit_at.get(start)
            if h is not None and h.kind in ("title", "honorific", "body_head", "country", "agency") and not (
                    # "Paul Le Maire", "M. Le Maire": a capitalised particle makes the title after it a surname
                    h.kind == "title" and not lex.arabic_script and name_toks and tok[:1].isupper()
                    and name_toks[-1][2][:1].isupper() and fold(name_toks[-1][2]) in lex.particles):
                break
            if h is not None and h.kind == "place" and not (
                not lex.arabic_script and tok[:1].isupper() and (name_toks or _capitalised_next(toks, k, hit_at))
            ):
                # a town name is a first name when another capitalised word follows ("Salem Bouzid")
                break
            if not tok[0].isalpha():
                break
            if lex.arabic_script and h is not None and h.kind == "person" and not name_toks:
                # a known person right after the title is the whole name: Arabic has no capitals
                # to end it ("وزير الدولة ... أنور قرقاش مقالا بعنوان")
                k2 = _skip_to(toks, k, h.end)
                name_toks = toks[k:k2]
                core = sum(fold(t[2]).strip("-") not in lex.particles for t in name_toks)
                break
            if f.strip("-") in lex.particles or (f.startswith(("al-", "el-")) and len(f) > 3):
                name_toks.append(toks[k])
                k += 1
                continue
            if lex.arabic_script:
                if f in lex.stopwords or (h is not None and h.kind == "demonym") or (
                        lex.non_name_prefixes and f.startswith(lex.non_name_prefixes)):
                    break
            else:
                if not tok[0].isupper() or f in lex.not_names:
                    break
            name_toks.append(toks[k])
            core += 1
            k += 1
        while name_toks and fold(name_toks[-1][2]).strip("-") in lex.particles:
            name_toks.pop()
        if core < min_core or not name_toks:
            return None
        if not lex.arabic_script and len(name_toks) == 1 and name_toks[0][2].isupper() and len(name_toks[0][2]) > 1 \
                and not chain[-1].text.isupper():
            return None  # "la militante PCF": an acronym after a title names a body, not the person
        if lex.arabic_script and core > 4:
            return None
        start, end = name_toks[0][0], name_toks[-1][1]
        raw = text[start:end]
        titles = [h for h in chain if h.kind == "title"]
        sectors = sorted({s for h in chain for s in h.sectors})
        country = next((h.ref for h in chain if h.kind == "demonym"), None)
        why = []
        if country is None and lex.adjective_first and not lex.arabic_script:
            # "Pakistani Home Secretary Ali Khan": a demonym right before a title of one country
            # (Home Secretary: British) says whose office it is
            country, why_c = self._owner_before(doc, chain[0].start, lex, ("demonym", "country"))
            if why_c:
                why.append(why_c)
        if country is None:
            country = next((h.ref for h in chain if h.kind == "title" and h.ref), None)
        title = None
        if titles:
            title = text[titles[0].start : titles[-1].end]
        if country is None:
            country, why_c = _country_near(doc, chain[0].start, end, lex)
            if why_c:
                why.append(why_c)
        if country is None and titles:
            # "le roi Abdallah de Jordanie": the country joined right after the titled name
            country, why_c = _linked_country(doc, end, lex, bare=False)
            if why_c:
                why.append(why_c)
        if country is None:
            # "Qatar's Undersecretary of the Ministry of Interior, HE Abdullah ...": the title
            # phrase before the comma carries the country
            country, why_c = _apposition_country(doc, chain[0].start, lex)
            if why_c:
                why.append(why_c)
        if country is None:
            # "Lieutenant General X, head of the Saudi Arabian Security Service,": the office
            # set off by commas after the name carries the country
            country, why_c = _apposition_after(doc, end, lex)
            if why_c:
                why.append(why_c)
        if country is None and titles and not lex.arabic_script and lex.adjective_first:
            # "a BBC journalist, Ed Lawrence": a known body of one country right before the title;
            # "Illinois Rep. Danny Davis": a state (first-level division) of one country
            country, why_c = self._owner_before(doc, chain[0].start, lex, ("agency", "place"))
            if why_c:
                why.append(why_c)
        if country is None:
            # "la commissaire aux droits de l'homme du Conseil de l'Europe, Dunja Mijatović": an
            # official of an international body has no country for the report to lend her
            for h in _window_hits(doc, chain[0].start, start, lex):
                ag = self.kb.agencies.get(h.ref) if h.kind == "agency" else None
                if ag is not None and not ag.country and "IGO" in ag.sectors:
                    sectors = sorted(set(sectors) | {"IGO"})
                    why.append(f"official of '{h.text}', an international body")
                    break
        return Mention(start, end, raw, "person", romanised(raw), country, sectors, title=title,
                       confidence=0.8 if titles else 0.7, source="cue", why=why)

    def _owner_before(self, doc: Document, start: int, lex: Lexicon, kinds: tuple[str, ...]) -> tuple[str | None, str]:
        """The country of what stands right before ``start``, as ``kinds`` allows: a demonym with
        nothing between ("Pakistani Home Secretary"), a country with "'s" ("Jordan's interior
        minister") or a known body of one country with nothing between ("a BBC journalist"); and
        why."""
        near = _window_hits(doc, max(0, start - 40), start, lex)
        h = near[-1] if near else None
        if h is None or h.kind not in kinds:
            return None, ""
        gap = doc.text[h.end : start].strip()
        if h.kind == "country" and gap == "" and "place" in kinds:
            # "Georgia Secretary of State": a bare country name before a title is a division's
            # name (a country would take its adjective or "'s")
            state = next((p for p in self.kb.divisions_named(h.text) if p.country and p.country != h.ref), None)
            if state is not None:
                return state.country, f"country of '{h.text}', the state just before the title"
        if gap not in (("'s", "’s") if h.kind == "country" else ("",)) and not (
                h.kind == "country" and gap == "" and re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", h.text)):
            # ("U.S. Senator Jeff Merkley", "the UK ambassador": a country's initials are its adjective)
            return None, ""
        if h.kind in ("demonym", "country"):
            return h.ref, f"country from '{h.text}' just before the title"
        ag = self.kb.agencies.get(h.ref) if h.kind == "agency" else None
        if ag is not None and ag.country:
            return ag.country, f"country of '{h.text}', the body just before the title"
        if h.kind == "place":
            place = self._place_of(h.ref)
            if place is not None and place.feature_type == "admin1" and place.country:
                return place.country, f"country of '{h.text}', the state just before the title"
        return None, ""

    def _unnamed_official(self, doc: Document, chain: list[Hit]) -> Mention | None:
        """"son homologue égyptien", "the Qatari interior minister", "نظيره المصري": an official
        named by office and country only."""
        titles = [h for h in chain if h.kind == "title"]
        demonyms = [h for h in chain if h.kind == "demonym"]
        if not titles:
            return None
        sectors = sorted({s for h in titles for s in h.sectors})
        start, end = chain[0].start, max(h.end for h in chain)  # a resumed title runs past its demonym
        country = demonyms[-1].ref if demonyms else None
        why = [OFFICIAL_WHY]
        own = [h for h in titles if h.ref]
        if country is None:
            # "the Turkish ambassador", "Jordan's interior minister": the country just before
            lex = lexicon(doc.lang)
            # only where adjectives precede their noun: in French or Arabic the adjective
            # before a title belongs to the previous noun ("le ministre turc et l'ambassadeur")
            if lex.adjective_first:
                # "an Al Jazeera journalist", "a Hamas official": a known body's own person too
                country, why_c = self._owner_before(doc, start, lex, ("demonym", "country", "agency"))
                if why_c:
                    why.append(why_c)
        if country is None and own:
            # a title of one country ("Defence Secretary") is of that country unless a country
            # stands right before it ("the American defence secretary")
            country = own[-1].ref
        if country is None:
            country, why_c = _linked_country(doc, end, lexicon(doc.lang))
            if why_c:
                why.append(why_c)
        if country is None and (not sectors or any(h.rank for h in titles)):
            return None  # "the director said": too vague to be an actor without a country
        title = doc.text[titles[0].start : titles[-1].end]
        label = title if title.isascii() else "/".join(sectors) or "official"
        name = f"{self.kb.country_name(country)} {label}" if country else label
        return Mention(start, end, doc.text[start:end], "person", name, country, sectors, title=title,
                       actor_id=official_id(country, sectors) if country else None, confidence=0.6, source="cue",
                       why=why)

    def _capitalised_names(self, doc: Document, toks: list[tuple[int, int, str]], hit_at: dict[int, Hit],
                           lex: Lexicon, used: list[tuple[int, int]]) -> list[Mention]:
        text = doc.text
        out: list[Mention] = []
        # characters inside a span already used (what this loop adds lies before the tokens still to read)
        inside = bytearray(len(text) + 1)
        for b, e in used:
            inside[b:e] = b"\x01" * (e - b)
        k = 0
        while k < len(toks):
            start, end, tok = toks[k]
            if inside[start] or not tok[0].isupper() or hit_at.get(start) is not None:
                k += 1
                continue
            run = [toks[k]]
            has_particle = False
            m = k + 1
            while m < len(toks):
                s2, e2, t2 = toks[m]
                f2 = fold(t2)
                if hit_at.get(s2) is not None and hit_at[s2].kind not in ("place",):
                    break
                if f2.strip("-") in lex.particles or f2.startswith(("al-", "el-")):
                    # only Arabic-style particles mark a name by themselves; "du", "de" also join institutions
                    has_particle = has_particle or f2.strip("-") in _NAME_MARKERS or f2.startswith(("al-", "el-"))
                    run.append(toks[m])
                    m += 1
                    continue
                if t2[0].isupper() and t2[0].isalpha() and f2 not in lex.not_names:
                    run.append(toks[m])
                    m += 1
                    continue
                break
            while run and fold(run[-1][2]).strip("-") in lex.particles:
                run.pop()
            core = [t for t in run if fold(t[2]).strip("-") not in lex.particles]
            if len(core) >= 2 and fold(run[0][2]) not in lex.not_names:
                r_start, r_end = run[0][0], run[-1][1]
                nxt = toks[m] if m < len(toks) else None
                prev = toks[k - 1] if k > 0 else None
                title_after = nxt is not None and nxt[2] == "," and m + 1 < len(toks) \
                    and _title_at(toks, m + 1, hit_at, lex.articles)
                title_before = prev is not None and prev[2] == "," and _title_ends_before(hit_at, prev[0], text)
                if title_before and prev is not None:
                    th0 = _title_hit_before(hit_at, prev[0])
                    # "Nicolas Lerner, Director General ... in France, Eugenio Pereiro Blanco": that
                    # title is Lerner's
                    title_before = th0 is None or not _apposition_of(text, th0.start, used)
                # a known given name opening a run of two or three capitalised words, none of them a
                # particle or in capitals ("Jérôme Rodrigues, figure des gilets jaunes, a ..."), is a
                # person's name without a title or a speech verb; a run holding "de" or "la" is
                # mostly a thing named after a person or a feast ("le marché de Noël de Berlin")
                given = len(run) == len(core) <= 3 and self.kb.given_names.get(fold(run[0][2])) is not None \
                    and all(t[2].replace("-", "").isalpha() and not t[2].isupper() for t in core)
                if has_particle or title_after or title_before or given or _speech_after(toks, m, lex.speech_verbs) \
                        or (_speech_after(toks, m, lex.name_verbs)
                            # (a capitalised word right before the run, read as something else, holds its head)
                            and not (prev is not None and prev[2][:1].isupper() and hit_at.get(prev[0]) is not None)):
                    raw = text[r_start:r_end]
                    country = None
                    title = None
                    sectors: list[str] = []
                    why: list[str] = []
                    if title_after:
                        t_hits = _title_run(toks, m + 1, hit_at, lex.articles)
                        title = text[t_hits[0].start : t_hits[-1].end]
                        sectors = sorted({s for h in t_hits for s in h.sectors})
                        country, w = _country_near(doc, t_hits[0].start, _clause_end(text, t_hits[-1].end, lex.relatives),
                                                   lex, forward=True)
                        if w:
                            why.append(w)
                    elif title_before:
                        th = _title_hit_before(hit_at, prev[0] if prev else r_start)
                        if th is not None:
                            title = th.text
                            sectors = list(th.sectors)
                            # the whole apposition up to the comma: "the head of the Qatari Security Service,"
                            country, w = _country_near(doc, th.start, prev[0] if prev else th.end, lex)
                            if w:
                                why.append(w)
                    if country is None and not (title_after or title_before):
                        # "a prominent American photographer, John Smith, was attacked": the
                        # nationality said in the apposition before the name
                        country, w = _apposition_country(doc, r_start, lex)
                        if w:
                            why.append(w)
                    out.append(Mention(r_start, r_end, raw, "person", romanised(raw), country, sectors, title=title,
                                       confidence=0.7 if (title_after or title_before) else 0.55, source="grammar", why=why))
                    used.append((r_start, r_end))
            k = max(m, k + 1)
        return out

    def _body(self, doc: Document, head: Hit, hits: list[Hit], lex: Lexicon) -> Mention | None:
        """A body head plus the country it belongs to: before (Qatari/Qatar's) or after (marocain, القطرية, of Qatar)."""
        text = doc.text
        start, end = head.start, head.end
        country: str | None = None
        why = ""
        proper = False  # the text names the body by its own name, kept as the actor's name
        before = [h for h in hits if h.end <= head.start and head.start - h.end <= 3 and h.kind in ("demonym", "country")]
        if before:
            h = before[-1]
            gap = text[h.end : head.start]
            if h.kind == "demonym" or gap.strip() in ("'s", "’s", "") or gap.startswith(("'s", "’s")):
                country, start, why = h.ref, h.start, f"country from '{h.text}' before the body"
        if country is None and not lex.arabic_script and text[head.start : head.start + 1].isupper():
            # "the Jordan Hashemite Charity Organization": a country name, one or two capitalised
            # words, then a capitalised head make one body's proper name
            named = [h for h in hits if h.kind == "country" and h.end < head.start and head.start - h.end <= 30]
            if named and not any(named[-1].end <= o.start < head.start for o in hits):
                words = text[named[-1].end : head.start].split()
                if 1 <= len(words) <= 2 and all(w.isalpha() and w[0].isupper() for w in words):
                    h = named[-1]
                    country, start, why = h.ref, h.start, f"country from '{h.text}' opening the body's name"
                    # the name runs on over capitalised words ("... Charity Organization")
                    while (more := re.match(r" [A-Z][a-z]+\b", text[end : end + 30])) is not None \
                            and not any(o.start == end + 1 for o in hits):
                        end += more.end()
                    proper = True
        if country is None and not lex.arabic_script and text[head.start : head.start + 1].isupper():
            # "the Northern Ireland Human Rights Commission", "the Texas Department of Public
            # Safety": a region or city right before a capitalised head opens the body's own name
            place = next((h for h in hits if h.kind == "place" and h.end < head.start
                          and text[h.end : head.start] == " "), None)
            seat = self._place_of(place.ref) if place is not None else None
            if place is not None and seat is not None and seat.country:
                country, start, why = seat.country, place.start, f"country from '{place.text}' opening the body's name"
                proper = True
        if country is None and lex.adjective_first and not lex.arabic_script:
            # "a Qatari security delegation", "Turkish military officials": one lower-case word
            # (another adjective) between the demonym and the head
            near = [h for h in hits if h.kind == "demonym" and h.end <= head.start and head.start - h.end <= 20]
            if near and not any(near[-1].end <= o.start < head.start for o in hits):
                words = text[near[-1].end : head.start].split()
                if len(words) == 1 and words[0].isalpha() and words[0].islower():
                    h = near[-1]
                    country, start, why = h.ref, h.start, f"country from '{h.text}' before the body"
        if country is None:
            after = [h for h in hits if h.start >= head.end and h.start - head.end <= 12 and h.kind in ("demonym", "country")]
            if after:
                h = after[0]
                gap = fold(text[head.end : h.start]).strip()
                # a demonym after the head only where adjectives follow their noun ("les forces
                # marocaines"); before-adjective packs read one after it as the next phrase's
                # ("investigators probing Russian interference")
                if h.kind == "demonym" and not lex.adjective_first and len(gap) <= 25 \
                        and not any(c in gap for c in ",.;:()،") or (
                    h.kind == "country" and (not gap or gap in lex.body_country_links)
                ):
                    country, end, why = h.ref, h.end, f"country from '{h.text}' after the body"
        if country is None and not head.ref and "REFUGEE" not in head.sectors:
            # "حكومة أنقرة", "نظام دمشق": a capital right behind the body (nothing between) is its
            # government's seat, so the body is of the capital's country; not a body the pack gives a
            # country of its own ("مدفعية الاحتلال غزة": Gaza is what it shelled), nor migrants
            # (where they are is not whose they are: "migrants of Calais")
            nxt = next((h for h in hits if h.start >= head.end and h.start - head.end <= 12 and h.kind == "place"), None)
            link = fold(text[head.end : nxt.start]).strip() if nxt is not None else None
            seat = self._place_of(nxt.ref) if nxt is not None else None
            # a definite head takes no genitive: the place after it is the verb's object ("قصفت
            # الطائرات حلب", "اقتحمت الشرطة الموصل"), not the body's own
            definite = _definite_office(text, head.end, lex)
            if nxt is not None and seat is not None and seat.country and not (definite and not link):
                if self._is_capital(seat) and not link:
                    country, why = seat.country, f"its seat '{nxt.text}' is a capital of {seat.country}"
                elif link in lex.body_place_links and (link or _self_evident_place(seat)):
                    # "سلطات إقليم كردستان العراق", "the police of Kirkuk": a body of that town or
                    # region; with no link only a place that is one by itself ("مستشفى سوروكا" is a
                    # hospital's name, not Soroca in Moldova, whatever stands before the hospital)
                    country, why = seat.country, f"a body of '{nxt.text}', a place of {seat.country}"
        if country is None and lex.affiliation_words:
            # "مسلحون تابعون للحوثيين", "des miliciens fidèles à Hezbollah": the known body's country
            for h in _window_hits(doc, head.end, min(len(text), head.end + 40), lex):
                if h.kind != "agency":
                    continue
                ag = self.kb.agencies.get(h.ref)
                words = re.findall(r"[\w']+", fold(text[head.end : h.start]))
                if words and (words[-1] in _DETERMINERS or words[-1] in lex.articles):
                    words = words[:-1]  # "loyal to the Houthis"
                if ag is not None and ag.country and " ".join(words) in lex.affiliation_words:
                    country, why = ag.country, f"affiliated with '{h.text}'"
                break
        if country is None and head.ref:
            # a body head of one country (actors.yaml `country`): "قوات الاحتلال" in this press
            country, why = head.ref, f"'{head.text}' is a body of one country (actors.yaml)"
        if country is None:
            # a body without a country in the text: the home country may be inferred later
            if not head.sectors or head.generic:
                return None
            return Mention(start, end, text[start:end], "organization", _with_article(text[start:end], lex), None,
                           list(head.sectors), actor_id=head.actor_id or None,
                           confidence=0.45, source="cue", why=["body without a stated country"])
        name = text[start:end] if proper else f"{self.kb.country_name(country)} {_english_head(head)}"
        return Mention(start, end, text[start:end], "organization", name, country, list(head.sectors),
                       actor_id=head.actor_id or None, confidence=0.8, source="cue", why=[why])


# a city this large is named as itself; a smaller one needs a locative before it ("in Atar"),
# because many small towns share their name with a common word ("أمن", "Media", "Bank")
_SELF_EVIDENT_POPULATION = 400_000


def _person_words(p: Any) -> set[str]:
    """Every folded word of a known person's name and aliases."""
    words = set(fold(p.name).split())
    for forms in p.aliases.values():
        for form in forms:
            words.update(fold(form).split())
    return words


def _given_names_differ(before: str, surname: str, p: Any, lex: Lexicon) -> bool:
    """Whether the capitalised word that ends ``before`` (the words of a name in front of a known
    person's ``surname``) is a given name that person does not have."""
    if lex.arabic_script:
        # only before a bare family name: "محمد أشرف غني" adds a name to a full one
        return " " not in surname.strip() and _uncased_namesake(before, len(before), p, lex) is not None
    m = re.search(r"(\w[\w'-]*)\s+$", before)
    return m is not None and _foreign_given(m.group(1), p)


def _foreign_given(word: str, p: Any) -> bool:
    """Whether ``word`` is a given name none of the known person's names could be.  Only the
    initial is compared: spellings and short forms keep it (Antony/Anthony, Mamadi/Mamady,
    Jim/James), another person's given name seldom does (Jack/Mitch McConnell)."""
    if not word[:1].isupper() or word.isupper():
        return False  # "POTUS Trump", "WATCHED Pompeo": capitals for emphasis, no given name
    folded = fold(word)
    return not any(w[:1] == folded[:1] for w in _person_words(p))


def _other_given_name(text: str, h: Hit, p: Any, hit_at: dict[int, Hit], lex: Lexicon) -> int | None:
    """Where a name starts when a known person's bare surname ("McConnell") follows a capitalised
    word that is a given name of someone else ("Jack McConnell"); None otherwise.  Latin script
    only: elsewhere no capital tells a name from a word, and the pack's given names do
    (``_uncased_namesake``)."""
    if " " in h.text.strip():
        return None
    if lex.arabic_script:
        return _uncased_namesake(text, h.start, p, lex)
    m = re.search(r"(?<![\w'-])([A-Z][\w'-]+)[ \u00a0]$", text[max(0, h.start - 40) : h.start])
    if m is None:
        return None
    start = h.start - len(m.group(0))
    word = fold(m.group(1))
    prev = fold(text[max(0, start - 12) : start]).split()
    if prev and prev[-1] in lex.articles:
        return None  # "the Republican McConnell": an adjective, not a given name
    if start in hit_at or word in lex.function_words or word in lex.stopwords or word in lex.not_names \
            or word in lex.particles:
        return None
    return start if _foreign_given(m.group(1), p) else None


def _uncased_namesake(text: str, end: int, p: Any, lex: Lexicon) -> int | None:
    """Where a namesake's name starts when a known person's one-word alias follows a given name
    of the pack (names.yaml) that is none of that person's names: "جورج شولتس" is not Olaf Scholz,
    "حسن أبو هنية" not Ismail Haniyeh.  Name particles between are passed over; a word of the
    person's own names, or a spelling of one ("ديميتري" for "دميتري"), keeps the known person
    ("باراك حسين أوباما")."""
    if not lex.given_names:
        return None
    own = _person_words(p)
    start: int | None = None
    for m in reversed(list(re.finditer(r"\S+", text[max(0, end - 60) : end]))):
        word = fold(m.group(0))
        if (word in lex.not_names or word in lex.stopwords) and m.group(0) not in lex.given_names_written:
            break  # "على أوباما" (on Obama) folds like "علي": a word's written form decides
        if any(word == w or (len(word) > 3 and fuzz.ratio(word, w) >= 80) for w in own):
            return None
        bare = next((word[len(pc) :] for pc in lex.proclitics
                     if len(pc) == 1 and word.startswith(pc) and word[len(pc) :] in lex.given_names), None)
        if word in lex.given_names or bare is not None:
            start = max(0, end - 60) + m.start()
        elif word not in lex.particles:
            break
    return start


def _with_article(raw: str, lex: Lexicon) -> str:
    """A name read after ل with the article's alif dropped, written with its article again."""
    pair = lex.elided.get(fold(raw))
    return pair[1] + raw[len(pair[0]) :] if pair else raw


def _capitalised_next(toks: list[tuple[int, int, str]], k: int, hit_at: dict[int, Hit]) -> bool:
    """Whether the token after index ``k`` is a capitalised word that the lexicon does not know."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt[2][:1].isupper() and nxt[2][:1].isalpha() and nxt[0] not in hit_at


def _tok_index(toks: list[tuple[int, int, str]], end: int) -> int:
    """Index of the token that ends at ``end`` (or the last one before it)."""
    k = 0
    for i, t in enumerate(toks):
        if t[1] <= end:
            k = i
    return k


def _after_locative(text: str, h: Hit, lex: Lexicon) -> bool:
    """Whether a place name follows a preposition of place or a glued Arabic preposition."""
    before = fold(text[max(0, h.start - 40) : h.start]).rstrip()
    words = before.split()
    # "in Amman", "في العاصمة التركية أنقرة": a locative among the last three words, unless it
    # opens a date ("En février, Moscou a lancé", "In late February, Moscow", "in 2014, Moscow")
    tail = words[-3:]
    months = _month_words(lex.lang)
    if words and (any(w.strip(",") in lex.locatives and not any(
                          x.strip(",") in months or x.strip(",").isdigit() for x in tail[k + 1 : k + 3])
                      for k, w in enumerate(tail)) or any(before.endswith(" " + loc) for loc in lex.locatives if " " in loc)):
        return True
    if words and words[-1] in ("the", "of", "de", "du", "d'", "la", "between", "entre"):
        return True  # "the Doha talks", "de Rabat", "between Rabat and Paris": not the government acting
    if lex.arabic_script:
        k = h.start
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return bool(fold(text[k : h.start]))  # any glued proclitic (ب، ل، و...) makes it a place
    # a dateline ("BAGHDAD --", "Doha, Qatar –") names where the report was filed
    return _opens_dateline(text, h)


def _opens_dateline(text: str, h: Hit, colon: bool = False) -> bool:
    """Whether the hit opens its line and a dateline separator follows it ("DOHA, March 4 (QNA)
    --", "Amman -", "STRASBOURG |"; with ``colon`` also a colon, "عمّان :", as
    `_plausible_place` reads it; `_after_locative` does not)."""
    line_start = text.rfind("\n", 0, h.start) + 1
    return h.start - line_start < 3 and re.match(r"\s*(?:,|--|–|—|-|\(|\|" + ("|:)" if colon else ")"),
                                                 text[h.end : h.end + 4]) is not None


@pack_cached(8)
def _month_words(lang: str) -> frozenset[str]:
    """Month names of the language (folded): "en février" is a date, not a place."""
    from dyad.dates import lexicon as date_lexicon

    try:
        return frozenset(fold(m) for m in date_lexicon(lang).months)
    except KeyError:
        return frozenset()


def _calendar_words(lang: str) -> frozenset[str]:
    """Month and weekday names of the language (folded, no abbreviation dot): "Chad Tuesday"."""
    from dyad.dates import lexicon as date_lexicon

    try:
        dates = date_lexicon(lang)
    except KeyError:
        return frozenset()
    return frozenset(w.rstrip(".") for w in [*dates.months, *dates.weekdays])


def _named_after(text: str, h: Hit, heads: tuple[str, ...]) -> bool:
    """Whether the place is part of a name right before it, one of ``heads`` ("le pacte de
    Marrakech", "les accords de Paris", "la place du Luxembourg"): no place of anything the
    sentence reports, no side."""
    if not heads:
        return False
    before = " " + " ".join(fold(text[max(0, h.start - 40) : h.start]).split())
    if text[h.start - 1 : h.start].isspace():
        before += " "
    return any(before.endswith(" " + n + ("" if n.endswith("'") else " ")) for n in heads)


def _self_evident_place(place: Any) -> bool:
    """A place named as itself, with no locative or dateline to vouch for it: a region, a country,
    a site or a big city."""
    return place.feature_type in ("country", "admin1", "admin", "territory", "region", "site", "special") \
        or place.population >= _SELF_EVIDENT_POPULATION


def _plausible_place(text: str, h: Hit, place: Any, lex: Lexicon, curated: bool = False) -> bool:
    if _self_evident_place(place):
        return True
    if (place.feature_type is None and place.population == 0) or (place.feature_type == "city" and curated):
        return True  # hand-curated places (Gaza Strip, West Bank; capitals by a curated name: "الدوحة")
    if _opens_dateline(text, h, colon=True):
        return True  # a dateline: "DOHA, March 4 (QNA) --", "Amman -", "STRASBOURG |"
    before = fold(text[max(0, h.start - 40) : h.start]).rstrip()
    words = before.split()
    if words and any(before.endswith(loc) for loc in lex.locatives if " " in loc) or any(w in lex.locatives for w in words[-3:]):
        return True
    if lex.arabic_script:
        k = h.start
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return fold(text[k : h.start]) in ("ب", "وب", "لل", "ل")
    return False


_DETERMINERS = frozenset({"the", "le", "la", "l'", "les"})
OFFICIAL_WHY = "an official named by office and country only"
# why a named person with no office took the country the report is about (resolve): a guess
# that the place of the event overrides (events)
UNTITLED_WHY = "a person named with no office or country"


def country_guessed(m: Mention) -> bool:
    """Whether the mention's country is only resolve's guess for a person named with no office."""
    return any(w.startswith(UNTITLED_WHY) for w in m.why)


CAPITAL_WHY = "capital city standing for its government"
# the why of a country/city homograph (Arabic تونس, الجزائر) read as the city
HOMOGRAPH_CITY_WHY = "ambiguous country/city read as city"
LINKED_WHY = " joined to the title"  # the end of the why of a country read after an office


def official_id(country: str | None, sectors: list[str]) -> str:
    return f"official:{country or 'XXX'}-{'-'.join(sectors) or 'GOV'}"


def _kind(k: str) -> Any:
    return k if k in ("person", "organization", "state", "group") else "organization"


def _english_head(head: Hit) -> str:
    return head.text.strip().title() if head.text.isascii() else "/".join(head.sectors) or "body"


def _prefers_place(text: str, hit: Hit, lex: Lexicon) -> bool:
    """A country/city homograph (Arabic عمان, تونس) is the city right after one of the pack's
    ``homograph_city_cues`` ("في عمان", "وفي تونس"), or with a locative prefix written onto it
    ("بعمان"); the country otherwise."""
    if text[hit.start - 1 : hit.start] in lex.locative_prefixes:
        return True
    words = fold(text[max(0, hit.start - 20) : hit.start]).split()[-1:]

    def bare(w: str) -> set[str]:  # "وفي": the word, and the word behind a proclitic
        return {w} | {w[len(p) :] for p in lex.proclitics if w.startswith(p) and len(w) > len(p)}

    return bool(words) and bool(bare(words[-1]) & lex.homograph_city_cues)


def _particle_surname(toks: list[tuple[int, int, str]], j: int, chain: list[Hit], lex: Lexicon) -> bool:
    """"M. Le Maire", "Mme La Rosa": right after an honorific, a capitalised name particle and a
    capitalised word after it are a surname, even where that word is a title; "M. le maire" is
    the mayor."""
    return bool(chain) and chain[-1].kind == "honorific" and not lex.arabic_script and j + 1 < len(toks) \
        and toks[j][2][:1].isupper() and fold(toks[j][2]) in lex.particles and toks[j + 1][2][:1].isupper()

def _skip_to(toks: list[tuple[int, int, str]], j: int, end: int) -> int:
    while j < len(toks) and toks[j][0] < end:
        j += 1
    return j


def _preposition_at(toks: list[tuple[int, int, str]], j: int, lex: Lexicon) -> bool:
    """Whether token ``j`` is a name particle written in lower case that is also a function word
    of the language ("de", "du", "des", "la"): a preposition or article, not part of a name."""
    tok = toks[j][2]
    f = fold(tok).strip("-")
    return tok[:1].islower() and f in lex.particles and f in lex.function_words and f not in _NAME_MARKERS


def _complement_end(toks: list[tuple[int, int, str]], j: int, hit_at: dict[int, Hit], lex: Lexicon) -> int:
    """The index after a title's complement that opens at token ``j`` ("de la CFDT", "du PS",
    "de Seine-Maritime"): prepositions and articles, then one capitalised word or one gazetteer
    entry. -1 when no name can follow it (a known person is the complement: "ministre de
    Nicolas Sarkozy"; a lower-case word: "directeur de cabinet")."""
    k = j
    for _ in range(3):  # "de la Ville de Bruxelles Philippe Close"
        while k < len(toks) and _preposition_at(toks, k, lex):
            k += 1
        if k >= len(toks) or not toks[k][2][:1].isupper():
            return -1
        h = hit_at.get(toks[k][0])
        if h is not None and h.kind == "person":
            return -1
        k = _skip_to(toks, k, h.end) if h is not None else k + 1
        if k >= len(toks) or not _preposition_at(toks, k, lex):
            break
    return k


def _acronym_body(doc: Document, toks: list[tuple[int, int, str]], j: int, hit_at: dict[int, Hit], lex: Lexicon,
                  chain: list[Hit]) -> Mention | None:
    """The body an acronym names right after a title or its preposition ("militante du PCF", "la
    militante PCF", "secrétaire général de la CGT"): an organization with the title's sectors."""
    k = j
    while k < len(toks) and _preposition_at(toks, k, lex):
        k += 1
    if k >= len(toks) or toks[k][0] in hit_at:
        return None
    tok = toks[k][2]
    if not (tok.isupper() and tok.isalpha() and 2 <= len(tok) <= 6) or chain[-1].text.isupper():
        return None
    sectors = sorted({s for h in chain if h.kind == "title" for s in h.sectors})
    return Mention(toks[k][0], toks[k][1], tok, "organization", tok, None, sectors, confidence=0.5, source="cue",
                   why=[f"acronym after the title '{chain[-1].text}'"])


def _title_resumed(toks: list[tuple[int, int, str]], j: int, title: Hit, lex: Lexicon) -> tuple[Hit, int] | None:
    """A title of the pack split by an adjective ("ministre russe des Affaires étrangères" is
    "ministre des Affaires étrangères"): the longest title form made of ``title`` and the words
    from token ``j`` on, as one hit from the title to the last of those words, and the index of
    the token after it."""
    head = " ".join(fold(title.text).split())
    words: list[str] = []
    best: tuple[Hit, int] | None = None
    for k in range(j, min(j + 6, len(toks))):
        if not toks[k][2][:1].isalpha():
            break
        words.append(fold(toks[k][2]))
        found = lex.automaton.get(f"{head} {' '.join(words)}", None)
        cue = next((v for v in found[1] if isinstance(v, Cue) and v.kind == "title"), None) if found else None
        if cue is not None:
            best = (Hit(title.start, toks[k][1], "title", cue.country, f"{title.text} {' '.join(t[2] for t in toks[j : k + 1])}",
                        sectors=cue.sectors, rank=cue.rank), k + 1)
    return best


def _title_at(toks: list[tuple[int, int, str]], j: int, hit_at: dict[int, Hit],
              articles: frozenset[str] = frozenset()) -> bool:
    h = hit_at.get(toks[j][0]) if j < len(toks) else None
    if h is not None and h.kind in ("title", "demonym"):
        return h.kind == "title" or _title_at(toks, _skip_to(toks, j, h.end), hit_at, articles)
    # "the head of ...", "a former campaign adviser": an article and at most two small words
    if j < len(toks) and fold(toks[j][2]) in articles:
        for k in range(j + 1, min(j + 4, len(toks))):
            hk = hit_at.get(toks[k][0])
            if hk is not None:
                return hk.kind in ("title", "demonym") and _title_at(toks, k, hit_at, articles)
            if not toks[k][2].isalpha() or toks[k][2][:1].isupper():
                return False
    return False


def _title_run(toks: list[tuple[int, int, str]], j: int, hit_at: dict[int, Hit],
               articles: frozenset[str] = frozenset()) -> list[Hit]:
    out: list[Hit] = []
    while j < len(toks):
        h = hit_at.get(toks[j][0])
        if h is None:
            # _title_at has checked what stands before the title: an article, then small words
            if not out and (fold(toks[j][2]) in articles or toks[j][2].isalpha() and toks[j][2].islower()):
                j += 1  # the article and small words before the title
                continue
            break
        if h.kind not in ("title", "demonym"):
            break
        out.append(h)
        j = _skip_to(toks, j, h.end)
    return out or [Hit(toks[j - 1][0], toks[j - 1][1], "title", "", toks[j - 1][2])]


def _title_ends_before(hit_at: dict[int, Hit], offset: int, text: str) -> bool:
    return _title_hit_before(hit_at, offset) is not None


def _title_hit_before(hit_at: dict[int, Hit], offset: int) -> Hit | None:
    best = None
    for h in hit_at.values():
        if h.kind in ("title", "body_head", "agency") and h.end <= offset and offset - h.end <= 60:
            if best is None or h.end > best.end:
                best = h
    if best is not None and best.kind != "title":
        # "the head of the Qatari Security Service, Abdullah ..." — a title earlier in the phrase
        titles = [h for h in hit_at.values() if h.kind == "title" and h.end <= best.start and best.start - h.end <= 40]
        return max(titles, key=lambda h: h.end) if titles else None
    return best


def _speech_after(toks: list[tuple[int, int, str]], m: int, verbs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a speech verb of the pack ("said", "a déclaré") starts at token ``m``."""
    if m >= len(toks):
        return False
    first = fold(toks[m][2])  # most tokens begin no verb: fold the rest only for those that may
    return any(tuple(fold(t[2]) for t in toks[m : m + len(v)]) == v for v in verbs if v and v[0] == first)


def _clause_end(text: str, offset: int, relatives: frozenset[str] = frozenset()) -> int:
    """Where the clause that ``offset`` is in ends: the nearest punctuation, or a relative word
    ("an ex-campaign aide who pleaded guilty in the probe into Russian meddling"), within 120
    characters."""
    end = min(len(text), offset + 120)
    for stop in (",", ";", ".", "(", "،"):
        idx = text.find(stop, offset, end)
        if idx != -1:
            end = idx
    if relatives:
        for w in re.finditer(r"\w+", text[offset:end]):
            if fold(w.group()) in relatives:
                return offset + w.start()
    return end


def _country_near(doc: Document, start: int, end: int, lex: Lexicon, forward: bool = False) -> tuple[str | None, str]:
    """The country a title phrase gives: "Jordan's Director", "Qatari ambassador", "of Morocco".

    Destinations ("ambassador to Jordan") are not nationality: a country after a
    `destination_words` word ("to", "auprès de", "لدى") is skipped, and after a `posting_words`
    word ("in", "au", "في") when the title is a diplomat's ("ambassador in Jordan"; but
    "Director General of Internal Security in France" is French).
    """
    text = doc.text
    base = max(0, start - 40)
    window_hits = _window_hits(doc, base, end, lex)
    diplomat = any(h.kind == "title" and "DIPLOMATIC" in h.sectors and start <= h.start < end for h in window_hits)
    away = lex.destination_words | (lex.posting_words if diplomat else frozenset())
    best: tuple[str | None, str] = (None, "")
    # a country named in the phrase wins over the country of a body named in it
    fallback: tuple[str | None, str] = (None, "")
    for h in window_hits:
        if fallback[0] is None and h.kind == "title" and start <= h.start < end:
            inside = _agency_country_in(h.text, lex)
            if inside:
                fallback = (inside, f"country of the body named in '{h.text}'")
        if fallback[0] is None and h.kind == "agency" and start <= h.start < end:
            agency = KB.default().agencies.get(h.ref)
            if agency is not None and agency.country and "MEDIA" not in agency.sectors:
                fallback = (agency.country, f"country of '{h.text}' in the title")
        if h.kind not in ("demonym", "country"):
            continue
        before = " ".join(re.findall(r"[\w']+", fold(text[max(0, h.start - 14) : h.start]))[-2:])
        if any(before == w or before.endswith(" " + w) for w in away):
            continue
        if h.end <= start:
            gap = text[h.end : start]
            if len(gap) <= 4 and (h.kind == "demonym" or gap.startswith(("'s", "’s"))):
                best = (h.ref, f"country from '{h.text}' before the title")
        elif start <= h.start < end:
            return h.ref, f"country from '{h.text}' in the title"
    return best if best[0] else fallback


def _apposition_after(doc: Document, end: int, lex: Lexicon) -> tuple[str | None, str]:
    """The country of an office set off by a comma right after a name ("X, head of the Saudi
    Arabian Security Service, ..."), read up to the next comma."""
    text = doc.text
    m = re.match(r"\s*[,،]\s*", text[end : end + 4])
    if m is None:
        return None, ""
    t0 = end + m.end()
    title = next((h for h in _window_hits(doc, t0, min(len(text), t0 + 30), lex) if h.kind == "title"), None)
    if title is None:
        return None, ""
    gap = fold(text[t0 : title.start]).split()
    if len(gap) > 1 or (gap and gap[0] not in _DETERMINERS | lex.articles):
        return None, ""  # "X, et son homologue espagnol": another person, not X's office
    stop = min((i for i in (text.find(",", title.end), text.find("،", title.end), text.find(".", title.end))
                if i >= 0), default=len(text))
    country, why = _country_near(doc, title.start, stop, lex, forward=True)
    return (country, why.replace("in the title", "in the apposition after the name")) if country else (None, "")


def _apposition_of(text: str, start: int, found: list[tuple[int, int]]) -> bool:
    """Whether the title starting at ``start`` describes a person named just before it ("X,
    head of the Saudi Security Service, Nicolas Lerner, ...": the title is X's, not Lerner's);
    ``found`` holds the spans of the persons found so far."""
    base = max(0, start - 60)
    before = text[base:start].rstrip()
    words = before.split()
    if words and fold(words[-1]) in _DETERMINERS:
        before = before[: before.rfind(words[-1])].rstrip()
    if not before.endswith((",", "،")):
        return False
    comma = base + len(before) - 1
    # a person found before, or two capitalised words (a name the detector has not reached yet)
    return any(0 <= comma - end <= 1 for _start, end in found) or bool(
        re.search(r"(?<![\w'-])[A-Z][\w'-]+ [A-Z][\w'-]+,$", before))


def _linked_country(doc: Document, end: int, lex: Lexicon, bare: bool = True) -> tuple[str | None, str]:
    """The country right after an office, joined by a link word of the pack
    ("وزير الداخلية بدولة الكويت", "the interior minister of Kuwait"). With the pack's
    `title_country_genitive`, nothing between joins a country's name too ("رئيس بنين"), where
    `bare` allows it: after a titled name, a country word or demonym is the name's last part."""
    if not lex.title_country_links and not lex.title_country_genitive:
        return None, ""
    text = doc.text
    for h in _window_hits(doc, end, min(len(text), end + 40), lex):
        if h.kind not in ("country", "demonym", "title", "agency", "person", "body_head"):
            continue
        link = fold(text[end : h.start]).strip()
        if h.kind in ("country", "demonym") and (not link or link in lex.genitive_links) and _definite_office(text, end, lex):
            return None, ""
        if h.kind in ("country", "demonym") and (link in lex.title_country_links or (
                not link and bare and lex.title_country_genitive and h.kind == "country")):
            # "the interior minister of Kuwait", "undersecretary at the Qatari interior ministry"
            return h.ref, f"country from '{h.text}'{LINKED_WHY}"
        if h.kind == "agency" and not text[end : h.start].strip():
            # "قائد الجيش اللبناني": the office of a known body of one country, right behind it
            ag = KB.default().agencies.get(h.ref)
            if ag is not None and ag.country and ag.kind != "group" and not {"MEDIA", "PARTY", "REBEL"} & set(ag.sectors):
                return ag.country, f"country of '{h.text}'{LINKED_WHY}"
        return None, ""
    return None, ""


def _definite_office(text: str, end: int, lex: Lexicon) -> bool:
    """The office ending at `end` is already definite (its last word carries one of the pack's
    `definite_title_prefixes`), so it heads no genitive after it."""
    if not lex.definite_title_prefixes:
        return False
    # the last word before `end`, found in place (not by splitting the text up to it)
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    i = j
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    if i == j:
        return False
    last = fold(text[i:j])
    return any(last.startswith(p) and len(last) > len(p) + 1 for p in lex.definite_title_prefixes)


def _apposition_country(doc: Document, start: int, lex: Lexicon) -> tuple[str | None, str]:
    text = doc.text
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    # "..., le général Omar Al-Khasawneh": an article may open the apposition
    m = re.search(r"(?:^|\s)(\w+['’]?)\s*$", text[max(0, k - 6) : k + 1])
    with_article = bool(m and fold(m.group(1)) in _DETERMINERS)
    if m and with_article:
        k = max(0, k - 6) + m.start(1) - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
    if k < 0 or text[k] not in ",،":
        return None, ""
    i = doc.sentence_at(start)
    s_start = doc.sentences[i].start if i is not None else 0
    lo = max(s_start, k - 90)
    prev = max(text.rfind(",", lo, k), text.rfind("،", lo, k), text.rfind(" between ", lo, k), text.rfind(" and ", lo, k))
    lo = prev + 1 if prev >= lo else lo
    hits = _window_hits(doc, lo, k, lex)
    if with_article and not (hits and hits[0].kind == "title" and hits[0].start - lo <= 12):
        # "..., le général X" takes the country of an office phrase before the comma ("Le
        # directeur de la Sûreté publique jordanienne, le général X"), not of an opening clause
        # ("Après une rencontre avec des responsables israéliens, le ministre X")
        return None, ""
    for h in reversed(hits):
        if h.kind == "demonym" or (h.kind == "country" and text[h.end : h.end + 2] in ("'s", "’s")):
            return h.ref, f"country from '{h.text}' in the apposition before the name"
    return None, ""


_NAME_MARKERS = frozenset({"bin", "ben", "ibn", "bint", "al", "el", "abu", "abou", "abd", "abdel", "abdul", "ould", "ag"})


def _agency_country_in(title: str, lex: Lexicon) -> str | None:
    """A named agency inside a title phrase ("Directeur général de la Sûreté nationale")."""
    kb = KB.default()
    folded = fold(title)
    for end, (key, values) in lex.automaton.iter(folded):
        start = end - len(key) + 1
        if (start > 0 and folded[start - 1].isalnum()) or (end + 1 < len(folded) and folded[end + 1].isalnum()):
            continue  # inside a word: "RN" in "governor"
        for v in values:
            if isinstance(v, SurfaceForm) and v.case_sensitive and not re.search(
                    r"(?<!\w)" + re.escape(v.text) + r"(?!\w)", title):
                continue
            if isinstance(v, SurfaceForm) and v.kind == "agency":
                ag = kb.agencies.get(v.ref)
                if ag is not None and ag.country and "MEDIA" not in ag.sectors:
                    return ag.country
    return None


def _window_hits(doc: Document, start: int, end: int, lex: Lexicon) -> list[Hit]:
    cached: tuple[list[Hit], list[int]] | None = getattr(doc, "_hits", None)
    if cached is not None:
        # the detector's hits, sorted by start, with their starts
        doc_hits, starts = cached
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [h for h in doc_hits[lo:hi] if h.end <= end]
    piece = doc.text[start:end]
    hits = gazetteer_hits(piece, Shadow.of(piece), lex)
    for h in hits:
        h.start += start
        h.end += start
    return hits


def _absorb_modifiers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A state named only to qualify the next actor ("Qatar's Sheikh Nayef", "Jordan's Director
    ..., Dr. Obaid") gives that actor its country and stops being an actor itself."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.kind == "state" and i + 1 < len(mentions):
            nxt = mentions[i + 1]
            gap = text[m.end : nxt.start]
            possessive = gap.startswith(("'s", "’s")) and len(gap) <= 120 and nxt.kind in ("person", "organization")
            if possessive and "," not in gap[:3] and not any(c in gap for c in ".;"):
                if nxt.country is None or nxt.country_inferred:
                    nxt.country = m.country
                    nxt.why.append(f"country from '{m.text}' (possessive)")
                m.adjectival = True
                m.why.append("modifier of the next actor")
        out.append(m)
    return out


def _tagged_persons(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """actors.yaml name_tags: a person of no known country with a tag right after the name
    ("Jane Doe (D-Ill.)", "Jane Doe, (R-Texas)") is of the tag's country."""
    for m in mentions:
        if m.kind != "person" or m.country is not None:
            continue
        for pattern, country in lex.name_tags:
            tag = pattern.match(text, m.end)
            if tag is not None:
                m.country, m.country_inferred = country, False
                m.why.append(f"country from the tag '{tag.group(0).strip(' ,')}' after the name")
                break


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """Drop mentions contained in a longer one (a demonym inside a body, a place inside a name)."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
