"""Project files: which plugins a pipeline loads, in which order, with which options.

A project file is ``etl.toml``, or the ``[tool.etl]`` table of a
``pyproject.toml``::

    load = ["text", "quotes", "quantities"]   # only these (default: every installed plugin)
    disable = ["language"]                     # never these
    enable = ["sentiment"]                     # opt-in plugins to load as well
    order = ["quotes"]                         # called first, in this order

    [plugins.quantities]                       # options, given to the plugin's etl_configure
    units = ["km", "t"]

    [publish]                                  # what the dataset's card and metadata say of it
    title = "..."                              # (etl.publish.settings lists the keys)

Options on the command line (``--disable``, ``--enable``) add to the file's;
the ``ETL_LOAD_PLUGINS`` environment variable replaces ``load``.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Iterable

from etl.errors import EtlError
from etl.plugins import PluginHost, installed_names
from etl.publish.settings import PublishSettings, parse_publish

LIST_KEYS = ("load", "disable", "enable", "order")


@dataclass
class ProjectConfig:
    """A pipeline's plugin choices, as a project file and the command line give them."""

    path: str | None = None
    load: list[str] | None = None
    disable: list[str] = field(default_factory=list)
    enable: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    publish: PublishSettings = field(default_factory=PublishSettings)

    def with_flags(self, disable: Iterable[str] = (), enable: Iterable[str] = ()) -> ProjectConfig:
        """This configuration with the command line's ``--disable`` and ``--enable`` added."""
        return ProjectConfig(self.path, self.load, merge(self.disable, disable), merge(self.enable, enable),
                             list(self.order), dict(self.options), self.publish)


def merge(first: Iterable[str], second: Iterable[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def load_config(path: Path | str) -> ProjectConfig:
    """Read a project file; a ``pyproject.toml`` is read from its ``[tool.etl]`` table."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise EtlError(f"{path}: no such project file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EtlError(f"{path}: cannot read the project file: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise EtlError(f"{path}: not valid TOML: {exc}") from None
    where = str(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("etl")
        if data is None:
            raise EtlError(f"{path}: has no [tool.etl] table; add one, or give an etl.toml")
        where = f"{path} [tool.etl]"
    return parse_config(data, where, str(path))


def parse_config(data: dict[str, Any], where: str, path: str | None = None) -> ProjectConfig:
    """Check a project file's table and turn it into a :class:`ProjectConfig`."""
    tables = ("plugins", "publish")
    unknown = sorted(set(data) - {*LIST_KEYS, *tables})
    if unknown:
        raise EtlError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join((*LIST_KEYS, *tables))})")
    lists: dict[str, list[str]] = {}
    for key in LIST_KEYS:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise EtlError(f"{where}: {key} must be a list of plugin names, like {key} = [\"text\"]")
        lists[key] = value
    options = data.get("plugins", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise EtlError(f"{where}: plugin options go in tables, like [plugins.NAME] key = value")
    publish = parse_publish(data["publish"], where) if "publish" in data else PublishSettings()
    return ProjectConfig(path=path, load=lists["load"] if "load" in data else None, disable=lists["disable"],
                         enable=lists["enable"], order=lists["order"], options=options, publish=publish)


def build_host(config: ProjectConfig) -> PluginHost:
    """A host with the configuration's plugins loaded, ordered and configured."""
    host = PluginHost()
    only = None if os.environ.get("ETL_LOAD_PLUGINS") else config.load
    host.load_entry_points(only=only, disable=config.disable, enable=config.enable)
    installed = installed_names()
    for what, names in (("order", config.order), ("[plugins.NAME]", sorted(config.options))):
        for name in names:
            if name not in installed:
                raise EtlError(f"{config.path or 'the project file'}: {what} names {name!r}, which is not "
                               f"installed; `etl plugins` lists the plugins")
    host.order = list(config.order)
    host.configure(config.options)
    host.config = resolved(config, host)
    host.publish = config.publish  # for the dataset's metadata only: not part of what its rows depend on
    return host


def resolved(config: ProjectConfig, host: PluginHost) -> dict[str, Any]:
    """What the run was configured with, as JSON-ready data for the dataset's metadata."""
    return {
        "file": config.path,
        "load": sorted(host.infos),
        "disable": sorted(config.disable),
        "enable": sorted(config.enable),
        "order": list(config.order),
        "options": {name: jsonable(config.options[name]) for name in sorted(config.options)},
    }


def jsonable(value: Any) -> Any:
    """TOML values as JSON ones: dates and times become ISO 8601 strings."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value
