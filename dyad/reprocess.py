"""Re-run the analysis stages over stored documents (after a language pack or the KB changed)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from dyad.doc import Document
from dyad.store import Store, documents


def stored_document(row: Mapping[Any, Any]) -> Document:
    """A stored document's row (``Store.document``) as an unanalysed :class:`Document`, from its raw
    text, keeping what ingest knew (origin, feed metadata, a language the user gave) and dropping
    the notes of an earlier analysis."""
    from dyad.dates import parse_publication

    pub, precision = parse_publication(row["publication_date"])
    old_meta = json.loads(row["meta"] or "{}")
    kept = {k: v for k, v in old_meta.items() if k not in ("removed_lines", "skipped_events") and not k.startswith("_")}
    return Document(
        doc_id=row["doc_id"], text=row["raw_text"], raw_text=row["raw_text"], title=row["title"],
        url=row["url"], source=row["source"], publication_date=pub, publication_precision=precision,
        lang=row["language"] if kept.get("lang_given") else "und", meta=kept,
    )


def reprocess(store: Store, only_stale: bool = True, doc_ids: list[str] | None = None) -> int:
    """Re-analyse stored documents from their raw text; returns how many were redone.

    With ``only_stale`` only documents whose extractor differs from the current one are
    redone.  Stories of the redone documents are relinked.
    """
    from dyad.pipeline import EXTRACTOR, default_pipeline
    from dyad.resolve import link_actors
    from dyad.stories import update_stories

    q = select(
        documents.c.doc_id, documents.c.raw_text, documents.c.title, documents.c.url, documents.c.source,
        documents.c.publication_date, documents.c.extractor, documents.c.language, documents.c.meta,
    )
    if doc_ids:
        q = q.where(documents.c.doc_id.in_(doc_ids))
    with store.engine.connect() as conn:
        rows = list(conn.execute(q).mappings())
    pipeline = default_pipeline()
    redone: list[str] = []
    for row in rows:
        if only_stale and row["extractor"] == EXTRACTOR:
            continue
        doc = stored_document(row)
        pipeline(doc)
        link_actors(doc, store.person_registry())
        store.replace_analysis(doc, EXTRACTOR)
        redone.append(doc.doc_id)
    if redone:
        update_stories(store, redone)
    return len(redone)
