"""The shared document object every pipeline component reads and extends.

A component is any callable ``component(doc) -> None`` that adds to one of the
lists below.  All offsets are character offsets into ``Document.text`` (the
cleaned text the pipeline reads), never into the shadow string used for
matching.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year", "none"]
ActorKind = Literal["person", "organization", "state", "group"]


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    lang: str
    paragraph: int = 0


@dataclass(slots=True)
class Place:
    """A geocoded place; ``country`` is ISO 3166-1 alpha-3."""

    name: str
    country: str | None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    feature_type: str | None = None  # "city", "country", "admin1", "site"
    population: int = 0

    def as_dict(self, name_raw: str | None = None) -> dict[str, Any]:
        return {
            "name": self.name,
            "name_raw": name_raw,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonames_id": self.geonames_id,
            "feature_type": self.feature_type,
        }


@dataclass(slots=True)
class Mention:
    """A span of text naming an actor (person, body, state) or a place."""

    start: int
    end: int
    text: str
    kind: Literal["person", "organization", "state", "group", "place"]
    name: str  # canonical, Latin script where known
    country: str | None = None  # ISO alpha-3
    sectors: list[str] = field(default_factory=list)
    title: str | None = None
    actor_id: str | None = None
    place: Place | None = None
    confidence: float = 0.5
    source: str = "gazetteer"  # gazetteer | cue | grammar | coref | kb
    country_inferred: bool = False
    # index of the mention this one was resolved to inside the document (coreference)
    antecedent: int | None = None
    why: list[str] = field(default_factory=list)
    # an adjectival use ("Qatari" in "the Qatari delegation") rather than a name
    adjectival: bool = False
    # other readings of the same words ("Valence": Valencia, Spain, or Valence, France), as KB refs
    alts: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A date expression and what it resolves to against the document's anchor."""

    start: int
    end: int
    text: str
    value: str | None  # "YYYY-MM-DD", "YYYY-MM", "YYYY" or None when unresolvable
    precision: Precision
    relative: bool = False
    confidence: float = 0.5
    # a vague span ("last week", "days ago") is a window of possible days, ISO dates
    earliest: str | None = None
    latest: str | None = None
    # the expression points after its anchor ("next week"): a plan, not a report
    future: bool = False
    # a dates.yaml future cue stands right before it ("son procès le 13 février"): it dates what
    # the cue names, the coming one
    cued: bool = False


@dataclass
class Document:
    doc_id: str
    text: str  # the cleaned text the pipeline reads; offsets point here
    raw_text: str = ""  # what was read, before cleaning (kept for audit)
    title: str | None = None
    url: str | None = None
    source: str | None = None
    publication_date: dt.date | None = None
    publication_precision: Precision = "none"
    lang: str = "und"
    lang_confidence: float = 0.0
    meta: dict[str, Any] = field(default_factory=dict)
    home_country: str | None = None
    home_country_why: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # the cleaner records what it removed as (start, end) in raw_text, for audit
    removed: list[tuple[int, int, str]] = field(default_factory=list)
    _shadow: Any = field(default=None, repr=False, compare=False)
    _shadow_of: str | None = field(default=None, repr=False, compare=False)

    def shadow(self) -> Any:
        """The folded shadow of ``text`` (:class:`dyad.text.Shadow`), built once per text."""
        if self._shadow is None or self._shadow_of is not self.text:
            from dyad.text import Shadow

            self._shadow = Shadow.of(self.text)
            self._shadow_of = self.text
        return self._shadow

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return mid
        return None

    def published_str(self) -> str | None:
        if self.publication_date is None:
            return None
        if self.publication_precision == "month":
            return self.publication_date.strftime("%Y-%m")
        if self.publication_precision == "year":
            return self.publication_date.strftime("%Y")
        return self.publication_date.isoformat()
