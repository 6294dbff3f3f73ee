"""Shared fixtures: the repository's paths and a CLI runner."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from etl.testing import check_dataset

from plugin_dists import plugin_dist  # noqa: F401  (a fixture for every test module)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
#: The gold for the seeds, carried in the project so the tests need nothing beside it.
SEEDS_GOLD = ROOT / "tests" / "gold_seeds"
#: The reference scorer, where the shared folder is beside the project (not in every clone).
SCORER = SHARED / "tools" / "score.py"
needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason=f"the reference scorer {SCORER} is not beside this clone")
BAD = Path(__file__).resolve().parent / "data" / "bad"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Runs cache their results in the session's temporary folder, never in the user's cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ETL_CACHE_DIR", str(tmp_path_factory.mktemp("etl-cache")))
        yield


@pytest.fixture
def cli():
    """Invoke the `etl` CLI in-process: cli(["run", ...]) -> Result.

    Every dataset an `etl run` writes goes through `etl validate` as well (keys, offsets,
    types, checksums, the card's counts), so each test that builds one checks it too.
    """
    from etl.cli import app

    runner = CliRunner()

    def invoke(args):
        args = [str(a) for a in args]
        result = runner.invoke(app, args)
        if args[:1] == ["run"] and result.exit_code in (0, 1):
            built = run_output(args)
            if built is not None and (built / "SHA256SUMS").exists():
                check_dataset(built)
        return result

    return invoke


def run_output(args: list[str]) -> Path | None:
    """The local folder an `etl run` command line writes to, if it names one."""
    for i, arg in enumerate(args[:-1]):
        if arg in ("--out", "-o") and "://" not in args[i + 1]:
            return Path(args[i + 1])
    return None
