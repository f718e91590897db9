"""Latin forms of names written in another script (dyad.romanise, the packs' romanise.yaml)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from event_helpers import analyse_text

from dyad import lang
from dyad.resolve import name_key, skeleton
from dyad.romanise import romanised, romanisers, skeleton_letters


@pytest.mark.parametrize("raw, shown", [
    # whole name words in their press spelling (romanise.yaml `words`)
    ("محمد الخالد الحمد الصباح", "Mohammed al-Khalid al-Hamad al-Sabah"),
    ("عبدالله بن ناصر", "Abdullah bin Nasser"),
    # a name word the table lacks: letter rules (article, long vowels between consonants, final ة)
    ("سليم الجبوري", "Salim al-Jubouri"),
    ("زكريا الفلاني", "Zkrya al-Flani"),  # (ي before the long vowel ا stays y)
    ("باسلمة", "Basalmah"),
    # diacritics and tatweel are no letters
    ("مُحَمَّد", "Mohammed"),
    ("مـحـمـد", "Mohammed"),
    # punctuation glued to a word is kept, and does not hide the word
    ("«سليم الجبوري»", "«Salim al-Jubouri»"),
    ("سليم (الجبوري)", "Salim (al-Jubouri)"),
])
def test_an_arabic_name_is_shown_as_the_press_writes_it(raw: str, shown: str) -> None:
    assert romanised(raw) == shown


def test_the_letter_rules_give_vowels_where_the_letters_are_long_vowels() -> None:
    r = next(r for r in romanisers() if "ب" in r.letters)
    assert r.word("بريدين") == "Bridin"  # ي between two consonants: i
    assert r.word("فايز") == "Fayz"  # ي after the long vowel ا stays a consonant
    assert r.word("عطوان") == "Atwan"  # initial ع: a vowel; و before ا: a consonant
    assert r.word("الكبيسي") == "al-Kbisi"  # the article, and a final ي: i


def test_latin_names_are_only_tidied_and_unknown_scripts_kept() -> None:
    assert romanised("Emmanuel  Macron") == "Emmanuel Macron"
    assert romanised("Jean-Yves Le Drian") == "Jean-Yves Le Drian"
    assert romanised("Владимир Путин") == "Владимир Путин"  # no pack romanises Cyrillic


def test_a_name_is_romanised_by_the_first_letter_a_pack_knows() -> None:
    # a letter of another script, or one no pack lists, does not pick "no romaniser"
    assert romanised("Ωmega سليم") == "Ωmega Salim"
    assert romanised("ژاله رحيمي") == "Zhalh Rahimi"
    # Arabic presentation forms (contextual glyphs some sites emit) are their base letters
    assert romanised("ﺳﻠﻴﻢ ﺍﻟﺠﺒﻮﺭﻱ") == "Salim al-Jubouri"


def test_skeleton_letters_leave_words_of_other_scripts_alone() -> None:
    # the table's "'" applies only to a word in an Arabic script: the old behaviour, ids unchanged
    assert skeleton_letters("Øs'hi") == "Øs'hi"
    assert skeleton("Øs'hi") == "sh"
    assert skeleton_letters("خالد'") == "khald"


def test_display_spellings_do_not_change_ids() -> None:
    # ids come from the skeleton table, not from the display spellings
    assert skeleton_letters("خالد") == "khald"
    assert skeleton("خالد") == skeleton("Khaled")
    assert name_key("سليم الجبوري").all == name_key("Salim al-Jubouri").all


def test_an_unknown_arabic_person_in_a_record_is_shown_romanised() -> None:
    doc = analyse_text("التقى وزير الخارجية القطري سليم الجبوري نظيره الأردني في عمان.", "ar")
    names = {side["name_raw"]: side["name"] for e in doc.events for side in (e["actor"], e["recipient"]) if side}
    assert names.get("سليم الجبوري") == "Salim al-Jubouri", names


@pytest.fixture
def user_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A user pack file that adds a spelling: read only after dyad.lang.reset_cache()."""
    folder = tmp_path / "ar"
    folder.mkdir()
    (folder / "pack.yaml").write_text("code: ar\nscript: Arab\n", encoding="utf-8")
    (folder / "romanise.yaml").write_text('words: {"الجبوري": "al-Jabbouri"}\n', encoding="utf-8")
    assert romanised("سليم الجبوري") == "Salim al-Jubouri"  # the bundled tables are loaded
    monkeypatch.setenv("DYAD_LANG_PATH", str(tmp_path))
    lang.reset_cache()
    try:
        yield
    finally:
        monkeypatch.delenv("DYAD_LANG_PATH")
        lang.reset_cache()


@pytest.mark.usefixtures("user_words")
def test_reset_cache_reads_a_changed_pack_again() -> None:
    # a user file's key replaces the bundled key whole (dyad.lang merges files key by key): its
    # `words` are the only whole words now, and the bundled letter rules still apply
    assert romanised("الجبوري") == "Al-Jabbouri"
    assert romanised("سليم") == "Slim"


def test_reset_cache_clears_every_table_built_from_packs() -> None:
    from dyad.events import event_lexicon
    from dyad.mentions import lexicon

    first = event_lexicon("en"), lexicon("en"), romanisers()
    lang.reset_cache()
    assert event_lexicon("en") is not first[0]
    assert lexicon("en") is not first[1]
    assert romanisers() is not first[2]
