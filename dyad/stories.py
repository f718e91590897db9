"""Stories: event records from many reports grouped into one real-world happening.

(First cut: every event is its own story until the linker lands.)
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from dyad.store import EventFilter, Store


def story_id_for(event_id: str) -> str:
    return "st-" + hashlib.sha1(event_id.encode()).hexdigest()[:12]


def update_stories(store: Store, doc_ids: Sequence[str]) -> None:
    """Attach the events of newly stored documents to stories."""
    records: list[dict[str, Any]] = []
    assignments: dict[str, str] = {}
    for doc_id in doc_ids:
        for ev in store.events(EventFilter(doc_id=doc_id)):
            sid = story_id_for(ev["event_id"])
            assignments[ev["event_id"]] = sid
            records.append(
                {
                    "story_id": sid,
                    "event_ids": [ev["event_id"]],
                    "doc_ids": [ev["doc_id"]],
                    "languages": [ev["language"]],
                    "event_type": ev["event_type"],
                    "countries": sorted({c for c in ((ev.get("actor") or {}).get("country"), (ev.get("recipient") or {}).get("country")) if c}),
                    "date": ev.get("date"),
                    "location": ev.get("location"),
                    "n_documents": 1,
                    "n_sources": 1,
                    "single_source": True,
                    "conflicts": [],
                }
            )
    store.set_story_ids(assignments)
    store.replace_stories(records)
