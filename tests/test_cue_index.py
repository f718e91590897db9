"""The indexed cue lookups of the event stage give what a plain scan of every cue gives.

``_ends_with_any`` and ``_phrase_at`` try only the cues whose last (first) word stands where a
match must end (begin); ``_quote_spans`` finds the quotation marks with a pattern. These
properties pin them to the plain definitions they replaced, on small vocabularies where
matches are frequent.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.events import _ends_with, _ends_with_any, _paired_marks, _phrase_at, _quote_spans

WORD = st.sampled_from(["a", "b", "c", "d"])
WORDS = st.lists(WORD, max_size=8)
CUES = st.lists(st.lists(WORD, min_size=1, max_size=3).map(tuple), max_size=6).map(tuple)


@settings(max_examples=400)
@given(WORDS, CUES, st.integers(min_value=0, max_value=3))
def test_ends_with_any_is_any_ends_with(words: list[str], cues: tuple[tuple[str, ...], ...], gap: int) -> None:
    assert _ends_with_any(words, cues, gap) == any(_ends_with(words, list(c), gap) for c in cues)


@settings(max_examples=400)
@given(WORDS, CUES, st.lists(st.integers(min_value=0, max_value=9), max_size=4))
def test_phrase_at_is_a_scan_of_every_phrase(words: list[str], phrases: tuple[tuple[str, ...], ...],
                                             starts: list[int]) -> None:
    plain = any(tuple(words[i : i + len(p)]) == p for i in starts for p in phrases)
    assert _phrase_at(words, phrases, starts) == plain


def test_cue_index_follows_a_new_collection() -> None:
    # a collection made on the fly may get the id of one that is gone: its own cues are used
    for cues in (((("x", "y"),)), (("y", "z"),)):
        assert _ends_with_any(["w", *cues[0]], cues, 0)
        assert _phrase_at([*cues[0], "w"], cues, [0])


@settings(max_examples=400)
@given(st.text(alphabet='ab .,"«»“”\n', max_size=40), st.data())
def test_quote_spans_finds_the_marks_a_character_scan_finds(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    by_characters = (i for i in range(start, end) if text[i] in '"«»“”')
    assert _quote_spans(text, start, end) == _paired_marks(text, start, end, by_characters)


def test_quote_spans_of_a_paragraph() -> None:
    text = 'Il a dit « non » puis "oui", et “peut-être”.'
    assert [text[a : b + 1] for a, b in _quote_spans(text, 0, len(text))] == ["« non »", '"oui"', "“peut-être”"]
