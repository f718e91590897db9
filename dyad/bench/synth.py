"""Synthetic news articles in English, French and Arabic, for speed and scale measurements.

The articles are built from templates written for dyad: a headline, a dateline, one to four
event sentences (visits, talks, agreements, accusations, aid, protests, attacks ...) naming
officials with titles and countries, a dated expression, and filler paragraphs of background
prose until the wanted length.  Country and city names come from the knowledge base, person
names from the lists below.  Everything is drawn from one ``random.Random(seed)``, so the same
seed gives the same articles.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyad.ingest.items import RawItem

LANGS = ("en", "fr", "ar")

# countries the generator writes about; French needs the contracted "de" form
COUNTRIES: dict[str, str] = {
    "QAT": "du Qatar", "JOR": "de la Jordanie", "MAR": "du Maroc", "FRA": "de la France",
    "DZA": "de l'Algérie", "TUN": "de la Tunisie", "EGY": "de l'Égypte", "SAU": "de l'Arabie saoudite",
    "TUR": "de la Turquie", "IRQ": "de l'Irak", "LBN": "du Liban", "MLI": "du Mali",
    "SEN": "du Sénégal", "USA": "des États-Unis", "GBR": "du Royaume-Uni", "DEU": "de l'Allemagne",
    "KWT": "du Koweït", "ARE": "des Émirats arabes unis", "OMN": "d'Oman", "SDN": "du Soudan",
    "ETH": "de l'Éthiopie", "LBY": "de la Libye", "ESP": "de l'Espagne", "ITA": "de l'Italie",
    "RUS": "de la Russie", "CHN": "de la Chine", "IRN": "de l'Iran", "SYR": "de la Syrie",
    "YEM": "du Yémen", "NGA": "du Nigeria", "BHR": "de Bahreïn", "MRT": "de la Mauritanie",
}

FIRST = {
    "en": ["Khalid", "Omar", "Youssef", "Ahmed", "Hassan", "Karim", "Salem", "Nasser", "Faisal", "Tariq",
           "John", "David", "Michael", "Sarah", "Emily", "Laura", "Peter", "Mark", "Anna", "James",
           "Abdulaziz", "Mansour", "Rashid", "Ibrahim", "Walid", "Samir", "Hamad", "Majid", "Fatima", "Layla"],
    "fr": ["Jean", "Pierre", "Michel", "Nicolas", "Claire", "Sophie", "Isabelle", "Laurent", "Olivier",
           "Mohamed", "Abdelkader", "Youssef", "Karim", "Rachid", "Amina", "Nadia", "Moussa", "Ousmane",
           "Amadou", "Mamadou", "Fatou", "Aïssata", "Hichem", "Nabil", "Sami", "Lamine", "Driss", "Habib"],
    "ar": ["خالد", "عمر", "يوسف", "أحمد", "حسن", "كريم", "سالم", "ناصر", "فيصل", "طارق", "عبد العزيز",
           "منصور", "راشد", "إبراهيم", "وليد", "سمير", "حمد", "ماجد", "محمد", "عبد الله", "سعود", "فهد",
           "علي", "مصطفى", "هشام", "نبيل", "جمال", "عادل", "سلطان", "زياد"],
}
LAST = {
    "en": ["Al Marri", "Al-Khasawneh", "Haddad", "Mansour", "Nasser", "Al Thani", "Al-Sabah", "Karimi",
           "Smith", "Johnson", "Brown", "Miller", "Wilson", "Taylor", "Clarke", "Al-Otaibi", "Al Kuwari",
           "Bensaid", "Qasim", "Al-Dosari", "Farouk", "Hamdan", "Saleh", "Yilmaz", "Demir", "Okafor"],
    "fr": ["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Laurent", "Girard", "Bensalah",
           "El Amrani", "Benali", "Traoré", "Diallo", "Keïta", "Sow", "Ndiaye", "Touré", "Belkacem",
           "Haddad", "Chraïbi", "Mansouri", "Ould Ahmed", "Cissé", "Zerrouki", "Bouazizi", "Tebboune"],
    "ar": ["المري", "الخصاونة", "حداد", "المنصوري", "الكواري", "آل ثاني", "الصباح", "العتيبي", "الدوسري",
           "فاروق", "حمدان", "صالح", "القاسمي", "الشمري", "الزعبي", "البدوي", "العلي", "الحربي", "النعيمي",
           "الراشد", "الهاشمي", "السويدي", "العمري", "الجبوري"],
}

TITLES = {
    "en": ["Interior Minister", "Foreign Minister", "Defence Minister", "Prime Minister", "President",
           "Minister of Justice", "Chief of Staff", "Director of Public Security", "Ambassador"],
    "fr": ["ministre de l'Intérieur", "ministre des Affaires étrangères", "ministre de la Défense",
           "Premier ministre", "président", "ministre de la Justice", "chef d'état-major", "ambassadeur"],
    "ar": ["وزير الداخلية", "وزير الخارجية", "وزير الدفاع", "رئيس الوزراء", "الرئيس", "وزير العدل",
           "رئيس الأركان", "مدير الأمن العام", "السفير"],
}

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
}

TOPICS = {
    "en": ["counterterrorism", "border security", "drug trafficking", "cybersecurity", "police training",
           "the exchange of expertise", "irregular migration", "organised crime", "humanitarian aid"],
    "fr": ["la lutte antiterroriste", "la sécurité des frontières", "le trafic de drogue", "la cybersécurité",
           "la formation policière", "l'échange d'expertise", "la migration irrégulière", "le crime organisé"],
    "ar": ["مكافحة الإرهاب", "أمن الحدود", "مكافحة المخدرات", "الأمن السيبراني", "التدريب الشرطي",
           "تبادل الخبرات", "الهجرة غير الشرعية", "الجريمة المنظمة", "المساعدات الإنسانية"],
}

# event sentence templates: {a}/{b} are "title name of country" phrases, {ca}/{cb} country names,
# {city} a city, {day} a weekday expression, {topic} a subject
EVENTS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("CONSULT", "{a} visited {city} on {day}, where he held talks with {b} on {topic}."),
        ("CONSULT", "{a} held talks with {b} in {city} on {day} on ways to strengthen cooperation in {topic}."),
        ("CONSULT", "{a} received {b} in {city} on {day} and discussed {topic}."),
        ("AGREE", "{ca} and {cb} signed a memorandum of understanding on {topic} on {day} in {city}."),
        ("COOPERATE", "{ca} and {cb} agreed on {day} to set up a joint committee on {topic}."),
        ("ACCUSE", "{a} on {day} accused {cb} of undermining {topic} in the region."),
        ("THREATEN", "{a} warned {cb} on {day} that it would respond to any violation of its borders."),
        ("AID", "{ca} sent humanitarian aid to {cb} on {day}, {a} said in {city}."),
        ("PROTEST", "Hundreds of people demonstrated in {city} on {day} against the policy of {cb}."),
        ("ASSAULT", "Forces of {ca} carried out air strikes on positions in {cb} on {day}, killing several fighters."),
        ("REQUEST", "{a} on {day} called on {cb} to step up cooperation on {topic}."),
        ("SUPPORT", "{a} expressed {ca}'s support for {cb} during a meeting in {city} on {day}."),
    ],
    "fr": [
        ("CONSULT", "{a} s'est rendu {day} à {city}, où il s'est entretenu avec {b} de {topic}."),
        ("CONSULT", "{a} a reçu {day} à {city} {b}, avec qui il a évoqué {topic}."),
        ("AGREE", "Les gouvernements {ca} et {cb} ont signé {day} à {city} un accord sur {topic}."),
        ("COOPERATE", "Les services {ca} et {cb} ont convenu {day} de renforcer leur coopération dans {topic}."),
        ("ACCUSE", "{a} a accusé {day} les autorités {cb} d'entraver {topic}."),
        ("THREATEN", "{a} a menacé {day} les autorités {cb} de représailles."),
        ("AID", "Un avion chargé d'aide humanitaire {ca} est arrivé {day} à {city}, à destination {cb}."),
        ("PROTEST", "Des centaines de personnes ont manifesté {day} à {city} contre la politique {cb}."),
        ("REQUEST", "{a} a appelé {day} les autorités {cb} à intensifier la coopération en matière de {topic}."),
        ("SUPPORT", "{a} a réaffirmé {day} à {city} le soutien {ca} aux autorités {cb}."),
    ],
    "ar": [
        ("CONSULT", "زار {a} مدينة {city} يوم {day} حيث بحث مع {b} سبل تعزيز التعاون في مجال {topic}."),
        ("CONSULT", "استقبل {b} في {city} يوم {day} {a} وبحث الجانبان {topic}."),
        ("AGREE", "وقعت {ca} و{cb} يوم {day} في {city} مذكرة تفاهم في مجال {topic}."),
        ("COOPERATE", "اتفقت {ca} و{cb} يوم {day} على تشكيل لجنة مشتركة لـ{topic}."),
        ("ACCUSE", "اتهم {a} يوم {day} {cb} بعرقلة جهود {topic}."),
        ("THREATEN", "هدد {a} يوم {day} {cb} بالرد على أي انتهاك للحدود."),
        ("AID", "أرسلت {ca} يوم {day} مساعدات إنسانية إلى {cb} وصلت إلى {city}."),
        ("PROTEST", "تظاهر المئات في {city} يوم {day} احتجاجا على سياسة {cb}."),
        ("REQUEST", "دعا {a} يوم {day} {cb} إلى تعزيز التعاون في مجال {topic}."),
        ("SUPPORT", "أكد {a} يوم {day} في {city} دعم {ca} لـ{cb}."),
    ],
}

HEADLINES = {
    "en": ["{ca} and {cb} discuss {topic}", "{ca}, {cb} step up cooperation", "Talks between {ca} and {cb} in {city}",
           "{ca} official visits {city}", "Tension between {ca} and {cb}"],
    "fr": ["{ca} et {cb} : coopération renforcée", "Visite officielle à {city}", "Entretiens à {city} sur {topic}",
           "Tensions entre {ca} et {cb}"],
    "ar": ["{ca} و{cb} تبحثان {topic}", "زيارة رسمية إلى {city}", "مباحثات في {city} حول {topic}",
           "توتر بين {ca} و{cb}"],
}

# background prose; {ca}/{cb}/{city}/{topic}/{n} slots
FILLER = {
    "en": [
        "The two countries have maintained close relations for decades, with trade worth {n} million dollars last year.",
        "Officials said the meeting was part of a series of consultations planned for the coming months.",
        "Analysts in {city} noted that the region has faced growing challenges in recent years.",
        "The talks also covered economic ties, investment and the situation in neighbouring countries.",
        "According to a statement, both sides stressed the importance of coordination on {topic}.",
        "More than {n} experts are expected to attend a follow-up workshop later this year.",
        "The ministry did not give further details about the programme or its budget.",
        "Local media reported that security was tightened around government buildings in {city}.",
        "Observers said the visit reflected a wider effort to rebuild ties after a period of strain.",
        "The delegation included senior officers and representatives of several ministries.",
    ],
    "fr": [
        "Les deux pays entretiennent des relations étroites depuis plusieurs décennies, avec des échanges de {n} millions d'euros.",
        "Selon un communiqué, les deux parties ont souligné l'importance d'une coordination sur {topic}.",
        "Les observateurs estiment que cette rencontre s'inscrit dans une série de consultations prévues.",
        "La délégation comprenait de hauts responsables et des représentants de plusieurs ministères.",
        "Les discussions ont également porté sur les échanges économiques et la situation régionale.",
        "Plus de {n} experts doivent participer à un atelier de suivi dans les prochains mois.",
        "Le ministère n'a pas donné davantage de précisions sur le programme ni sur son budget.",
        "La presse locale a fait état d'un renforcement de la sécurité autour des bâtiments officiels à {city}.",
    ],
    "ar": [
        "وتربط البلدين علاقات وثيقة منذ عقود وبلغ حجم التبادل التجاري {n} مليون دولار العام الماضي.",
        "وأكد الجانبان في بيان مشترك أهمية التنسيق في مجال {topic}.",
        "ويرى مراقبون أن اللقاء يأتي ضمن سلسلة مشاورات مقررة خلال الأشهر المقبلة.",
        "وضم الوفد عددا من كبار الضباط وممثلين عن عدة وزارات.",
        "كما تناولت المباحثات العلاقات الاقتصادية والاستثمار والأوضاع في المنطقة.",
        "ومن المنتظر أن يشارك أكثر من {n} خبير في ورشة عمل لاحقة هذا العام.",
        "ولم تقدم الوزارة تفاصيل إضافية حول البرنامج أو ميزانيته.",
        "وأفادت وسائل إعلام محلية بتشديد الإجراءات الأمنية حول المباني الحكومية في {city}.",
    ],
}

SOURCES = {"en": ["Synthetic Gulf Wire", "Synthetic Herald"], "fr": ["Dépêche synthétique", "Le Courrier synthétique"],
           "ar": ["وكالة الأنباء التجريبية", "الصحيفة التجريبية"]}
WITH_TITLE = {"en": "{title} {name} of {country}", "fr": "le {title} {cde}, {name}", "ar": "{title} {country} {name}"}


@dataclass(frozen=True)
class _Country:
    iso3: str
    names: dict[str, str]  # lang -> name as written in running text
    cities: dict[str, list[str]]  # lang -> city names


def _arabic_name(alternates: list[str]) -> str | None:
    """The most frequent spelling among KB alternates once diacritics are dropped."""
    plain = ["".join(c for c in a if unicodedata.category(c) != "Mn") for a in alternates]
    plain = [p for p in plain if p and all("\u0600" <= c <= "\u06ff" or c == " " for c in p)]
    if not plain:
        return None
    return Counter(plain).most_common(1)[0][0]


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[_Country, ...]:
    from dyad.kb import KB

    kb = KB.default()
    by_country: dict[str, list[tuple[Any, ...]]] = {}
    for row in kb._cities.values():
        if row[1] in COUNTRIES:
            by_country.setdefault(row[1], []).append(row)
    out = []
    for iso3 in COUNTRIES:
        c = kb.countries.get(iso3)
        if c is None:
            continue
        rows = sorted(by_country.get(iso3, []), key=lambda r: -int(r[5] or 0))
        cap = kb.capital(iso3)
        latin = [r for r in rows if r[0].isascii()][:4]
        if cap is not None and cap.name.isascii() and cap.name not in [r[0] for r in latin]:
            latin.insert(0, next((r for r in rows if r[0] == cap.name), (cap.name, iso3, 0, 0, "", 0, [], [])))
        en = [r[0] for r in latin] or [c.name]
        ar = [n for n in (_arabic_name(list(r[7] or [])) for r in latin if len(r) > 7) if n] or [c.names.get("ar", [c.name])[0]]
        out.append(
            _Country(
                iso3=iso3,
                names={"en": c.name, "fr": (c.names.get("fr") or [c.name])[0], "ar": (c.names.get("ar") or [c.name])[0]},
                cities={"en": en, "fr": en, "ar": ar},
            )
        )
    return tuple(out)


@dataclass
class Article:
    id: str
    lang: str
    title: str
    text: str
    url: str
    published: str
    source: str
    events: list[dict[str, Any]]  # what was written: type, actor and recipient countries

    def as_line(self) -> dict[str, Any]:
        """The dev-corpus JSONL fields."""
        return {"id": self.id, "lang": self.lang, "title": self.title, "text": self.text, "url": self.url,
                "published": self.published, "source": self.source}

    def as_item(self) -> RawItem:
        return RawItem(origin=f"synth:{self.id}", text=self.text, doc_id=self.id, title=self.title, url=self.url,
                       source=self.source, published=self.published, lang=self.lang)


def _person(rng: random.Random, lang: str, country: _Country) -> str:
    name = f"{rng.choice(FIRST[lang])} {rng.choice(LAST[lang])}"
    title = rng.choice(TITLES[lang])
    return WITH_TITLE[lang].format(title=title, name=name, country=country.names[lang], cde=COUNTRIES[country.iso3])


def _day_phrase(rng: random.Random, lang: str, published: dt.date) -> str:
    back = rng.randint(0, 6)
    day = published - dt.timedelta(days=back)
    if lang == "en":
        return "yesterday" if back == 1 else WEEKDAYS["en"][day.weekday()]
    if lang == "fr":
        return "hier" if back == 1 else WEEKDAYS["fr"][day.weekday()]
    return "أمس" if back == 1 else WEEKDAYS["ar"][day.weekday()]


def _filler(rng: random.Random, lang: str, slots: dict[str, str], lo: int, hi: int) -> str:
    picked = rng.sample(FILLER[lang], rng.randint(lo, hi))
    return " ".join(f.format(n=rng.randint(2, 900), **slots) for f in picked)


def article(rng: random.Random, lang: str, n: int, size: int | None = None) -> Article:
    """One article in ``lang``; ``size`` in characters (default: 1,000 to 5,000)."""
    countries = _countries()
    target = size if size is not None else rng.randint(1000, 5000)
    published = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    a, b = rng.sample(countries, 2)
    city = rng.choice(a.cities[lang] + b.cities[lang])
    topic = rng.choice(TOPICS[lang])
    slots = {"ca": a.names[lang], "cb": b.names[lang], "city": city, "topic": topic}
    title = rng.choice(HEADLINES[lang]).format(**slots)
    dateline = {"en": f"{city.upper()}, ({rng.choice(SOURCES['en'])}) -- ", "fr": f"{city} (Dépêche) - ",
                "ar": f"{city} - "}[lang]
    events: list[dict[str, Any]] = []
    paragraphs: list[str] = []
    for i in range(rng.randint(1, 4)):
        typ, template = rng.choice(EVENTS[lang])
        x, y = (a, b) if i % 2 == 0 else (b, a)
        fill = {
            "a": _person(rng, lang, x), "b": _person(rng, lang, y), "city": rng.choice(x.cities[lang] + y.cities[lang]),
            "day": _day_phrase(rng, lang, published), "topic": rng.choice(TOPICS[lang]),
            "ca": x.names[lang] if lang != "fr" else COUNTRIES[x.iso3],
            "cb": y.names[lang] if lang != "fr" else COUNTRIES[y.iso3],
        }
        sentence = template.format(**fill)
        sentence = sentence[0].upper() + sentence[1:]
        events.append({"event_type": typ, "actor_country": x.iso3, "recipient_country": y.iso3})
        paragraphs.append((dateline if i == 0 else "") + sentence)
        # a filler paragraph after each event keeps events apart as in real reports
        paragraphs.append(_filler(rng, lang, slots, 1, 3))
    length = sum(len(p) + 2 for p in paragraphs)
    while length < target:
        para = _filler(rng, lang, slots, 2, 4)
        paragraphs.append(para)
        length += len(para) + 2
    doc_id = f"synth-{lang}-{n:07d}"
    return Article(
        id=doc_id, lang=lang, title=title, text="\n\n".join(paragraphs),
        url=f"https://synthetic.example/{lang}/{published.isoformat()}/{n}", published=published.isoformat(),
        source=rng.choice(SOURCES[lang]), events=events,
    )


def articles(n: int, seed: int = 0, langs: tuple[str, ...] = LANGS, size: int | None = None) -> Iterator[Article]:
    """``n`` articles, languages in turn, the same for the same ``seed``."""
    rng = random.Random(seed)
    for i in range(n):
        yield article(rng, langs[i % len(langs)], i, size)


def items(n: int, seed: int = 0, langs: tuple[str, ...] = LANGS, size: int | None = None) -> Iterator[RawItem]:
    for art in articles(n, seed, langs, size):
        yield art.as_item()


def write_jsonl(path: str | Path, n: int, seed: int = 0, langs: tuple[str, ...] = LANGS, size: int | None = None) -> int:
    with Path(path).open("w", encoding="utf-8") as handle:
        for art in articles(n, seed, langs, size):
            handle.write(json.dumps(art.as_line(), ensure_ascii=False) + "\n")
    return n
