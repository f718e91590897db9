"""Judged records (dyad.audit, `dyad audit`): the file's integrity against the corpus, the
scoring rules on invented records, and the command on a small judged file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import run_cli

from dyad.audit import Judged, format_audit, load_judged, score_judged
from dyad.eval import dev_corpus_dir

GOLD = Path(__file__).parent / "audit" / "judged_records.json"


def _judged(verdict: str, start: int = 0, end: int = 20, **kw: Any) -> Judged:
    fields: dict[str, Any] = dict(doc_id="en-x-1", event_type="CONSULT", actor_country="QAT", recipient_country="JOR",
                                  evidence_start=start, evidence_end=end, evidence_sha1="0" * 12, verdict=verdict)
    fields.update(kw)
    return Judged(**fields)


def _record(event_type: str, a: str | None, b: str | None, start: int, end: int, text: str = "") -> dict[str, Any]:
    return {"event_type": event_type, "actor": {"country": a}, "recipient": {"country": b} if b else None,
            "evidence": {"text": text, "start": start, "end": end}}


def test_kept_changed_and_gone_follow_the_sentence_type_and_countries() -> None:
    judged = [_judged("ok"), _judged("sides", 30, 60), _judged("type", 70, 90), _judged("ok", 100, 120, doc_id="en-x-2")]
    records = {"en-x-1": [_record("CONSULT", "QAT", "JOR", 0, 20),  # the ok record, as judged
                          _record("CONSULT", "QAT", None, 30, 60)],  # the sentence now gives another pair
               # the wrong-type record's sentence gives nothing now; en-x-2 is not in the output
               }
    report = score_judged(judged, records)
    assert report.count("en", "ok", "kept") == 1
    assert report.count("en", "sides", "changed") == 1
    assert report.count("en", "type", "gone") == 1
    assert report.missing_documents == ["en-x-2"]
    assert [now for _, now in report.changed] == [["CONSULT QAT->None"]]
    # precision counts only the judged records still produced as judged: one ok, no wrong one
    assert report.precision("en") == 1.0
    records["en-x-1"].append(_record("CONSULT", "QAT", "JOR", 30, 60))
    assert score_judged(judged, records).precision("en") == 0.5


def test_a_sentence_whose_offsets_moved_is_found_by_its_hash() -> None:
    text = "Qatar's emir met the King of Jordan in Amman."
    sha = hashlib.sha1(text.encode()).hexdigest()[:12]
    judged = [_judged("ok", 0, len(text), evidence_sha1=sha)]
    report = score_judged(judged, {"en-x-1": [_record("CONSULT", "QAT", "JOR", 500, 500 + len(text), text)]})
    assert report.count("en", "ok", "kept") == 1
    assert "ok" in {c.header for c in format_audit(report).columns}


def test_a_verdict_outside_the_three_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "judged.json"
    row = {k: v for k, v in _judged("ok").__dict__.items()}
    row["verdict"] = "maybe"
    bad.write_text(json.dumps({"records": [row]}), encoding="utf-8")
    with pytest.raises(ValueError, match="maybe"):
        load_judged(bad)


def test_the_judged_file_points_at_real_sentences_and_keeps_no_text() -> None:
    judged = load_judged(GOLD)
    assert len(judged) >= 250
    assert {j.verdict for j in judged} == {"ok", "type", "sides"}
    assert {j.language for j in judged} == {"ar", "en", "fr"}
    keys = [(j.doc_id, j.event_type, j.actor_country, j.recipient_country, j.evidence_start) for j in judged]
    assert len(keys) == len(set(keys))
    raw = json.loads(GOLD.read_text(encoding="utf-8"))
    assert all("text" not in r and "evidence" not in r for r in raw["records"])
    if not dev_corpus_dir().is_dir():
        pytest.skip("shared development corpus not found")
    from dyad.eval import _dev_items
    from dyad.ingest import to_document

    wanted = {j.doc_id for j in judged}
    texts = {str(i.doc_id): to_document(i).text for i in _dev_items(wanted, {"ar", "en", "fr"}, dev_corpus_dir())}
    assert set(texts) == wanted
    for j in judged:
        sentence = texts[j.doc_id][j.evidence_start : j.evidence_end]
        assert hashlib.sha1(sentence.encode()).hexdigest()[:12] == j.evidence_sha1, j


def test_the_audit_command_scores_a_judged_file(tmp_path: Path) -> None:
    if not dev_corpus_dir().is_dir():
        pytest.skip("shared development corpus not found")
    raw = json.loads(GOLD.read_text(encoding="utf-8"))
    # the first judged ok record of each language: a small file the command runs on quickly
    rows = [next(r for r in raw["records"] if r["verdict"] == "ok" and r["doc_id"].startswith(lang))
            for lang in ("ar", "en", "fr")]
    small = tmp_path / "judged.json"
    small.write_text(json.dumps({"records": rows}), encoding="utf-8")
    out = tmp_path / "audit.json"
    result = run_cli(["audit", small, "--json", out])
    assert result.exit_code == 0
    assert "judged records" in result.stdout
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["languages"]) == {"ar", "en", "fr"}
    for lang, body in report["languages"].items():
        assert sum(body["counts"].values()) == 1, lang
        assert set(body["counts"]) <= {"ok/kept", "ok/changed", "ok/gone"}
