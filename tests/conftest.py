"""Shared test fixtures: paths to the shared corpus and contract, a CLI runner, session stores.

The session stores are built once through the CLI and then only read; a test that writes
makes its own database under ``tmp_path``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

TESTS = Path(__file__).resolve().parent
SHARED = TESTS.parents[1] / "shared"
SEEDS = SHARED / "corpus" / "seeds"
CONTRACT = SHARED / "contract"
INGEST_FIXTURES = TESTS / "fixtures" / "ingest"


def run_cli(args: Sequence[str], input: str | bytes | None = None, env: dict[str, str] | None = None) -> Result:
    """Run ``dyad ARGS`` in-process (the pipeline and KB stay loaded between calls)."""
    from dyad.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], input=input, env=env, catch_exceptions=False)


@dataclass
class CliStore:
    """A database made by one CLI run, with that run's result."""

    db: str
    result: Result

    def store(self):  # type: ignore[no-untyped-def]
        from dyad.store import Store

        return Store(self.db)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> CliStore:
    """The five seed articles ingested with ``dyad ingest ../shared/corpus/seeds``."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS}")
    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    return CliStore(db, run_cli(["ingest", str(SEEDS), "--db", db]))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> CliStore:
    """The bundled demo corpus stored by ``dyad demo`` (read-only for the tests using it)."""
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    return CliStore(db, run_cli(["demo", "--db", db]))
