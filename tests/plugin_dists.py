"""Throwaway installed distributions: real entry points, from a temporary folder on sys.path."""
from __future__ import annotations

import importlib
import re
import sys
from textwrap import dedent

import pytest


def identifier(name: str) -> str:
    return re.sub(r"\W", "_", name)


@pytest.fixture
def plugin_dist(tmp_path, monkeypatch):
    """Install a distribution: plugin_dist("etl-broken", {"entry name": "module source"}, version="1.0").

    Each plugin's module is written to a folder put first on sys.path, next to
    a ``.dist-info`` with METADATA and an ``entry_points.txt`` in the ``etl``
    group, so ``importlib.metadata`` finds it as it finds any installed
    package. The folder leaves sys.path, and the modules sys.modules, when
    the test ends.
    """
    site = tmp_path / "site-packages"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    modules: list[str] = []

    def install(dist: str, plugins: dict[str, str], version: str = "1.0") -> dict[str, str]:
        ident = identifier(dist)
        lines = ["[etl]"]
        for name, source in plugins.items():
            module = f"{ident}_{identifier(name)}"
            (site / f"{module}.py").write_text(dedent(source), encoding="utf-8")
            lines.append(f"{name} = {module}")
            modules.append(module)
        info = site / f"{ident}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
        (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
        importlib.invalidate_caches()
        return {name: f"{ident}_{identifier(name)}" for name in plugins}

    try:
        yield install
    finally:
        for module in modules:
            sys.modules.pop(module, None)
