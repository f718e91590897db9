"""Structure and coverage of the actor cue words and demonyms of the bundled packs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

from dyad.text import fold

LANG_DIR = Path(__file__).resolve().parents[1] / "dyad" / "lang"
LANGS = ("en", "fr", "ar")
SECTORS = {
    "GOV", "INTERIOR", "POLICE", "INTEL", "MIL", "DIPLOMATIC", "JUDICIARY", "LEGISLATURE", "MEDIA", "NGO",
    "BUSINESS", "REBEL", "OPPOSITION", "PARTY", "LABOR", "RELIGIOUS", "HEALTH", "EDUCATION", "FINANCE", "TRADE",
    "DEFENSE", "FOREIGN", "CIVILIAN", "REFUGEE", "IGO",
}
ACTOR_KEYS = {"honorifics", "titles", "name_particles", "body_heads", "not_names"}


def _load(lang: str, name: str) -> Any:
    # read the files directly: a user DYAD_LANG_PATH must not change what the bundle is tested for
    return yaml.safe_load((LANG_DIR / lang / f"{name}.yaml").read_text(encoding="utf-8"))


def _assert_clean_list(forms: Any, where: str) -> None:
    assert isinstance(forms, list) and forms, f"{where}: expected a non-empty list"
    seen: dict[str, str] = {}
    for form in forms:
        assert isinstance(form, str) and form.strip(), f"{where}: empty or non-string form {form!r}"
        assert form == form.strip(), f"{where}: stray whitespace in {form!r}"
        key = fold(form)
        assert key not in seen, f"{where}: {form!r} folds like {seen[key]!r}"
        seen[key] = form


def _folded(lang: str, iso: str) -> set[str]:
    return {fold(f) for f in _load(lang, "demonyms")[iso]}


@pytest.mark.parametrize("lang", LANGS)
def test_actor_file_structure(lang: str) -> None:
    data = _load(lang, "actors")
    assert ACTOR_KEYS <= set(data) <= ACTOR_KEYS | {"title_modifiers", "title_country_links", "former_words",
                                                    "destination_words", "posting_words", "affiliation_words",
                                                    "given_name_countries", "body_country_links", "body_place_links", "name_tags",
                                                    "title_country_genitive", "definite_title_prefixes",
                                                    "genitive_links", "key_dropped_words", "key_glued_words",
                                                    "descent_before", "descent_after", "untitled_persons_of_focus",
                                                    "foreign_aliases_skipped"}
    for key in ("key_dropped_words", "key_glued_words"):
        if key in data:
            _assert_clean_list(data[key], f"{lang}/{key}")
    for key in ("honorifics", "name_particles", "not_names"):
        _assert_clean_list(data[key], f"{lang}/{key}")
    if "title_modifiers" in data:
        _assert_clean_list(data["title_modifiers"], f"{lang}/title_modifiers")
    if "title_country_links" in data:
        _assert_clean_list(data["title_country_links"], f"{lang}/title_country_links")
    assert isinstance(data.get("title_country_genitive", False), bool)
    for key in ("definite_title_prefixes", "genitive_links"):
        if key in data:
            _assert_clean_list(data[key], f"{lang}/{key}")
    if "affiliation_words" in data:
        _assert_clean_list(data["affiliation_words"], f"{lang}/affiliation_words")
    if "given_name_countries" in data:
        _assert_clean_list(data["given_name_countries"], f"{lang}/given_name_countries")
    for i, tag in enumerate(data.get("name_tags") or []):
        # a pattern read right after a person's name, and the country it tells

        import pycountry

        assert set(tag) == {"pattern", "country"}, f"{lang}/name_tags[{i}]"
        re.compile(tag["pattern"])
        assert pycountry.countries.get(alpha_3=tag["country"]) is not None, f"{lang}/name_tags[{i}]"
    for key in ("titles", "body_heads"):
        assert data[key], f"{lang}/{key} is empty"
        for i, entry in enumerate(data[key]):
            where = f"{lang}/{key}[{i}]"
            assert set(entry) <= {"forms", "sectors", "rank", "head_of_state", "head_of_government", "country",
                                  "generic", "absent_in", "cased", "in_reports_on", "id"}, where
            _assert_clean_list(entry["forms"], where)
            assert isinstance(entry["sectors"], list), where
            assert set(entry["sectors"]) <= SECTORS, f"{where}: unknown sector in {entry['sectors']}"
            assert len(set(entry["sectors"])) == len(entry["sectors"]), where
            for flag in ("rank", "head_of_state", "head_of_government", "generic", "cased"):
                assert entry.get(flag, False) in (True, False), where
            if "country" in entry:
                # an office of one country ("Home Secretary"): a real ISO 3166 alpha-3 code
                import pycountry

                assert pycountry.countries.get(alpha_3=entry["country"]) is not None, where
            for code in entry.get("absent_in", []):
                # the countries that have no such office ("prime minister": USA): ISO 3166 alpha-3
                import pycountry

                assert pycountry.countries.get(alpha_3=code) is not None, f"{where}: {code}"
            if key == "body_heads":
                # a body head may belong to one country ("قوات الاحتلال": ISR)
                assert {"forms", "sectors"} <= set(entry) <= {"forms", "sectors", "country", "generic", "cased",
                                                              "in_reports_on", "id"}, where
                # a body's own id ("org:HOUTHIS"): an org id, the KB's where the KB knows the body
                if "id" in entry:
                    assert re.fullmatch(r"org:[A-Z]{3}(-[A-Z0-9]+)*|org:[A-Z0-9-]+", entry["id"]), where
                # "قوات التحالف" in a report about Yemen: {YEM: SAU}, both ISO 3166 alpha-3
                import pycountry

                for report, body in (entry.get("in_reports_on") or {}).items():
                    assert pycountry.countries.get(alpha_3=report) is not None, f"{where}: {report}"
                    assert pycountry.countries.get(alpha_3=body) is not None, f"{where}: {body}"
            if entry.get("rank"):
                assert entry["sectors"] and set(entry["sectors"]) <= {"MIL", "POLICE"}, where


def _title_index(lang: str) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for entry in _load(lang, "actors")["titles"]:
        for form in entry["forms"]:
            index.setdefault(fold(form), entry)
    return index


def _body_index(lang: str) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for entry in _load(lang, "actors")["body_heads"]:
        for form in entry["forms"]:
            index.setdefault(fold(form), set()).update(entry["sectors"])
    return index


@pytest.mark.parametrize(
    ("lang", "honorifics"),
    [
        ("en", ["Sheikh", "HE", "H.E.", "His Excellency", "His Highness", "His Royal Highness", "Dr.", "Mr.",
                "Mrs.", "Ms.", "Prof."]),
        ("fr", ["M.", "Mme", "Dr", "Me", "Son Excellence", "cheikh"]),
        ("ar", ["الشيخ", "سمو", "معالي", "سعادة", "فخامة", "جلالة", "صاحب السمو", "صاحب السمو الملكي", "الدكتور",
                "د.", "المهندس", "مهندس", "السيد"]),
    ],
)
def test_required_honorifics(lang: str, honorifics: list[str]) -> None:
    have = {fold(h) for h in _load(lang, "actors")["honorifics"]}
    assert [h for h in honorifics if fold(h) not in have] == []


@pytest.mark.parametrize(
    ("lang", "form", "sectors", "flag"),
    [
        ("en", "Major General", {"MIL"}, "rank"),
        ("en", "Maj. Gen.", {"MIL"}, "rank"),
        ("en", "Brigadier General", {"MIL"}, "rank"),
        ("en", "Admiral", {"MIL"}, "rank"),
        ("en", "Commissioner General", {"POLICE"}, "rank"),
        ("en", "King", {"GOV"}, "head_of_state"),
        ("en", "Emir", {"GOV"}, "head_of_state"),
        ("en", "Prime Minister", {"GOV"}, "head_of_government"),
        ("en", "Crown Prince", {"GOV"}, None),
        ("en", "interior minister", {"GOV", "INTERIOR"}, None),
        ("en", "minister of the interior", {"GOV", "INTERIOR"}, None),
        ("en", "foreign minister", {"GOV", "DIPLOMATIC"}, None),
        ("en", "minister of defence", {"GOV", "MIL"}, None),
        ("en", "justice minister", {"GOV", "JUDICIARY"}, None),
        ("en", "finance minister", {"GOV", "FINANCE"}, None),
        ("en", "Foreign Secretary", {"GOV", "DIPLOMATIC"}, None),
        ("en", "Attorney General", {"JUDICIARY"}, None),
        ("en", "Ambassador", {"DIPLOMATIC"}, None),
        ("en", "Undersecretary", {"GOV"}, None),
        ("fr", "général de corps d'armée", {"MIL"}, "rank"),
        ("fr", "colonel", {"MIL"}, "rank"),
        ("fr", "Premier ministre", {"GOV"}, "head_of_government"),
        ("fr", "roi", {"GOV"}, "head_of_state"),
        ("fr", "ministre de l'Intérieur", {"GOV", "INTERIOR"}, None),
        ("fr", "ministre des Affaires étrangères", {"GOV", "DIPLOMATIC"}, None),
        ("fr", "directeur général de la Sûreté nationale", {"POLICE"}, None),
        ("fr", "chef du service de sécurité de l'État", {"INTEL"}, None),
        ("fr", "préfet", {"GOV"}, None),
        ("fr", "procureur", {"JUDICIARY"}, None),
        ("fr", "ambassadeur", {"DIPLOMATIC"}, None),
        ("ar", "اللواء", {"MIL"}, "rank"),
        ("ar", "اللواء الركن", {"MIL"}, "rank"),
        ("ar", "العميد", {"MIL"}, "rank"),
        ("ar", "الفريق أول", {"MIL"}, "rank"),
        ("ar", "المشير", {"MIL"}, "rank"),
        ("ar", "الملك", {"GOV"}, "head_of_state"),
        ("ar", "خادم الحرمين الشريفين", {"GOV"}, "head_of_state"),
        ("ar", "رئيس مجلس الوزراء", {"GOV"}, "head_of_government"),
        ("ar", "ولي العهد", {"GOV"}, None),
        ("ar", "وزير الداخلية", {"GOV", "INTERIOR"}, None),
        ("ar", "وزير الخارجية", {"GOV", "DIPLOMATIC"}, None),
        ("ar", "وزير الدفاع", {"GOV", "MIL"}, None),
        ("ar", "وزير العدل", {"GOV", "JUDICIARY"}, None),
        ("ar", "وزير المالية", {"GOV", "FINANCE"}, None),
        ("ar", "مدير الأمن العام", {"POLICE"}, None),
        ("ar", "رئيس جهاز أمن الدولة", {"INTEL"}, None),
        ("ar", "السفير", {"DIPLOMATIC"}, None),
    ],
)
def test_title_spot_checks(lang: str, form: str, sectors: set[str], flag: str | None) -> None:
    entry = _title_index(lang).get(fold(form))
    assert entry is not None, f"{lang}: title {form!r} missing"
    assert sectors <= set(entry["sectors"])
    if flag:
        assert entry.get(flag) is True


@pytest.mark.parametrize(
    ("lang", "form", "sectors"),
    [
        ("en", "ministry of interior", {"GOV", "INTERIOR"}),
        ("en", "interior ministry", {"GOV", "INTERIOR"}),
        ("en", "foreign ministry", {"GOV", "DIPLOMATIC"}),
        ("en", "police", {"POLICE"}),
        ("en", "gendarmerie", {"POLICE"}),
        ("en", "state security service", {"INTEL"}),
        ("en", "public security directorate", {"POLICE"}),
        ("en", "coast guard", {"MIL"}),
        ("en", "supreme court", {"JUDICIARY"}),
        ("en", "embassy", {"DIPLOMATIC"}),
        ("en", "news agency", {"MEDIA"}),
        ("en", "royal court", {"GOV"}),
        ("fr", "ministère de l'Intérieur", {"GOV", "INTERIOR"}),
        ("fr", "gendarmerie", {"POLICE"}),
        ("fr", "Assemblée nationale", {"LEGISLATURE"}),
        ("fr", "parquet", {"JUDICIARY"}),
        ("ar", "وزارة الداخلية", {"GOV", "INTERIOR"}),
        ("ar", "وزارة الخارجية", {"GOV", "DIPLOMATIC"}),
        ("ar", "مديرية الأمن العام", {"POLICE"}),
        ("ar", "جهاز أمن الدولة", {"INTEL"}),
        ("ar", "المخابرات العامة", {"INTEL"}),
        ("ar", "القوات المسلحة", {"MIL"}),
        ("ar", "قوة لخويا", {"POLICE"}),
        ("ar", "الحرس الوطني", {"MIL"}),
        ("ar", "مجلس الشورى", {"LEGISLATURE"}),
        ("ar", "الديوان الملكي", {"GOV"}),
        ("ar", "وكالة الأنباء", {"MEDIA"}),
    ],
)
def test_body_spot_checks(lang: str, form: str, sectors: set[str]) -> None:
    have = _body_index(lang).get(fold(form))
    assert have is not None, f"{lang}: body head {form!r} missing"
    assert sectors <= have


@pytest.mark.parametrize(
    ("lang", "particles"),
    [
        ("en", ["bin", "ibn", "bint", "al", "al-", "el", "abu", "abd", "abdul", "abdel", "ould", "de", "van", "le"]),
        ("fr", ["ben", "ibn", "al", "el", "abou", "abdel", "ould", "ag", "de", "du", "le", "la"]),
        ("ar", ["بن", "ابن", "بنت", "آل", "أبو", "عبد"]),
    ],
)
def test_name_particles(lang: str, particles: list[str]) -> None:
    have = {fold(p) for p in _load(lang, "actors")["name_particles"]}
    assert [p for p in particles if fold(p) not in have] == []


@pytest.mark.parametrize("lang", LANGS)
def test_demonym_structure_and_coverage(lang: str) -> None:
    data = _load(lang, "demonyms")
    assert isinstance(data, dict)
    for iso, forms in data.items():
        assert pycountry.countries.get(alpha_3=iso) is not None, f"{lang}: {iso} is not an ISO 3166-1 alpha-3 code"
        _assert_clean_list(forms, f"{lang}/{iso}")
    assert len(data) >= 190


DEMONYM_SPOTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "QAT": ["Qatari", "Qataris"], "TUR": ["Turkish", "Turk", "Turks"], "MAR": ["Moroccan", "Moroccans"],
        "JOR": ["Jordanian", "Jordanians"], "SAU": ["Saudi", "Saudis"], "USA": ["American", "Americans"],
        "FRA": ["French"], "ARE": ["Emirati", "Emiratis"], "GBR": ["British"],
    },
    "fr": {
        "QAT": ["qatari", "qatarie", "qataris", "qataries", "qatarien", "qatarienne"],
        "TUR": ["turc", "turque", "turcs", "turques"],
        "MAR": ["marocain", "marocaine", "marocains", "marocaines"],
        "JOR": ["jordanien", "jordanienne", "jordaniens", "jordaniennes"],
        "SAU": ["saoudien", "saoudienne", "saoudiens", "saoudite"],
        "USA": ["américain", "américaine", "américains", "américaines"],
        "FRA": ["français", "française", "françaises"],
        "ARE": ["émirati", "émiratie", "émiratis"],
    },
    "ar": {
        "QAT": ["قطري", "قطرية", "القطري", "القطرية", "قطريين", "القطريين", "قطريون"],
        "TUR": ["تركي", "التركي", "التركية", "أتراك", "الأتراك"],
        "MAR": ["مغربي", "المغربية", "المغاربة"],
        "JOR": ["أردني", "الأردنية", "الأردنيين"],
        "SAU": ["سعودي", "السعودية", "السعوديين"],
        "USA": ["أمريكي", "أميركي", "الأمريكية", "الأميركية", "الأمريكيين"],
        "FRA": ["فرنسي", "الفرنسية", "الفرنسيين"],
        "ARE": ["إماراتي", "الإماراتية", "الإماراتيين"],
        "EGY": ["مصري", "المصرية", "المصريين"],
    },
}


@pytest.mark.parametrize("lang", LANGS)
def test_demonym_spot_checks(lang: str) -> None:
    missing = {
        iso: [f for f in forms if fold(f) not in _folded(lang, iso)]
        for iso, forms in DEMONYM_SPOTS[lang].items()
    }
    assert {iso: m for iso, m in missing.items() if m} == {}


def test_demonyms_cover_every_un_member() -> None:
    # pycountry has no UN flag: these are the ISO entries that are not UN member states
    non_members = set(
        "ABW AIA ALA ASM ATA ATF BES BLM BMU BVT CCK COK CUW CXR CYM ESH FLK FRO GGY GIB GLP GRL GUF GUM HKG HMD "
        "IMN IOT JEY MAC MAF MNP MSR MTQ MYT NCL NFK NIU PCN PRI PSE PYF REU SGS SHN SJM SPM SXM TCA TKL TWN UMI "
        "VAT VGB VIR WLF".split()
    )
    members = {c.alpha_3 for c in pycountry.countries} - non_members
    assert len(members) == 193
    for lang in ("en", "fr"):
        assert sorted(members - set(_load(lang, "demonyms"))) == [], lang
    # Arabic forms no nisba for a few small states (سانت لوسيا...): they are named, not described
    assert len(members - set(_load("ar", "demonyms"))) <= 8


def test_arabic_demonyms_avoid_common_words() -> None:
    # "المالية" (finance) and "القمري" (lunar) would turn every finance ministry into Mali
    every = {fold(f) for forms in _load("ar", "demonyms").values() for f in forms}
    for word in ("مالي", "المالية", "المالي", "قمري", "القمري", "صحراوي", "الصحراوية"):
        assert fold(word) not in every, word
