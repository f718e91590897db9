"""Datelines: the place, date and agency that open a wire story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyad.dateline import Dateline, find_dateline

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def check_offsets(text: str, dl: Dateline) -> None:
    if dl.place_text is not None:
        assert text[dl.place_start : dl.place_end] == dl.place_text  # type: ignore[misc]
    if dl.agency is not None:
        assert text[dl.agency_start : dl.agency_end] == dl.agency  # type: ignore[misc]
    if dl.date is not None:
        assert text[dl.date.start : dl.date.end] == dl.date.text
    assert dl.start <= dl.end <= len(text)


@pytest.mark.parametrize(
    ("lang", "text", "place", "agency", "date_text", "date_value", "dateline"),
    [
        ("en", "TUNIS, Sept 18 (KUNA) -- The emir", "TUNIS", "KUNA", "Sept 18", None, "TUNIS, Sept 18 (KUNA) --"),
        ("en", "Belgrade, 8 April 2010 – Serbia", "Belgrade", None, "8 April 2010", "2010-04-08", "Belgrade, 8 April 2010 –"),
        ("en", "DOHA, March 4 (QNA) -- The minister", "DOHA", "QNA", "March 4", None, "DOHA, March 4 (QNA) --"),
        ("en", "Doha, Qatar – High-ranking officials", "Doha, Qatar", None, None, None, "Doha, Qatar –"),
        ("fr", "Rabat, 12 mars (MAP) - Le directeur", "Rabat", "MAP", "12 mars", None, "Rabat, 12 mars (MAP) -"),
        ("en", "PARIS (Reuters) - France said", "PARIS", "Reuters", None, None, "PARIS (Reuters) -"),
        ("en", "WASHINGTON (Reuters) - The U.S. Senate", "WASHINGTON", "Reuters", None, None, "WASHINGTON (Reuters) -"),
        ("en", "BIRMINGHAM, Ala. (Reuters) - A judge", "BIRMINGHAM, Ala.", "Reuters", None, None, "BIRMINGHAM, Ala. (Reuters) -"),
        ("ar", "الدوحة - قنا: أكد وزير الداخلية", "الدوحة", "قنا", None, None, "الدوحة - قنا:"),
        ("ar", "الرياض - واس\nقال الوزير", "الرياض", "واس", None, None, "الرياض - واس"),
        ("ar", "عمّان : بترا - قال الوزير", "عمّان", "بترا", None, None, "عمّان : بترا"),
        ("fr", "STRASBOURG | Les forces de l'ordre", "STRASBOURG", None, None, None, "STRASBOURG |"),
        # no separator: place, a Hijri date, the Gregorian date "الموافق", the era, the agency
        ("ar", "جدة 12 رمضان 1437 هـ الموافق 17 يونيو 2016 م واس\nرأس الوزير الاجتماع", "جدة", "واس",
         "17 يونيو 2016", "2016-06-17", "جدة 12 رمضان 1437 هـ الموافق 17 يونيو 2016 م واس"),
        ("ar", "أبو ظبي 3 صفر 1438هـ الموافق 3 نوفمبر 2016م واس\nنص", "أبو ظبي", "واس",
         "3 نوفمبر 2016", "2016-11-03", "أبو ظبي 3 صفر 1438هـ الموافق 3 نوفمبر 2016م واس"),
    ],
)
def test_datelines(
    lang: str, text: str, place: str, agency: str | None, date_text: str | None, date_value: str | None, dateline: str
) -> None:
    dl = find_dateline(text, lang)
    assert dl is not None
    check_offsets(text, dl)
    assert dl.place_text == place
    assert dl.agency == agency
    assert (dl.date.text if dl.date else None) == date_text
    assert (dl.date.value if dl.date else None) == date_value
    assert text[dl.start : dl.end] == dateline


def test_agency_without_place() -> None:
    text = "(Reuters) - The U.S. Senate voted"
    dl = find_dateline(text, "en")
    assert dl is not None and dl.place_text is None and dl.agency == "Reuters"


def test_dateline_after_a_headline() -> None:
    text = "Ministers meet on border security\n\nDOHA, March 4 (QNA) -- The interior ministers met."
    dl = find_dateline(text, "en")
    assert dl is not None and dl.place_text == "DOHA" and dl.agency == "QNA"
    check_offsets(text, dl)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "LE SCAN POLITIQUE - Le gouvernement a annoncé"),
        ("fr", "VIDÉO - Le président a parlé"),
        ("en", "Watch: Boris Johnson 'clearly' going to win"),
        ("en", "It should be clear - the official story"),
        ("en", "David Blunkett - the former home secretary"),
        ("ar", "عين اليوم - قال المتحدث"),
        ("en", "The minister arrived in Doha on Tuesday."),
        # a sentence that ends with an agency's name is no dateline
        ("ar", "قال الوزير إن الاجتماع الأمني عقد في 17 يونيو 2016 واس\nنص"),
        ("en", ""),
    ],
)
def test_not_datelines(lang: str, text: str) -> None:
    assert find_dateline(text, lang) is None


def test_unknown_language() -> None:
    assert find_dateline("PARIS (Reuters) - x", "zz") is None


@pytest.mark.skipif(not (SHARED / "dev" / "en.jsonl").is_file(), reason="dev corpus not present")
def test_reuters_datelines_in_dev_corpus() -> None:
    """Nearly every Reuters item opens "PLACE (Reuters) -"; they must all be read."""
    reuters = found = 0
    for line in (SHARED / "dev" / "en.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if "(Reuters) -" not in row["text"][:120]:
            continue
        reuters += 1
        dl = find_dateline(row["text"], "en")
        if dl is not None and dl.agency == "Reuters":
            found += 1
            check_offsets(row["text"], dl)
    assert reuters > 100
    assert found / reuters > 0.97


def test_a_press_review_after_the_dateline() -> None:
    from dyad.dateline import press_review

    text = "بيروت 12 رمضان 1437 هـ الموافق 17 يونيو 2016 م واس\nأبرزت الصحف اللبنانية الصادرة اليوم زيارة الوزير."
    dl = find_dateline(text, "ar")
    assert dl is not None and press_review(text, dl, "ar")
    text = "بيروت 12 رمضان 1437 هـ الموافق 17 يونيو 2016 م واس\nاستقبل رئيس الوزراء اللبناني السفير."
    dl = find_dateline(text, "ar")
    assert dl is not None and not press_review(text, dl, "ar")
