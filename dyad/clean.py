"""Page-furniture removal: share prompts, comment forms, related-article blocks, bylines.

Web pages end with material that is not the article.  Left in, a related headline
("Marrakech hosts the Qatar Africa Business Forum") becomes a false event.  The phrases
are language-pack data (``boilerplate.yaml``); this module only applies them.  All
packs' phrases are applied to every document, because furniture is often in another
language than the article and the document language is not known yet at this point.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from dyad.lang import available_languages, get_pack, pack_cached
from dyad.text import Shadow, fold, normalise_whitespace

# a furniture block header is a short line; a long one is prose that happens to start alike
_MAX_HEADER = 80
_MAX_HEADLINE = 140
_FINAL_STOP = (".", "!", "?", "؟", "»", '"', "”", ":")
_SENTENCE_END = (".", "!", "?", "؟", "»", '"', "”", ".)")
# an HTML character reference left in plain text by a scraper ("pr&#233;cis", "&amp;"): only the
# complete ones, with their semicolon ("AT&T" stays)
_CHAR_REF = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Rules:
    cut_from: tuple[str, ...]
    drop: re.Pattern[str] | None
    byline: re.Pattern[str] | None
    inline: re.Pattern[str] | None = None  # cut a line from the match to its end
    glued: re.Pattern[str] | None = None  # a related title glued into a story line: cut to where the story resumes
    glued_words: tuple[str, ...] = ()  # a line holds one of these before `glued` is searched (empty: always)
    lead: re.Pattern[str] | None = None  # furniture glued before a story line's first words: cut
    lead_note_words: frozenset[str] = frozenset()  # words that make a leading (...) an editor's note
    link_boxes: tuple[str, ...] = ()  # cut_from phrases that may head one link inside the story


@pack_cached(4)
def rules_for(languages: tuple[str, ...]) -> Rules:
    cut: list[str] = []
    drops: list[str] = []
    bylines: list[str] = []
    inline: list[str] = []
    glued: list[str] = []
    glued_words: list[str] | None = []  # None once a pack's glued titles come without their words
    lead: list[str] = []
    note_words: set[str] = set()
    boxes: list[str] = []
    for code in languages:
        data = get_pack(code).data("boilerplate") or {}
        cut.extend(fold(p).strip() for p in data.get("cut_from", []))
        drops.extend(data.get("drop_lines", []))
        bylines.extend(data.get("bylines", []))
        inline.extend(data.get("cut_inline", []))
        glued.extend(data.get("glued_titles", []))
        if data.get("glued_titles") and glued_words is not None:
            words = [fold(str(w)).strip() for w in data.get("glued_title_words", []) or []]
            glued_words = glued_words + words if words else None
        lead.extend(data.get("cut_lead", []))
        note_words.update(fold(str(w)).strip() for w in data.get("lead_note_words", []))
        boxes.extend(fold(p).strip() for p in data.get("link_boxes", []))

    def compile_all(patterns: list[str]) -> re.Pattern[str] | None:
        if not patterns:
            return None
        return re.compile("(?:" + "|".join(f"(?:{p})" for p in dict.fromkeys(patterns)) + r")\s*$")

    cut_inline = re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(inline))) if inline else None
    cut_glued = re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(glued))) if glued else None
    cut_lead = re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(lead))) if lead else None
    return Rules(tuple(sorted(set(cut), key=len, reverse=True)), compile_all(drops), compile_all(bylines), cut_inline,
                 cut_glued, tuple(glued_words or ()), cut_lead, frozenset(note_words),
                 tuple(sorted(set(boxes), key=len, reverse=True)))


# "(Corrects paragraph 7 to show ...) HAVANA (Reuters) -": an editor's note before the story (one
# level of brackets inside: "(Corrects to show Trump (not Pence) spoke)")
_LEAD_NOTE = re.compile(r"\s*(?:\(((?:[^()\n]|\([^()\n]*\)){1,400})\)|\[([^\[\]\n]{1,400})\])\s*")


def _lead_note(line: str, words: frozenset[str]) -> int:
    """Length of an editor's note in brackets opening the first line (a correction, an update,
    a promotion), or 0; an agency's name in brackets ("(Reuters) -", "(CNN)") is no note."""
    m = _LEAD_NOTE.match(line)
    if m is None or not words or words.isdisjoint(re.findall(r"[\w'-]+", fold(m.group(1) or m.group(2)))):
        return 0
    return m.end()


def _header_rest(rest: str) -> bool:
    """What may follow a furniture header on its line: "Comments (3)", "Read more: ...", nothing else.

    "Comments by the minister drew criticism" is a subheading of the article, not furniture.
    """
    rest = rest.strip()
    return not rest or rest[0] in ":|(-–—»>" or not any(ch.isalpha() for ch in rest)


def _story_goes_on(lines: list[str], at: int) -> bool:
    """Whether sentences of the story follow line ``at``: within the next five lines with text,
    300 characters or more in lines of 40 or more that end a sentence.  A block of related
    headlines (no final stop) or of short teasers falls short."""
    told = seen = 0
    for line in lines[at + 1 :]:
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        if len(stripped) >= 40 and stripped.endswith(_SENTENCE_END):
            told += len(stripped)
        if told >= 300:
            return True
        if seen == 5:
            break
    return False


def _is_headline(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= _MAX_HEADLINE and not stripped.endswith(_FINAL_STOP[:4])


def _is_junk(line: str) -> bool:
    # lines of punctuation only, e.g. the "," left by a removed share widget
    return bool(line.strip()) and not any(ch.isalnum() for ch in line)


def clean_text(text: str, languages: tuple[str, ...] | None = None) -> tuple[str, list[str]]:
    """Return the article text without page furniture, and the removed lines.

    Character references left by a scraper are decoded and whitespace is normalised first (line
    endings, runs of spaces, runs of blank lines).
    """
    rules = rules_for(languages or available_languages())
    if "&" in text:
        text = _CHAR_REF.sub(lambda m: html.unescape(m.group()), text)
    lines = normalise_whitespace(text).split("\n")
    folded = [fold(ln).strip() for ln in lines]
    keep = [True] * len(lines)
    n = len(lines)

    cut_at = n
    for i, f in enumerate(folded):
        if i == 0 or not f:
            continue
        if len(f) <= _MAX_HEADER and not f.endswith(".") and any(
            f == c or (f.startswith(c) and _header_rest(f[len(c) :])) for c in rules.cut_from
        ):
            if any(f.startswith(c) for c in rules.link_boxes) and _story_goes_on(lines, i):
                # "Read more" / "Lire aussi : <title>" set inside the story, which goes on below
                # it: that line is a link, not the start of the page's furniture
                keep[i] = False
                continue
            cut_at = i
            break
        # an agency byline alone on a line in the last part of the page ends the article
        if rules.byline and i > n // 3 and len(f) <= 20 and rules.byline.match(f):
            cut_at = i
            break
    if cut_at < n:
        # related headlines sit right above the block; walk back over them
        j = cut_at - 1
        while j > 0 and (not lines[j].strip() or _is_junk(lines[j])):
            j -= 1
        walked = 0
        while j > 0 and walked < 3 and _is_headline(lines[j]) and _ends_block(lines, j):
            cut_at = j
            walked += 1
            j -= 1
            while j > 0 and not lines[j].strip():
                j -= 1
        for i in range(cut_at, n):
            keep[i] = False

    for i, f in enumerate(folded):
        if not keep[i] or not f:
            continue
        if _is_junk(lines[i]) or (rules.drop and rules.drop.match(f)):
            keep[i] = False
        elif rules.byline and len(f) <= 20 and rules.byline.match(f) and i > 0:
            keep[i] = False

    removed = [lines[i] for i in range(n) if not keep[i] and lines[i].strip()]
    first = next((i for i in range(n) if keep[i] and lines[i].strip()), None)
    if first is not None and (cut := _lead_note(lines[first], rules.lead_note_words)):
        removed.append(lines[first][:cut].strip())
        lines[first] = lines[first][cut:]
        if not lines[first].strip():
            keep[first] = False
    if rules.inline is not None:
        # furniture glued to the end of a story line ("... said. رابط الخبر بصحيفة ...: <headline>")
        for i in range(n):
            if keep[i] and rules.inline.search(folded[i]):
                shadow = Shadow.of(lines[i])
                m = rules.inline.search(shadow.text)
                if m is not None and m.start() > 0:
                    cut = shadow.origin[m.start()]
                    removed.append(lines[i][cut:])
                    lines[i] = lines[i][:cut].rstrip()
    if rules.lead is not None:
        # a share widget run into the story's first words ("شارك من خلال تويتر فيسبوك ... <story>"):
        # the widget goes, the story stays
        for i in range(n):
            if keep[i] and rules.lead.match(folded[i]):
                line = lines[i].lstrip()
                shadow = Shadow.of(line)
                m = rules.lead.match(shadow.text)
                if m is not None and m.end() < len(shadow.origin):
                    cut = shadow.origin[m.end()]
                    removed.append(line[:cut].strip())
                    lines[i] = line[cut:]
                elif m is not None:  # the widget alone on its line
                    removed.append(line.strip())
                    keep[i] = False
    if rules.glued is not None:
        for i in range(n):
            # (the plain word test first: a regex searched over every line of every article is costly)
            if keep[i] and (not rules.glued_words or any(w in folded[i] for w in rules.glued_words)) \
                    and rules.glued.search(folded[i]):
                lines[i], cuts = _cut_glued_titles(lines[i], rules.glued)
                removed.extend(cuts)
    kept = "\n".join(lines[i] for i in range(n) if keep[i])
    return normalise_whitespace(kept), removed


# where a story resumes right after a title glued to it: two lower-case letters or a closing mark
# with no space before a capitalised word ("... l'aide humanitaireUne ONG locale", "... «patron»Alexandre";
# not "McDonald", "iPhone");
# an opening quotation mark with a space before it is left out: '"Hawks"' may open a name inside
# the title; one glued to two lower-case letters opens the resumed story's quotation ("... en garde
# à vue«Gilets jaunes, ne faiblissez pas!» écrit"); a bullet between two titles or before a
# subheading ("<title> ● Un mort à Arles") ends it too
_RESUME = re.compile(r"(?<=[^\W\d_A-Z\u00c0-\u00de]{2})(?=[«“]?[A-Z\u00c0-\u00de][^\W\d_A-Z\u00c0-\u00de])"
                     r"|(?<=[»”])(?=[A-Z\u00c0-\u00de])|\s*●\s*")


# a quotation mark right before a "read also" marker, at the line's start or after a stop
_LAYOUT_MARK = re.compile(r"(?:^|[.!?]\s)\s*([\"«»“”]\s?)$")


def _cut_glued_titles(line: str, marker: re.Pattern[str]) -> tuple[str, list[str]]:
    """The line without the titles of other articles glued into it ("... ont été
    blessés. Lire aussi: <title>Une ONG locale a accusé ..."), and the cut titles.

    A site that lays its "read also" links out inline leaves the title with no stop before the
    story resumes; it is cut only where that seam shows, within a title's length of the marker:
    a title run into the next sentence with a space between ("Lire aussi : <title> Le ministre
    a ...") cannot be told from the sentence, and is left whole."""
    shadow = Shadow.of(line)
    cuts: list[str] = []
    pos = 0
    while (m := marker.search(shadow.text, pos)) is not None:
        start = shadow.origin[m.start()] if m.start() < len(shadow.origin) else len(line)
        after = shadow.origin[m.end()] if m.end() < len(shadow.origin) else len(line)
        mark = _LAYOUT_MARK.search(line, 0, start)
        if mark is not None:
            # "» LIRE AUSSI - ...": a quotation mark opening the link (at the line's start or after a
            # stop) is its layout; one closing a quotation ("« c'est fini » Lire aussi") is not
            start = mark.start(1)
        seam = _RESUME.search(line, after + 1, min(len(line), after + _MAX_HEADLINE))
        if seam is None:
            pos = m.end()
            continue
        end = seam.end()
        cuts.append(line[start:end].strip())
        line = line[:start].rstrip() + (" " if start else "") + line[end:].lstrip()
        shadow = Shadow.of(line)
        pos = shadow.find_from(start)  # (a shadow offset: folding may drop characters before it)
    return line, cuts


def _ends_block(lines: list[str], j: int) -> bool:
    """A headline above a furniture block stands alone: the line before it is blank."""
    return j == 0 or not lines[j - 1].strip()


class Cleaner:
    """Pipeline component: replaces ``doc.text`` by its cleaned form (the raw text is kept)."""

    name = "clean"

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        if not doc.raw_text:
            doc.raw_text = doc.text
        doc.text, removed = clean_text(doc.raw_text)
        doc.meta["removed_lines"] = len(removed)
