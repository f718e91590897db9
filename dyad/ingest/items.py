"""What readers produce: one raw item per article, or an error naming the input."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawItem:
    """An article as read, before cleaning and analysis.

    ``origin`` names where it came from (file path, URL, ``file.jsonl:12``) for messages.
    Exactly one of ``text`` and ``html`` is set by a reader; the ingest core turns ``html``
    into text with :func:`dyad.ingest.web.extract_html`.
    """

    origin: str
    text: str | None = None
    html: str | None = None
    doc_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


class IngestError(Exception):
    """An input that could not be read; ``str()`` is the one-line message for the user."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason

    def __reduce__(self) -> tuple[type[IngestError], tuple[str, ...]]:
        # a parallel ingest's worker sends its error back pickled: rebuilt from the message alone
        # (Exception's default), it failed and broke the whole pool instead of one article
        return (type(self), (self.origin, self.reason))
