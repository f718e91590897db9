"""Text layer: the normalised shadow string, sentence splitting, language identification.

Matching happens on a *shadow* of the text (case-folded, diacritics and Arabic
letter variants folded, tatweel dropped).  Every shadow character remembers
which original character it came from, so a hit in the shadow maps back to
exact offsets in the stored text.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from dyad.doc import Document, Sentence
from dyad.lang import pack_cached

# Arabic folding: the letter variants that spelling in the wild does not keep apart.
_ARABIC_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    "ـ": "",  # tatweel
    "ک": "ك",
    "ی": "ي",
}
_QUOTES = {
    "’": "'",
    "‘": "'",
    "`": "'",
    "ʼ": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "‑": "-",
    "\u00a0": " ",
    "\u202f": " ",
}


def presentation_base(ch: str) -> str:
    """An Arabic presentation form (the contextual glyphs some sites emit: "ﺍﺳﺘﻬﺪﻑ") as its base
    letters, a ligature (ﻻ) as two; any other character as it is."""
    if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
        return unicodedata.normalize("NFKC", ch)
    return ch


@functools.lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    if ch in _ARABIC_FOLD:
        return _ARABIC_FOLD[ch]
    base = presentation_base(ch)
    if base != ch:
        return "".join(_fold_char(c) for c in base)
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch == "\x00":
        return ""  # NUL is no text, and the translate table uses it to mark deletions
    cat = unicodedata.category(ch)
    if cat == "Mn":  # combining marks: Latin accents, Arabic harakat, shadda
        return ""
    if cat == "Cf":  # zero-width joiners, bidi marks
        return ""
    low = ch.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFD", low)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


_TRANSLATE: dict[int, str] = {}
_KNOWN: set[str] = set()
_MULTI: set[str] = set()


def _learn(text: str) -> dict[int, str]:
    """The translate table, with every character of ``text`` entered (deletions as NUL)."""
    table = _TRANSLATE
    for ch in set(text) - _KNOWN:
        folded = _fold_char(ch)
        _KNOWN.add(ch)
        if len(folded) > 1:
            _MULTI.add(ch)
        table[ord(ch)] = folded if folded else "\x00"
    return table


_FOLDED: dict[str, str] = {}


def fold(text: str) -> str:
    """The normalised form of ``text`` (what the shadow holds), for lexicon keys."""
    # fold() runs on many short pieces of text per trigger and per token, mostly the same
    # words again and again: short ones are remembered (bounded, cleared when full)
    got = _FOLDED.get(text)
    if got is not None:
        return got
    # one str.translate (in C) with the table Shadow.of keeps
    out = text.translate(_learn(text))
    if "\x00" in out:
        out = out.replace("\x00", "")
    if len(text) <= 48:
        if len(_FOLDED) >= 100_000:
            _FOLDED.clear()
        _FOLDED[text] = out
    return out


@dataclass(slots=True)
class Shadow:
    """Normalised text plus a map from each of its characters to the original."""

    text: str
    origin: list[int]  # origin[i] = offset in the original of shadow char i
    original_length: int

    @classmethod
    def of(cls, original: str) -> Shadow:
        # fast path: every character folds to at most one character, so one str.translate
        # (in C) does the folding and only deletions (accents, tatweel) move offsets
        table = _learn(original)
        if _MULTI and not _MULTI.isdisjoint(original):
            return cls._slow(original)
        translated = original.translate(table)
        if "\x00" not in translated:
            return cls(translated, list(range(len(original))), len(original))
        origin = list(itertools.compress(range(len(original)), map(operator.ne, translated, itertools.repeat("\x00"))))
        return cls(translated.replace("\x00", ""), origin, len(original))

    @classmethod
    def _slow(cls, original: str) -> Shadow:
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(original):
            folded = _fold_char(ch)
            if not folded:
                continue
            parts.append(folded)
            origin.extend([i] * len(folded))
        return cls("".join(parts), origin, len(original))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a shadow span [start, end) to the original text."""
        if start >= len(self.origin):
            return self.original_length, self.original_length
        o_start = self.origin[start]
        o_end = self.origin[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def find_from(self, original_offset: int) -> int:
        """First shadow index whose original offset is >= ``original_offset``."""
        import bisect

        return bisect.bisect_left(self.origin, original_offset)


def is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def word_hits(
    automaton: Any, s: str, start: int = 0, end: int | None = None, proclitics: tuple[str, ...] = (),
    glued: bool = False, inside_compounds: bool = True,
) -> Iterator[tuple[int, int, Any, str]]:
    """Aho-Corasick matches of ``automaton`` in the folded text ``s`` that stand as whole words.

    Yields ``(start, end, value, prefix)`` in shadow offsets.  With ``glued`` (Arabic script) a
    match may follow a proclitic of ``proclitics`` written onto it (و، ب، ال ...), returned as
    ``prefix``; without ``inside_compounds`` a match right after "word-" ("US-led", "U.S.-backed") is skipped.
    """
    end = len(s) if end is None else end
    for end_idx, (key, value) in automaton.iter(s, start, end):
        st = end_idx - len(key) + 1
        en = end_idx + 1
        if en < len(s) and s[en].isalnum():
            continue
        if not inside_compounds and st > 1 and s[st - 1] == "-" and (
                s[st - 2].isalnum() or (st > 2 and s[st - 2] == "." and s[st - 3].isalnum())):
            # ("U.S.-backed": an abbreviation's closing point before the hyphen)
            continue
        prefix = ""
        # a form that opens with punctuation ("'s support for") may follow a word directly
        if st > 0 and s[st - 1].isalnum() and s[st].isalnum():
            if not glued:
                continue
            k = st - 1
            while k >= 0 and s[k].isalnum():
                k -= 1
            prefix = s[k + 1 : st]
            if prefix not in proclitics:
                continue
        yield st, en, value, prefix


_SPACE_RUN = re.compile(r"[ \t\u00a0]+")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_WORD = re.compile(r"\w+")


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds a letter of the basic Arabic block (U+0600-U+06FF)."""
    return _ARABIC_LETTER.search(text) is not None


# --- sentences -------------------------------------------------------------

# a stop and a space; in Arabic typesetting also a stop glued to the next sentence's first
# letter ("«...».وفي السياق"), which the loop accepts only after a closing quote or a word;
# and in scraped Latin text a stop glued between a lower-case word and a capitalised one
# ("la justice.Le président", "« violences inadmissibles ».Après", "à perpétuité.L’attentat"), or an opening quotation
# mark ("a-t-il dit.«Nous", "voters.“When"), not in initials or domains ("U.S.", "bbc.com")
_CLOSERS = ('"', "”", "»", ")")
_BREAK = re.compile(r"([.!?؟。]+|[.!?؟]['\"”»’)]+)(\s+|(?=[\u0621-\u064a])|(?:(?<=[a-zà-ÿ]{3}\.)|(?<=[\"”»)]\.))(?=[A-ZÀ-Ý](?:[a-zà-ÿ]|['’]\w))"
                    r"|(?<=[a-zà-ÿ]{3}\.)(?=[«“]\s?[A-ZÀ-Ý]))")


def split_sentences(
    text: str, abbreviations: Iterable[str] = (), default_lang: str = "und"
) -> list[Sentence]:
    """Split ``text`` into sentences with offsets.

    Paragraphs (line breaks) always end a sentence, because headlines, datelines and
    list items on their own line carry no final stop.  Inside a line a stop followed
    by whitespace ends a sentence unless the word before it is a known abbreviation
    or a single capital initial.
    """
    abbrev = {a.lower().rstrip(".") for a in abbreviations}
    sentences: list[Sentence] = []
    paragraph = 0
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            paragraph += 1
            continue
        seg_start = line_start
        for m in _BREAK.finditer(line):
            stop_end = line_start + m.end(1)
            before = line[: m.start(1)]
            word = re.split(r"[\s(\"'«“]", before)[-1] if before else ""
            if m.group(1) == "." and (
                word.lower() in abbrev or (len(word) == 1 and word.isupper()) or word.isdigit() and len(word) <= 2 and _next_is_lower(line, m.end())
            ):
                continue
            if _next_is_lower(line, m.end()) and m.group(1) == ".":
                continue
            if not m.group(2) and len(m.group(1)) == 1 and len(word) < 3 and not before.endswith(_CLOSERS):
                continue  # "أ.د" and other glued abbreviations
            _add(sentences, text, seg_start, stop_end, default_lang, paragraph)
            seg_start = line_start + m.end()
        _add(sentences, text, seg_start, line_start + len(line), default_lang, paragraph)
        paragraph += 1
    return sentences


def _next_is_lower(line: str, idx: int) -> bool:
    return idx < len(line) and line[idx].islower()


def _add(out: list[Sentence], text: str, start: int, end: int, lang: str, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, lang, paragraph))


# --- language identification ----------------------------------------------


_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")
_LATIN_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f]")


def script_share(text: str) -> dict[str, float]:
    """Fraction of letters in Arabic and Latin script (counted by regular expressions, in C)."""
    total = len(_LETTER.findall(text)) or 1
    arabic = len(_ARABIC_SCRIPT.findall(text))
    latin = len(_LATIN_SCRIPT.findall(text))
    return {"arabic": arabic / total, "latin": latin / total, "other": max(0.0, 1 - (arabic + latin) / total)}


@pack_cached(8)
def _detector(codes: tuple[str, ...]):  # type: ignore[no-untyped-def]
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = []
    for code in codes:
        try:
            isos.append(getattr(IsoCode639_1, code.upper()))
        except AttributeError:
            continue
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).with_low_accuracy_mode().build()


def identify(text: str, codes: tuple[str, ...]) -> tuple[str, float]:
    """Language of ``text`` among ``codes`` (ISO 639-1), or "other".

    Script decides first: lingua only chooses among the packs written in the
    script the text is mostly in, and a text in a script no pack uses is "other".
    """
    from dyad.lang import get_pack

    share = script_share(text[:1500])
    if share["arabic"] >= 0.5:
        script = "Arab"
    elif share["latin"] >= 0.5:
        script = "Latn"
    else:
        return "other", 0.5
    candidates = tuple(c for c in codes if get_pack(c).script == script)
    if not candidates:
        return "other", 0.5
    if len(candidates) == 1:
        return candidates[0], 0.9
    # the candidates plus a few common look-alikes, so that Spanish is not forced into French
    extra = ("es", "it", "de", "pt", "nl") if script == "Latn" else ("fa", "ur")
    pool = tuple(sorted(set(candidates) | set(extra)))
    detector = _detector(pool)
    values = detector.compute_language_confidence_values(text[:600])
    if not values:
        return "other", 0.0
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if code not in candidates:
        return "other", float(best.value)
    return code, float(best.value)


def normalise_whitespace(text: str) -> str:
    """Unify line endings and strip trailing spaces; keeps paragraph structure."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACE_RUN.sub(" ", ln).rstrip() for ln in text.split("\n")]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


class TextLayer:
    """Pipeline component: document and sentence languages, sentences."""

    name = "text"

    def __init__(self, languages: tuple[str, ...]):
        self.languages = languages

    def __call__(self, doc: Document) -> None:
        from dyad.lang import get_pack

        if doc.lang in ("", "und", None):
            doc.lang, doc.lang_confidence = identify(doc.text, self.languages)
        pack = get_pack(doc.lang) if doc.lang in self.languages else None
        abbreviations = pack.abbreviations if pack else ()
        doc.sentences = split_sentences(doc.text, abbreviations, doc.lang)
        # lingua per paragraph, not per sentence: a quote in another language fills a
        # paragraph far more often than half a sentence, and it costs a tenth of the time
        para_lang: dict[int, str] = {}
        para_text: dict[int, list[str]] = {}
        for s in doc.sentences:
            para_text.setdefault(s.paragraph, []).append(doc.text[s.start : s.end])
        for s in doc.sentences:
            if s.paragraph not in para_lang:
                para_lang[s.paragraph] = self.sentence_language(" ".join(para_text[s.paragraph]), doc.lang)
            s.lang = para_lang[s.paragraph]
            if s.lang != "ar" and _ARABIC_LETTER.search(doc.text, s.start, s.end):
                if script_share(doc.text[s.start : s.end])["arabic"] >= 0.5:
                    s.lang = "ar" if "ar" in self.languages else "other"

    def sentence_language(self, sentence: str, doc_lang: str) -> str:
        """Language of a piece of a document whose language is ``doc_lang``."""
        # (counting letters costs more than the rest: a text with no Arabic letter in a Latin
        # document is not counted)
        share = script_share(sentence) if doc_lang == "ar" or _ARABIC_SCRIPT.search(sentence) else None
        if share is not None and share["arabic"] >= 0.5:
            return "ar" if "ar" in self.languages else "other"
        if doc_lang == "ar" and share is not None and share["latin"] >= 0.5 and len(sentence) > 30:
            code, _ = identify(sentence, self.languages)
            return code
        if len(sentence) < 120 or doc_lang not in self.languages:
            return doc_lang
        # a paragraph full of the document language's function words needs no detector
        from dyad.lang import get_pack

        common = get_pack(doc_lang).function_words
        if common and sum(1 for w in _WORD.findall(sentence.lower()) if w in common) >= 3:
            return doc_lang
        code, conf = identify(sentence, self.languages)
        return code if code != "other" and conf > 0.9 else doc_lang
