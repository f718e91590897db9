"""The scorer on hand-made gold and predictions (exact numbers), and one run over the demo gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyad.eval import (
    date_right,
    evaluate_mentions,
    evaluate_predictions,
    gold_from_dict,
    greedy_match,
    place_right,
    run_eval,
)

ROOT = Path(__file__).resolve().parents[1]


def ev(i: str, typ: str, a: str | None, r: str | None, place: Any = None, date: Any = None, **kw: Any) -> dict[str, Any]:
    return {"id": i, "event_type": typ, "actor_country": a, "recipient_country": r, "place": place, "date": date, **kw}


def rec(doc: str, typ: str, a: str | None, r: str | None, story: str, location: Any = None,
        date: str | None = None, precision: str = "none", topics: list[str] | None = None) -> dict[str, Any]:
    return {
        "event_id": f"{doc}:{story}:{typ}", "doc_id": doc, "story_id": story, "event_type": typ,
        "actor": {"country": a, "actor_id": f"x-{a}", "name": str(a)},
        "recipient": {"country": r, "actor_id": f"x-{r}", "name": str(r)} if r else None,
        "location": location, "date": date, "date_precision": precision, "topics": topics or [],
        "evidence": {"text": f"{typ} sentence", "start": 0, "end": 10},
    }


DAY = {"earliest": "2024-03-03", "latest": "2024-03-03"}
WEEK = {"earliest": "2024-03-01", "latest": "2024-03-07"}

GOLD = {
    "name": "hand",
    "corpus": "demo",
    "documents": [
        {"doc_id": "d1", "language": "en", "publication_date": "2024-03-04", "events": [
            ev("d1#1", "CONSULT", "QAT", "JOR", {"city": "Amman", "country": "JOR"}, DAY,
               event_mode="visit", topics=["policing", "training"]),
            ev("d1#2", "AGREE", "QAT", "JOR", None, None, symmetric=True),
            ev("d1#3", "PROTEST", "TUN", None, {"city": None, "country": "TUN"}, WEEK),
        ]},
        {"doc_id": "d2", "language": "fr", "publication_date": "2024-02-11", "events": [
            ev("d2#1", "ACCUSE", "MLI", "DZA", None, {"earliest": "2024-02-10", "latest": "2024-02-10"}),
        ]},
        {"doc_id": "d3", "language": "en", "publication_date": "2024-03-04", "events": [
            ev("d3#1", "CONSULT", "QAT", "JOR", None, None),
        ]},
    ],
    "same_story": [["d1#1", "d2#1"], ["d1#1", "d3#1"]],
    "different_story": [["d1#1", "d1#2"]],
}

PREDS = {
    "d1": [
        # roles reversed, right place (written in Arabic, canonical name in Latin), right day
        rec("d1", "CONSULT", "JOR", "QAT", "S1", {"name": "Amman", "name_raw": "عمان", "country": "JOR"},
            "2024-03-03", "day", ["policing"]),
        rec("d1", "AGREE", "QAT", "JOR", "S2"),
        # gold has no recipient: any recipient is accepted; month precision is lenient-only
        rec("d1", "PROTEST", "TUN", "FRA", "S3", {"name": "Tunis", "country": "TUN"}, "2024-03", "month"),
        rec("d1", "ASSAULT", "IRQ", "TUR", "S4"),
    ],
    "d2": [rec("d2", "ACCUSE", "MLI", "FRA", "S1")],
    "d3": [rec("d3", "CONSULT", "QAT", "JOR", "S1")],
}


def test_topics_outside_the_gold_vocabulary_are_left_out_of_both_counts() -> None:
    # "elections" was never a key annotators could use, "ceasefire" appears in an older set: neither counts
    gold = {"name": "t", "corpus": "demo", "documents": [{"doc_id": "d1", "language": "en", "publication_date": None,
            "events": [ev("d1#1", "CONSULT", "QAT", "JOR", topics=["policing", "ceasefire"])]}]}
    preds = {"d1": [rec("d1", "CONSULT", "QAT", "JOR", "S1", topics=["policing", "elections"])]}
    tally = evaluate_predictions(gold_from_dict(gold), preds).overall
    assert (tally.topic_gold, tally.topic_pred, tally.topic_hit) == (1, 1, 1)


def test_event_metrics_exact() -> None:
    report = evaluate_predictions(gold_from_dict(GOLD), PREDS)
    en, fr, total = report.by_language["en"], report.by_language["fr"], report.overall
    assert (en.n_gold, en.n_pred, en.n_matched) == (4, 5, 4)
    assert (fr.n_gold, fr.n_pred, fr.n_matched) == (1, 1, 0)
    assert (en.role_n, en.role_ok) == (2, 1)
    assert (en.place_n, en.place_ok) == (4, 4)
    assert (en.date_n, en.date_strict, en.date_lenient) == (4, 3, 4)
    assert (en.topic_gold, en.topic_pred, en.topic_hit) == (2, 1, 1)
    # the relaxed (type-only) pairing finds the French accusation with a wrong recipient
    assert (fr.relaxed_matched, fr.country_n, fr.country_ok) == (1, 2, 1)
    assert (en.country_n, en.country_ok) == (7, 7)
    m = total.metrics()
    assert m["precision"] == pytest.approx(4 / 6)
    assert m["recall"] == pytest.approx(4 / 5)
    assert m["f1"] == pytest.approx(16 / 22)
    assert m["role_accuracy"] == pytest.approx(0.5)
    assert m["date_accuracy_strict"] == pytest.approx(0.75)
    assert m["date_accuracy_lenient"] == pytest.approx(1.0)
    assert m["topic_recall"] == pytest.approx(0.5)
    assert m["type_only_recall"] == pytest.approx(1.0)
    assert m["actor_country_accuracy"] == pytest.approx(8 / 9)
    assert [g.gold_id for g in report.unmatched_gold] == ["d2#1"]
    assert sorted((p.doc_id, p.event_type) for p in report.unmatched_pred) == [("d1", "ASSAULT"), ("d2", "ACCUSE")]


def test_story_pairs_exact() -> None:
    report = evaluate_predictions(gold_from_dict(GOLD), PREDS)
    s = report.stories
    assert s is not None
    # gold cluster {d1#1, d2#1, d3#1}: 3 pairs; d2#1 is unmatched so only (d1#1, d3#1) can be found
    assert (s.gold_pairs, s.found_pairs, s.pred_pairs, s.right_pairs) == (3, 1, 1, 1)
    assert (s.apart_pairs, s.apart_kept) == (1, 1)
    m = s.metrics()
    assert m["precision"] == pytest.approx(1.0)
    assert m["recall"] == pytest.approx(1 / 3)


def test_story_pairs_false_merge() -> None:
    preds = {k: [dict(r) for r in v] for k, v in PREDS.items()}
    preds["d1"][1]["story_id"] = "S1"  # the agreement put in the visit's story
    s = evaluate_predictions(gold_from_dict(GOLD), preds).stories
    assert s is not None
    assert (s.pred_pairs, s.right_pairs) == (3, 1)
    assert (s.apart_pairs, s.apart_kept) == (1, 0)


def test_no_story_scores_without_story_pairs() -> None:
    gold = dict(GOLD, same_story=[], different_story=[])
    assert evaluate_predictions(gold_from_dict(gold), PREDS).stories is None


def test_greedy_matching_prefers_the_right_date() -> None:
    gold = gold_from_dict({"name": "g", "corpus": "demo", "documents": [{"doc_id": "d", "language": "en", "events": [
        ev("d#1", "CONSULT", "QAT", "JOR", None, {"earliest": "2024-03-01", "latest": "2024-03-01"}),
        ev("d#2", "CONSULT", "QAT", "JOR", None, {"earliest": "2024-03-05", "latest": "2024-03-05"}),
    ]}]})
    preds = [rec("d", "CONSULT", "QAT", "JOR", "a", None, "2024-03-05", "day"),
             rec("d", "CONSULT", "JOR", "QAT", "b", None, "2024-03-01", "day"),
             rec("d", "CONSULT", "QAT", "IRN", "c", None, "2024-03-01", "day")]
    events = gold.documents[0].events
    assert events is not None
    assert greedy_match(events, preds) == [(0, 1), (1, 0)]


def test_date_and_place_rules() -> None:
    assert date_right(None, None, "none") == (True, True)
    assert date_right(None, "2024-03-03", "day") == (False, False)
    assert date_right(WEEK, None, "none") == (False, False)
    assert date_right(WEEK, "2024-03-07", "day") == (True, True)
    assert date_right(WEEK, "2024-03-08", "day") == (False, False)
    assert date_right(WEEK, "2024-02", "month") == (False, False)
    assert date_right({"earliest": "2024-02-26", "latest": "2024-03-03"}, "2024-02", "month") == (False, True)
    assert date_right(WEEK, "2024", "year") == (False, False)
    # a predicted window ("last week" inside one month) is judged as the window it is
    week = {"earliest": "2024-02-26", "latest": "2024-03-03"}
    assert date_right(week, "2024-02", "month", dict(week)) == (True, True)
    assert date_right(week, "2024-02", "month", {"earliest": "2024-02-19", "latest": "2024-02-25"}) == (False, False)
    assert place_right(None, None)
    assert not place_right(None, {"name": "Doha", "country": "QAT"})
    assert place_right({"city": "Beyrouth", "country": "LBN"}, {"name": "Beirut", "name_raw": "Beyrouth", "country": "LBN"})
    assert place_right({"city": "Sanaa", "country": "YEM"}, {"name": "Sana'a", "country": "YEM"})
    assert place_right({"city": "Séville", "country": "ESP"}, {"name": "x", "name_raw": "SEVILLE", "country": "ESP"})
    assert not place_right({"city": "Amman", "country": "JOR"}, {"name": "Jordan", "country": "JOR"})
    assert place_right({"city": None, "country": "JOR"}, {"name": "Amman", "country": "JOR"})
    assert not place_right({"city": None, "country": "JOR"}, {"name": "Doha", "country": "QAT"})
    # one town under another of its names: geonames' romanisation with its article, a Turkish
    # dotless i, an English name the gazetteer knows for the same geonames place
    assert place_right({"city": "Zabadani", "country": "SYR"}, {"name": "Az Zabadānī", "country": "SYR"})
    assert place_right({"city": "Diyarbakir", "country": "TUR"}, {"name": "Diyarbakır", "country": "TUR"})
    assert place_right({"city": "Alexandria", "country": "EGY"},
                       {"name": "Al Iskandarīyah", "country": "EGY", "geonames_id": 361058})
    assert not place_right({"city": "Alexandria", "country": "EGY"},
                           {"name": "Cairo", "country": "EGY", "geonames_id": 360630})


def test_mention_and_resolution_scores() -> None:
    text = "Sheikh Nayef met Nayef again. Qatar said."
    gold = gold_from_dict({"name": "actors", "corpus": "dev", "documents": [{"doc_id": "m", "language": "en", "mentions": [
        {"surface": "Sheikh Nayef", "occurrence": 1, "kind": "person", "country": "QAT", "entity": "nayef"},
        {"surface": "Nayef", "occurrence": 2, "kind": "person", "country": "QAT", "entity": "nayef"},
        {"surface": "Qatar", "occurrence": 1, "kind": "state", "country": "QAT", "entity": "qatar"},
        {"surface": "Doha", "occurrence": 1, "kind": "state", "country": "QAT", "entity": "qatar"},
    ]}]})
    stored = [
        {"start": 7, "end": 12, "actor_id": "a1", "country": "QAT"},  # inside "Sheikh Nayef"
        {"start": 17, "end": 22, "actor_id": "a1", "country": None},
        {"start": 23, "end": 28, "actor_id": "a3", "country": None},  # "again": spurious
        {"start": 30, "end": 35, "actor_id": "a1", "country": "QAT"},  # Qatar merged with Nayef
    ]
    by_lang, res = evaluate_mentions(gold, {"m": text}, {"m": stored})
    ms = by_lang["en"]
    assert (ms.n_gold, ms.gold_found, ms.gold_not_in_text) == (4, 3, 1)
    assert (ms.n_pred, ms.pred_right) == (4, 3)
    assert (ms.country_n, ms.country_ok) == (3, 2)
    # gold pairs: (Sheikh Nayef, Nayef), (Qatar, Doha); predicted together: the three a1 mentions
    assert (res.gold_pairs, res.found_pairs, res.pred_pairs, res.right_pairs) == (2, 1, 3, 1)
    assert res.metrics()["precision"] == pytest.approx(1 / 3)
    assert res.metrics()["recall"] == pytest.approx(1 / 2)


def test_demo_gold_report_structure(tmp_path: Path) -> None:
    (report,) = run_eval([ROOT / "tests" / "gold" / "demo.json"], db=str(tmp_path / "e.db"))
    assert report.missing_documents == []
    assert set(report.by_language) == {"en", "fr", "ar"}
    assert report.overall.n_gold == 57
    assert report.stories is not None
    data = json.loads(report.to_json())
    assert set(data["events"]) == {"en", "fr", "ar", "all"}
    assert {"precision", "recall", "f1", "role_accuracy", "place_accuracy", "date_accuracy_strict",
            "date_accuracy_lenient", "topic_recall", "actor_country_accuracy"} <= set(data["events"]["all"]["metrics"])
    assert "metrics" in data["stories"]
    assert len(data["unmatched_gold"]) == 57 - report.overall.n_matched
    # a second run over the same store ingests nothing new and scores the same
    (again,) = run_eval([ROOT / "tests" / "gold" / "demo.json"], db=str(tmp_path / "e.db"))
    assert again.to_dict() == report.to_dict()


def test_a_match_from_the_gold_events_own_sentence_is_preferred_and_counted() -> None:
    from dyad.eval import GoldEvent, same_sentence

    def gold(i: str, evidence: str) -> GoldEvent:
        return GoldEvent(i, "d", "en", "ACCUSE", "USA", "USA", None, None, evidence=evidence)

    g1, g2 = gold("d#1", "Democrats criticised the tax bill"), gold("d#2", "Others accused Kelly of encouraging")
    r = rec("d", "ACCUSE", "USA", "USA", "s")
    r["evidence"]["text"] = "Others accused Kelly of encouraging white supremacists."
    assert same_sentence(g2, r) and not same_sentence(g1, r)
    # two gold events of one type and pair, one record: it pairs with the event it was read from
    assert greedy_match([g1, g2], [r]) == [(1, 0)]
    # a restatement merged into the record counts as its sentence too
    r["restated_in"] = [{"text": "Democrats criticised the tax bill on Friday.", "start": 0, "end": 9}]
    assert same_sentence(g1, r)
    data = gold_from_dict({"name": "t", "corpus": "dev", "documents": [{"doc_id": "d", "language": "en",
                           "publication_date": None, "events": [
                               {**ev("d#1", "ACCUSE", "USA", "USA"), "evidence": "Democrats criticised the tax bill"},
                               {**ev("d#2", "ACCUSE", "USA", "USA"), "evidence": "Others accused Kelly"}]}]})
    r2 = rec("d", "ACCUSE", "USA", "USA", "s2")
    r2["evidence"]["text"] = "An unrelated sentence."
    m = evaluate_predictions(data, {"d": [r, r2]}).overall.metrics()
    assert m["f1"] == 1.0 and m["evidence_agreement"] == 0.5 and m["f1_same_sentence"] == 0.5


def _events_json(name: str, **langs: tuple[int, int, int]) -> dict[str, Any]:
    """A report as `dyad eval --json` writes it, reduced to the event counts the summary reads."""
    counts = {lang: {"counts": {"n_gold": g, "n_pred": p, "n_matched": m}} for lang, (g, p, m) in langs.items()}
    total = [sum(c[i] for c in langs.values()) for i in range(3)]
    counts["all"] = {"counts": {"n_gold": total[0], "n_pred": total[1], "n_matched": total[2]}}
    return {"name": name, "events": counts}


def test_the_summary_pools_the_sets_but_the_held_out_one_and_shows_changes() -> None:
    from dyad.eval import SummaryRow, format_summary, summarise

    now = [_events_json("events_dev", en=(10, 8, 6), fr=(4, 4, 2)),
           _events_json("events_heldout", en=(10, 10, 10)),
           _events_json("events_dev2", en=(6, 2, 2)),
           {"name": "actors", "mentions": {}}]  # a set without events has no row
    before = [_events_json("events_dev", en=(10, 6, 4), fr=(4, 4, 2)), _events_json("events_dev2", en=(6, 2, 2))]
    rows = summarise(now, before)
    assert [r.name for r in rows] == ["events_dev", "events_heldout", "events_dev2", "pooled"]
    pooled = rows[-1]
    # the held-out set's counts stay out of the pool, in both runs
    assert pooled.counts["en"] == (16, 10, 8) and pooled.counts["all"] == (20, 14, 10)
    assert pooled.baseline is not None and pooled.baseline["en"] == (16, 8, 6)
    assert rows[1].baseline is None
    assert SummaryRow.f1(pooled.counts["en"]) == pytest.approx(16 / 26)
    assert SummaryRow.f1((0, 0, 0)) is None
    text = _render(format_summary(rows))
    # events_dev en: 2*6/18 = 66.7 now, 2*4/16 = 50.0 before; dev2 unchanged: no change shown
    assert "66.7 (+16.7)" in text and "8 / 12 / 14 (was 6 / 10)" in text
    assert "10 / 14 / 20 (was 8 / 12)" in text and "2 / 2 / 6 (was" not in text
    # a baseline without one of the pooled sets gives the pool no change to show
    assert summarise(now, before[:1])[-1].baseline is None


def _render(table: Any) -> str:
    from rich.console import Console

    console = Console(width=200, record=True)
    console.print(table)
    return console.export_text()


def test_the_eval_command_prints_the_summary_against_a_baseline(tmp_path: Path) -> None:
    from conftest import run_cli

    gold = ROOT / "tests" / "gold" / "demo.json"
    first = run_cli(["eval", gold, "--db", tmp_path / "e.db", "--json", tmp_path / "a.json", "--summary"])
    assert first.exit_code == 0, first.output
    assert "event F1 per set" in first.output and "missed gold events" not in first.output
    data = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    # a worse baseline: one match fewer in English
    data[0]["events"]["en"]["counts"]["n_matched"] -= 1
    (tmp_path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    again = run_cli(["eval", gold, "--db", tmp_path / "e.db", "--baseline", tmp_path / "b.json"])
    assert again.exit_code == 0, again.output
    assert "change from the baseline" in again.output and "(+" in again.output
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    bad = run_cli(["eval", gold, "--db", tmp_path / "e.db", "--baseline", tmp_path / "bad.json"])
    assert bad.exit_code == 2 and "bad.json" in bad.output
