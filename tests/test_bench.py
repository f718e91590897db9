"""The synthetic article generator and the tiny benchmark run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dyad.bench import synth

ROOT = Path(__file__).resolve().parents[1]


def test_generator_is_deterministic() -> None:
    a = [x.as_line() for x in synth.articles(12, seed=7)]
    b = [x.as_line() for x in synth.articles(12, seed=7)]
    c = [x.as_line() for x in synth.articles(12, seed=8)]
    assert a == b
    assert a != c


def test_articles_are_valid_in_three_languages(tmp_path: Path) -> None:
    arts = list(synth.articles(30, seed=3))
    assert {x.lang for x in arts} == {"en", "fr", "ar"}
    assert len({x.id for x in arts}) == 30
    for x in arts:
        size = len(x.text)
        assert 1000 <= size <= 6500, (x.id, size)
        assert x.title and x.published and x.source and x.url.startswith("https://")
        assert 1 <= len(x.events) <= 4
        assert all(e["actor_country"] != e["recipient_country"] for e in x.events)
        assert "{" not in x.text and "}" not in x.text  # every template slot filled
        arabic = sum("\u0600" <= ch <= "\u06ff" for ch in x.text) / size
        assert (arabic > 0.5) if x.lang == "ar" else (arabic == 0)
    fr = next(x for x in arts if x.lang == "fr")
    assert any(w in fr.text for w in (" le ", " la ", " les ", " des "))
    sized = list(synth.articles(6, seed=1, size=3000))
    assert all(3000 <= len(x.text) < 4500 for x in sized)
    path = tmp_path / "s.jsonl"
    synth.write_jsonl(path, 9, seed=2)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 9
    assert set(lines[0]) == {"id", "lang", "title", "text", "url", "published", "source"}
    items = list(synth.items(3, seed=2))
    assert [i.doc_id for i in items] == [line["id"] for line in lines[:3]]
    assert items[0].text == lines[0]["text"]


def test_tiny_benchmark_runs(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    # speed targets live in `make bench`; here only that the tiny run completes and reports
    proc = subprocess.run(
        [sys.executable, "-m", "dyad.bench", "--quick", "--tiny", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "docs/s per core" in proc.stdout
    assert "peak memory" in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    synth_fig = data["synthetic_3kb"]
    assert synth_fig["documents"] == 50 and synth_fig["docs_per_s"] > 0
    assert set(synth_fig["stages_ms_per_doc"]) >= {"events"}
    assert data["queries"]["rows"] == 10_000
    assert data["queries"]["events_by_dyad_page"]["median_ms"] > 0
    assert data["store_write"]["documents"] == 50
    assert data["growth"]["50"]["stored"] == 50
    assert data["peak_memory_mb"] > 0
    assert "story_linker" in data and "spacy_fr_ner" in data


def test_long_document_joins_the_first_paragraphs_of_the_dev_corpus() -> None:
    import pytest

    from dyad.bench.longdoc import long_document, measure
    from dyad.eval import dev_corpus_dir

    if not (dev_corpus_dir() / "en.jsonl").exists():
        pytest.skip("shared development corpus not found")
    text = long_document("en", 30)
    assert text.count("\n") == 29 and all(p.strip() for p in text.split("\n"))
    result = measure("en", 30)
    assert result.paragraphs == 30 and result.sentences >= 30 and result.cpu_seconds >= 0
