"""The analysis pipeline: an ordered list of components over one :class:`Document`.

Every record the pipeline writes carries :data:`EXTRACTOR`, so that ``dyad reprocess``
can tell which stored documents were analysed by an older rule set or language data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from dyad import __version__
from dyad.doc import Document
from dyad.lang import pack_cached

Component = Callable[[Document], None]


def _data_fingerprint() -> str:
    """A short hash of the bundled language and knowledge data: changes when a lexicon does."""
    root = Path(__file__).parent
    h = hashlib.sha1()
    for folder in ("lang", "kb_data"):
        for path in sorted((root / folder).rglob("*.yaml")):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR = f"dyad-rules/{__version__}+{_data_fingerprint()}"


class Pipeline:
    def __init__(self, components: Sequence[Component]):
        self.components = list(components)

    def __call__(self, doc: Document) -> Document:
        for component in self.components:
            component(doc)
        return doc

    @property
    def names(self) -> list[str]:
        return [getattr(c, "name", c.__class__.__name__) for c in self.components]


@pack_cached(1)
def default_pipeline() -> Pipeline:
    """Cleaning, text layer, dates, mentions, resolution, events — for every bundled language."""
    from dyad.clean import Cleaner
    from dyad.dates import DateStage
    from dyad.events import EventExtractor
    from dyad.lang import available_languages
    from dyad.mentions import MentionDetector
    from dyad.resolve import Resolver
    from dyad.text import TextLayer

    components: list[Component] = [
        Cleaner(),
        TextLayer(available_languages()),
        DateStage(),
        MentionDetector(),
        Resolver(),
        EventExtractor(EXTRACTOR),
    ]
    return Pipeline(components)


def analyse(doc: Document) -> Document:
    """Run the default pipeline over ``doc`` (in place) and return it."""
    return default_pipeline()(doc)
