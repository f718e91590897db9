"""Annotator's helper for the dev-corpus gold sets: find candidate documents and show them.

Usage:
    python tools/gold_helper.py find LANG [--max-chars N] [--limit K]
    python tools/gold_helper.py show DOC_ID [DOC_ID ...] [--pars N]   (all paragraphs unless N > 0)
    python tools/gold_helper.py grep LANG WORD [--limit K]

Nothing here is imported by the package; it only reads ../shared/corpus/dev at run time.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

# Trigger words are only a ranking aid: documents dense in event verbs are the ones worth reading.
TRIGGERS: dict[str, list[str]] = {
    "en": [
        r"\bmet\b",
        r"\btalks\b",
        r"\bvisit",
        r"\bsigned\b",
        r"\battack",
        r"\bprotest",
        r"\barrest",
        r"\bsanction",
        r"\baccus",
        r"\bcondemn",
        r"\burged\b",
        r"\bcalled on\b",
        r"\bthreat",
        r"\bkilled\b",
        r"\baid\b",
        r"\bphone\b",
    ],
    "fr": [
        r"s'est entretenu",
        r"a reçu",
        r"visite",
        r"manifest",
        r"rencontr",
        r"accus",
        r"condamn",
        r"appel",
        r"interpell",
        r"arrêt",
        r"sign",
        r"attaqu",
        r"menac",
        r"grève",
    ],
    "ar": [
        "استقبل",
        "التقى",
        "بحث",
        "وقع",
        "هجوم",
        "اتصالا",
        "زيار",
        "أدان",
        "طالب",
        "اعتقال",
        "مباحثات",
        "دعا",
        "اتهم",
        "مقتل",
        "مساعدات",
        "تظاهر",
    ],
}


def load(lang: str) -> list[dict[str, object]]:
    with (DEV / f"{lang}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def paragraphs(text: str) -> list[str]:
    # Arabic items separate paragraphs by single newlines, the others by blank lines.
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def find(lang: str, max_chars: int, limit: int) -> None:
    scored: list[tuple[float, dict[str, object]]] = []
    for doc in load(lang):
        text = str(doc["text"])
        if len(text) > max_chars:
            continue
        score = sum(len(re.findall(t, text, flags=re.I)) for t in TRIGGERS[lang])
        scored.append((score / (1 + len(text) / 1000), doc))
    scored.sort(key=lambda x: -x[0])
    for rank, doc in scored[:limit]:
        print(
            f"{rank:5.1f} {doc['id']} {len(str(doc['text'])):5d} {doc.get('published')} {doc['title']}"
        )


def show(doc_id: str, n_par: int = 0) -> None:
    """Print a document's paragraphs, all of them unless ``n_par`` > 0 (then say how many were left
    out: an annotator must never take a cut text for the whole article)."""
    lang = doc_id.split("-", 1)[0]
    for doc in load(lang):
        if doc["id"] == doc_id:
            print(f"== {doc_id} | {doc.get('published')} | {doc['title']}")
            pars = paragraphs(str(doc["text"]))
            shown = pars[:n_par] if n_par > 0 else pars
            for i, par in enumerate(shown, 1):
                print(f"[{i}] {par}")
            if len(shown) < len(pars):
                print(f"!! {len(pars) - len(shown)} more paragraphs not shown (--pars 0 shows all)")
            print()
            return
    print(f"!! {doc_id} not found")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["find", "show", "grep"])
    ap.add_argument("args", nargs="+")
    ap.add_argument("--max-chars", type=int, default=2500)
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--pars", type=int, default=0)
    ns = ap.parse_args()
    if ns.cmd == "find":
        find(ns.args[0], ns.max_chars, ns.limit)
    elif ns.cmd == "show":
        for doc_id in ns.args:
            show(doc_id, ns.pars)
    else:
        lang, word = ns.args[0], ns.args[1]
        hits = [d for d in load(lang) if word.lower() in (str(d["title"]) + str(d["text"])).lower()]
        for doc in hits[: ns.limit]:
            print(doc["id"], len(str(doc["text"])), doc.get("published"), doc["title"])


if __name__ == "__main__":
    main()
