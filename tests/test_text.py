"""The text layer: fold(), the shadow offset map, sentence splitting, language identification."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyad.doc import Document
from dyad.lang import get_pack
from dyad.text import Shadow, TextLayer, fold, identify, normalise_whitespace, split_sentences

LANGS = ("en", "fr", "ar")

# ----------------------------------------------------------------------------- fold


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Ministry of INTERIOR", "ministry of interior"),
        ("Sécurité Générale", "securite generale"),
        ("Ça, où, Noël, naïve, façade", "ca, ou, noel, naive, facade"),
        ("Ñandú São Paulo Zürich", "nandu sao paulo zurich"),
        ("l’Intérieur “quoted” «guillemets»", "l'interieur \"quoted\" \"guillemets\""),
        # alef variants
        ("أمن إدارة آمال ٱلله", "امن اداره امال الله"),
        # alef maqsura, teh marbuta, hamza carriers
        ("مستشفى القاهرة مؤتمر رئيس", "مستشفي القاهره موتمر رييس"),
        # tatweel
        ("الـــداخلـيـة", "الداخليه"),
        # harakat, shadda, sukun, tanween
        ("وَزِيرُ الدَّاخِلِيَّةِ مُحَمَّدٌ", "وزير الداخليه محمد"),
        # Persian letter forms found in Arabic-script pages
        ("کرمانشاہ ی", "كرمانشاہ ي"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_is_idempotent_and_per_character() -> None:
    sample = "Le Général Ahmed Al-Thani a dit « oui » — وَزِيرُ الـداخلية أكّد"
    assert fold(fold(sample)) == fold(sample)
    assert fold(sample) == "".join(fold(ch) for ch in sample)


def test_fold_drops_invisible_marks() -> None:
    assert fold("Qa\u200btar\u200f") == "qatar"
    assert fold("a\u00a0b") == "a b"


# ----------------------------------------------------------------------------- shadow


def test_shadow_maps_back_to_original_offsets() -> None:
    original = "Le ministre de l’Intérieur, M. Laftit, a reçu وَزِيرُ الـداخلية"
    shadow = Shadow.of(original)
    assert shadow.text == fold(original)
    for needle in ("l'interieur", "laftit", "a recu", "وزير الداخليه"):
        k = shadow.text.find(needle)
        assert k >= 0, needle
        s, e = shadow.span(k, k + len(needle))
        assert fold(original[s:e]) == needle
    s, e = shadow.span(shadow.text.find("l'interieur"), shadow.text.find("l'interieur") + 11)
    assert original[s:e] == "l’Intérieur"
    s, e = shadow.span(shadow.text.find("وزير"), shadow.text.find("وزير") + 4)
    assert original[s:e] == "وَزِيرُ"[:-1]  # the final damma folds away and is not part of the hit


def test_shadow_span_edges() -> None:
    shadow = Shadow.of("Amman")
    assert shadow.span(0, 5) == (0, 5)
    assert shadow.span(5, 5) == (5, 5)  # empty span at the end
    assert shadow.span(2, 2) == (2, 2)
    assert shadow.find_from(3) == 3


# Characters the project meets: ASCII, Latin accents, Arabic letters and harakat, tatweel,
# quotes and dashes that fold, spaces and invisible marks.
_DOMAIN = st.sampled_from(
    list("abcXYZ .,'-\n0123")
    + list("éèêàçôîïüÉÀÇœæ")
    + list("ابتةىيئؤأإآٱوكلمنهـ")
    + ["\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0301"]
    + list("’‘“”«»–—\u00a0\u200b\u200f")
)
domain_text = st.text(_DOMAIN, max_size=40)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_every_shadow_char_comes_from_a_char_whose_fold_contains_it(original: str) -> None:
    shadow = Shadow.of(original)
    assert len(shadow.origin) == len(shadow.text)
    assert shadow.origin == sorted(shadow.origin)
    for i, ch in enumerate(shadow.text):
        assert 0 <= shadow.origin[i] < len(original)
        assert ch in fold(original[shadow.origin[i]])


@settings(max_examples=200, deadline=None)
@given(domain_text, st.data())
def test_span_of_a_found_substring_folds_to_it(original: str, data: st.DataObject) -> None:
    shadow = Shadow.of(original)
    i = data.draw(st.integers(0, len(original)))
    j = data.draw(st.integers(i, len(original)))
    needle = fold(original[i:j])
    if not needle:
        return
    k = shadow.text.find(needle)
    assert k >= 0
    s, e = shadow.span(k, k + len(needle))
    assert fold(original[s:e]) == needle


# ----------------------------------------------------------------------------- sentences


def sentences_of(text: str, lang: str) -> list[str]:
    found = split_sentences(text, get_pack(lang).abbreviations, lang)
    assert all(s.lang == lang for s in found)
    return [text[s.start : s.end] for s in found]


def test_english_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Dr. Amina Yusuf met Maj. Gen. Khalid Saeed in Doha on Monday. "
        "They discussed border security with Mr. Omar.\n"
        "A follow-up is planned."
    )
    assert sentences_of(text, "en") == [
        "Dr. Amina Yusuf met Maj. Gen. Khalid Saeed in Doha on Monday.",
        "They discussed border security with Mr. Omar.",
        "A follow-up is planned.",
    ]


def test_french_abbreviations() -> None:
    text = "M. Laurent a reçu le Gén. Diallo à Dakar. Mme Sow était présente ! Les entretiens ont duré deux heures."
    assert sentences_of(text, "fr") == [
        "M. Laurent a reçu le Gén. Diallo à Dakar.",
        "Mme Sow était présente !",
        "Les entretiens ont duré deux heures.",
    ]


def test_arabic_question_mark_and_offsets() -> None:
    text = "هل ستزور الوزيرة عمّان؟ نعم، ستصل يوم الأحد. وسيلتقي الوفدان في مقر الوزارة."
    found = split_sentences(text, get_pack("ar").abbreviations, "ar")
    assert [text[s.start : s.end] for s in found] == [
        "هل ستزور الوزيرة عمّان؟",
        "نعم، ستصل يوم الأحد.",
        "وسيلتقي الوفدان في مقر الوزارة.",
    ]


def test_offsets_paragraphs_and_whitespace() -> None:
    text = "  First line without a stop\n\nSecond paragraph. Still second.  \nThird line."
    found = split_sentences(text, (), "en")
    assert [text[s.start : s.end] for s in found] == [
        "First line without a stop",
        "Second paragraph.",
        "Still second.",
        "Third line.",
    ]
    assert [s.paragraph for s in found] == [0, 2, 2, 3]
    for s in found:
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()


def test_quote_after_stop_ends_sentence() -> None:
    text = 'He said: "We agree." The talks ended.'
    assert sentences_of(text, "en") == ['He said: "We agree."', "The talks ended."]


# ----------------------------------------------------------------------------- language id

_SAMPLES = {
    "en": "The interior ministers of both countries signed an agreement on police training and border security on Monday.",
    "fr": "Les ministres de l'Intérieur des deux pays ont signé lundi un accord sur la formation des policiers et la sécurité des frontières.",
    "ar": "وقع وزيرا الداخلية في البلدين يوم الاثنين اتفاقية بشأن تدريب الشرطة وأمن الحدود.",
}
_OTHER = {
    "es": "Los ministros del Interior de ambos países firmaron el lunes un acuerdo sobre la formación de policías y la seguridad de las fronteras.",
    "de": "Die Innenminister beider Länder unterzeichneten am Montag ein Abkommen über die Ausbildung der Polizei und die Sicherheit der Grenzen.",
    "ru": "Министры внутренних дел двух стран в понедельник подписали соглашение о подготовке полиции.",
    "zh": "两国内政部长周一签署了一项关于警察培训和边境安全的协议。",
}


@pytest.mark.parametrize("code", sorted(_SAMPLES))
def test_identify_pack_languages(code: str) -> None:
    assert identify(_SAMPLES[code], LANGS)[0] == code


@pytest.mark.parametrize("code", sorted(_OTHER))
def test_identify_other_languages(code: str) -> None:
    assert identify(_OTHER[code], LANGS)[0] == "other"


def test_text_layer_sets_language_and_sentences() -> None:
    layer = TextLayer(LANGS)
    doc = Document(doc_id="t", text="M. Diallo est arrivé à Dakar. " + _SAMPLES["fr"])
    layer(doc)
    assert doc.lang == "fr" and doc.lang_confidence > 0
    assert len(doc.sentences) == 2
    # a forced language is kept
    forced = Document(doc_id="t2", text=_SAMPLES["en"], lang="fr")
    layer(forced)
    assert forced.lang == "fr"


def test_normalise_whitespace() -> None:
    assert normalise_whitespace("a  b\t c \r\n\r\n\r\n\r\nd  \n") == "a b c\n\nd"


def test_arabic_sentence_glued_after_a_closing_quote_is_split() -> None:
    from dyad.text import split_sentences

    text = "قال كارتر للصحفيين «سألتقي بنفسي مع قادتنا».وفي السياق نفسه، قال البيت الأبيض. أ.د محمد علي حضر."
    parts = [text[s.start : s.end] for s in split_sentences(text)]
    assert parts == ["قال كارتر للصحفيين «سألتقي بنفسي مع قادتنا».", "وفي السياق نفسه، قال البيت الأبيض.",
                     "أ.د محمد علي حضر."]


def test_a_nul_character_is_dropped_on_both_the_fast_and_the_slow_path() -> None:
    for original in ("a\x00b", "a\x00bো"):  # "ো" folds to two characters: the slow path
        shadow = Shadow.of(original)
        assert "\x00" not in shadow.text
        assert len(shadow.origin) == len(shadow.text)
        for i, ch in enumerate(shadow.text):
            assert ch in fold(original[shadow.origin[i]])


def test_a_stop_glued_to_a_capitalised_word_ends_a_sentence_in_scraped_text() -> None:
    text = "Il a saisi la justice.Le président a réagi. Les U.S.A. et la France. Voir bbc.com pour M. Dupont."
    parts = [text[s.start : s.end] for s in split_sentences(text, ["M."], "fr")]
    assert parts == ["Il a saisi la justice.", "Le président a réagi.", "Les U.S.A. et la France.",
                     "Voir bbc.com pour M. Dupont."]
    # after a closing quote too: "« violences inadmissibles ».Après"
    text = "Il a dénoncé des « violences ».Après le défilé, la police a chargé. Il a dit \"non\".Le soir venu."
    parts = [text[s.start : s.end] for s in split_sentences(text, [], "fr")]
    assert parts == ["Il a dénoncé des « violences ».", "Après le défilé, la police a chargé.",
                     'Il a dit "non".', "Le soir venu."]
    # before an opening quotation mark: "a-t-il dit.«Nous", "voters.“When" (not after initials: "U.S.«")
    text = "Il a parlé au ministre.«Nous refusons», a-t-il dit. Les voters.“When it comes” he said. Les U.S.«Non»."
    parts = [text[s.start : s.end] for s in split_sentences(text, [], "fr")]
    assert parts == ["Il a parlé au ministre.", "«Nous refusons», a-t-il dit.", "Les voters.", "“When it comes” he said.",
                     "Les U.S.«Non»."]
    # before an elided article or pronoun: "à perpétuité.L’attentat", "la veille.D'autres"
    text = "Il a été condamné à perpétuité.L’attentat a eu lieu en mars. Ils sont partis la veille.D'autres sont restés."
    parts = [text[s.start : s.end] for s in split_sentences(text, [], "fr")]
    assert parts == ["Il a été condamné à perpétuité.", "L’attentat a eu lieu en mars.", "Ils sont partis la veille.",
                     "D'autres sont restés."]


def test_arabic_presentation_forms_fold_to_their_letters() -> None:
    from dyad.text import Shadow, fold

    assert fold("ﺍﺳﺘﻬﺪﻑ") == fold("استهدف")
    sh = Shadow.of("ﻻ بد")  # the lam-alef ligature is two letters, both mapped to its offset
    assert sh.text.startswith(fold("لا")) and sh.origin[:2] == [0, 0]


def test_a_form_after_an_abbreviation_and_a_hyphen_is_half_a_compound() -> None:
    # "U.S.-backed" is one compound word, as "US-led" is: "backed" there is no trigger of its own
    import ahocorasick

    from dyad.text import word_hits

    a = ahocorasick.Automaton()
    a.add_word("backed", ("backed", 1))
    a.make_automaton()
    s = fold("the u.s.-backed forces, the us-backed forces, and they backed the plan")
    starts = [st for st, _e, _v, _p in word_hits(a, s, inside_compounds=False)]
    assert starts == [s.index("backed the plan")]
    assert len(list(word_hits(a, s))) == 3
