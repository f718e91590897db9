"""``python -m dyad.bench.longdoc LANG [PARAGRAPHS]``: CPU time of one very long article.

The first PARAGRAPHS (800) non-empty paragraphs of the development corpus of LANG, joined into
one text and analysed as one document: a worst case for the stages that look across a whole
article (places, dates and restatements), which a corpus of short news never shows.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass

from dyad.doc import Document
from dyad.eval import dev_corpus_dir
from dyad.pipeline import analyse


@dataclass(frozen=True)
class LongDocResult:
    lang: str
    paragraphs: int
    characters: int
    sentences: int
    events: int
    cpu_seconds: float


def long_document(lang: str, paragraphs: int = 800) -> str:
    """The first ``paragraphs`` paragraphs of the development corpus of ``lang``, joined."""
    found: list[str] = []
    with (dev_corpus_dir() / f"{lang}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            found += [p for p in json.loads(line)["text"].split("\n") if p.strip()]
            if len(found) >= paragraphs:
                break
    return "\n".join(found[:paragraphs])


def measure(lang: str, paragraphs: int = 800) -> LongDocResult:
    """Analyse the long document once (after a warm-up) and report its CPU time."""
    text = long_document(lang, paragraphs)
    analyse(Document(doc_id="warm-up", text="Warm-up. Second sentence.", lang=lang))
    start = time.process_time()
    doc = analyse(Document(doc_id="long", text=text, lang=lang))
    return LongDocResult(lang, text.count("\n") + 1, len(text), len(doc.sentences), len(doc.events),
                         round(time.process_time() - start, 2))


def main(argv: list[str]) -> None:
    lang = argv[0] if argv else "en"
    r = measure(lang, int(argv[1]) if len(argv) > 1 else 800)
    print(f"{r.lang}: {r.paragraphs} paragraphs, {r.characters} characters, {r.sentences} sentences, "
          f"{r.events} events, {r.cpu_seconds:.2f} s CPU")


if __name__ == "__main__":
    main(sys.argv[1:])
