"""Language packs: everything specific to one language, as data files.

A pack is the folder ``dyad/lang/<code>/`` (ISO 639-1).  ``pack.yaml`` is the only
required file; every other ``<name>.yaml`` is read on first use through
:meth:`LanguagePack.data`.  Users may add packs in extra folders listed in the
``DYAD_LANG_PATH`` environment variable (``os.pathsep``-separated), which are
searched before the bundled ones; a file there overrides the bundled file of the
same name.  Adding a language means adding a folder, never editing the pipeline.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import yaml

BUNDLED = Path(__file__).parent
T = TypeVar("T")
# what reset_cache() must also forget: every table a stage built from pack files
_RESETS: list[Callable[[], None]] = []
# libyaml's parser when PyYAML was built with it: the packs are large and parsed at start-up
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _search_path() -> list[Path]:
    extra = [Path(p) for p in os.environ.get("DYAD_LANG_PATH", "").split(os.pathsep) if p]
    return [*extra, BUNDLED]


class LanguagePack:
    def __init__(self, code: str, folders: list[Path]):
        self.code = code
        self.folders = folders  # most specific first
        meta = self.data("pack")
        self.name: str = meta.get("name", code)
        self.script: str = meta.get("script", "Latn")
        self.abbreviations: list[str] = [str(a) for a in meta.get("abbreviations", [])]
        # Arabic-script languages attach conjunctions, prepositions and the article to
        # the next word; a gazetteer hit may be preceded by these inside one token.
        self.proclitics: list[str] = sorted(meta.get("proclitics", []), key=len, reverse=True)
        # the commonest words of the language: a paragraph rich in them needs no detector
        self.function_words: frozenset[str] = frozenset(str(w).lower() for w in meta.get("function_words", []))
        self._cache: dict[str, Any] = {"pack": meta}

    def data(self, name: str) -> Any:
        """The parsed ``<name>.yaml`` of this pack, or ``{}`` when the pack has none."""
        if hasattr(self, "_cache") and name in self._cache:
            return self._cache[name]
        value: Any = {}
        for folder in reversed(self.folders):  # bundled first, user files override
            path = folder / f"{name}.yaml"
            if path.is_file():
                loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
                if isinstance(value, dict) and isinstance(loaded, dict) and value:
                    value = {**value, **loaded}
                elif loaded is not None:
                    value = loaded
        if hasattr(self, "_cache"):
            self._cache[name] = value
        return value

    def __repr__(self) -> str:
        return f"LanguagePack({self.code!r})"


@functools.cache
def available_languages() -> tuple[str, ...]:
    codes: set[str] = set()
    for root in _search_path():
        if root.is_dir():
            for child in root.iterdir():
                if (child / "pack.yaml").is_file():
                    codes.add(child.name)
    return tuple(sorted(codes))


@functools.cache
def get_pack(code: str) -> LanguagePack:
    folders = [root / code for root in _search_path() if (root / code / "pack.yaml").is_file()]
    if not folders:
        raise KeyError(f"no language pack for {code!r}; available: {', '.join(available_languages())}")
    return LanguagePack(code, folders)


def pack_cached(
    maxsize: int | None = None,
) -> Callable[[Callable[..., T]], functools._lru_cache_wrapper[T]]:
    """``functools.lru_cache`` for a table a stage builds from pack files: ``reset_cache()``
    clears it with the packs, so that a pack added or changed at run time is read again.
    The result is typed as ``lru_cache``'s (``cache_clear``, ``cache_info`` stay visible)."""

    def wrap(fn: Callable[..., T]) -> functools._lru_cache_wrapper[T]:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _RESETS.append(cached.cache_clear)
        return cached

    return wrap


def on_reset(hook: Callable[[], None]) -> Callable[[], None]:
    """Register ``hook`` to run on ``reset_cache()`` (state built from packs that is no
    ``pack_cached`` function, such as the default knowledge base)."""
    _RESETS.append(hook)
    return hook


def reset_cache() -> None:
    """Forget loaded packs and everything built from them (after DYAD_LANG_PATH or pack
    files change)."""
    available_languages.cache_clear()
    get_pack.cache_clear()
    for clear in _RESETS:
        clear()
