"""Shared fixtures: the repository's paths and a CLI runner."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
BAD = Path(__file__).resolve().parent / "data" / "bad"


@pytest.fixture
def cli():
    """Invoke the `etl` CLI in-process: cli(["run", ...]) -> Result."""
    from etl.cli import app

    runner = CliRunner()
    return lambda args: runner.invoke(app, [str(a) for a in args])
