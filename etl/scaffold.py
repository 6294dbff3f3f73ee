"""`etl plugins new`: write a ready-to-install plugin package from a template.

The package holds a ``pyproject.toml`` registering the plugin in the ``etl``
entry-point group, one module implementing the hooks, a test written with
:mod:`etl.testing`, and a README. Templates live in ``etl/templates/``:
``common/`` for every kind, one folder per kind for the module and its test.
"""
from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from string import Template

from etl.errors import EtlError

TEMPLATES = Path(__file__).parent / "templates"
NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")


class Kind(str, Enum):
    """The kinds of plugin `etl plugins new` can start."""

    enricher = "enricher"
    reader = "reader"
    segmenter = "segmenter"


SUMMARY = {
    Kind.enricher: "Adds statements.{column}: how many words each statement has.",
    Kind.reader: "Reads CSV files (.csv), one document per row.",
    Kind.segmenter: "Finds the statements of transcripts, one per `SPEAKER: words` line.",
}

USAGE = {
    Kind.enricher: ("```sh\netl run path/to/documents --out dataset\n"
                    "etl query dataset \"SELECT text, {column} FROM statements\"\n```"),
    Kind.reader: ("```sh\netl run articles.csv --out dataset\n"
                  "etl query dataset \"SELECT title, published_at FROM documents\"\n```"),
    Kind.segmenter: ("```sh\netl run transcripts/ --out dataset\n"
                     "etl query dataset \"SELECT speaker_mention, text FROM statements "
                     "WHERE segmenter = '{name}'\"\n```"),
}


def new_plugin(name: str, kind: Kind | str, parent: Path | str = ".") -> Path:
    """Write the package ``parent/name`` for a plugin of ``kind``; return its folder."""
    kind = Kind(kind)
    if not NAME.fullmatch(name):
        raise EtlError(f"{name!r} is not a plugin name: use lowercase letters, digits, - and _, "
                       f"starting with a letter (at most 40 characters)")
    from etl.plugins import installed_names

    if name in installed_names():
        raise EtlError(f"a plugin named {name!r} is already installed (`etl plugins` lists it); choose another name")
    package = Path(parent) / name
    if package.exists() and any(package.iterdir()):
        raise EtlError(f"{package} already exists and is not empty; choose another name or --dir")
    values = placeholders(name, kind)
    files = {
        "pyproject.toml": TEMPLATES / "common" / "pyproject.toml.tmpl",
        "README.md": TEMPLATES / "common" / "README.md.tmpl",
        f"{values['module']}.py": TEMPLATES / kind.value / "plugin.py.tmpl",
        f"tests/test_{values['module']}.py": TEMPLATES / kind.value / "test_plugin.py.tmpl",
    }
    rendered = {relative: Template(template.read_text(encoding="utf-8")).substitute(values)
                for relative, template in files.items()}
    try:
        for relative, text in rendered.items():
            target = package / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise EtlError(f"cannot write {package}: {exc.strerror or exc}") from None
    return package


def placeholders(name: str, kind: Kind) -> dict[str, str]:
    """The values the templates' ``${...}`` placeholders stand for."""
    ident = name.replace("-", "_")
    values = {"name": name, "ident": ident, "module": f"etl_{ident}", "dist": f"etl-{name}",
              "kind": kind.value, "column": ident}
    values["summary"] = SUMMARY[kind].format(**values)
    values["usage"] = USAGE[kind].format(**values)
    return values
