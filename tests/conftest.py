"""Shared fixtures: the repository's paths and a CLI runner."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plugin_dists import plugin_dist  # noqa: F401  (a fixture for every test module)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# the shared gold sets and scorer: beside the clone, or where ETL_SHARED_DIR says (a git worktree elsewhere)
SHARED = Path(os.environ.get("ETL_SHARED_DIR") or ROOT.parent / "shared")
BAD = Path(__file__).resolve().parent / "data" / "bad"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Runs cache their results in the session's temporary folder, never in the user's cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ETL_CACHE_DIR", str(tmp_path_factory.mktemp("etl-cache")))
        yield


@pytest.fixture
def cli():
    """Invoke the `etl` CLI in-process: cli(["run", ...]) -> Result."""
    from etl.cli import app

    runner = CliRunner()
    return lambda args: runner.invoke(app, [str(a) for a in args])
