"""Stories: event records from many reports grouped into one real-world happening.

Linking rules (:func:`compatible`): two records can be one story when they have the same
PLOVER type, the same sides (the unordered country pair; for one-country records the same
persons, or the same kind of side on each role), compatible dates ("21 April" and "2024-04"
agree; a report with no date agrees with any date near its publication) and compatible
places (two different cities never agree; a dateline's city is no rival).

Cost: records are *blocked* by (type, country pair); only records of one block are
compared, in date order, against the stories already formed in that block, so the work
is near-linear in the number of records.  Incremental linking re-links only the blocks
that new records fall in, from all their records, which gives exactly the result of a
rebuild from scratch (story ids come from the earliest member, not from the order of
arrival).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from dyad.store import EventFilter, Store, documents, events

BlockKey = tuple[str, tuple[str, ...]]
# a report with no event date is matched by its publication date, give or take
UNDATED_SLACK_DAYS = 10
DAY_SLACK = 1


def story_id_for(event_id: str) -> str:
    return "st-" + hashlib.sha1(event_id.encode()).hexdigest()[:12]


def _sides(r: dict[str, Any]) -> tuple[str, ...]:
    cs = {c for c in ((r.get("actor") or {}).get("country"), (r.get("recipient") or {}).get("country")) if c}
    return tuple(sorted(cs))


def block_key(r: dict[str, Any]) -> BlockKey:
    return (r["event_type"], _sides(r))


def _window(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a date value covers: a day, a month or a year."""
    if not value:
        return None
    try:
        if len(value) == 10:
            d = dt.date.fromisoformat(value)
            return d, d
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            start = dt.date(y, m, 1)
            end = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
            return start, end
        if len(value) == 4:
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


@dataclass
class _Item:
    record: dict[str, Any]
    window: tuple[dt.date, dt.date] | None  # from the event date
    pub: dt.date | None

    @property
    def anchor(self) -> dt.date | None:
        return self.window[0] if self.window else self.pub

    @property
    def sort_key(self) -> tuple[str, str]:
        anchor = self.anchor
        return (anchor.isoformat() if anchor else "9999"), self.record["event_id"]


def _item(r: dict[str, Any]) -> _Item:
    # parsed once per record and kept on it: the linker compares each record many times
    cached = r.get("_item")
    if isinstance(cached, _Item):
        return cached
    pub = None
    if r.get("publication_date") and len(r["publication_date"]) == 10:
        try:
            pub = dt.date.fromisoformat(r["publication_date"])
        except ValueError:
            pub = None
    return _Item(r, _window(r.get("date")), pub)


def _dates_agree(a: _Item, b: _Item) -> bool:
    if a.window and b.window:
        slack = dt.timedelta(days=DAY_SLACK)
        return a.window[0] - slack <= b.window[1] and b.window[0] - slack <= a.window[1]
    # one or both undated: compare what is known with the other's publication date
    slack = dt.timedelta(days=UNDATED_SLACK_DAYS)
    wa = a.window or ((a.pub - slack, a.pub) if a.pub else None)
    wb = b.window or ((b.pub - slack, b.pub) if b.pub else None)
    if wa is None or wb is None:
        return True
    return wa[0] - slack <= wb[1] and wb[0] - slack <= wa[1]


def _place(r: dict[str, Any]) -> tuple[str | None, str | None]:
    loc = r.get("location") or {}
    if not loc:
        return None, None
    if (r.get("why") or {}).get("place") == "dateline":
        # where the report was filed ("ROME (AFP) -"): its country at most, never a rival city
        return None, None
    if loc.get("feature_type") not in ("city", "site", None):
        # a country or a region ("the Middle East") does not pin a happening down
        return None, loc.get("country") if loc.get("feature_type") in ("country", "admin1") else None
    return (str(loc.get("geonames_id") or loc.get("name")), loc.get("country"))


def _places_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    pa, ca = _place(a)
    pb, cb = _place(b)
    if pa and pb:
        return pa == pb
    if ca and cb:
        return ca == cb
    return True


def _persons(r: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """country -> (person actor id, name), for the named persons on each side."""
    out: dict[str, tuple[str, str]] = {}
    for side in ("actor", "recipient"):
        a = r.get(side) or {}
        if a.get("kind") == "person" and a.get("country") and not a.get("country_inferred") \
                and not str(a.get("actor_id", "")).startswith("official:"):
            out[a["country"]] = (a["actor_id"], a.get("name") or "")
    return out


def _same_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two (person id, name) of one side can be one person: one id, or spellings of one
    name."""
    from dyad.resolve import compatible as names_compatible
    from dyad.resolve import name_key

    (ida, na), (idb, nb) = a, b
    if ida == idb:
        return True
    ka, kb = name_key(na), name_key(nb)
    if names_compatible(ka, kb)[0]:
        return True
    # "الأمير فيصل" in one report, "Fayçal ben Turki" in another: one name alone that is
    # the other's given name does not make two persons
    return any(len(x.all) == 1 and y.given == x.all[0] for x, y in ((ka, kb), (kb, ka)))


def _same_people(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two reports naming different persons for one side are two meetings (a minister, then a
    police chief), unless the names are spellings of one name."""
    pa, pb = _persons(a), _persons(b)
    return all(_same_person(pa[c], pb[c]) for c in pa.keys() & pb.keys())


def _bridged(member: dict[str, Any], new: dict[str, Any], agree: list[_Item]) -> bool:
    """Whether every person of ``member`` that ``new`` names differently is named with the same
    id by a story member that agrees with ``new``."""
    pm, pn = _persons(member), _persons(new)
    return all(_same_person(pm[c], pn[c]) or any(_persons(o.record).get(c, ("", ""))[0] == pm[c][0] for o in agree)
               for c in pm.keys() & pn.keys())


def _ids(r: dict[str, Any]) -> frozenset[str]:
    return frozenset(x for x in ((r.get("actor") or {}).get("actor_id"), (r.get("recipient") or {}).get("actor_id")) if x)


def _side_key(side: dict[str, Any] | None) -> str:
    """What one side of a one-country record is, coarsely: a named person, a country (its state,
    government, forces or civilians), or someone unknown (unidentified attackers, an armed group
    without a country)."""
    if not side:
        return "-"
    if side.get("kind") == "person" and not str(side.get("actor_id", "")).startswith("official:"):
        return str(side.get("actor_id"))
    return str(side.get("country") or "?")


def _one_sided_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two one-country records are one happening only with the same persons, or the same kind of
    side on each role: "gunmen killed soldiers" and "an armed group attacked the army" agree;
    "Qatar hosted talks" by two different hosts do not."""
    ka = (_side_key(a.get("actor")), _side_key(a.get("recipient")))
    kb = (_side_key(b.get("actor")), _side_key(b.get("recipient")))
    return ka == kb or ka == kb[::-1]


def compatible(a: dict[str, Any], b: dict[str, Any], people: bool = True) -> bool:
    """Whether two event records can describe one happening (see the module doc); with
    ``people=False`` the persons they name are not compared."""
    if a["event_type"] != b["event_type"] or _sides(a) != _sides(b):
        return False
    if len(_sides(a)) < 2 and _ids(a) != _ids(b) and not _one_sided_agree(a, b):
        # one-sided records ("Qatar hosted talks") are only the same happening with the same actors
        return False
    if a["doc_id"] == b["doc_id"]:
        # an article's extractor already merged restatements: two records of one article are two events
        return False
    ia, ib = _item(a), _item(b)
    return _dates_agree(ia, ib) and _places_agree(a, b) and (not people or _same_people(a, b))


@dataclass
class _Story:
    members: list[_Item] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)  # every member's actor ids, kept as members join

    def add(self, it: _Item) -> None:
        self.members.append(it)
        self.ids |= _ids(it.record)

    def accepts(self, it: _Item) -> bool:
        # "Javier Morales Ruiz" (fr) and "خافيير موراليس" (ar) get different person ids, but the
        # English report's "Javier Morales" agrees with the first and shares the second's id:
        # a member that differs only by a person another member names with the same id and
        # who agrees with the newcomer is one person spelt two ways
        strangers: list[_Item] = []
        for m in self.members:
            if compatible(m.record, it.record):
                continue
            if not compatible(m.record, it.record, people=False):
                return False  # another date, place or sides: no bridge helps (and no need to look further)
            strangers.append(m)
        if not strangers:
            return True
        agree = [m for m in self.members if all(m is not x for x in strangers)]
        return bool(agree) and all(_bridged(m.record, it.record, agree) for m in strangers)


# stories whose first report is this much older than a record cannot take it (dates must agree)
_HORIZON = dt.timedelta(days=70)
_LOOKBACK = 50


def link_block(records: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group the records of one block into stories (deterministic: date order, then event id)."""
    items = sorted((_item(r) for r in records), key=lambda i: i.sort_key)
    stories: list[_Story] = []
    for it in items:
        it.record["_item"] = it
        anchor = it.anchor
        # stories formed last are the likeliest partners (date order); look back a bounded number
        home = None
        shared = -1
        mine = _ids(it.record)
        for st in reversed(stories[-_LOOKBACK:]):
            first = st.members[0].anchor
            if anchor is not None and first is not None and first < anchor - _HORIZON:
                break
            # of the stories that accept it, the one sharing most of its actors ("Bennani" on both
            # sides of two reports of the Rabat talks, not the police chief met the same day);
            # on a tie the latest
            n = len(mine & st.ids)
            if n > shared and st.accepts(it):
                home, shared = st, n
        if home is not None:
            home.add(it)
        else:
            stories.append(_Story())
            stories[-1].add(it)
    for it in items:
        it.record.pop("_item", None)
    return [[m.record for m in st.members] for st in stories]


def link_records(records: Iterable[dict[str, Any]]) -> dict[str, str]:
    """event_id -> story_id for a set of records (a rebuild from scratch)."""
    blocks: dict[BlockKey, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        blocks[block_key(r)].append(r)
    out: dict[str, str] = {}
    for recs in blocks.values():
        for group in link_block(recs):
            sid = story_id_for(min(r["event_id"] for r in group))
            for r in group:
                out[r["event_id"]] = sid
    return out


def _source_of(r: dict[str, Any]) -> str:
    if r.get("source"):
        return str(r["source"]).strip().lower()
    url = r.get("url") or ""
    if "://" in url:
        return url.split("/")[2].lower().removeprefix("www.")
    return f"doc:{r['doc_id']}"


def _best(values: list[tuple[Any, str]]) -> Any:
    """The value given by most documents; ties go to the more precise (longer) value."""
    counts: Counter[str] = Counter()
    keep: dict[str, Any] = {}
    for v, _doc in values:
        k = json.dumps(v, sort_keys=True, ensure_ascii=False)
        counts[k] += 1
        keep[k] = v
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], len(k)))
    return keep[best]


def story_record(sid: str, group: list[dict[str, Any]]) -> dict[str, Any]:
    """The contract's story line: best-supported values, counts and conflicts."""
    docs = sorted({r["doc_id"] for r in group})
    dates: list[tuple[str, str]] = [(str(r["date"]), r["doc_id"]) for r in group if r.get("date")]
    located = [r for r in group if r.get("location")]
    # a city given by one report is more precise than a region given by another
    cities = [r for r in located if r["location"].get("feature_type") in ("city", "site")]
    places: list[tuple[str, str]] = [(str(r["location"].get("name")), r["doc_id"]) for r in (cities or located)]
    best_date = _best(dates)
    best_place_name = _best(places)
    location = next((r["location"] for r in group if (r.get("location") or {}).get("name") == best_place_name), None)
    conflicts: list[dict[str, Any]] = []
    # dates conflict when two reports give values that cannot both be right
    distinct_dates: dict[str, list[str]] = defaultdict(list)
    for v, d in dates:
        distinct_dates[v].append(d)
    keys = sorted(distinct_dates)
    if any(not (a.startswith(b) or b.startswith(a)) for i, a in enumerate(keys) for b in keys[i + 1 :]):
        conflicts.append({"field": "date", "values": [{"value": v, "doc_ids": sorted(set(ds))} for v, ds in sorted(distinct_dates.items())]})
    distinct_places: dict[str, list[str]] = defaultdict(list)
    for v, d in places:
        distinct_places[v].append(d)
    if len(distinct_places) > 1:
        conflicts.append({"field": "place", "values": [{"value": v, "doc_ids": sorted(set(ds))} for v, ds in sorted(distinct_places.items())]})
    parts: dict[str, list[str]] = defaultdict(list)
    for r in group:
        for side in ("actor", "recipient"):
            a = r.get(side) or {}
            if a.get("kind") == "person":
                parts[a.get("country") or "?"].append(a["actor_id"])
    for country, ids in sorted(parts.items()):
        if len(set(ids)) > 1:
            conflicts.append({"field": "participants", "country": country,
                              "values": [{"value": i, "doc_ids": sorted({r["doc_id"] for r in group if i in ((r.get('actor') or {}).get('actor_id'), (r.get('recipient') or {}).get('actor_id'))})} for i in sorted(set(ids))]})
    roles: dict[tuple[str | None, str | None], list[str]] = defaultdict(list)
    for r in group:
        roles[((r.get("actor") or {}).get("country"), (r.get("recipient") or {}).get("country"))].append(r["doc_id"])
    if len(roles) > 1:
        conflicts.append({"field": "roles", "values": [{"value": {"actor": a, "recipient": b}, "doc_ids": sorted(set(ds))} for (a, b), ds in sorted(roles.items(), key=str)]})
    pubs = sorted(str(r["publication_date"]) for r in group if r.get("publication_date"))
    sources = sorted({_source_of(r) for r in group})
    first = group[0]
    return {
        "story_id": sid,
        "event_ids": sorted(r["event_id"] for r in group),
        "doc_ids": docs,
        "languages": sorted({r.get("language") or "und" for r in group}),
        "event_type": first["event_type"],
        "countries": list(_sides(first)),
        "date": best_date,
        "date_support": sorted({d for v, d in dates if v == best_date}),
        "location": location,
        "n_documents": len(docs),
        "n_sources": len(sources),
        "sources": sources,
        "single_source": len(sources) == 1,
        "first_report": pubs[0] if pubs else None,
        "last_report": pubs[-1] if pubs else None,
        "conflicts": conflicts,
    }


_SIDE_KEYS = ("country", "actor_id", "kind", "country_inferred", "name")
_PLACE_KEYS = ("feature_type", "geonames_id", "name", "country")


def _light(r: dict[str, Any]) -> dict[str, Any]:
    """The fields the linker reads: a block of a large store is held in memory this way."""
    out = {k: r.get(k) for k in ("event_id", "doc_id", "event_type", "date", "publication_date", "story_id")}
    for side in ("actor", "recipient"):
        s = r.get(side)
        out[side] = {k: s.get(k) for k in _SIDE_KEYS} if s else None
    loc = r.get("location")
    out["location"] = {k: loc.get(k) for k in _PLACE_KEYS} if loc else None
    out["why"] = {"place": (r.get("why") or {}).get("place")}
    return out


def _records_of_blocks(store: Store, keys: set[BlockKey], light: bool = False) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t, sides in sorted(keys):
        if len(sides) == 2:
            f = EventFilter(event_type=t, dyad=(sides[0], sides[1]))
        elif len(sides) == 1:
            f = EventFilter(event_type=t, country=sides[0])
        else:
            f = EventFilter(event_type=t)
        out.extend(_light(r) if light else r for r in store.events(f) if block_key(r) == (t, sides))
    return out


def update_stories(store: Store, doc_ids: Sequence[str]) -> None:
    """Attach the events of newly stored (or reprocessed) documents to stories.

    The blocks the new events fall in are re-linked from all their stored records (held in
    memory in the light form the linker needs); only the stories whose membership changed are
    rewritten, from their full records.  The result equals a rebuild.
    """
    new: list[dict[str, Any]] = []
    for doc_id in doc_ids:
        new.extend(store.events(EventFilter(doc_id=doc_id)))
    keys = {block_key(r) for r in new}
    if not keys:
        return
    records = _records_of_blocks(store, keys, light=True)
    old = {str(r["event_id"]): str(r.get("story_id") or "") for r in records}
    assignment = link_records(records)
    del records
    members: dict[str, list[str]] = defaultdict(list)
    for eid, sid in assignment.items():
        members[sid].append(eid)
    changed = [sid for sid, eids in members.items() if any(old[e] != sid for e in eids)]
    removed = {s for s in old.values() if s and s not in members}
    store.set_story_ids({e: sid for e, sid in assignment.items() if old[e] != sid})
    full = store.events_by_id([e for sid in changed for e in members[sid]])
    store.replace_stories([story_record(sid, [full[e] for e in sorted(members[sid])]) for sid in changed],
                          remove=sorted(removed))


def rebuild_stories(store: Store) -> int:
    """Re-link every stored event from scratch; returns the number of stories."""
    records = list(store.events())
    assignment = link_records(records)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        groups[assignment[r["event_id"]]].append(r)
    with store.engine.begin() as conn:
        from sqlalchemy import delete

        from dyad.store import stories as stories_table

        conn.execute(delete(stories_table))
    store.set_story_ids(assignment)
    store.replace_stories([story_record(sid, g) for sid, g in groups.items()])
    return len(groups)


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """A story with its reports side by side: each report's evidence in its own language."""
    story = store.story(story_id)
    if story is None:
        return None
    reports = []
    with store.engine.connect() as conn:
        for r in store.events(EventFilter(story_id=story_id)):
            doc = conn.execute(
                select(documents.c.title, documents.c.source, documents.c.url, documents.c.publication_date)
                .where(documents.c.doc_id == r["doc_id"])
            ).mappings().first()
            reports.append({
                "event_id": r["event_id"], "doc_id": r["doc_id"], "language": r.get("language"),
                "title": doc["title"] if doc else None, "source": doc["source"] if doc else None,
                "url": doc["url"] if doc else None, "publication_date": doc["publication_date"] if doc else None,
                "evidence": r.get("evidence"), "date": r.get("date"), "date_text": r.get("date_text"),
                "location": r.get("location"), "actor": r.get("actor"), "recipient": r.get("recipient"),
            })
    return {**story, "reports": reports}


__all__ = ["compatible", "link_records", "rebuild_stories", "story_record", "story_view", "update_stories", "events"]
