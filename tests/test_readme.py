"""The README's example queries run against the published dataset."""
from __future__ import annotations

import re
import shlex

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
QUERIES = [shlex.split(block)[2:] for block in re.findall(r"```bash\n(etl query .*?)\n```", README, re.S)]


def test_the_readme_has_its_example_queries():
    assert len(QUERIES) >= 3


@pytest.mark.parametrize("args", QUERIES, ids=[f"query{i}" for i in range(len(QUERIES))])
def test_each_example_query_returns_rows(cli, monkeypatch, args):
    monkeypatch.chdir(ROOT)
    result = cli(["query", *args, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) > 1, "the query returned no rows"
