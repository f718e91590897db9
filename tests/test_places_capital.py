"""The capital a sentence names without naming its city (places.yaml capital_phrases)."""

from __future__ import annotations

import pytest
from event_helpers import analyse_text


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("Des gilets jaunes ont manifesté samedi en France, notamment dans la capitale.", "fr", "Paris"),
    ("Des milliers de gilets jaunes ont manifesté samedi dans la capitale belge.", "fr", "Brussels"),
    ("Thousands protested in Iran on Friday, with clashes in the capital.", "en", "Tehran"),
    ("Des gilets jaunes ont manifesté en France samedi, surtout dans la capitale, selon la police.", "fr", "Paris"),
])
def test_the_capital_named_without_its_city_places_the_event_there(text: str, lang: str, city: str) -> None:
    doc = analyse_text(text, lang, "2019-01-10")
    assert [(e.get("location") or {}).get("name") for e in doc.events] == [city]
    assert doc.events[0]["why"]["place"] == "the capital named"


def test_a_capital_named_with_its_city_is_that_city() -> None:
    doc = analyse_text("Des gilets jaunes ont manifesté samedi dans la capitale Bruxelles.", "fr", "2019-01-10")
    assert [(e.get("location") or {}).get("name") for e in doc.events] == ["Brussels"]
    assert doc.events[0]["why"]["place"] == "same sentence"


def test_the_capital_of_a_region_is_not_the_country_capital() -> None:
    # "dans la capitale alsacienne" is Strasbourg: a word that names no country leaves it unplaced
    doc = analyse_text("Des gilets jaunes ont manifesté samedi dans la capitale alsacienne.", "fr", "2019-01-10")
    assert [(e.get("location") or {}).get("name") for e in doc.events] == [None]
