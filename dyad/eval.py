"""Scoring stored extractions against a gold set (docs/gold-format.md).

``load_gold`` reads a gold file, ``prepare`` makes sure its documents are in the store (ingesting
the missing ones from the set's corpus under the gold ``doc_id``), ``evaluate`` compares what the
store holds with the gold annotations and returns a :class:`Report`.

Matching rules (the decisions the gold format leaves open):

* A predicted event can match a gold event of the same document only when the PLOVER type is the
  same and the countries agree: the unordered pair {actor, recipient} must be equal.  A gold
  event with a null ``recipient_country`` matches a prediction of the same type whose actor
  country is the gold actor country, whatever its recipient (the gold says "no target named";
  a prediction that names one is not penalised at detection level); for a symmetric gold event
  the gold country may stand on either side.
* Among compatible pairs, matching is one-to-one and greedy by a score that prefers the right
  role order, the right date, the right place and the right mode.
* Role accuracy counts matched gold events that are not symmetric, have a recipient country and
  two different countries: the prediction must have the actor and recipient the right way round.
* Place: gold place null is right only when the prediction has no location; a gold city is
  compared (case, diacritics, hyphens and spaces folded) with the record's location name and
  the name as written (a leading Arabic article aside: "Zabadani", "Az Zabadānī"), and is also
  right when the gazetteer's English or French names for it
  include the record's geonames place ("Kobani" and "‘Ayn al ‘Arab", "Diyarbakir" and
  "Diyarbakır" are one town); a gold place with a null city is right when the record's location
  country is the gold country.
* Date: gold null is right only when the record date is null.  Strict: a day inside the gold
  window.  Lenient: strict, or a month-precision record whose month overlaps the window.
* Actor-country accuracy is measured on a relaxed matching (same document and type only, so
  that events found with a wrong country are still paired): each non-null gold side counts as
  right when its country appears on either side of the paired prediction.
* Topics are scored only over the topic vocabulary of the gold format (:data:`GOLD_TOPICS`): the
  annotators chose among those keys, so a topic the packs gained later (``elections``,
  ``energy``) can be neither confirmed nor refuted by a gold set and is left out of both counts.
* Same-story scores use the transitive closure of ``same_story`` as the gold relation; they are
  reported only for sets that annotate story pairs.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.table import Table

from dyad.lang import pack_cached
from dyad.store import EventFilter, Store
from dyad.text import fold

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_CORPUS = Path(__file__).parent / "demo" / "corpus"


# the topic keys docs/gold-format.md lets annotators use ("Topics are keys of the topic lexicon")
GOLD_TOPICS = frozenset({
    "counterterrorism", "cybersecurity", "border_security", "intelligence_sharing", "organized_crime",
    "drugs", "migration", "aviation_security", "major_event_security", "training", "policing",
    "expertise_exchange", "humanitarian_aid",
})  # fmt: skip


def dev_corpus_dir() -> Path:
    """The shared development corpus: ``../shared/corpus/dev`` next to the repository."""
    return REPO_ROOT.parent / "shared" / "corpus" / "dev"


# --- the gold set -----------------------------------------------------------------


@dataclass
class GoldEvent:
    id: str
    doc_id: str
    lang: str
    event_type: str
    actor_country: str | None
    recipient_country: str | None
    place: dict[str, Any] | None
    date: dict[str, str] | None
    event_mode: str | None = None
    symmetric: bool = False
    topics: list[str] = field(default_factory=list)
    evidence: str | None = None


@dataclass
class GoldMention:
    doc_id: str
    lang: str
    surface: str
    occurrence: int
    kind: str
    country: str | None
    entity: str


@dataclass
class GoldDocument:
    doc_id: str
    language: str
    publication_date: str | None
    events: list[GoldEvent] | None = None
    mentions: list[GoldMention] | None = None


@dataclass
class Gold:
    name: str
    corpus: str
    path: Path | None
    documents: list[GoldDocument]
    same_story: list[tuple[str, str]] = field(default_factory=list)
    different_story: list[tuple[str, str]] = field(default_factory=list)
    # gold doc_id -> stored doc_id, filled by prepare() when a text was already stored under
    # another id (the store keeps one copy per content hash)
    aliases: dict[str, str] = field(default_factory=dict)

    def stored_id(self, doc_id: str) -> str:
        return self.aliases.get(doc_id, doc_id)


def load_gold(path: str | Path) -> Gold:
    """Read a gold file (see ``docs/gold-format.md``)."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    return gold_from_dict(data, path)


def gold_from_dict(data: dict[str, Any], path: Path | None = None) -> Gold:
    docs: list[GoldDocument] = []
    for d in data.get("documents", []):
        lang = d["language"]
        gd = GoldDocument(doc_id=d["doc_id"], language=lang, publication_date=d.get("publication_date"))
        if "events" in d:
            gd.events = [
                GoldEvent(
                    id=e["id"],
                    doc_id=d["doc_id"],
                    lang=lang,
                    event_type=e["event_type"],
                    actor_country=e.get("actor_country"),
                    recipient_country=e.get("recipient_country"),
                    place=e.get("place"),
                    date=e.get("date"),
                    event_mode=e.get("event_mode"),
                    symmetric=bool(e.get("symmetric", False)),
                    topics=list(e.get("topics") or []),
                    evidence=e.get("evidence"),
                )
                for e in d["events"]
            ]
        if "mentions" in d:
            gd.mentions = [
                GoldMention(
                    doc_id=d["doc_id"], lang=lang, surface=m["surface"], occurrence=int(m["occurrence"]),
                    kind=m["kind"], country=m.get("country"), entity=m["entity"],
                )
                for m in d["mentions"]
            ]
        docs.append(gd)
    return Gold(
        name=data.get("name") or (path.stem if path else "gold"),
        corpus=data.get("corpus", "demo"),
        path=path,
        documents=docs,
        same_story=[(a, b) for a, b in data.get("same_story", [])],
        different_story=[(a, b) for a, b in data.get("different_story", [])],
    )


# --- preparing the store ------------------------------------------------------------


def _dev_items(doc_ids: set[str], langs: set[str], root: Path) -> Iterator[Any]:
    from dyad.ingest.items import RawItem

    wanted = set(doc_ids)
    for lang in sorted(langs):
        path = root / f"{lang}.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                # cheap prefilter: only parse lines whose id we want
                m = re.search(r'"id"\s*:\s*"([^"]+)"', line)
                if not m or m.group(1) not in wanted:
                    continue
                obj = json.loads(line)
                if obj.get("id") not in wanted:
                    continue
                wanted.discard(obj["id"])
                yield RawItem(
                    origin=f"{path}:{obj['id']}",
                    text=obj.get("text"),
                    doc_id=obj["id"],
                    title=obj.get("title"),
                    url=obj.get("url"),
                    source=obj.get("source"),
                    published=obj.get("published"),
                    lang=obj.get("lang") or lang,
                )


def _folder_items(doc_ids: set[str], folder: Path) -> Iterator[Any]:
    from dyad.ingest.readers import read_text_file

    for doc_id in sorted(doc_ids):
        path = folder / f"{doc_id}.txt"
        if path.exists():
            item = read_text_file(path)
            item.doc_id = doc_id
            yield item


def corpus_folder(gold: Gold) -> Path | None:
    """Where a folder corpus lives (``demo`` or a path relative to the gold file)."""
    if gold.corpus == "demo":
        return DEMO_CORPUS
    if gold.corpus == "dev":
        return None
    base = gold.path.parent if gold.path else Path.cwd()
    return (base / gold.corpus).resolve()


def prepare(gold: Gold, store: Store, gold_path: str | Path | None = None, workers: int = 1) -> list[str]:
    """Ingest the gold documents the store lacks, keeping the gold ``doc_id``.

    Returns the gold doc_ids that could not be found in the corpus (they score as documents
    with no predictions).  A text already stored under another id is aliased, not re-read.
    """
    from dyad.ingest import content_hash, ingest_items
    from dyad.store import documents as documents_table

    if gold_path is not None:
        gold.path = Path(gold_path)
    missing = {d.doc_id for d in gold.documents if not store.has_doc_id(d.doc_id)}
    if not missing:
        return []
    if gold.corpus == "dev":
        root = dev_corpus_dir()
        items = list(_dev_items(missing, {d.language for d in gold.documents}, root))
    else:
        folder = corpus_folder(gold)
        items = list(_folder_items(missing, folder)) if folder else []
    from sqlalchemy import select

    def stored_under(text: str) -> str | None:
        with store.engine.connect() as conn:
            q = select(documents_table.c.doc_id).where(documents_table.c.content_hash == content_hash(text))
            return conn.execute(q).scalar()

    fresh = []
    for item in items:
        other = stored_under(item.text or "")
        if other is not None:
            gold.aliases[str(item.doc_id)] = other
        else:
            fresh.append(item)
    if fresh:
        ingest_items(fresh, store, workers=workers)
    found: set[str] = set()
    for item in items:
        doc_id = str(item.doc_id)
        if doc_id in gold.aliases or store.has_doc_id(doc_id):
            found.add(doc_id)
            continue
        # two gold documents with one text: the second is a duplicate of the first
        other = stored_under(item.text or "")
        if other is not None:
            gold.aliases[doc_id] = other
            found.add(doc_id)
    return sorted(missing - found)


# --- normalisation helpers -------------------------------------------------------------


def _norm_name(text: str | None) -> str:
    from dyad.text import fold

    if not text:
        return ""
    s = fold(text).replace("ı", "i")  # Turkish dotless i: "Diyarbakır"
    s = re.sub(r"[\s\-'’`.]+", "", s)
    return s


def _parse_day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _month_bounds(value: str) -> tuple[dt.date, dt.date]:
    y, m = int(value[:4]), int(value[5:7])
    first = dt.date(y, m, 1)
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def date_right(gold: dict[str, str] | None, pred: str | None, precision: str | None,
               window: dict[str, str] | None = None) -> tuple[bool, bool]:
    """(strict, lenient) correctness of a predicted date against a gold window; a predicted
    ``date_window`` ("last week") is strictly right when it lies inside the gold window."""
    if gold is None:
        return (pred is None, pred is None)
    if not pred:
        return (False, False)
    lo, hi = _parse_day(gold["earliest"]), _parse_day(gold["latest"])
    if window and len(pred) != 10:
        try:
            w_lo, w_hi = _parse_day(window["earliest"]), _parse_day(window["latest"])
        except (KeyError, ValueError):
            return (False, False)
        return (lo <= w_lo and w_hi <= hi, w_lo <= hi and w_hi >= lo)
    if len(pred) == 10:
        try:
            d = _parse_day(pred)
        except ValueError:
            return (False, False)
        ok = lo <= d <= hi
        return (ok, ok)
    if len(pred) == 7 and (precision in (None, "month")):
        first, last = _month_bounds(pred)
        return (False, first <= hi and last >= lo)
    return (False, False)


def _no_article(name: str | None) -> str:
    """A romanised Arabic place name without its leading article ("Az Zabadānī", "Al-Bab")."""
    return _norm_name(re.sub(r"^(?:a[dlnrstz]|ash|adh|el)[\s\-‘'’]+", "", fold(name or "")))


@pack_cached(1)
def _place_refs() -> dict[str, frozenset[str]]:
    """Folded place names of the English and French gazetteers -> the places each may name."""
    from dyad.kb import KB

    kb = KB.default()
    out: dict[str, set[str]] = defaultdict(set)
    for lang in ("en", "fr"):
        for form in kb.surface_forms(lang):
            if form.kind == "place":
                out[_norm_name(form.text)].update((form.ref, *form.alts))
    return {k: frozenset(v) for k, v in out.items()}


def place_right(gold: dict[str, Any] | None, location: dict[str, Any] | None) -> bool:
    if gold is None:
        return location is None
    if location is None:
        return False
    city = gold.get("city")
    if city:
        want = _norm_name(city)
        if want in {_norm_name(location.get("name")), _norm_name(location.get("name_raw"))}:
            return True
        if _no_article(city) == _no_article(location.get("name")):
            return True  # "Zabadani" and geonames' "Az Zabadānī"
        gid = location.get("geonames_id")
        # the same town under another of its names (gold sets write it in English)
        return bool(gid) and location.get("country") == gold.get("country") \
            and f"geonames:{gid}" in _place_refs().get(want, frozenset())
    return gold.get("country") is not None and location.get("country") == gold.get("country")


def _countries(record: dict[str, Any]) -> tuple[str | None, str | None]:
    return ((record.get("actor") or {}).get("country"), (record.get("recipient") or {}).get("country"))


def compatible(g: GoldEvent, record: dict[str, Any]) -> bool:
    """Whether a prediction may match a gold event at all (type and countries)."""
    if record.get("event_type") != g.event_type:
        return False
    pa, pr = _countries(record)
    if g.recipient_country is None:
        return pa == g.actor_country or (g.symmetric and pr == g.actor_country)
    return Counter([pa, pr]) == Counter([g.actor_country, g.recipient_country])


def roles_right(g: GoldEvent, record: dict[str, Any]) -> bool:
    pa, pr = _countries(record)
    return pa == g.actor_country and pr == g.recipient_country


def role_scored(g: GoldEvent) -> bool:
    return not g.symmetric and g.recipient_country is not None and g.actor_country != g.recipient_country


def same_sentence(g: GoldEvent, record: dict[str, Any]) -> bool:
    """Whether the gold event's evidence and the record's sentence (or a sentence merged into it
    as a restatement) overlap: a match on type and countries alone may pair a record with
    another event of the same kind in the article."""
    if not g.evidence:
        return False
    gold = " ".join(fold(g.evidence).split())
    # the record's sentence, or one that restated it (merged into the record)
    for ev in [record.get("evidence") or {}, *(record.get("restated_in") or [])]:
        sent = " ".join(fold(str(ev.get("text") or "")).split())
        if sent and (gold[:40] in sent or sent[:40] in gold):
            return True
    return False


def match_score(g: GoldEvent, record: dict[str, Any]) -> float:
    score = 1.0
    if same_sentence(g, record):
        score += 0.5  # the same happening, told in the same words: the best pairing
    if roles_right(g, record):
        score += 0.4
    if date_right(g.date, record.get("date"), record.get("date_precision"), record.get("date_window"))[1]:
        score += 0.3
    if place_right(g.place, record.get("location")):
        score += 0.2
    if g.event_mode is not None and record.get("event_mode") == g.event_mode:
        score += 0.1
    return score


def greedy_match(
    gold: list[GoldEvent], preds: list[dict[str, Any]], relaxed: bool = False
) -> list[tuple[int, int]]:
    """One-to-one matching of gold to predicted events, best scores first.

    ``relaxed``: only the type must agree; country agreement then adds to the score.
    """
    cands: list[tuple[float, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            if relaxed:
                if p.get("event_type") != g.event_type:
                    continue
                gs = {c for c in (g.actor_country, g.recipient_country) if c}
                ps = {c for c in _countries(p) if c}
                s = len(gs & ps) + match_score(g, p) - 1.0
            elif compatible(g, p):
                s = match_score(g, p)
            else:
                continue
            cands.append((s, gi, pi))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


# --- the report --------------------------------------------------------------------


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    """Counts for one language (or all); the metrics are ratios of these."""

    n_gold: int = 0
    n_pred: int = 0
    n_matched: int = 0
    role_n: int = 0
    role_ok: int = 0
    place_n: int = 0
    place_ok: int = 0
    date_n: int = 0
    date_strict: int = 0
    date_lenient: int = 0
    topic_gold: int = 0
    topic_pred: int = 0
    topic_hit: int = 0
    relaxed_matched: int = 0
    country_n: int = 0
    country_ok: int = 0
    evidence_ok: int = 0  # matches whose record comes from the gold event's own sentence

    def add(self, other: Tally) -> None:
        for k in asdict(self):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def metrics(self) -> dict[str, float | None]:
        p = _ratio(self.n_matched, self.n_pred)
        r = _ratio(self.n_matched, self.n_gold)
        return {
            "precision": p,
            "recall": r,
            "f1": _f1(p, r),
            "role_accuracy": _ratio(self.role_ok, self.role_n),
            "place_accuracy": _ratio(self.place_ok, self.place_n),
            "date_accuracy_strict": _ratio(self.date_strict, self.date_n),
            "date_accuracy_lenient": _ratio(self.date_lenient, self.date_n),
            "topic_recall": _ratio(self.topic_hit, self.topic_gold),
            "topic_precision": _ratio(self.topic_hit, self.topic_pred),
            "type_only_recall": _ratio(self.relaxed_matched, self.n_gold),
            "actor_country_accuracy": _ratio(self.country_ok, self.country_n),
            "evidence_agreement": _ratio(self.evidence_ok, self.n_matched),
            # F1 counting only matches from the gold event's own sentence: a lower bound
            "f1_same_sentence": _f1(_ratio(self.evidence_ok, self.n_pred), _ratio(self.evidence_ok, self.n_gold)),
        }


@dataclass
class PairScores:
    """Pairwise precision/recall of a clustering (stories, or actor resolution)."""

    gold_pairs: int = 0  # pairs the gold puts together
    found_pairs: int = 0  # of those, predicted together
    pred_pairs: int = 0  # pairs predicted together (among scored items)
    right_pairs: int = 0  # of those, together in the gold
    apart_pairs: int = 0  # pairs the gold says are different (different_story)
    apart_kept: int = 0  # of those (both matched), predicted apart

    def metrics(self) -> dict[str, float | None]:
        p = _ratio(self.right_pairs, self.pred_pairs)
        r = _ratio(self.found_pairs, self.gold_pairs)
        out = {"precision": p, "recall": r, "f1": _f1(p, r)}
        if self.apart_pairs:
            out["different_story_kept_apart"] = _ratio(self.apart_kept, self.apart_pairs)
        return out


@dataclass
class MentionScores:
    n_gold: int = 0
    n_pred: int = 0
    gold_found: int = 0
    pred_right: int = 0
    country_n: int = 0
    country_ok: int = 0
    gold_not_in_text: int = 0

    def metrics(self) -> dict[str, float | None]:
        p = _ratio(self.pred_right, self.n_pred)
        r = _ratio(self.gold_found, self.n_gold)
        return {"precision": p, "recall": r, "f1": _f1(p, r), "country_accuracy": _ratio(self.country_ok, self.country_n)}


@dataclass
class Miss:
    doc_id: str
    event_type: str
    actor_country: str | None
    recipient_country: str | None
    evidence: str
    gold_id: str | None = None


@dataclass
class Report:
    name: str
    n_documents: int
    by_language: dict[str, Tally] = field(default_factory=dict)
    stories: PairScores | None = None
    # the linker alone, fed the gold events themselves: separates linking errors from extraction errors
    stories_oracle: PairScores | None = None
    mentions: dict[str, MentionScores] = field(default_factory=dict)
    resolution: PairScores | None = None
    unmatched_gold: list[Miss] = field(default_factory=list)
    unmatched_pred: list[Miss] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Tally:
        total = Tally()
        for t in self.by_language.values():
            total.add(t)
        return total

    @property
    def has_events(self) -> bool:
        return bool(self.by_language)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "n_documents": self.n_documents}
        if self.by_language:
            out["events"] = {
                lang: {"counts": asdict(t), "metrics": t.metrics()}
                for lang, t in [*sorted(self.by_language.items()), ("all", self.overall)]
            }
        if self.stories is not None:
            out["stories"] = {"counts": asdict(self.stories), "metrics": self.stories.metrics()}
        if self.stories_oracle is not None:
            out["stories_oracle"] = {"counts": asdict(self.stories_oracle), "metrics": self.stories_oracle.metrics()}
        if self.mentions:
            all_m = MentionScores()
            for m in self.mentions.values():
                for k in asdict(all_m):
                    setattr(all_m, k, getattr(all_m, k) + getattr(m, k))
            out["mentions"] = {
                lang: {"counts": asdict(m), "metrics": m.metrics()}
                for lang, m in [*sorted(self.mentions.items()), ("all", all_m)]
            }
        if self.resolution is not None:
            out["resolution"] = {"counts": asdict(self.resolution), "metrics": self.resolution.metrics()}
        out["unmatched_gold"] = [asdict(m) for m in self.unmatched_gold]
        out["unmatched_predictions"] = [asdict(m) for m in self.unmatched_pred]
        out["missing_documents"] = self.missing_documents
        return out

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


# --- evaluation ----------------------------------------------------------------------


def _snippet(record: dict[str, Any], width: int = 120) -> str:
    ev = record.get("evidence") or {}
    text = " ".join(str(ev.get("text") or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def evaluate_predictions(gold: Gold, predictions: dict[str, list[dict[str, Any]]]) -> Report:
    """Score event predictions (gold doc_id -> event records) against the event gold."""
    report = Report(name=gold.name, n_documents=len(gold.documents))
    matched_story: dict[str, str] = {}  # gold event id -> predicted story_id
    for doc in gold.documents:
        if doc.events is None:
            continue
        preds = predictions.get(doc.doc_id, [])
        tally = report.by_language.setdefault(doc.language, Tally())
        tally.n_gold += len(doc.events)
        tally.n_pred += len(preds)
        pairs = greedy_match(doc.events, preds)
        used = {pi for _, pi in pairs}
        matched_g = {gi for gi, _ in pairs}
        for gi, pi in pairs:
            g, p = doc.events[gi], preds[pi]
            tally.n_matched += 1
            tally.evidence_ok += same_sentence(g, p)
            if role_scored(g):
                tally.role_n += 1
                tally.role_ok += roles_right(g, p)
            tally.place_n += 1
            tally.place_ok += place_right(g.place, p.get("location"))
            strict, lenient = date_right(g.date, p.get("date"), p.get("date_precision"), p.get("date_window"))
            tally.date_n += 1
            tally.date_strict += strict
            tally.date_lenient += lenient
            gt, pt = set(g.topics) & GOLD_TOPICS, set(p.get("topics") or []) & GOLD_TOPICS
            tally.topic_gold += len(gt)
            tally.topic_pred += len(pt)
            tally.topic_hit += len(gt & pt)
            if p.get("story_id"):
                matched_story[g.id] = str(p["story_id"])
        for gi, pi in greedy_match(doc.events, preds, relaxed=True):
            g, p = doc.events[gi], preds[pi]
            tally.relaxed_matched += 1
            got = set(_countries(p))
            for c in (g.actor_country, g.recipient_country):
                if c is not None:
                    tally.country_n += 1
                    tally.country_ok += c in got
        for gi, g in enumerate(doc.events):
            if gi not in matched_g:
                report.unmatched_gold.append(
                    Miss(doc.doc_id, g.event_type, g.actor_country, g.recipient_country, g.evidence or "", g.id)
                )
        for pi, p in enumerate(preds):
            if pi not in used:
                pa, pr = _countries(p)
                report.unmatched_pred.append(Miss(doc.doc_id, p.get("event_type", "?"), pa, pr, _snippet(p)))
    if gold.same_story or gold.different_story:
        report.stories = story_scores(gold, matched_story)
        report.stories_oracle = oracle_story_scores(gold)
    return report


def _gold_record(doc: GoldDocument, g: GoldEvent) -> dict[str, Any]:
    """An event record holding exactly what the gold says (for scoring the linker alone)."""
    date = None
    if g.date:
        lo, hi = g.date.get("earliest"), g.date.get("latest")
        if lo and lo == hi:
            date = lo
        elif lo and hi and lo[:7] == hi[:7]:
            date = lo[:7]
    place = None
    if g.place and (g.place.get("city") or g.place.get("country")):
        city = g.place.get("city")
        place = {"name": city or g.place.get("country"), "country": g.place.get("country"),
                 "feature_type": "city" if city else "country", "geonames_id": None}
    return {
        "event_id": g.id, "doc_id": doc.doc_id, "event_type": g.event_type, "language": doc.language,
        "publication_date": doc.publication_date, "date": date, "source": None, "url": None,
        "actor": {"actor_id": f"state:{g.actor_country}", "country": g.actor_country, "kind": "state"},
        "recipient": ({"actor_id": f"state:{g.recipient_country}", "country": g.recipient_country, "kind": "state"}
                      if g.recipient_country else None),
        "location": place,
    }


def oracle_story_scores(gold: Gold) -> PairScores:
    """Same-story scores of :func:`dyad.stories.link_records` run on the gold events."""
    from dyad.stories import link_records

    records = [_gold_record(d, g) for d in gold.documents for g in (d.events or [])]
    return story_scores(gold, link_records(records))


def story_scores(gold: Gold, matched_story: dict[str, str]) -> PairScores:
    """Pairwise same-story scores; ``matched_story`` maps gold event ids to predicted story ids."""
    uf = _UnionFind()
    all_ids = [e.id for d in gold.documents for e in (d.events or [])]
    for i in all_ids:
        uf.find(i)
    for a, b in gold.same_story:
        uf.union(a, b)
    scores = PairScores()
    clusters: dict[str, list[str]] = defaultdict(list)
    for i in all_ids:
        clusters[uf.find(i)].append(i)
    scores.gold_pairs = sum(_pairs(len(c)) for c in clusters.values())
    # found: gold-same pairs whose matched predictions share a story id
    found = Counter((uf.find(i), s) for i, s in matched_story.items())
    scores.found_pairs = sum(_pairs(n) for n in found.values())
    by_story = Counter(matched_story.values())
    scores.pred_pairs = sum(_pairs(n) for n in by_story.values())
    scores.right_pairs = scores.found_pairs
    for a, b in gold.different_story:
        if a in matched_story and b in matched_story:
            scores.apart_pairs += 1
            scores.apart_kept += matched_story[a] != matched_story[b]
    return scores


def _occurrence_span(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    start = -1
    for _ in range(occurrence):
        start = text.find(surface, start + 1)
        if start < 0:
            return None
    return start, start + len(surface)


def evaluate_mentions(
    gold: Gold, texts: dict[str, str], stored: dict[str, list[dict[str, Any]]]
) -> tuple[dict[str, MentionScores], PairScores]:
    """Mention detection and resolution against an actor gold set.

    ``texts``: gold doc_id -> stored text; ``stored``: gold doc_id -> stored actor mentions
    (dicts with start, end, actor_id, country).
    """
    by_lang: dict[str, MentionScores] = {}
    entity_actor: list[tuple[str, str | None]] = []  # per gold mention: (entity, actor_id or None)
    for doc in gold.documents:
        if doc.mentions is None:
            continue
        ms = by_lang.setdefault(doc.language, MentionScores())
        text = texts.get(doc.doc_id, "")
        preds = stored.get(doc.doc_id, [])
        spans: list[tuple[int, int]] = []
        for gm in doc.mentions:
            ms.n_gold += 1
            span = _occurrence_span(text, gm.surface, gm.occurrence)
            if span is None:
                ms.gold_not_in_text += 1
                entity_actor.append((gm.entity, None))
                continue
            spans.append(span)
            best, best_overlap = None, 0
            for p in preds:
                overlap = min(span[1], p["end"]) - max(span[0], p["start"])
                if overlap > best_overlap:
                    best, best_overlap = p, overlap
            if best is None:
                entity_actor.append((gm.entity, None))
                continue
            ms.gold_found += 1
            if gm.country is not None:
                ms.country_n += 1
                ms.country_ok += best.get("country") == gm.country
            entity_actor.append((gm.entity, best.get("actor_id")))
        ms.n_pred += len(preds)
        ms.pred_right += sum(
            1 for p in preds if any(min(s[1], p["end"]) > max(s[0], p["start"]) for s in spans)
        )
    res = PairScores()
    res.gold_pairs = sum(_pairs(n) for n in Counter(e for e, _ in entity_actor).values())
    resolved = [(e, a) for e, a in entity_actor if a]
    res.found_pairs = sum(_pairs(n) for n in Counter(resolved).values())
    res.pred_pairs = sum(_pairs(n) for n in Counter(a for _, a in resolved).values())
    res.right_pairs = res.found_pairs
    return by_lang, res


def _stored_mentions(store: Store, doc_id: str) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from dyad.store import mentions as mentions_table

    c = mentions_table.c
    q = select(c.start, c.end, c.kind, c.actor_id, c.country).where(c.doc_id == doc_id, c.kind != "place")
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def evaluate(gold: Gold, store: Store, missing: Iterable[str] = ()) -> Report:
    """Score what ``store`` holds for the gold documents (run :func:`prepare` first)."""
    predictions: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str] = {}
    stored: dict[str, list[dict[str, Any]]] = {}
    for doc in gold.documents:
        sid = gold.stored_id(doc.doc_id)
        if doc.events is not None:
            predictions[doc.doc_id] = list(store.events(EventFilter(doc_id=sid)))
        if doc.mentions is not None:
            row = store.document(sid)
            texts[doc.doc_id] = (row or {}).get("text") or ""
            stored[doc.doc_id] = _stored_mentions(store, sid)
    report = evaluate_predictions(gold, predictions)
    if stored:
        report.mentions, report.resolution = evaluate_mentions(gold, texts, stored)
    report.missing_documents = sorted(missing)
    return report


def run_eval(paths: Iterable[str | Path], db: str | None = None, workers: int = 1) -> list[Report]:
    """Load, prepare and evaluate each gold file; a temporary SQLite store when ``db`` is None."""
    tmp: tempfile.TemporaryDirectory[str] | None = None
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="dyad-eval-")
        db = str(Path(tmp.name) / "eval.db")
    try:
        store = Store(db)
        reports = []
        for path in paths:
            gold = load_gold(path)
            missing = prepare(gold, store, path, workers=workers)
            reports.append(evaluate(gold, store, missing))
        store.engine.dispose()
        return reports
    finally:
        if tmp is not None:
            tmp.cleanup()


# --- summary over sets, and against a baseline ---------------------------------------


@dataclass
class SummaryRow:
    """Event F1 of one gold set (or of the pooled sets) per language, now and in a baseline run."""

    name: str
    counts: dict[str, tuple[int, int, int]]  # lang -> (gold, predicted, matched)
    baseline: dict[str, tuple[int, int, int]] | None = None

    @staticmethod
    def f1(c: tuple[int, int, int] | None) -> float | None:
        """F1 of (gold, predicted, matched): 2m / (g + p), the harmonic mean of P and R."""
        if c is None or c[0] + c[1] == 0:
            return None
        return 2 * c[2] / (c[0] + c[1])


def _event_counts(report: Report | dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    data = report.to_dict() if isinstance(report, Report) else report
    return {lang: (v["counts"]["n_gold"], v["counts"]["n_pred"], v["counts"]["n_matched"])
            for lang, v in (data.get("events") or {}).items()}


def summarise(reports: Iterable[Report | dict[str, Any]],
              baseline: Iterable[dict[str, Any]] | None = None,
              pool_exclude: Iterable[str] = ("events_heldout",)) -> list[SummaryRow]:
    """One row per gold set with events, then a "pooled" row summing the counts of every set but
    those named in ``pool_exclude`` (the held-out set is reported, not tuned on, so it is kept out
    of the sum a tuning change is judged by).  ``baseline`` is the JSON of an earlier run
    (``dyad eval --json``); a set it does not hold has no baseline figures, and then neither has
    the pooled row."""
    base = {d["name"]: _event_counts(d) for d in baseline} if baseline is not None else None
    rows: list[SummaryRow] = []
    for rep in reports:
        counts = _event_counts(rep)
        if not counts:
            continue
        name = rep.name if isinstance(rep, Report) else str(rep["name"])
        rows.append(SummaryRow(name, counts, None if base is None else base.get(name)))
    excluded = set(pool_exclude)
    pooled: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    pooled_base: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        if row.name in excluded:
            continue
        for lang, c in row.counts.items():
            pooled[lang] = [a + b for a, b in zip(pooled[lang], c, strict=True)]
        for lang, c in (row.baseline or {}).items():
            pooled_base[lang] = [a + b for a, b in zip(pooled_base[lang], c, strict=True)]
    if len(rows) > 1:
        # a pooled change is only a change when the baseline holds every pooled set
        comparable = base is not None and all(r.baseline is not None for r in rows if r.name not in excluded)
        rows.append(SummaryRow("pooled", {k: (v[0], v[1], v[2]) for k, v in pooled.items()},
                               {k: (v[0], v[1], v[2]) for k, v in pooled_base.items()} if comparable else None))
    return rows


def format_summary(rows: list[SummaryRow]) -> Table:
    """F1 per set and language; with a baseline, each cell is "now (change)"."""
    langs = sorted({lang for r in rows for lang in r.counts if lang != "all"}) + ["all"]
    t = Table(title="event F1 per set" + (" (change from the baseline)" if any(r.baseline for r in rows) else ""),
              title_justify="left")
    t.add_column("set")
    for lang in langs:
        t.add_column(lang, justify="right")
    t.add_column("matched / pred / gold", justify="right")
    for r in rows:
        cells = []
        for lang in langs:
            now = SummaryRow.f1(r.counts.get(lang))
            cell = _pct(now)
            if r.baseline is not None:
                before = SummaryRow.f1(r.baseline.get(lang))
                if now is not None and before is not None and round(100 * now, 1) != round(100 * before, 1):
                    cell += f" ({100 * (now - before):+.1f})"
            cells.append(cell)
        g, p, m = r.counts.get("all", (0, 0, 0))
        tail = f"{m} / {p} / {g}"
        if r.baseline is not None and "all" in r.baseline:
            bg, bp, bm = r.baseline["all"]
            if (bm, bp) != (m, p):
                tail += f" (was {bm} / {bp})"
        t.add_row(r.name, *cells, tail, style="bold" if r.name == "pooled" else None)
    return t


# --- display ------------------------------------------------------------------------


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{100 * v:.1f}"


def format_report(report: Report, max_misses: int = 15) -> list[Table]:
    """Rich tables: event metrics by language, stories, mentions, and the first misses."""
    tables: list[Table] = []
    if report.has_events:
        t = Table(title=f"{report.name}: events ({report.n_documents} documents)", title_justify="left")
        cols = [
            ("lang", None), ("gold", None), ("pred", None), ("match", None),
            ("P", "precision"), ("R", "recall"), ("F1", "f1"), ("roles", "role_accuracy"),
            ("place", "place_accuracy"), ("date", "date_accuracy_strict"),
            ("date~", "date_accuracy_lenient"), ("topics R", "topic_recall"),
            ("type R", "type_only_recall"), ("country", "actor_country_accuracy"),
            ("evid", "evidence_agreement"),
        ]
        for name, _ in cols:
            t.add_column(name, justify="left" if name == "lang" else "right")
        for lang, tally in [*sorted(report.by_language.items()), ("all", report.overall)]:
            m = tally.metrics()
            t.add_row(
                lang, str(tally.n_gold), str(tally.n_pred), str(tally.n_matched),
                *[_pct(m[key]) for _, key in cols[4:] if key],
                style="bold" if lang == "all" else None,
            )
        tables.append(t)
    if report.stories is not None:
        s = report.stories.metrics()
        t = Table(title=f"{report.name}: same-story pairs", title_justify="left")
        for name in ("gold pairs", "predicted pairs", "P", "R", "F1", "different kept apart"):
            t.add_column(name, justify="right")
        t.add_row(
            str(report.stories.gold_pairs), str(report.stories.pred_pairs), _pct(s["precision"]),
            _pct(s["recall"]), _pct(s["f1"]), _pct(s.get("different_story_kept_apart")),
        )
        tables.append(t)
    if report.stories_oracle is not None:
        s = report.stories_oracle.metrics()
        t = Table(title=f"{report.name}: same-story pairs, linker alone (gold events as input)", title_justify="left")
        for name in ("gold pairs", "predicted pairs", "P", "R", "F1", "different kept apart"):
            t.add_column(name, justify="right")
        t.add_row(
            str(report.stories_oracle.gold_pairs), str(report.stories_oracle.pred_pairs), _pct(s["precision"]),
            _pct(s["recall"]), _pct(s["f1"]), _pct(s.get("different_story_kept_apart")),
        )
        tables.append(t)
    if report.mentions:
        t = Table(title=f"{report.name}: actor mentions", title_justify="left")
        for name in ("lang", "gold", "pred", "P", "R", "F1", "country", "not in text"):
            t.add_column(name, justify="left" if name == "lang" else "right")
        total = MentionScores()
        for lang, ms in [*sorted(report.mentions.items()), ("all", total)]:
            if lang != "all":
                for k in asdict(total):
                    setattr(total, k, getattr(total, k) + getattr(ms, k))
            m = ms.metrics()
            t.add_row(lang, str(ms.n_gold), str(ms.n_pred), _pct(m["precision"]), _pct(m["recall"]),
                      _pct(m["f1"]), _pct(m["country_accuracy"]), str(ms.gold_not_in_text))
        tables.append(t)
    if report.resolution is not None:
        r = report.resolution.metrics()
        t = Table(title=f"{report.name}: actor resolution (pairwise)", title_justify="left")
        for name in ("gold pairs", "predicted pairs", "P", "R", "F1"):
            t.add_column(name, justify="right")
        t.add_row(str(report.resolution.gold_pairs), str(report.resolution.pred_pairs),
                  _pct(r["precision"]), _pct(r["recall"]), _pct(r["f1"]))
        tables.append(t)
    for title, misses in (("missed gold events", report.unmatched_gold), ("unmatched predictions", report.unmatched_pred)):
        if not misses or max_misses <= 0:
            continue
        t = Table(title=f"{report.name}: {title} ({len(misses)}, first {min(len(misses), max_misses)})",
                  title_justify="left")
        for name in ("doc", "type", "actor", "recipient", "evidence"):
            t.add_column(name, overflow="fold")
        for miss in misses[:max_misses]:
            t.add_row(miss.doc_id, miss.event_type, miss.actor_country or "—", miss.recipient_country or "—",
                      miss.evidence[:100])
        tables.append(t)
    return tables
