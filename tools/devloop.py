"""Maintainer's loop over the shared development corpus: whole-corpus dumps, their differences,
and the misses of an evaluation run.

Usage (from the repository root, with the project's virtual environment):
    python tools/devloop.py dump TAG [--tree PATH] [--langs ar en fr] [--workers 2]
        every record dyad writes for every dev article -> /tmp/devloop/TAG.<lang>.tsv
        (doc id, type, actor country, recipient country, actor, recipient, trigger, sentence)
    python tools/devloop.py diff A B LANG [--limit 80]
        records in one dump and not the other (-: gone in B, +: new in B)
    python tools/devloop.py misses RUN.json LANG [SET ...]
        unmatched gold (MISS) and unmatched records (FALSE) of LANG from `dyad eval --json RUN.json
        --misses 100000`; the held-out set is never listed (its documents must not be read)
    python tools/devloop.py compare A.json B.json
        F1 and matched/predicted per set and language of two `dyad eval --json` runs, changed rows starred

``--tree`` analyses with another checkout's code (a git worktree of an earlier commit), so a change
can be measured against its base.  Nothing here is imported by the package.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path
from typing import Any

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
OUT = Path("/tmp/devloop")


def _records(line: str) -> list[str]:
    from dyad.ingest import to_document
    from dyad.ingest.items import RawItem
    from dyad.pipeline import default_pipeline

    obj = json.loads(line)
    item = RawItem(origin=obj["id"], text=obj.get("text"), doc_id=obj["id"], title=obj.get("title"),
                   url=obj.get("url"), source=obj.get("source"), published=obj.get("published"),
                   lang=obj.get("lang"))
    try:
        doc = to_document(item)
        default_pipeline()(doc)
    except Exception as exc:  # one bad article must not stop the dump
        return [f"{obj['id']}\tERROR\t{exc}"]
    rows = []
    for r in doc.events:
        a, rc = r["actor"], r["recipient"] or {}
        sentence = " ".join(str(r["evidence"]["text"]).split())
        rows.append("\t".join(str(x) for x in (obj["id"], r["event_type"], a.get("country"), rc.get("country"),
                                                a.get("name"), rc.get("name"), r["trigger"]["text"], sentence[:400])))
    return rows


def dump(tag: str, tree: str | None, langs: list[str], workers: int) -> None:
    if tree:
        sys.path.insert(0, str(Path(tree).resolve()))
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in langs:
        lines = [ln for ln in (DEV / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
        with Pool(workers) as pool:
            rows = [r for rs in pool.map(_records, lines, chunksize=20) for r in rs]
        (OUT / f"{tag}.{lang}.tsv").write_text("".join(r + "\n" for r in rows), encoding="utf-8")
        print(lang, len(rows), "records")


def _load(tag: str, lang: str) -> tuple[Counter[tuple[str, ...]], dict[tuple[str, ...], str]]:
    rows = [ln.split("\t") for ln in (OUT / f"{tag}.{lang}.tsv").read_text(encoding="utf-8").splitlines()]
    return Counter(tuple(r[:7]) for r in rows), {tuple(r[:7]): r[7] if len(r) > 7 else "" for r in rows}


def diff(a: str, b: str, lang: str, limit: int) -> None:
    ca, sa = _load(a, lang)
    cb, sb = _load(b, lang)
    gone, new = ca - cb, cb - ca
    print(f"{lang}: {sum(ca.values())} -> {sum(cb.values())}; gone {sum(gone.values())}, new {sum(new.values())}")
    for key in sorted(set(gone) | set(new))[:limit]:
        print("-" if key in gone else "+", " | ".join(key), "||", (sa.get(key) or sb.get(key) or "")[:250])


def misses(run: str, lang: str, sets: set[str]) -> None:
    for rep in json.loads(Path(run).read_text(encoding="utf-8")):
        if rep["name"] == "events_heldout" or (sets and rep["name"] not in sets):
            continue
        for kind, key in (("MISS", "unmatched_gold"), ("FALSE", "unmatched_predictions")):
            for e in rep.get(key, []):
                if e["doc_id"].startswith(lang + "-"):
                    print("\t".join((kind, rep["name"], e["doc_id"], e["event_type"],
                                     f"{e['actor_country']}->{e['recipient_country']}",
                                     str(e.get("evidence") or "")[:220])))


def compare(a: str, b: str) -> None:
    def load(path: str) -> dict[str, dict[str, Any]]:
        return {rep["name"]: rep["events"] for rep in json.loads(Path(path).read_text(encoding="utf-8"))}

    ra, rb = load(a), load(b)
    for name in sorted(rb):
        if name not in ra:
            print("  " + name.ljust(16), "(new)")
            continue
        cells, changed = [], False
        for lang in ("ar", "en", "fr", "all"):
            x, y = ra[name].get(lang), rb[name].get(lang)
            if not x or not y:
                continue
            fx, fy = 100 * x["metrics"].get("f1", 0), 100 * y["metrics"].get("f1", 0)
            changed |= abs(fx - fy) > 0.01
            cx, cy = x["counts"], y["counts"]
            cells.append(f"{lang} {fx:.1f}->{fy:.1f} ({cx['n_matched']}/{cx['n_pred']}->{cy['n_matched']}/{cy['n_pred']})")
        print(("* " if changed else "  ") + name.ljust(16), " | ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("dump")
    p.add_argument("tag")
    p.add_argument("--tree")
    p.add_argument("--langs", nargs="+", default=["ar", "en", "fr"])
    p.add_argument("--workers", type=int, default=2)
    p = sub.add_parser("diff")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("lang")
    p.add_argument("--limit", type=int, default=80)
    p = sub.add_parser("misses")
    p.add_argument("run")
    p.add_argument("lang")
    p.add_argument("sets", nargs="*")
    p = sub.add_parser("compare")
    p.add_argument("a")
    p.add_argument("b")
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.tag, args.tree, args.langs, args.workers)
    elif args.command == "diff":
        diff(args.a, args.b, args.lang, args.limit)
    elif args.command == "misses":
        misses(args.run, args.lang, set(args.sets))
    else:
        compare(args.a, args.b)


if __name__ == "__main__":
    main()
