"""Date expressions in text and their resolution against the document's anchor date.

News reports the past, so an expression without a year ("21 April", "on Tuesday") is
read as the most recent such day on or before the anchor (the publication date).
Vague spans ("last week", "days ago") become a window of possible days and never
pretend to a single day.

Every word lives in ``dyad/lang/<code>/dates.yaml``: month and weekday names, number
words, units, relative words and the *templates* that say how those words combine in
that language (``"{day} {month} {year}"``, ``"{unit} {last}"``).  This module only
knows what the slots of a template mean, so a new language is a new data file.

Pack data (``dates.yaml``; see the bundled packs for complete examples):

* ``months`` / ``weekdays``: number (1-12, 0=Monday) -> forms; ``ambiguous_months``
  (forms that need a day, a year, a preposition or last/next next to them: "May",
  "mars", "آب"); ``months_capitalised`` (English: "may" in lower case is the verb).
* ``numbers`` (word -> value), ``few`` (vague counts: "several", "quelques", "بضعة"),
  ``units`` (day/week/month/year -> ``one``/``two``/``many`` forms; Arabic duals are
  ``two``), ``relative`` (fixed phrases with a day offset: "yesterday", "أمس").
* ``words``: ``last``, ``next``, ``this``, ``ago``, ``after``, ``earlier``, ``later``.
* ``prepositions`` (up to two may open an expression and belong to it: "à compter du",
  "منذ عام"), ``ordinal_suffixes`` ("21st", "1er"), ``numeric_order`` (dmy|mdy),
  ``not_after_year`` (a bare number followed by these is a quantity: "2000 euros"),
  ``not_before_year`` (a bare number right after these is a quantity: "plus de 2000", "more
  than 2000", "أكثر من 2000"; one or two words, matched on the words before it),
  ``event_links`` (after an ``after``/``ago`` expression, these words make it count from an
  event the text names, not from the report: "بعد أربعة أيام على الهجوم", no date; one word
  may stand between) and ``event_links_not`` (exceptions, two words: "من الآن", "من قبل").
* ``templates``: how the slots combine.  ``{slot}`` is one of month, weekday, day, year,
  num, few, unit, rel and the ``words`` kinds; ``[...]`` is optional; a space is one or
  more blanks, ``~`` an optional blank; a repeated slot is matched and ignored
  ("ديسمبر (كانون الأول)").  Templates are tried in order, so specific ones go first.
  What an expression means follows from the slots it filled: month+day+year is a
  day, unit+last is the previous calendar unit, num+unit+ago an offset, and so on.
* ``dateline``: agencies, separators, rubric words (read by :mod:`dyad.dateline`).

Speed: one regex per language is compiled from the pack at first use.  Instead of
running it at every position of a document, candidate positions are found from a
token scan (a set look-up per word), and the regex is only tried a few words before
each trigger word (a month, a weekday, a unit, a number that can be a day or a year).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dyad.doc import DateMention, Document, Precision
from dyad.lang import pack_cached
from dyad.text import Shadow, fold

__all__ = ["DateStage", "find_dates", "parse_publication", "lexicon", "fast_shadow"]

_RANK = {"none": 0, "year": 1, "month": 2, "day": 3}
_UNITS = ("day", "week", "month", "year")
# how far back a vague count reaches ("days ago" is 2..9 days, "months ago" 2..11 months)
_VAGUE = {"day": (2, 9), "week": (2, 8), "month": (2, 11), "year": (2, 10)}
# the unit a relative expression needs the anchor to know, to say anything finer
_NEEDS = {"day": "day", "week": "day", "month": "month", "year": "year"}

_SLOT_KINDS = (
    "month", "weekday", "day", "year", "num", "few", "unit", "rel",
    "last", "next", "this", "ago", "after", "earlier", "later",
)  # fmt: skip


# --- the folded shadow, fast ------------------------------------------------


@functools.lru_cache(maxsize=1)
def _fold_table() -> tuple[dict[int, str], re.Pattern[str], re.Pattern[str]]:
    """``str.translate`` table that agrees with :func:`dyad.text.fold` on lower-case text.

    ``Shadow.of`` calls Python code per character; a translate table does the same
    folding in C for the scripts the packs use.  Characters whose folded form is longer
    than one character are left alone so that only deletions move offsets.
    """
    ranges = [
        (0x00, 0x250), (0x300, 0x370), (0x1E00, 0x1F00), (0x600, 0x700), (0x750, 0x780),
        (0x08A0, 0x0900), (0x2000, 0x2070), (0xFB50, 0xFE00), (0xFE70, 0xFF00),
    ]  # fmt: skip
    table: dict[int, str] = {}
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            if ch.lower() != ch:
                continue  # the text is lower-cased before translation
            folded = fold(ch)
            if folded != ch and len(folded) <= 1:
                table[cp] = folded
    deleted = "".join(chr(cp) for cp, v in table.items() if v == "")
    changed = "".join(chr(cp) for cp in table)
    return table, re.compile("[" + re.escape(deleted) + "]"), re.compile("[" + re.escape(changed) + "]")


@dataclass(slots=True)
class FastShadow:
    """The folded text and the few numbers needed to map its offsets back."""

    text: str
    # shadow index of each deleted original character (non-decreasing); empty when none
    _gaps: list[int] = field(default_factory=list)
    _shadow: Shadow | None = None

    def original(self, s: int) -> int:
        if self._shadow is not None:
            return self._shadow.origin[s] if s < len(self._shadow.origin) else self._shadow.original_length
        return s + bisect.bisect_right(self._gaps, s)

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self._shadow is not None:
            return self._shadow.span(start, end)
        return self.original(start), self.original(end - 1) + 1


def fast_shadow(text: str) -> FastShadow:
    """Fold ``text`` like ``Shadow.of`` does, in C where possible."""
    low = text.lower()
    if len(low) != len(text):  # a few characters (İ) lower-case to two: take the slow road
        sh = Shadow.of(text)
        return FastShadow(sh.text, [], sh)
    if low.isascii():
        return FastShadow(low)
    table, deletable, changing = _fold_table()
    # replacing each distinct folding character is much faster than translate(), and
    # set() over a whole non-Latin text is slow: collect only the characters that fold
    folded = low
    deletes = False
    for ch in set(changing.findall(low)):
        rep = table[ord(ch)]
        folded = folded.replace(ch, rep)
        deletes = deletes or rep == ""
    if not deletes:
        return FastShadow(folded)
    gaps = [m.start() - i for i, m in enumerate(deletable.finditer(low))]
    return FastShadow(folded, gaps)


# --- the lexicon: one per language, compiled once -----------------------------


def _norm(words: str) -> str:
    if isinstance(words, bool):  # YAML 1.1 reads a bare on/off/yes/no as a boolean
        raise ValueError("quote on/off/yes/no in dates.yaml: YAML reads them as booleans")
    return " ".join(fold(str(words)).split())


def _alternation(forms: Iterable[str]) -> str:
    """Regex for a set of folded forms, as a trie, whole words only."""
    normed = {_norm(f) for f in forms if str(f).strip()}
    if not normed:
        return "(?!)"
    return "(?:" + _trie_regex(normed) + r")(?!\w)"


def _trie_regex(words: Iterable[str]) -> str:
    """A regex for a set of words with shared prefixes factored out.

    Python's regex engine tries the branches of an alternation one by one; a trie
    makes a position fail after one or two character tests instead of one per word.
    """
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + walk(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return walk(root)


@dataclass
class Lexicon:
    code: str
    months: dict[str, int]
    ambiguous_months: set[str]
    months_capitalised: bool
    weekdays: dict[str, int]
    numbers: dict[str, int]
    few: set[str]
    units: dict[str, tuple[str, int | None]]  # form -> (unit, count or None for "many")
    rel: dict[str, int]
    words: dict[str, set[str]]
    prepositions: set[str]
    numeric_order: str
    pattern: re.Pattern[str]
    templates: list[list[str]]  # slot names of each template, by index
    anchored: list[bool]  # the template has a word of its own ("mi-{month}", "شهر {month}")
    triggers: set[str]
    starters: set[str]
    proclitics: tuple[str, ...]
    not_after_year: frozenset[str]
    not_before_year: frozenset[str]
    trigger_regex: re.Pattern[str]
    chain: frozenset[str]  # every word a date expression can contain
    proclitic_set: frozenset[str]
    event_links: frozenset[str] = frozenset()
    event_links_not: frozenset[tuple[str, ...]] = frozenset()
    # dates.yaml future_cues: words just before a day and month without a year that make it the
    # coming one ("son procès le 13 février", "prévu le 3 janvier")
    future_cues: tuple[tuple[str, ...], ...] = ()


def _compile_template(index: int, template: str, slots: dict[str, str]) -> tuple[str, list[str]]:
    out: list[str] = []
    names: list[str] = []
    i = 0
    text = fold(template)
    while i < len(text):
        ch = text[i]
        if ch == "{":
            j = text.index("}", i)
            name = text[i + 1 : j]
            if name not in slots:
                raise ValueError(f"unknown slot {{{name}}} in date template {template!r}")
            if name in names:
                # a repeated slot ("ديسمبر (كانون الأول)") is matched and otherwise ignored
                out.append(f"(?:{slots[name]})")
            else:
                names.append(name)
                out.append(f"(?P<t{index}_{name}>{slots[name]})")
            i = j + 1
            continue
        if ch == "[":
            out.append("(?:")
        elif ch == "]":
            out.append(")?")
        elif ch == " ":
            out.append(r"\s+")
        elif ch == "~":  # an optional blank
            out.append(r"\s*")
        else:
            out.append(re.escape(ch))
        i += 1
    return "".join(out), names


def _openers(template: str) -> set[tuple[str, str]]:
    """What a template can begin with: ("slot", name) or ("lit", word)."""
    out: set[tuple[str, str]] = set()
    t = template.lstrip()
    while t:
        if t.startswith("["):
            depth, j = 0, 0
            while j < len(t):
                depth += t[j] == "["
                depth -= t[j] == "]"
                if depth == 0:
                    break
                j += 1
            out |= _openers(t[1:j])
            t = t[j + 1 :].lstrip()
            continue
        if t.startswith("{"):
            out.add(("slot", t[1 : t.index("}")]))
        else:
            word = re.match(r"[^\s\[{]+", t)
            out.add(("lit", word.group() if word else t[:1]))
        break
    return out


@pack_cached()
def lexicon(code: str) -> Lexicon:
    """The compiled date lexicon of language ``code`` (cached)."""
    from dyad.lang import get_pack

    pack = get_pack(code)
    data: dict[str, Any] = pack.data("dates") or {}
    months = {_norm(f): int(n) for n, forms in (data.get("months") or {}).items() for f in forms}
    weekdays = {_norm(f): int(n) for n, forms in (data.get("weekdays") or {}).items() for f in forms}
    numbers = {_norm(k): int(v) for k, v in (data.get("numbers") or {}).items()}
    few = {_norm(f) for f in data.get("few") or []}
    units: dict[str, tuple[str, int | None]] = {}
    for unit, kinds in (data.get("units") or {}).items():
        if unit not in _UNITS:
            raise ValueError(f"unknown date unit {unit!r} in {code}/dates.yaml")
        for kind, count in (("many", None), ("two", 2), ("one", 1)):  # "one" wins a tie (mois)
            for f in kinds.get(kind) or []:
                units[_norm(f)] = (unit, count)
    rel = {_norm(f): int(entry["days"]) for entry in data.get("relative") or [] for f in entry["forms"]}
    words = {k: {_norm(f) for f in v} for k, v in (data.get("words") or {}).items()}
    preps = {_norm(p) for p in data.get("prepositions") or []}
    suffixes = [re.escape(_norm(s)) for s in data.get("ordinal_suffixes") or []]
    suffix = f"(?:{'|'.join(sorted(suffixes, key=len, reverse=True))})?" if suffixes else ""
    slots = {
        "month": _alternation(months),
        "weekday": _alternation(weekdays),
        "day": rf"(?<![\d.,])(?:3[01]|[12]\d|0?[1-9]){suffix}(?!\d|[,.:]\d|\w)",
        "year": r"(?<![\d.,])(?:19\d\d|20\d\d|2100)(?!\d|[.,:]\d|\w)",
        "num": r"(?:\d{1,3}(?!\d|[.,]\d)|" + _alternation(numbers)[3:],
        "few": _alternation(few),
        "unit": _alternation(units),
        "rel": _alternation(rel),
    }
    for kind in ("last", "next", "this", "ago", "after", "earlier", "later"):
        slots[kind] = _alternation(words.get(kind, ()))
    parts: list[str] = []
    templates: list[list[str]] = []
    anchored: list[bool] = []
    for i, t in enumerate(data.get("templates") or []):
        body, names = _compile_template(i, str(t), slots)
        parts.append(f"(?P<t{i}>{body})")
        templates.append(names)
        required = re.sub(r"\{\w+\}", " ", str(t))
        while re.search(r"\[[^\[\]]*\]", required):
            required = re.sub(r"\[[^\[\]]*\]", " ", required)
        anchored.append(bool(re.search(r"\w", required)))
    proclitics = tuple(sorted((fold(p) for p in pack.proclitics), key=len, reverse=True))
    procl = "(?:" + "|".join(re.escape(p) for p in proclitics) + ")?" if proclitics else ""
    prep = f"(?:(?P<prep>{_alternation(preps)})\\s+){{0,2}}" if preps else ""
    pattern = re.compile(f"{procl}{prep}(?:{'|'.join(parts) or '(?!)'})")

    # a trigger is a word that a date expression cannot do without; the last word of a
    # multi-word form is enough, because the regex is tried a few words further back
    triggers: set[str] = set()
    # "كانون الثاني": the first word is the rare one; "ce matin": the last one
    triggers.update(re.findall(r"\w+", f)[0] for f in [*months, *weekdays])
    triggers.update(re.findall(r"\w+", f)[-1] for f in [*units, *rel])
    # a match can only start on a preposition or on what a template can open with
    slot_forms: dict[str, Iterable[str]] = {
        "month": months, "weekday": weekdays, "num": numbers, "few": few, "unit": units,
        "rel": rel, **{k: v for k, v in words.items()},
    }  # fmt: skip
    starters: set[str] = set()
    for f in preps:
        starters.update(re.findall(r"\w+", f)[:1])
    for t in data.get("templates") or []:
        for kind, value in _openers(fold(str(t))):
            if kind == "lit":
                starters.update(re.findall(r"\w+", value)[:1])
            else:
                for f in slot_forms.get(value, ()):
                    starters.update(re.findall(r"\w+", f)[:1])
    chain: set[str] = set()
    every_form: list[Iterable[str]] = [months, weekdays, units, rel, numbers, few, preps, *words.values()]
    for forms3 in every_form:
        for f in forms3:
            chain.update(re.findall(r"\w+", f))
    for t in data.get("templates") or []:
        chain.update(re.findall(r"\w+", re.sub(r"\{\w+\}", " ", fold(str(t)))))
    chain.update(re.findall(r"\w+", " ".join(_norm(s) for s in data.get("ordinal_suffixes") or [])))
    base_starters = frozenset(starters)
    base_chain = frozenset(chain)
    for p in proclitics:
        starters.update(p + t for t in base_starters)
        chain.update(p + t for t in base_chain)
    # no look-behind at the start: the engine can then skip to a possible first
    # letter; the start of the word is checked in Python (_trigger_spans)
    trigger_regex = re.compile("(?:" + (_trie_regex(triggers) or "(?!)") + r")(?!\w)")
    return Lexicon(
        code=code,
        months=months,
        ambiguous_months={_norm(f) for f in data.get("ambiguous_months") or []},
        months_capitalised=bool(data.get("months_capitalised", False)),
        weekdays=weekdays,
        numbers=numbers,
        few=few,
        units=units,
        rel=rel,
        words=words,
        prepositions=preps,
        numeric_order=str(data.get("numeric_order", "dmy")),
        pattern=pattern,
        templates=templates,
        anchored=anchored,
        triggers=triggers,
        starters=starters,
        proclitics=proclitics,
        trigger_regex=trigger_regex,
        chain=frozenset(chain),
        proclitic_set=frozenset(proclitics),
        not_after_year=frozenset(_norm(w) for w in data.get("not_after_year") or []),
        not_before_year=frozenset(_norm(w) for w in data.get("not_before_year") or []),
        event_links=frozenset(_norm(str(w)) for w in data.get("event_links") or []),
        event_links_not=frozenset(tuple(_norm(w) for w in str(e).split()) for e in data.get("event_links_not") or []),
        future_cues=tuple(t for t in (tuple(re.findall(r"\w+", _norm(str(c)))) for c in data.get("future_cues") or []) if t),
    )


# --- calendar helpers -------------------------------------------------------------


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(d, n)
    return _add_months(d, 12 * n)


def _unit_bounds(d: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """First and last day of the calendar day/week/month/year holding ``d``."""
    if unit == "day":
        return d, d
    if unit == "week":
        monday = d - dt.timedelta(days=d.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@dataclass(slots=True)
class _Result:
    value: str | None
    precision: Precision
    relative: bool = False
    confidence: float = 0.8
    earliest: dt.date | None = None
    latest: dt.date | None = None
    future: bool = False
    needs: str = "none"  # the anchor precision this result relies on


def _window(lo: dt.date, hi: dt.date, **kw: Any) -> _Result:
    if lo > hi:
        lo, hi = hi, lo
    if lo == hi:
        return _Result(lo.isoformat(), "day", earliest=lo, latest=hi, **kw)
    if (lo.year, lo.month) == (hi.year, hi.month):
        return _Result(lo.strftime("%Y-%m"), "month", earliest=lo, latest=hi, **kw)
    if lo.year == hi.year:
        # "a few days ago" across a month's end: the year is all one value can say (the window
        # stays in earliest/latest)
        return _Result(str(lo.year), "year", earliest=lo, latest=hi, **kw)
    return _Result(None, "none", earliest=lo, latest=hi, **kw)


def _unit_result(d: dt.date, unit: str, **kw: Any) -> _Result:
    """The calendar unit holding ``d`` as a value: a day, a week window, a month, a year."""
    lo, hi = _unit_bounds(d, unit)
    if unit == "year":
        return _Result(str(d.year), "year", earliest=lo, latest=hi, **kw)
    if unit == "month":
        return _Result(d.strftime("%Y-%m"), "month", earliest=lo, latest=hi, **kw)
    return _window(lo, hi, **kw)


# --- resolution ---------------------------------------------------------------------


def _count(lex: Lexicon, slots: dict[str, str]) -> int | None:
    if "num" in slots:
        n = slots["num"]
        return int(n) if n.isdigit() else lex.numbers.get(n)
    if "few" in slots:
        return None
    unit_count = lex.units[slots["unit"]][1]
    return unit_count


def _resolve(
    lex: Lexicon,
    slots: dict[str, str],
    has_prep: bool,
    anchor: dt.date | None,
    ahead: bool = False,
) -> _Result | None:
    """What the matched slots mean, against ``anchor``; None to reject the match. ``ahead``: a
    future cue stands before the expression, so a day and month without a year are the coming
    ones."""
    a = anchor
    if "month" in slots:
        month = lex.months[slots["month"]]
        year = int(slots["year"]) if "year" in slots else None
        day = int(re.match(r"\d+", slots["day"]).group()) if "day" in slots else None  # type: ignore[union-attr]
        if day is None and year is None:
            modified = any(k in slots for k in ("last", "next", "this"))
            if not (has_prep or modified):
                return None  # a bare month name is too often a name or a verb ("May", "Avril")
        if year is not None and day is not None:
            d = _safe_date(year, month, day)
            return _Result(d.isoformat(), "day", confidence=0.95) if d else None
        if year is not None:
            return _Result(f"{year:04d}-{month:02d}", "month", confidence=0.9)
        # the year comes from the anchor
        if a is None:
            return _Result(None, "none", relative=True, confidence=0.5, future="next" in slots, needs="month")
        if "next" in slots:
            y = a.year if month > a.month else a.year + 1
            return _Result(f"{y:04d}-{month:02d}", "month", relative=True, future=True, needs="month")
        if "last" in slots:
            y = a.year if month < a.month else a.year - 1
            return _Result(f"{y:04d}-{month:02d}", "month", relative=True, needs="month")
        if day is None:
            if ahead:
                y = a.year if month >= a.month else a.year + 1
                return _Result(f"{y:04d}-{month:02d}", "month", relative=True, future=True, needs="month")
            y = a.year if month <= a.month else a.year - 1
            return _Result(f"{y:04d}-{month:02d}", "month", relative=True, needs="month")
        y = a.year if (month, day) <= (a.month, a.day) else a.year - 1
        if ahead and (month, day) < (a.month, a.day) and ((last := _safe_date(y, month, day)) is None
                                                          or (a - last).days > 31):
            # the coming one; not when the last one is a month old or less ("prévu le 3 janvier",
            # written on 30 January: the plan was for then)
            y = a.year + 1
        elif ahead and (month, day) >= (a.month, a.day):
            y = a.year
        d = _safe_date(y, month, day) or _safe_date(y - 1, month, day)
        if d is None:
            return None
        conf = 0.85
        if "weekday" in slots:
            # "mardi 18 décembre": the weekday says which year, even a coming one
            wd = lex.weekdays[slots["weekday"]]
            fits = [c for yy in (y, y + 1) if (c := _safe_date(yy, month, day)) and c.weekday() == wd]
            if fits:
                d, conf = fits[0], 0.95
            else:
                conf = 0.5
        return _Result(d.isoformat(), "day", relative=True, confidence=conf, future=d > a, needs="month")

    if "year" in slots:
        year = int(slots["year"])
        future = a is not None and year > a.year
        return _Result(str(year), "year", confidence=0.9 if has_prep else 0.6, future=future)

    if "rel" in slots:
        days = lex.rel[slots["rel"]]
        if a is None:
            # "tomorrow" in a report of no known day is no date, but still says the act is to come
            return _Result(None, "none", relative=True, confidence=0.5, future=days > 0, needs="day")
        d = a + dt.timedelta(days=days)
        return _Result(d.isoformat(), "day", relative=True, confidence=0.9, future=days > 0, needs="day")

    if "weekday" in slots:
        if a is None:
            return _Result(None, "none", relative=True, confidence=0.5, future="next" in slots, needs="day")
        wd = lex.weekdays[slots["weekday"]]
        if "next" in slots:
            d = a + dt.timedelta(days=(wd - a.weekday()) % 7 or 7)
            return _Result(d.isoformat(), "day", relative=True, future=True, needs="day")
        back = (a.weekday() - wd) % 7
        if "last" in slots and back == 0:
            back = 7
        d = a - dt.timedelta(days=back)
        return _Result(d.isoformat(), "day", relative=True, confidence=0.85, needs="day")

    if "unit" in slots:
        unit = lex.units[slots["unit"]][0]
        needs = _NEEDS[unit]
        if a is None:
            future = any(k in slots for k in ("next", "after", "later"))
            return _Result(None, "none", relative=True, confidence=0.5, future=future, needs=needs)
        return _resolve_unit(lex, slots, unit, a)
    return None


def _resolve_unit(lex: Lexicon, slots: dict[str, str], unit: str, a: dt.date) -> _Result | None:
    needs = _NEEDS[unit]
    kw: dict[str, Any] = {"relative": True, "needs": needs}
    n = _count(lex, slots)
    if "ago" in slots or "after" in slots:
        sign = -1 if "ago" in slots else 1
        if "next" in slots:  # "in the next two weeks": a span starting now
            lo, hi = a + dt.timedelta(days=1), _shift(a, unit, n or _VAGUE[unit][1])
            return _window(lo, hi, future=True, confidence=0.6, **kw)
        if n is None:
            lo_n, hi_n = _VAGUE[unit]
            return _window(_shift(a, unit, sign * lo_n), _shift(a, unit, sign * hi_n),
                           future=sign > 0, confidence=0.6, **kw)  # fmt: skip
        d = _shift(a, unit, sign * n)
        if unit == "day":
            return _Result(d.isoformat(), "day", future=sign > 0, confidence=0.85, **kw)
        if unit == "week":
            return _window(d - dt.timedelta(days=3), d + dt.timedelta(days=3),
                           future=sign > 0, confidence=0.7, **kw)  # fmt: skip
        return _unit_result(d, unit, future=sign > 0, confidence=0.75, **kw)
    plural = "num" in slots or "few" in slots or lex.units[slots["unit"]][1] is None
    if unit == "day" and not plural and "ago" not in slots and "after" not in slots:
        return None  # "to this day", "the next day" count from the story, not the calendar
    if "last" in slots or "next" in slots:
        sign = -1 if "last" in slots else 1
        if "earlier" in slots or "later" in slots:  # "early last year"
            lo, hi = _unit_bounds(_shift(a, unit, sign), unit)
            mid = lo + (hi - lo) / 2
            lo, hi = (lo, mid) if "earlier" in slots else (mid, hi)
            if unit in ("year",):
                return _Result(str(lo.year), "year", earliest=lo, latest=hi, future=sign > 0, **kw)
            return _window(lo, hi, future=sign > 0, confidence=0.7, **kw)
        if plural:  # "the last two weeks", "ces derniers jours": a span ending (starting) now
            span = n if n is not None else _VAGUE[unit][1]
            far = _shift(a, unit, sign * span)
            near = a if sign < 0 else a + dt.timedelta(days=1)  # a plan starts after the report
            return _window(far, near, future=sign > 0, confidence=0.6, **kw)
        return _unit_result(_shift(a, unit, sign), unit, future=sign > 0, confidence=0.85, **kw)
    if "this" in slots:
        lo, hi = _unit_bounds(a, unit)
        if "earlier" in slots:
            hi = max(lo, a - dt.timedelta(days=1))
            return _window(lo, hi, confidence=0.7, **kw)
        if "later" in slots:
            lo = min(hi, a + dt.timedelta(days=1))
            return _window(lo, hi, future=True, confidence=0.7, **kw)
        if plural:
            return None
        return _unit_result(a, unit, confidence=0.85, **kw)
    return None


def _apply_anchor_precision(r: _Result, anchor: dt.date, precision: Precision) -> _Result:
    """Never say more than the anchor knows: a month-precise anchor gives month-precise days."""
    if _RANK[precision] >= _RANK.get(r.needs, 0) or r.value is None and r.earliest is None:
        return r
    if precision == "month":
        value: str | None = anchor.strftime("%Y-%m")
        prec: Precision = "month"
    elif precision == "year":
        value, prec = str(anchor.year), "year"
    else:
        value, prec = None, "none"
    return _Result(value, prec, relative=True, confidence=min(r.confidence, 0.4),
                   future=r.future, needs=r.needs)  # fmt: skip


# --- finding ----------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
# the numeric regex is slow to run over a whole text; this cheap one says if it is worth it
_NUMERIC_HINT = re.compile(r"\d[/.\-]\d")
# starts with a digit so that the regex engine can skip to digits; the character
# before the match is checked in Python (a leading look-behind defeats that skip)
_NUMERIC = re.compile(
    r"(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])"
    r"|(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d))(?![\d/]|[.\-]\d)"
)
_LOOKBACK_TOKENS = 5
_STOP = re.compile(r"[.;!?\n\u061f]")
_LOOKBACK_CHARS = 48


def _numeric(m: re.Match[str], order: str) -> dt.date | None:
    if m.group("iy"):
        return _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    day, month = (a, b) if order == "dmy" else (b, a)
    if month > 12 and day <= 12:  # the other order is the only one that fits
        day, month = month, day
    return _safe_date(y, month, day)


def _slots_of(lex: Lexicon, m: re.Match[str]) -> tuple[int, dict[str, str]]:
    name = m.lastgroup or ""
    index = int(name[1:]) if name.startswith("t") and name[1:].isdigit() else -1
    slots: dict[str, str] = {}
    if index >= 0:
        for slot in lex.templates[index]:
            v = m.group(f"t{index}_{slot}")
            if v is not None:
                slots[slot] = " ".join(v.split())
    return index, slots


def find_dates(
    text: str,
    lang: str,
    anchor: dt.date | None,
    anchor_precision: Precision = "day",
    start: int = 0,
    end: int | None = None,
    shadow: FastShadow | None = None,
) -> list[DateMention]:
    """Date expressions in ``text[start:end]``, resolved against ``anchor``.

    Offsets are relative to the whole ``text``.  Pass ``shadow`` (from
    :func:`fast_shadow`) to reuse one folding of the text across calls.
    """
    lex = lexicon(lang)
    if end is None:
        end = len(text)
    sh = shadow or fast_shadow(text)
    s_text = sh.text
    # shadow bounds of the original range
    s_lo = _shadow_index(sh, start)
    s_hi = _shadow_index(sh, end) if end < len(text) else len(s_text)
    if anchor is not None and anchor_precision == "none":
        anchor = None
    found: list[tuple[int, int, _Result]] = []
    cued: set[int] = set()  # starts of the expressions a future cue stands before
    taken_until = s_lo

    # numeric dates first: they are language-neutral and cheap to spot
    numeric_spans: list[tuple[int, int]] = []
    hint = _NUMERIC_HINT.search(s_text, s_lo, s_hi)
    if hint is not None:
        for m in _NUMERIC.finditer(s_text, max(s_lo, hint.start() - 4), s_hi):
            if m.start() > 0 and s_text[m.start() - 1] in _NOT_BEFORE_NUMERIC:
                continue
            d = _numeric(m, lex.numeric_order)
            if d is not None:
                found.append((m.start(), m.end(), _Result(d.isoformat(), "day", confidence=0.9)))
                numeric_spans.append((m.start(), m.end()))

    pattern = lex.pattern
    for t_start, t_end in _trigger_spans(s_text, s_lo, s_hi, lex):
        if t_start < taken_until:
            continue
        if numeric_spans and any(a <= t_start < b for a, b in numeric_spans):
            continue
        # try the regex from a few words back, earliest first, so that prepositions,
        # numbers and the day before a month name belong to the expression
        back_from = max(taken_until, s_lo, t_start - _LOOKBACK_CHARS)
        line_start = s_text.rfind("\n", back_from, t_start) + 1
        back_from = max(back_from, line_start)
        # walk back over the words a date expression can contain; a match can only
        # start on one of them, and never across a sentence stop
        toks = [(w.start(), w.end(), w.group()) for w in _TOKEN.finditer(s_text, back_from, t_start)]
        if toks and toks[0][0] == back_from and back_from > 0 and _is_w(s_text[back_from - 1]):
            toks = toks[1:]  # the window cut a word in two
        starts: list[int] = []
        gap_end = t_start
        for w_start, w_end, tok in reversed(toks):
            if _STOP.search(s_text, w_end, gap_end) or len(starts) >= _LOOKBACK_TOKENS:
                break
            digit = tok[:1].isdigit() or tok[-1:].isdigit()
            if not (digit or tok in lex.chain):
                break
            if digit or tok in lex.starters:
                starts.append(w_start)
            gap_end = w_start
        starts.reverse()
        starts.append(t_start)
        for c_start in starts:
            mt = pattern.match(s_text, c_start, s_hi)
            if mt is None or mt.end() < t_end:
                continue
            index, slots = _slots_of(lex, mt)
            if index < 0:
                continue
            has_prep = lex.anchored[index] or (
                mt.group("prep") is not None if "prep" in pattern.groupindex else False
            )
            ahead = bool(lex.future_cues) and _cued_ahead(s_text, max(line_start, s_lo), mt.start(), lex)
            result = _resolve(lex, slots, has_prep, anchor, ahead)
            if result is None:
                continue
            if not _plausible(lex, slots, has_prep, mt, text, sh, result):
                continue
            found.append((mt.start(), mt.end(), result))
            if ahead:
                cued.add(mt.start())
            taken_until = mt.end()
            break

    found.sort(key=lambda x: x[0])
    out: list[DateMention] = []
    for s0, s1, r in found:
        if anchor is not None and r.relative:
            r = _apply_anchor_precision(r, anchor, anchor_precision)
        o0, o1 = sh.span(s0, s1)
        while o1 < len(text) and _is_mark(text[o1]):
            o1 += 1  # a final kasra or shadda belongs to the word it sits on
        out.append(
            DateMention(
                start=o0,
                end=o1,
                text=text[o0:o1],
                value=r.value,
                precision=r.precision,
                relative=r.relative,
                confidence=r.confidence,
                earliest=r.earliest.isoformat() if r.earliest else None,
                latest=r.latest.isoformat() if r.latest else None,
                future=r.future,
                cued=s0 in cued,
            )
        )
    return out


_YEAR = re.compile(r"(?:19\d\d|20\d\d|2100)")


def _cued_ahead(s: str, floor: int, at: int, lex: Lexicon) -> bool:
    """Whether a future cue stands among the three words before ``at`` in shadow text ``s``,
    within the sentence."""
    before = s[max(floor, at - 60) : at]
    stop = _STOP.search(before[::-1])
    if stop is not None:
        before = before[len(before) - stop.start() :]
    words = re.findall(r"\w+", before)[-3:]
    return any(tuple(words[i : i + len(c)]) == c for c in lex.future_cues for i in range(len(words) - len(c) + 1))


def _trigger_spans(s: str, lo: int, hi: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Where the trigger words and the plausible years are, in order."""
    spans: list[tuple[int, int]] = []
    for m in lex.trigger_regex.finditer(s, lo, hi):
        i, j = m.span()
        if i > 0 and _is_w(s[i - 1]):
            # inside a word: only a proclitic may come before it ("والأسبوع")
            w = i - 1
            while w > 0 and i - w < 4 and _is_w(s[w - 1]):
                w -= 1
            if (w > 0 and _is_w(s[w - 1])) or s[w:i] not in lex.proclitic_set:
                continue
            i = w  # the expression starts with its proclitic
        spans.append((i, j))
    for m in _YEAR.finditer(s, lo, hi):
        i, j = m.span()
        if (i == 0 or s[i - 1] not in _NOT_BEFORE_YEAR and not _is_w(s[i - 1])) and (
            j >= len(s) or not (s[j].isdigit() or s[j] in ".," and s[j + 1 : j + 2].isdigit())
        ):
            spans.append((i, j))
    spans.sort()
    return spans


_NOT_BEFORE_YEAR = frozenset(".,")
_NOT_BEFORE_NUMERIC = frozenset("0123456789/.-")


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Cf")


def _is_w(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _shadow_index(sh: FastShadow, original_offset: int) -> int:
    if original_offset <= 0:
        return 0
    if sh._shadow is not None:
        return sh._shadow.find_from(original_offset)
    # smallest s with original(s) >= offset; original(s) = s + deletions before it
    lo, hi = 0, len(sh.text)
    while lo < hi:
        mid = (lo + hi) // 2
        if sh.original(mid) < original_offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _plausible(
    lex: Lexicon,
    slots: dict[str, str],
    has_prep: bool,
    m: re.Match[str],
    text: str,
    sh: FastShadow,
    r: _Result,
) -> bool:
    """Reject the look-alikes: "May" the verb, "Mars" the planet, a year in a name."""
    if "month" in slots:
        o = sh.original(m.start(_group_name(m, "month")))
        if lex.months_capitalised and not text[o : o + 1].isupper():
            return False  # "may" the verb; English writes month names with a capital
        bare = "day" not in slots and "year" not in slots
        modified = any(k in slots for k in ("last", "next"))
        if bare and slots["month"] in lex.ambiguous_months and not (has_prep or modified):
            return False
    following = re.findall(r"\w+", sh.text[m.end() : m.end() + 40])[:3]
    if lex.event_links and ("after" in slots or "ago" in slots) and _links_an_event(following, lex):
        return False  # "four days after the attack": counted from the attack, not the report
    if set(slots) == {"year"}:
        if following and following[0] in lex.not_after_year:
            return False  # "2000 euros", "1500 people": a quantity, not a year
        ys = m.start(_group_name(m, "year"))
        if lex.not_before_year:
            # the words right before the number itself (a preposition of the match included: "أكثر من")
            prior = re.findall(r"\w+", sh.text[max(0, ys - 40) : ys])[-3:]
            if any(" ".join(prior[-k:]) in lex.not_before_year for k in (1, 2) if len(prior) >= k):
                return False  # "plus de 2000 ont été blessées": a count, not a year
        # "World Cup 2022", "COP 28 ... 2030": a year glued to a capitalised name
        o = sh.original(ys)
        before = text[max(0, o - 30) : o].rstrip()
        word = re.findall(r"\w+$", before)
        if not has_prep and word and word[0][:1].isupper():
            r.confidence = 0.3
    return True


def _links_an_event(following: list[str], lex: Lexicon) -> bool:
    """Whether the words after a span ("على الهجوم", "من الانتخابات") tie it to an event: a link
    word, not one of the exceptions ("من الآن", "من قبل": from now, by)."""
    # one word may stand between ("بعد يوم واحد على", "بعد خمسة أيام فقط من")
    return any(words and words[0] in lex.event_links and tuple(words) not in lex.event_links_not
               for words in (following[:2], following[1:3]))


def _group_name(m: re.Match[str], slot: str) -> str:
    name = m.lastgroup or ""
    return f"{name}_{slot}"


# --- publication dates ---------------------------------------------------------------

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})(?:[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?)?"
    r"(?:(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?\s*$"
)


def parse_publication(value: str | dt.date | None) -> tuple[dt.date | None, Precision]:
    """A metadata date (feed, sitemap, JSON) as a date and how much of it is known."""
    if value is None:
        return None, "none"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    s = str(value).strip()
    if not s:
        return None, "none"
    m = _ISO.match(s)
    if m:
        y = int(m.group("y"))
        if not 1000 <= y <= 2999:
            return None, "none"
        if m.group("d"):
            d = _safe_date(y, int(m.group("m")), int(m.group("d")))
            return (d, "day") if d else (None, "none")
        if m.group("m"):
            mo = int(m.group("m"))
            return (dt.date(y, mo, 1), "month") if 1 <= mo <= 12 else (None, "none")
        return dt.date(y, 1, 1), "year"
    try:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date(), "day"
    except ValueError:
        pass
    if re.search(r"\d{1,2}:\d{2}", s) and re.search(r"[A-Za-z]{3}", s):
        import email.utils

        try:
            return email.utils.parsedate_to_datetime(s).date(), "day"
        except (TypeError, ValueError, IndexError):
            pass
    found = _publication_from_words(s)
    if found is not None:
        return found
    return _dateparser_fallback(s)


def _publication_from_words(s: str) -> tuple[dt.date | None, Precision] | None:
    from dyad.lang import available_languages

    for code in available_languages():
        try:
            mentions = find_dates(s, code, None)
        except KeyError:
            continue
        for dm in mentions:
            if dm.relative or dm.value is None or dm.precision == "none":
                continue
            if len(dm.text) < 0.5 * len(s.strip()):
                continue
            parsed, prec = parse_publication(dm.value)
            return parsed, prec
    return None


def _dateparser_fallback(s: str) -> tuple[dt.date | None, Precision]:
    """Last resort for odd metadata formats; dateparser is slow but this is rare."""
    if not re.search(r"\d{4}", s):
        return None, "none"  # no year: dateparser would fill it from today's date
    try:
        from dateparser.date import DateDataParser

        parser = DateDataParser(settings={"REQUIRE_PARTS": ["year"], "STRICT_PARSING": False})
        data = parser.get_date_data(s)
    except Exception:  # dateparser raises many kinds on garbage; none of them matters here
        return None, "none"
    if data is None or data.date_obj is None:
        return None, "none"
    period = data.period or "day"
    prec: Precision = "day" if period in ("day", "time", "week") else "month" if period == "month" else "year"
    d = data.date_obj.date()
    return (d if prec == "day" else d.replace(day=1) if prec == "month" else dt.date(d.year, 1, 1)), prec


# --- the pipeline component ---------------------------------------------------------


class DateStage:
    """Pipeline component: fills ``doc.dates`` over the whole text.

    The anchor is the publication date; a document without one falls back on the date
    of its dateline when that has a year ("Belgrade, 8 April 2010 -").
    """

    name = "dates"

    def __call__(self, doc: Document) -> None:
        from dyad.lang import available_languages

        if doc.lang not in available_languages():
            return
        if not (lexicon(doc.lang).templates):
            return
        anchor, precision = doc.publication_date, doc.publication_precision
        if anchor is None or precision == "none":
            anchor, precision = self._dateline_anchor(doc)
        doc.dates = find_dates(doc.text, doc.lang, anchor, precision)

    @staticmethod
    def _dateline_anchor(doc: Document) -> tuple[dt.date | None, Precision]:
        from dyad.dateline import find_dateline

        if not _YEAR.search(doc.text, 0, 400):
            return None, "none"  # a dateline date without a year is no anchor
        dl = find_dateline(doc.text, doc.lang)
        if dl is None or dl.date is None or dl.date.value is None or dl.date.relative:
            return None, "none"
        return parse_publication(dl.date.value)
