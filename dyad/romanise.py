"""Latin forms of names written in another script, from the language packs' ``romanise.yaml``.

Two uses, two tables of one pack file:

* ``romanised(raw)`` is the name an analyst reads for a person the knowledge base does not
  know ("سليم الجبوري" -> "Salim al-Jubouri"): whole name words in their usual press spelling
  (``words``), else letter by letter (``letters``, with ``initial``, ``final`` and ``medial``
  forms, and the ``article`` prefix written as its Latin form).
* ``skeleton_letters(word)`` gives each letter the consonant a romaniser writes for it
  (``skeleton``), so that ``resolve.skeleton`` can compare an Arabic spelling of a name with a
  Latin one.  It must not change with the display spellings: person ids are built from it.

The pack of a name is found by its letters (the first pack whose ``letters`` has the name's
first letter of a non-Latin script), so an Arabic name quoted in an English report is shown the
same way as in an Arabic one.  A script no pack romanises is left as written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from dyad.lang import pack_cached
from dyad.text import fold, has_arabic, presentation_base


@dataclass(frozen=True)
class Romaniser:
    """One pack's ``romanise.yaml``, ready for use."""

    letters: dict[str, str]
    initial: dict[str, str]
    final: dict[str, str]
    medial: dict[str, str]
    vowel_letters: frozenset[str]
    articles: tuple[tuple[str, str], ...]  # (prefix, Latin form), longest first
    words: dict[str, str]  # folded word -> spelling
    skeleton: dict[int, str]  # str.translate table

    def word(self, raw: str) -> str:
        """One name word in Latin letters (raw: as written, diacritics allowed)."""
        lead, core, trail = _edges(raw)
        if core != raw:
            # punctuation glued to the word ("«سليم", "الجبوري،") is kept around it, not spelled
            return lead + self.word(core) + trail if core else raw
        spelled = self.words.get(fold(raw))
        if spelled is not None:
            return spelled
        plain = _letters_only(raw)
        for prefix, latin in self.articles:
            rest = plain[len(prefix):]
            if plain.startswith(prefix) and len(rest) >= 2:
                known = self.words.get(fold(rest))
                stem = known if known is not None else self._spell(rest)
                return latin + stem[:1].upper() + stem[1:]
        spelled = self._spell(plain)
        return spelled[:1].upper() + spelled[1:]

    def _spell(self, plain: str) -> str:
        out = []
        last = len(plain) - 1
        for i, ch in enumerate(plain):
            if i == 0 and ch in self.initial:
                out.append(self.initial[ch])
            elif i == last and ch in self.final and i > 0:
                out.append(self.final[ch])
            elif 0 < i < last and ch in self.medial and plain[i - 1] not in self.vowel_letters \
                    and plain[i + 1] not in self.vowel_letters:
                # a long vowel between two consonants ("سليم": s-l-i-m, not s-l-y-m)
                out.append(self.medial[ch])
            else:
                out.append(self.letters.get(ch, ch))
        return "".join(out).lower()

    def name(self, raw: str) -> str:
        words = [self.word(w) for w in raw.split()]
        text = " ".join(w for w in words if w)
        # the first letter, not a quotation mark before it
        first = next((i for i, c in enumerate(text) if c.isalpha()), 0)
        return text[:first] + text[first:first + 1].upper() + text[first + 1:]


def _edges(raw: str) -> tuple[str, str, str]:
    """``raw`` as (leading punctuation, the word, trailing punctuation); vowel marks are part
    of the word."""

    def inner(c: str) -> bool:
        return c.isalnum() or unicodedata.combining(c) != 0

    i, j = 0, len(raw)
    while i < j and not inner(raw[i]):
        i += 1
    while j > i and not inner(raw[j - 1]):
        j -= 1
    return raw[:i], raw[i:j], raw[j:]


def _letters_only(raw: str) -> str:
    """The word without its vowel marks and tatweel (its letters kept as written: a final ة is
    not the ه that fold() makes of it); Arabic presentation forms (the contextual glyphs some
    sites emit, "ﺳﻠﻴﻢ") are their base letters, as fold() makes them."""
    letters = "".join(presentation_base(c) for c in unicodedata.normalize("NFC", raw))
    return "".join(c for c in letters if not unicodedata.combining(c) and c != "\u0640")


@pack_cached()
def romanisers() -> tuple[Romaniser, ...]:
    """Every pack's romaniser (packs without a ``romanise.yaml`` have none)."""
    from dyad.lang import available_languages, get_pack

    out = []
    for code in available_languages():
        data = get_pack(code).data("romanise") or {}
        if not data.get("letters"):
            continue
        articles = data.get("articles") or {}
        out.append(Romaniser(
            letters={str(k): str(v) for k, v in data["letters"].items()},
            initial={str(k): str(v) for k, v in (data.get("initial") or {}).items()},
            final={str(k): str(v) for k, v in (data.get("final") or {}).items()},
            medial={str(k): str(v) for k, v in (data.get("medial") or {}).items()},
            vowel_letters=frozenset(str(v) for v in data.get("vowel_letters") or []),
            articles=tuple(sorted(((str(k), str(v)) for k, v in articles.items()), key=lambda kv: -len(kv[0]))),
            words={fold(str(k)): str(v) for k, v in (data.get("words") or {}).items()},
            skeleton=str.maketrans({str(k): str(v) for k, v in (data.get("skeleton") or {}).items()}),
        ))
    return tuple(out)


def _romaniser_for(text: str) -> Romaniser | None:
    packs = romanisers()
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            # the first letter of another script that a pack romanises picks the pack; a letter
            # no pack knows (Greek, a tatweel, a rare letter) does not stop the search
            for c in _letters_only(ch):
                r = next((r for r in packs if c in r.letters or c in r.initial), None)
                if r is not None:
                    return r
    return None


def romanised(raw: str) -> str:
    """A readable Latin form of a name (names in Latin script only have their spaces tidied)."""
    if raw.isascii():
        return " ".join(raw.split())
    r = _romaniser_for(raw)
    if r is None:
        return " ".join(raw.split())
    return r.name(raw)


@pack_cached()
def _skeleton_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for r in romanisers():
        for k, v in r.skeleton.items():
            table.setdefault(k, v)
    return table


def skeleton_letters(word: str) -> str:
    """``word`` with each letter of a romanised script as the consonant(s) a romaniser writes
    (letters of no pack's ``skeleton`` table stay as they are).

    Only a word written (partly) in such a script is translated: an ASCII key of the table
    ("'") must not change a word of another script ("Øs'hi"), whose skeleton (and person ids)
    would differ from what resolve computed before the table moved here."""
    if word.isascii():
        return word
    table = _skeleton_table()
    if not has_arabic(word) and not any(ord(c) in table for c in word if not c.isascii()):
        return word
    return word.translate(table)

