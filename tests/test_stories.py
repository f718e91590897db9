"""Story linking: compatibility rules, incremental linking equals a rebuild."""

from __future__ import annotations

import random
from typing import Any

from dyad.store import Store
from dyad.stories import compatible, link_records, rebuild_stories, update_stories


def rec(eid: str, doc: str, a: str, b: str | None, date: str | None = None, city: str | None = None,
        pub: str | None = None, etype: str = "CONSULT", lang: str = "en", source: str | None = None) -> dict[str, Any]:
    loc = {"name": city, "country": a, "geonames_id": hash(city) % 10**6, "feature_type": "city"} if city else None
    return {
        "event_id": eid, "doc_id": doc, "event_type": etype, "language": lang, "source": source, "url": None,
        "publication_date": pub, "date": date, "date_precision": "day" if date and len(date) == 10 else "none",
        "actor": {"actor_id": f"state:{a}", "country": a, "kind": "state", "name": a},
        "recipient": {"actor_id": f"state:{b}", "country": b, "kind": "state", "name": b} if b else None,
        "location": loc, "topics": [], "evidence": {"text": "x", "start": 0, "end": 1}, "confidence": 0.5,
    }


def test_reports_with_partial_dates_join() -> None:
    a = rec("d1:1", "d1", "MAR", "QAT", "2024-04-21", "Doha", pub="2024-04-23")
    b = rec("d2:1", "d2", "QAT", "MAR", None, None, pub="2024-04-24", lang="fr")
    c = rec("d3:1", "d3", "MAR", "QAT", "2024-04", None, pub="2024-04-25")
    assert compatible(a, b) and compatible(a, c)
    ids = link_records([a, b, c])
    assert len(set(ids.values())) == 1


def test_same_people_different_month_or_city_stay_apart() -> None:
    a = rec("d1:1", "d1", "JOR", "QAT", "2023-12-22", "Doha")
    b = rec("d2:1", "d2", "JOR", "QAT", "2024-07-30", "Amman")
    c = rec("d3:1", "d3", "JOR", "QAT", "2023-12-22", "Amman")
    assert not compatible(a, b) and not compatible(a, c)
    assert len(set(link_records([a, b, c]).values())) == 3


def test_undated_report_far_from_the_event_stays_apart() -> None:
    a = rec("d1:1", "d1", "JOR", "QAT", "2023-12-22", pub="2023-12-23")
    b = rec("d2:1", "d2", "JOR", "QAT", None, pub="2024-03-01")
    assert not compatible(a, b)


def _side(actor_id: str, country: str | None, kind: str, name: str) -> dict[str, Any]:
    return {"actor_id": actor_id, "country": country, "kind": kind, "name": name}


def test_one_country_records_join_on_the_kind_of_sides_not_their_ids() -> None:
    # "gunmen killed three soldiers" / "an armed group attacked the army": one attack
    a = rec("d1:1", "d1", "TUN", None, "2025-06-10", etype="ASSAULT")
    b = rec("d2:1", "d2", "TUN", None, "2025-06-10", etype="ASSAULT", lang="ar")
    a["actor"], a["recipient"] = _side("group:unidentified", None, "group", "gunmen"), _side("org:TUN-MIL", "TUN", "organization", "army")
    b["actor"], b["recipient"] = _side("org:XXX-REBEL", None, "organization", "armed group"), _side("state:TUN", "TUN", "state", "Tunisia")
    assert compatible(a, b)
    # two different named persons on one side are two happenings
    c, d = dict(a), dict(b)
    c["recipient"] = _side("person:tun-slm-bzd", "TUN", "person", "Salem Bouzid")
    d["recipient"] = _side("person:tun-krm-blkm", "TUN", "person", "Karim Belkacem")
    assert not compatible(c, d)


def test_one_name_alone_and_a_dateline_city_veto_nothing() -> None:
    a = rec("d1:1", "d1", "SAU", "EGY", "2025-02-17", "Cairo")
    b = rec("d2:1", "d2", "SAU", "EGY", "2025-02-17", "Riyadh", lang="ar")
    a["actor"] = _side("person:sau-fsl-trk", "SAU", "person", "Faisal bin Turki")
    b["actor"] = _side("person:sau-fsl", "SAU", "person", "فيصل")
    assert not compatible(a, b)  # two cities
    b["why"] = {"place": "dateline"}  # where the report was filed is no rival city
    assert compatible(a, b)
    b["actor"] = _side("person:sau-fsl-frhn", "SAU", "person", "Faisal bin Farhan")
    assert not compatible(a, b)


def _random_records(n: int, seed: int) -> list[dict[str, Any]]:
    rnd = random.Random(seed)
    countries = ["QAT", "JOR", "MAR", "TUR", "FRA"]
    out = []
    for i in range(n):
        a, b = rnd.sample(countries, 2)
        day = rnd.randint(1, 20)
        date = rnd.choice([f"2024-03-{day:02d}", "2024-03", None])
        out.append(rec(f"doc{i}:1", f"doc{i}", a, b, date, rnd.choice(["Doha", "Rabat", None]), pub=f"2024-03-{min(28, day + 1):02d}",
                       etype=rnd.choice(["CONSULT", "AGREE"])))
    return out


def _store_with(tmp_path: Any, name: str, records: list[dict[str, Any]]) -> Store:
    from dyad.doc import Document

    store = Store(str(tmp_path / name))
    for r in records:
        doc = Document(doc_id=r["doc_id"], text="x", raw_text="x", lang="en")
        doc.events = [dict(r)]
        store.save_document(doc, content_hash=r["doc_id"])
    return store


def test_incremental_linking_equals_rebuild(tmp_path: Any) -> None:
    records = _random_records(120, seed=7)
    inc = _store_with(tmp_path, "inc.db", [])
    from dyad.doc import Document

    for chunk in (records[:40], records[40:90], records[90:]):
        for r in chunk:
            doc = Document(doc_id=r["doc_id"], text="x", raw_text="x", lang="en")
            doc.events = [dict(r)]
            inc.save_document(doc, content_hash=r["doc_id"])
        update_stories(inc, [r["doc_id"] for r in chunk])
    full = _store_with(tmp_path, "full.db", records)
    rebuild_stories(full)

    def assignment(store: Store) -> dict[str, str]:
        return {e["event_id"]: e["story_id"] for e in store.events()}

    assert assignment(inc) == assignment(full)
    assert sorted(s["story_id"] for s in inc.stories()) == sorted(s["story_id"] for s in full.stories())


def test_story_record_counts_sources_and_conflicts(tmp_path: Any) -> None:
    a = rec("d1:1", "d1", "MAR", "QAT", "2024-03-12", "Rabat", pub="2024-03-13", source="A")
    b = rec("d2:1", "d2", "MAR", "QAT", "2024-03-11", "Rabat", pub="2024-03-13", source="B", lang="fr")
    store = _store_with(tmp_path, "c.db", [a, b])
    rebuild_stories(store)
    stories = list(store.stories())
    assert len(stories) == 1
    s = stories[0]
    assert s["n_documents"] == 2 and s["n_sources"] == 2 and not s["single_source"]
    assert [c["field"] for c in s["conflicts"]] == ["date"]
    assert s["languages"] == ["en", "fr"]


def test_a_report_joins_the_story_that_shares_its_actors() -> None:
    # one article reports two meetings in Rabat the same day (the minister, then the police chief);
    # another article's report of the first, naming the same Moroccan minister, joins that one,
    # though both stories would take it
    first = rec("d1:1", "d1", "FRA", "MAR", "2024-03-12", "Rabat")
    first["recipient"] = {"actor_id": "person:mar-bennani", "country": "MAR", "kind": "person", "name": "Bennani"}
    second = rec("d1:2", "d1", "FRA", "MAR", "2024-03-12", "Rabat")
    second["recipient"] = {"actor_id": "official:MAR-POLICE", "country": "MAR", "kind": "person", "name": "police"}
    other = rec("d2:1", "d2", "FRA", "MAR", "2024-03-12", "Rabat", lang="fr")
    other["recipient"] = dict(first["recipient"])
    assert compatible(first, other) and compatible(second, other)
    ids = link_records([first, second, other])
    assert ids["d2:1"] == ids["d1:1"] != ids["d1:2"]


def test_a_person_spelt_two_ways_is_bridged_by_a_report_sharing_one_id() -> None:
    # "Juan Guaidó" (fr) and "خوان غوايدو" (ar, romanised "Khwan Ghwaydw": Spanish j is خ) get two
    # ids, but the English "Juan Guaido" has the Arabic one's id and agrees with the French name
    ar = rec("d1:1", "d1", "USA", "VEN", "2025-03-12", "Caracas", lang="ar")
    en = rec("d2:1", "d2", "VEN", "USA", "2025-03-12", "Caracas")
    fr = rec("d3:1", "d3", "USA", "VEN", "2025-03-12", "Caracas", lang="fr")
    ar["recipient"] = _side("person:ven-kn-jd", "VEN", "person", "Khwan Ghwaydw")
    en["actor"] = _side("person:ven-kn-jd", "VEN", "person", "Juan Guaido")
    fr["recipient"] = _side("person:ven-jn-jd", "VEN", "person", "Juan Guaidó")
    assert not compatible(ar, fr) and compatible(en, fr) and compatible(ar, en)
    ids = link_records([ar, en, fr])
    assert len(set(ids.values())) == 1
    # without the report that bears the bridge, the two spellings stay two stories
    assert len(set(link_records([ar, fr]).values())) == 2
    # a bridge through another person does not count: a third name agrees with neither
    en["actor"] = _side("person:ven-jn-lbz", "VEN", "person", "Juan Lopez")
    assert len(set(link_records([ar, en, fr]).values())) > 1


def test_a_name_going_on_with_a_second_surname_is_one_person_across_scripts() -> None:
    # "Javier Morales Ruiz" (fr) and "خافيير موراليس" (ar, "Khafyyr Mwralys"): the given names
    # spelled alike (Spanish j, Arabic خ), the family name the same, the second surname dropped
    ar = rec("d1:1", "d1", "MAR", "ESP", "2025-03-12", "Rabat", lang="ar")
    fr = rec("d3:1", "d3", "MAR", "ESP", "2025-03-12", "Rabat", lang="fr")
    ar["recipient"] = _side("person:esp-kfr-mrls", "ESP", "person", "Khafyyr Mwralys")
    fr["recipient"] = _side("person:esp-jfr-mrls-rz", "ESP", "person", "Javier Morales Ruiz")
    assert compatible(ar, fr)
    assert len(set(link_records([ar, fr]).values())) == 1
