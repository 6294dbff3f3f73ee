"""docs/plugins.md: its hook reference is generated and current, and its walkthrough runs."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import ROOT, SEEDS
from etl import docs, hookspecs


PLUGINS_MD = ROOT / "docs" / "plugins.md"
BIN = Path(sys.executable).parent


def test_hook_reference_is_up_to_date():
    text = PLUGINS_MD.read_text(encoding="utf-8")
    assert docs.render(text) == text, "docs/plugins.md is out of date: run `python -m etl.docs`"


def test_hook_reference_holds_every_hook_with_its_parameters():
    text = PLUGINS_MD.read_text(encoding="utf-8")
    for func in docs.hookspec_functions():
        assert f"### `{func.__name__}`" in text
        _, params, returns = docs.parse_docstring(func)
        for name in params:
            assert f"- `{name}`: " in text
    assert "etl_read(source: str, data: bytes, head: bytes, stream: BinaryIO" in text
    assert "*The first implementation to return a value wins; the others are not called.*" in text


def test_every_hook_is_typed_and_documented():
    assert docs.undocumented() == []


def test_an_undocumented_hook_is_caught(monkeypatch):
    @hookspecs.hookspec
    def etl_enrich_everything(tables, mode: str):
        """Enrich everything.

        :param tables: every table.
        """

    monkeypatch.setattr(hookspecs, "etl_enrich_everything", etl_enrich_everything, raising=False)
    problems = [p for p in docs.undocumented() if p.startswith("etl_enrich_everything")]
    assert problems == [
        "etl_enrich_everything's docstring does not say when it is called (a sentence starting `Called`)",
        "etl_enrich_everything's docstring has no :returns:",
        "etl_enrich_everything has no return type",
        "etl_enrich_everything(tables) has no type",
        "etl_enrich_everything's docstring has no :param mode:",
    ]
    assert "### `etl_enrich_everything`" in docs.hook_reference()
    assert docs.render(PLUGINS_MD.read_text(encoding="utf-8")) != PLUGINS_MD.read_text(encoding="utf-8")


def test_render_refuses_a_document_without_markers():
    with pytest.raises(ValueError, match="lacks the markers"):
        docs.render("# Plugins\n")


def walkthrough_commands(markdown: str) -> list[str]:
    """The ```sh blocks of the "Write your first enricher" section, in order."""
    section = markdown.split("## Write your first enricher", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```sh\n(.*?)^```", section, flags=re.MULTILINE | re.DOTALL)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def test_walkthrough_runs_from_new_to_wheel(tmp_path):
    commands = walkthrough_commands(PLUGINS_MD.read_text(encoding="utf-8"))
    assert commands[0].startswith("etl plugins new ") and any(c.startswith("pip wheel") for c in commands)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    script = "set -euo pipefail\n" + "\n".join(f"echo '$ {c}'\n{c}" for c in commands) + "\n"
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
           # Offline and fast: build with the setuptools already installed, fetch nothing.
           "PIP_NO_BUILD_ISOLATION": "0", "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("ETL_LOAD_PLUGINS", None)
    try:
        result = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, capture_output=True,
                                text=True, timeout=300)
        output = result.stdout + result.stderr
        assert result.returncode == 0, output
        listing = output.split("$ etl plugins\n", 1)[1].split("$ ", 1)[0]
        assert "wordiness" in listing and "etl-wordiness" in listing
        statements = pq.read_table(tmp_path / "dataset" / "statements.parquet")
        assert statements.schema.field("wordiness").metadata[b"owner"] == b"wordiness"
        assert statements.num_rows > 0
        assert statements.column("wordiness").to_pylist() == [
            len(t.split()) for t in statements.column("text").to_pylist()]
        assert re.search(r"\b2 passed\b", output), output
        assert [p.name for p in (tmp_path / "dist").iterdir()] == ["etl_wordiness-0.1.0-py3-none-any.whl"]
    finally:
        subprocess.run([str(BIN / "pip"), "uninstall", "-y", "-q", "etl-wordiness"], capture_output=True)
    listed = subprocess.run([str(BIN / "etl"), "plugins"], capture_output=True, text=True, env=env)
    assert "wordiness" not in listed.stdout
