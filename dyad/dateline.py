"""The dateline that opens a wire story: "TUNIS, Sept 18 (KUNA) --", "الدوحة - قنا:".

A dateline says where (and sometimes when) the story was filed and which agency filed
it.  Its place is a strong hint for where the event happened, and its date is an
anchor for relative dates when the page gave no publication date.

Agency names, separators and the rubric words that look like a place ("VIDÉO -",
"LE SCAN POLITIQUE -") are pack data: the ``dateline`` section of
``dyad/lang/<code>/dates.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dyad.doc import DateMention
from dyad.lang import pack_cached
from dyad.text import fold

__all__ = ["Dateline", "find_dateline", "press_review"]

# a dateline sits in the first lines; a headline may come before it
_MAX_LINES = 3
_MAX_HEAD = 110  # characters before the separator
_PLACE_WORDS = 6


@dataclass(slots=True)
class Dateline:
    start: int
    end: int  # after the separator (and an agency that follows it)
    place_text: str | None
    place_start: int | None
    place_end: int | None
    date: DateMention | None
    agency: str | None
    agency_start: int | None
    agency_end: int | None
    confidence: float = 0.5


@dataclass(frozen=True)
class _Rules:
    separator: re.Pattern[str]
    agencies: frozenset[str]  # folded
    agency_after: re.Pattern[str] | None  # an agency right after the separator (Arabic style)
    not_places: frozenset[str]  # folded words
    place_only: bool
    script: str
    joiners: frozenset[str]  # lower-case words allowed inside a place name ("Rio de Janeiro")
    era_marks: tuple[str, ...]  # folded: what may follow a year ("2015 م", "1436هـ")
    review_words: tuple[tuple[str, ...], ...]  # folded word sequences that open a press review


@pack_cached()
def _rules(lang: str) -> _Rules:
    from dyad.lang import get_pack

    pack = get_pack(lang)
    data: dict[str, Any] = (pack.data("dates") or {}).get("dateline") or {}
    extra = pack.data("dateline")
    if isinstance(extra, dict) and extra:
        data = {**data, **extra}
    seps = [str(s) for s in data.get("separators") or ["--", "-", "–", "—", ":"]]
    alts = []
    for sep in sorted(seps, key=len, reverse=True):
        if sep == "-":
            alts.append(r"[ \t]+-[ \t]+")  # a bare hyphen only with spaces: not "France-Presse"
        else:
            alts.append(r"[ \t]*" + re.escape(sep) + r"[ \t]*")
    separator = re.compile("|".join(alts))
    agencies = frozenset(" ".join(fold(str(a)).split()) for a in data.get("agencies") or [])
    agency_after = None
    if agencies:
        names = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(agencies, key=len, reverse=True))
        agency_after = re.compile(rf"(?P<agency>{names})(?!\w)(?P<colon>[ \t]*:)?")
    not_places = frozenset(fold(str(w)) for w in data.get("not_places") or [])
    return _Rules(
        separator=separator,
        agencies=agencies,
        agency_after=agency_after,
        not_places=not_places,
        place_only=bool(data.get("place_only", False)),
        script=pack.script,
        joiners=frozenset(fold(str(w)) for w in data.get("place_joiners") or []),
        era_marks=tuple(sorted((fold(str(w)) for w in data.get("era_marks") or []), key=len, reverse=True)),
        review_words=tuple(tuple(re.findall(r"\w+", fold(str(w)))) for w in data.get("review_words") or []),
    )


def find_dateline(text: str, lang: str) -> Dateline | None:
    """The dateline at the start of the first paragraph(s) of ``text``, or None."""
    try:
        rules = _rules(lang)
    except KeyError:
        return None
    pos = 0
    lines_seen = 0
    while pos < len(text) and lines_seen < _MAX_LINES:
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        if line.strip():
            lines_seen += 1
            found = _in_line(text, pos + len(line) - len(line.lstrip()), line_end, lang, rules,
                             strict=lines_seen > 1)  # fmt: skip
            if found is None and lines_seen == 1:
                found = _agency_line(text, pos + len(line) - len(line.lstrip()), line_end, lang, rules)
            if found is not None:
                return found
        pos = line_end + 1
    return None


def _in_line(text: str, start: int, end: int, lang: str, rules: _Rules, strict: bool) -> Dateline | None:
    m = rules.separator.search(text, start, min(end, start + _MAX_HEAD + 4))
    if m is None or m.start() == start:
        return None
    head_end = m.start()
    sep_end = m.end()
    sep = m.group().strip()
    head = text[start:head_end]
    if not head.strip():
        return None
    agency = agency_start = agency_end = None
    dl_end = sep_end
    confidence = 0.0

    # "PARIS (Reuters) -": the agency in brackets at the end of the head
    bracket = re.search(r"\(([^()\n]{1,40})\)\s*$", head)
    rest_end = head_end
    if bracket:
        name = bracket.group(1).strip()
        known = " ".join(fold(name).split()) in rules.agencies
        if known or _looks_like_agency(name):
            agency = name
            agency_start = start + bracket.start(1) + (len(bracket.group(1)) - len(bracket.group(1).lstrip()))
            agency_end = agency_start + len(name)
            rest_end = start + bracket.start()
            confidence = 0.9 if known else 0.7
    # "الدوحة - قنا:": the agency right after the separator
    if agency is None and rules.agency_after is not None:
        folded_tail = fold(text[sep_end : min(end, sep_end + 40)])
        am = rules.agency_after.match(folded_tail)
        if am and len(folded_tail) == len(text[sep_end : min(end, sep_end + 40)]):
            agency_start = sep_end
            agency_end = sep_end + am.end("agency")
            agency = text[agency_start:agency_end]
            dl_end = sep_end + am.end()
            confidence = 0.9
    # "واس -": a head that is only an agency name
    head_folded = " ".join(fold(head).split())
    if agency is None and head_folded in rules.agencies:
        return Dateline(start, sep_end - (len(m.group()) - len(m.group().rstrip())), None, None, None, None, head.strip(), start,
                        start + len(head.rstrip()), 0.8)  # fmt: skip

    rest = text[start:rest_end].rstrip()
    rest_end = start + len(rest)
    date = _trailing_date(text, start, rest_end, lang)
    place_end = rest_end
    if date is not None:
        place_end = date.start
        if confidence < 0.8:
            confidence = 0.8
    place = text[start:place_end].rstrip(" ,\t")
    place_end = start + len(place)
    if place:
        if not _plausible_place(place, rules):
            return None
    elif agency is None:
        return None
    if confidence == 0.0:
        # no agency and no date: only a place in capitals ("WASHINGTON -") or a
        # "City, Country" pair ("Doha, Qatar -") passes, and never before a colon
        if strict or not rules.place_only or sep == ":" or rules.script != "Latn":
            return None
        letters = [c for c in place if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            confidence = 0.7
        elif "," in place:
            confidence = 0.6
        elif len(place.split()) == 1:
            confidence = 0.45
        else:
            return None
    while dl_end > start and text[dl_end - 1] in " \t":
        dl_end -= 1  # the blank after the separator belongs to the story
    return Dateline(
        start=start,
        end=dl_end,
        place_text=place or None,
        place_start=start if place else None,
        place_end=place_end if place else None,
        date=date,
        agency=agency,
        agency_start=agency_start,
        agency_end=agency_end,
        confidence=confidence,
    )


def press_review(text: str, dl: Dateline, lang: str) -> bool:
    """Whether the story after the dateline is a press review ("أبرزت الصحف اللبنانية الصادرة
    اليوم ...", "revue de presse"): its events happened wherever the papers say, not at the
    dateline, and the papers' country, not the agency's, is whose news it is."""
    rules = _rules(lang)
    words = re.findall(r"\w+", fold(text[dl.end : dl.end + 200]))[:12]
    return any(tuple(words[i : i + len(p)]) == p for p in rules.review_words for i in range(len(words)))


def _agency_line(text: str, start: int, end: int, lang: str, rules: _Rules) -> Dateline | None:
    """"بيروت 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس": a first line with no separator that
    names the place, then the date (another calendar's date may come first), and ends with a
    known agency."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    agency_at = next((k for k in (3, 2, 1) if len(words) > k
                      and " ".join(fold(text[a:b]) for a, b in words[-k:]) in rules.agencies), None)
    if agency_at is None:
        return None
    head = words[:-agency_at]
    if head and fold(text[head[-1][0] : head[-1][1]]) in rules.era_marks:
        head = head[:-1]  # "2015 م"
    if not head:
        return None
    head_end = head[-1][1]
    last = text[head[-1][0] : head_end]
    glued = re.match(r"\d+(\D+)$", last)
    if glued and fold(glued.group(1)) in rules.era_marks:
        head_end -= len(glued.group(1))  # "2015م"
    date = _trailing_date(text, start, head_end, lang)
    if date is None:
        return None
    first_digit = next((i for i, c in enumerate(text[start : date.start]) if c.isdigit()), date.start - start)
    place = text[start : start + first_digit].rstrip(" ,\t")
    if not place or len(place.split()) > 3 or not _plausible_place(place, rules):
        return None  # a sentence that happens to end with an agency's name is no dateline
    agency_start, agency_end = words[-agency_at][0], words[-1][1]
    return Dateline(start=start, end=agency_end, place_text=place, place_start=start,
                    place_end=start + len(place), date=date, agency=text[agency_start:agency_end],
                    agency_start=agency_start, agency_end=agency_end, confidence=0.9)


def _looks_like_agency(name: str) -> bool:
    """An unlisted name in brackets: short, capitalised, no sentence inside."""
    words = name.split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(c in name for c in ",;!?")


def _trailing_date(text: str, start: int, end: int, lang: str) -> DateMention | None:
    """A date that closes the head of the dateline ("Belgrade, 8 April 2010")."""
    from dyad.dates import find_dates

    head = text[start:end]
    if not any(ch.isdigit() for ch in head):
        return None
    # search the head alone: find_dates folds all of the text it is given
    for dm in find_dates(head, lang, None):
        if dm.start > 0 and head[dm.end :].strip(" ,") == "":
            dm.start += start
            dm.end += start
            return dm
    return None


def _plausible_place(place: str, rules: _Rules) -> bool:
    if len(place) > 60 or any(c.isdigit() for c in place) or any(c in place for c in "!?\"«»“”;"):
        return False
    words = re.findall(r"[^\s,/]+", place)
    if not words or len(words) > _PLACE_WORDS or not any(c.isalpha() for c in place):
        return False
    if rules.script == "Arab" and any(c.isascii() and c.isalpha() for c in place):
        return False  # page furniture ("Next Previous") glued before the place
    if any(fold(w).strip(".") in rules.not_places for w in words):
        return False
    if rules.script == "Latn":
        if not place[:1].isupper():
            return False
        for w in words:
            core = w.strip(".'()-")
            if core and not core[:1].isupper() and fold(core) not in rules.joiners:
                return False
    return True
