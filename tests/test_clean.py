"""Page-furniture removal: the seed pages 002 and 003, and synthetic pages in en/fr/ar."""

from __future__ import annotations

import pytest
from conftest import CliStore

from dyad.clean import Cleaner, clean_text
from dyad.doc import Document

# ----------------------------------------------------------------------------- seeds

# what the seed pages carry after the article (checked by phrase, never copied in full)
FURNITURE_002 = ["Voir aussi", "Laisser un commentaire", "Captcha", "LR/MAP", "Guelmim: Don qatari", "Business Forum"]
FURNITURE_003 = ["هل أعجبك الموضوع؟", "شاركه مع"]


def _seed(seeds_db: CliStore, prefix: str) -> dict[str, str]:
    store = seeds_db.store()
    (doc_id,) = [d for d in store.doc_ids() if d.startswith(prefix)]
    row = store.document(doc_id)
    assert row is not None
    return row


def test_seed_002_french_furniture_removed(seeds_db: CliStore) -> None:
    row = _seed(seeds_db, "002_")
    for phrase in FURNITURE_002:
        assert phrase not in row["text"], phrase
        assert phrase in row["raw_text"], f"raw_text keeps {phrase!r}"
    assert row["text"].rstrip().endswith("selon la même source."), "the last real sentence is kept"
    assert not any(line.strip() == "," for line in row["text"].splitlines())


def test_seed_003_arabic_share_prompt_removed(seeds_db: CliStore) -> None:
    row = _seed(seeds_db, "003_")
    for phrase in FURNITURE_003:
        assert phrase not in row["text"], phrase
        assert phrase in row["raw_text"]
    assert row["text"].rstrip().endswith("لعام 2022."), "the last real sentence is kept"


def test_seed_events_never_quote_furniture(seeds_db: CliStore) -> None:
    for record in seeds_db.store().events():
        for phrase in FURNITURE_002 + FURNITURE_003:
            assert phrase not in record["evidence"]["text"]


# ----------------------------------------------------------------------------- synthetic pages

EN_PAGE = """\
Oman and Kenya agreed on Monday to train coastguard officers together, the Omani foreign ministry said.

Share this:

The agreement was signed in Muscat by the commanders of both services.

Joint patrols

Both sides said patrols would start in the western Indian Ocean next year.

Photo: Ministry handout

Kenya hosts regional maritime summit

Related Articles

Another story that is not part of this article

Leave a comment

Your email address will not be published. Required fields are marked *
"""

FR_PAGE = """\
Le ministre sénégalais de l'Intérieur a reçu jeudi une délégation malienne à Dakar.

Partager sur Facebook

Les deux parties ont convenu de renforcer l'échange d'informations.

MAP/AB

Lire aussi

Un autre titre sans rapport avec l'article
"""

AR_PAGE = """\
استقبل وزير الداخلية الأردني في عمان وفدا أمنيا من سلطنة عمان لبحث التعاون.

شارك الخبر

واتفق الجانبان على تبادل الخبرات وتنظيم دورات تدريبية مشتركة.

اقرأ أيضاً

خبر آخر لا علاقة له بالموضوع

جميع الحقوق محفوظة © 2024
"""


def test_english_furniture() -> None:
    text, removed = clean_text(EN_PAGE)
    assert text.endswith("Both sides said patrols would start in the western Indian Ocean next year.")
    assert "Joint patrols" in text, "a subheading inside the article stays"
    for phrase in ("Share this", "Photo:", "Related Articles", "Another story", "Leave a comment", "email address",
                   "Kenya hosts regional maritime summit"):
        assert phrase not in text, phrase
    assert "Leave a comment" in removed and "Share this:" in removed


def test_french_furniture() -> None:
    text, removed = clean_text(FR_PAGE)
    assert text.endswith("renforcer l'échange d'informations.")
    for phrase in ("Partager", "MAP/AB", "Lire aussi", "Un autre titre"):
        assert phrase not in text, phrase
    assert "Lire aussi" in removed


def test_arabic_furniture() -> None:
    text, removed = clean_text(AR_PAGE)
    assert text.endswith("وتنظيم دورات تدريبية مشتركة.")
    for phrase in ("شارك الخبر", "اقرأ أيضاً", "خبر آخر", "جميع الحقوق"):
        assert phrase not in text, phrase
    assert "شارك الخبر" in removed


def test_furniture_in_another_language_than_the_article() -> None:
    page = "Les ministres se sont rencontrés à Rabat mardi.\n\nRead more\n\nUnrelated headline"
    text, _ = clean_text(page)
    assert text == "Les ministres se sont rencontrés à Rabat mardi."


@pytest.mark.parametrize(
    "prose",
    [
        "Comments by the minister on Tuesday were welcomed by the opposition, which had asked for talks.",
        "Comments by the minister followed the meeting.",
        "Voir aussi la déclaration du ministre publiée mardi, qui précise le calendrier des patrouilles communes.",
    ],
)
def test_prose_starting_like_a_furniture_header_is_not_cut(prose: str) -> None:
    page = f"The two ministers met in Amman on Sunday.\n\n{prose}\n\nThey will meet again in Doha in May."
    text, removed = clean_text(page)
    assert prose in text
    assert text.endswith("They will meet again in Doha in May.")
    assert removed == []


def test_subheading_starting_like_a_furniture_header_is_not_cut() -> None:
    page = (
        "The two ministers met in Amman on Sunday.\n\nComments by the minister drew criticism\n\n"
        "Opposition deputies said the agreement had not been shown to parliament."
    )
    text, _ = clean_text(page)
    assert text.endswith("had not been shown to parliament.")


def test_clean_page_is_unchanged_but_for_whitespace() -> None:
    page = "First paragraph of a plain article.  \r\n\r\n\r\n\r\nSecond paragraph, with no furniture at all."
    text, removed = clean_text(page)
    assert text == "First paragraph of a plain article.\n\nSecond paragraph, with no furniture at all."
    assert removed == []


def test_cleaner_keeps_raw_text() -> None:
    doc = Document(doc_id="p", text=FR_PAGE, raw_text=FR_PAGE)
    Cleaner()(doc)
    assert doc.raw_text == FR_PAGE
    assert "Lire aussi" not in doc.text
    assert doc.meta["removed_lines"] >= 3


def test_furniture_glued_to_a_story_line_is_cut() -> None:
    page = ("التقى الأمير محمد بن سلمان رئيس جمهورية الشيشان. رابط الخبر بصحيفة الوئام: الأمير محمد بن سلمان "
            "يلتقي رئيس جمهورية الشيشان\n\nوبحث الجانبان العلاقات الثنائية.")
    text, removed = clean_text(page, ("ar",))
    assert text.startswith("التقى الأمير محمد بن سلمان رئيس جمهورية الشيشان.\n\n")
    assert "رابط الخبر" not in text and any(r.startswith("رابط الخبر") for r in removed)


def test_a_share_widget_run_into_the_first_words_of_a_story_line_is_cut() -> None:
    page = "عنوان الخبر\n\nشارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك قصفت المدفعية أمس مواقع قرب الحدود."
    text, removed = clean_text(page, ("ar",))
    assert text == "عنوان الخبر\n\nقصفت المدفعية أمس مواقع قرب الحدود."
    assert removed == ["شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"]
    # the words inside a sentence are no widget
    line = "عنوان الخبر\n\nوقال الوزير إن الجميع شارك من خلال تويتر في الحملة."
    assert clean_text(line, ("ar",)) == (line, [])


def test_a_related_title_glued_into_a_story_line_is_cut() -> None:
    # a site that lays out its "read also" links inline leaves the title run straight into the
    # next sentence: cut from the marker to the seam, the story on both sides kept
    line = ("La police a dispersé le cortège. LIRE AUSSI : Le Canada réclame l'ouverture de la frontièreUne ONG "
            "locale a accusé l'armée d'avoir tiré sur la foule. Lire aussi: Un ministre et le «patron»Le préfet "
            "a interdit la manifestation.")
    text, removed = clean_text("Titre\n\n" + line, ("fr",))
    assert text == ("Titre\n\nLa police a dispersé le cortège. Une ONG locale a accusé l'armée d'avoir tiré sur la "
                    "foule. Le préfet a interdit la manifestation.")
    assert removed == ["LIRE AUSSI : Le Canada réclame l'ouverture de la frontière", "Lire aussi: Un ministre et le «patron»"]
    # a bullet ends a title too ("» LIRE AUSSI - <title> ● <subheading>")
    text, removed = clean_text("Titre\n\nIls ont bloqué le rond-point. » LIRE AUSSI - À Brest, le cortège dégénère "
                               "● Un mort à Arles Un automobiliste est mort dans la nuit.", ("fr",))
    assert text.endswith("rond-point. Un mort à Arles Un automobiliste est mort dans la nuit.")
    assert removed == ["» LIRE AUSSI - À Brest, le cortège dégénère ●"]


def test_a_glued_title_ends_where_a_quotation_opens_glued_to_it() -> None:
    # the resumed story opens with a quotation glued to the title: cut up to the quotation mark,
    # a quotation opened with a space inside the title («boxeur») stays in it
    text, removed = clean_text("Titre\n\nIls ont marché.Lire également: Le «policier boxeur» en garde à vue«Tenez bon!» "
                               "écrit le ministre.", ("fr",))
    assert text == "Titre\n\nIls ont marché. «Tenez bon!» écrit le ministre."
    assert removed == ["Lire également: Le «policier boxeur» en garde à vue"]


@pytest.mark.parametrize("line", [
    # no seam: a title run into the next sentence with a space between cannot be told from it
    "Ils étaient là. Lire aussi : Le Congo sollicite le FMI Le gouvernement a entrepris des réformes.",
    # prose that reads "lire aussi" with no title glued in
    "On peut lire aussi dans le rapport que la police a tiré.",
])
def test_a_read_also_line_without_a_seam_is_left_whole(line: str) -> None:
    assert clean_text("Titre\n\n" + line, ("fr",)) == ("Titre\n\n" + line, [])


@pytest.mark.parametrize("note", ["(Corrects paragraph 3 to say the talks were in Rome, not Milan)",
                                  "(In this June 2 story, corrects spelling of minister's name)",
                                  "(Fixes dateline)\n\n",
                                  "(Corrects to show the minister (not his deputy) spoke)",
                                  "[Pre-order the editor's new book here]"])
def test_an_editors_note_before_the_story_is_cut(note: str) -> None:
    story = "ROME (Reuters) - Italy accused Libya on Monday of failing to stop migrant boats."
    text, removed = clean_text(note + " " + story)
    assert text == story
    assert removed and removed[0][0] in "(["


def test_an_agency_in_brackets_opening_the_story_stays() -> None:
    for text in ("(Reuters) - Italy accused Libya of failing to stop migrant boats.",
                 "(CNN) A court in Rome fined the company on Monday."):
        assert clean_text(text)[0] == text
    doc = Document(doc_id="t", lang="en", text="(Updates with minister's comment) ROME (Reuters) - Italy accused Libya "
                   "on Monday of failing to stop migrant boats.")
    Cleaner()(doc)
    assert doc.text.startswith("ROME (Reuters)") and doc.raw_text.startswith("(Updates")


def test_a_site_editors_note_is_no_part_of_the_story() -> None:
    text = "The minister met his counterpart in Rome on Monday.\n\nEditor's Note: Talk about injustice!\n\nThe talks covered migration."
    cleaned, removed = clean_text(text)
    assert "Editor" not in cleaned and cleaned.endswith("The talks covered migration.")
    assert removed == ["Editor's Note: Talk about injustice!"]


@pytest.mark.parametrize("line", [
    # prose that says "voir aussi", with a camel-case name after it: no marker, no cut
    "Les supporters pourront voir aussi le match sur YouTube et Dailymotion, a dit le ministre.",
])
def test_prose_with_see_also_keeps_its_words(line: str) -> None:
    assert clean_text("Titre\n\n" + line, ("fr",)) == ("Titre\n\n" + line, [])


def test_a_quotation_closed_before_a_glued_title_stays_closed() -> None:
    text, removed = clean_text("Titre\n\nIl a dit « c'est fini » Lire aussi: Un titreLe ministre a dit.", ("fr",))
    assert text == "Titre\n\nIl a dit « c'est fini » Le ministre a dit." and removed == ["Lire aussi: Un titre"]
    # decomposed accents before two glued titles: both cut
    text, removed = clean_text("Titre\n\nDes blesse\u0301s. Lire aussi: Un titreLire aussi: Un autre titreLe ministre a dit.", ("fr",))
    assert removed == ["Lire aussi: Un titre", "Lire aussi: Un autre titre"]


def test_a_share_widget_alone_on_its_line_is_dropped() -> None:
    text, removed = clean_text("عنوان\n\nشارك من خلال تويتر فيسبوك\n\nقال الوزير.", ("ar",))
    assert text == "عنوان\n\nقال الوزير." and removed == ["شارك من خلال تويتر فيسبوك"]


def test_glued_titles_are_looked_for_only_in_lines_with_their_words() -> None:
    from dyad.clean import rules_for
    # the French pack names the words a "read also" line holds: the regex runs on those lines only
    assert "aussi" in rules_for(("fr",)).glued_words
    # a pack with glued titles but no such words makes every line a candidate (no prefilter)
    assert rules_for(("ar",)).glued_words == ()


def test_character_references_left_in_plain_text_are_decoded() -> None:
    # a scraped text with "pr&#233;cis" and "&amp;": the stored text (and every offset into it) reads
    # the characters; a bare "&" and an incomplete reference stay as written
    text, removed = clean_text("Le pr&#233;cis du rapport &amp; la r&eacute;ponse.\nAT&T and R&D &#x41;bc.", ("fr",))
    assert text == "Le précis du rapport & la réponse.\nAT&T and R&D Abc."
    assert removed == []


_STORY_GOES_ON = (
    "The ministers of both countries met in Rabat on Tuesday to sign a new maritime security accord.\n\n"
    "{box}\n\n"
    "Under the accord the two navies will share radar data and hold joint drills twice a year, officials said.\n\n"
    "The interior minister told reporters that the first drill would take place off Agadir in the spring.\n\n"
    "Opposition deputies criticised the deal, saying parliament had not been consulted before the signing.\n"
)


@pytest.mark.parametrize("box", ["Read more", "See also: Kenya hosts regional maritime summit",
                                 "Lire aussi : Le Maroc et l'Espagne renforcent leur coopération", "اقرأ أيضا"])
def test_a_link_box_inside_the_story_drops_its_line_only(box: str) -> None:
    text, removed = clean_text(_STORY_GOES_ON.format(box=box))
    assert box not in text and box in removed
    assert text.endswith("before the signing."), "the story below the link is kept"


def test_a_link_box_heading_a_list_of_headlines_still_ends_the_story() -> None:
    page = ("The ministers of both countries met in Rabat on Tuesday to sign a new maritime security accord.\n\n"
            "Read more\n\nKenya hosts regional maritime summit\n\nNavies of the Gulf hold joint drill\n\n"
            "Ports brace for the storm season\n")
    text, _removed = clean_text(page)
    assert text.endswith("maritime security accord.")


def test_comments_with_sentences_below_them_still_end_the_story() -> None:
    # only the link boxes of the pack (boilerplate.yaml link_boxes) may be read as one line
    page = _STORY_GOES_ON.format(box="Comments (3)")
    text, _removed = clean_text(page)
    assert text.endswith("maritime security accord.")
