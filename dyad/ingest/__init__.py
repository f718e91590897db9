"""Ingest: read inputs, analyse each article with the pipeline, store it.

``ingest(["articles/", "feed.xml", "https://..."], store)`` is what ``dyad ingest`` runs.
Reading happens in the calling process; analysis can use several processes
(``workers``); writing stays in the calling process, one transaction per document,
because SQLite has one writer and a failed document must not take its batch down.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from dyad.doc import Document
from dyad.ingest.items import IngestError, RawItem
from dyad.ingest.readers import read_input, short_hash
from dyad.store import Store
from dyad.text import normalise_whitespace

# documents stored between two story-linking passes of one ingest call
STORY_CHUNK = 2000

__all__ = ["IngestError", "IngestReport", "RawItem", "ingest", "ingest_items", "to_document", "content_hash"]


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input, reason)
    n_events: int = 0

    def merge(self, other: IngestReport) -> None:
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.failed += other.failed
        self.n_events += other.n_events


def content_hash(text: str) -> str:
    """Identity of an article: its whitespace-normalised text, so re-downloads match."""
    return hashlib.sha256(normalise_whitespace(text).encode("utf-8", "surrogatepass")).hexdigest()


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", value).strip("-")[:120] or "doc"


def to_document(
    item: RawItem,
    published: str | None = None,
    source: str | None = None,
    lang: str | None = None,
) -> Document:
    """A :class:`Document` from a raw item; command-line overrides win over metadata."""
    from dyad.dates import parse_publication

    text = item.text
    if text is None and item.html is not None:
        from dyad.ingest import web

        extracted = web.extract_html(item.html, item.origin, url=item.url)
        text = extracted.text
        item.title = item.title or extracted.title
        item.published = item.published or extracted.published
        item.source = item.source or extracted.source
    if not text or not text.strip():
        raise IngestError(item.origin, "no text")
    pub_date, precision = parse_publication(published or item.published)
    doc_id = item.doc_id
    if not doc_id:
        base = item.url.rstrip("/").rsplit("/", 1)[-1] if item.url else "doc"
        doc_id = f"{_slug(base)[:60]}-{short_hash(item.url or text, 8)}"
    wanted_lang = (lang or item.lang or "").lower() or "und"
    return Document(
        doc_id=_slug(str(doc_id)),
        text=text,
        raw_text=text,
        title=item.title,
        url=item.url,
        source=source or item.source,
        publication_date=pub_date,
        publication_precision=precision,
        lang=wanted_lang,
        meta={
            "origin": item.origin,
            **({"lang_given": True} if wanted_lang != "und" else {}),
            **{k: v for k, v in item.meta.items() if isinstance(v, (str, int, float, bool))},
        },
    )


def _analyse(args: tuple[RawItem, str | None, str | None, str | None]) -> Document | IngestError:
    """Worker entry point: build and analyse one document."""
    from dyad.pipeline import default_pipeline

    item, published, source, lang = args
    try:
        doc = to_document(item, published, source, lang)
        default_pipeline()(doc)
        return doc
    except IngestError as exc:
        return exc
    except Exception as exc:  # a bug on one article must not lose the batch
        return IngestError(item.origin, f"analysis failed: {exc.__class__.__name__}: {exc}")


def ingest_items(
    items: Iterable[RawItem | IngestError],
    store: Store,
    *,
    published: str | None = None,
    source: str | None = None,
    lang: str | None = None,
    workers: int = 1,
    on_progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Analyse and store items; errors are collected, never raised."""
    from dyad.pipeline import EXTRACTOR
    from dyad.stories import update_stories

    report = IngestReport()
    seen_hashes: set[str] = set()
    unlinked: list[str] = []

    def pending() -> Iterator[tuple[RawItem, str | None, str | None, str | None]]:
        for item in items:
            if isinstance(item, IngestError):
                report.failed.append((item.origin, item.reason))
                if on_progress:
                    on_progress(item.origin)
                continue
            if item.text is not None:
                h = content_hash(item.text)
                if h in seen_hashes or store.known_hashes([h]):
                    report.duplicates.append(item.origin)
                    if on_progress:
                        on_progress(item.origin)
                    continue
                seen_hashes.add(h)
            yield (item, published, source, lang)

    def results() -> Iterator[Document | IngestError]:
        if workers <= 1:
            for args in pending():
                yield _analyse(args)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                yield from pool.map(_analyse, pending(), chunksize=8)

    for result in results():
        if isinstance(result, IngestError):
            report.failed.append((result.origin, result.reason))
            if on_progress:
                on_progress(result.origin)
            continue
        doc = result
        origin = str(doc.meta.get("origin", doc.doc_id))
        h = content_hash(doc.raw_text)
        try:
            if store.known_hashes([h]):
                report.duplicates.append(origin)
            else:
                if store.has_doc_id(doc.doc_id):
                    # same name, different text (two files called index.html): keep both
                    doc.doc_id = f"{doc.doc_id}-{h[:8]}"
                    for record in doc.events:
                        record["doc_id"] = doc.doc_id
                        record["event_id"] = f"{doc.doc_id}:{record['event_id'].rsplit(':', 1)[-1]}"
                from dyad.resolve import link_actors

                link_actors(doc, store.person_registry())
                store.save_document(doc, h, origin=origin, extractor=EXTRACTOR)
                report.stored.append(doc.doc_id)
                report.n_events += len(doc.events)
                unlinked.append(doc.doc_id)
                if len(unlinked) >= max(STORY_CHUNK, len(report.stored) // 4):
                    # link as we go: memory stays bounded and the result equals one pass at the end;
                    # a pass re-reads whole blocks, so passes grow with the batch (linear overall)
                    update_stories(store, unlinked)
                    unlinked.clear()
        except Exception as exc:  # a store error on one document is reported, the batch goes on
            report.failed.append((origin, f"could not store: {exc.__class__.__name__}: {str(exc)[:200]}"))
        if on_progress:
            on_progress(origin)
    if unlinked:
        update_stories(store, unlinked)
    return report


def iter_inputs(inputs: Sequence[str], follow: bool = True) -> Iterator[RawItem | IngestError]:
    for spec in inputs:
        yield from read_input(spec, follow=follow)


def ingest(
    inputs: Sequence[str],
    store: Store | str | None = None,
    *,
    published: str | None = None,
    source: str | None = None,
    lang: str | None = None,
    workers: int = 1,
    follow: bool = True,
    on_progress: Callable[[str], None] | None = None,
) -> IngestReport:
    """Ingest files, directories, ``-`` (stdin), URLs and feeds into ``store``.

    Idempotent: an article whose normalised text is already stored is skipped.
    """
    if not isinstance(store, Store):
        store = Store(store)
    return ingest_items(
        iter_inputs(inputs, follow=follow),
        store,
        published=published,
        source=source,
        lang=lang,
        workers=workers,
        on_progress=on_progress,
    )
