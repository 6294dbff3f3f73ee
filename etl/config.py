"""Project files: which plugins a pipeline loads, in which order, with which options.

A project file is ``etl.toml``, or the ``[tool.etl]`` table of a
``pyproject.toml``::

    load = ["text", "quotes", "quantities"]   # only these (default: every installed plugin)
    disable = ["language"]                     # never these
    enable = ["sentiment"]                     # opt-in plugins to load as well
    order = ["quotes"]                         # called first, in this order
    max_file_size = "100M"                     # larger files are error rows (--max-file-size)

    fields = { text = "body" }                 # the input's field names, for readers of tables

    timeout = 600                              # seconds a document may take (etl run --timeout)

    [plugins.quantities]                       # options, given to the plugin's etl_configure
    units = ["km", "t"]

    [publish]                                  # what the dataset's card and metadata say of it
    title = "..."                              # (etl.publish.settings lists the keys)

Options on the command line (``--disable``, ``--enable``, ``--field``) add to the file's,
and ``--max-file-size`` overrides it; the ``ETL_LOAD_PLUGINS`` environment
variable replaces ``load``.
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
from etl.sources import parse_size

LIST_KEYS = ("load", "disable", "enable", "order")
KEYS = (*LIST_KEYS, "max_file_size", "fields", "timeout", "plugins", "publish")


@dataclass
class ProjectConfig:
    """A pipeline's plugin choices, as a project file and the command line give them."""

    path: str | None = None
    load: list[str] | None = None
    disable: list[str] = field(default_factory=list)
    enable: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_file_size: int | None = None  # bytes; None: the default
    #: Document field → the name an input's records give it (``--field text=body``).
    fields: dict[str, str] = field(default_factory=dict)
    timeout: float | None = None  # seconds a document may take; 0: no limit; None: the default
    publish: PublishSettings = field(default_factory=PublishSettings)

    def with_flags(self, disable: Iterable[str] = (), enable: Iterable[str] = (),
                   fields: Iterable[str] = ()) -> ProjectConfig:
        """This configuration with the command line's ``--disable``, ``--enable`` and ``--field`` added."""
        return ProjectConfig(self.path, self.load, merge(self.disable, disable), merge(self.enable, enable),
                             list(self.order), dict(self.options), self.max_file_size,
                             {**self.fields, **parse_fields(fields)}, self.timeout, self.publish)


def parse_fields(pairs: Iterable[str]) -> dict[str, str]:
    """``["text=body", "date=pub_time"]`` → ``{"text": "body", "date": "pub_time"}``."""
    fields = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise EtlError(f"--field {pair!r}: write it as FIELD=NAME, like --field text=body")
        fields[name.strip()] = value.strip()
    return fields


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
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise EtlError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    fields = data.get("fields", {})
    if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
        raise EtlError(f"{where}: fields maps document fields to names, like fields = {{ text = \"body\" }}")
    timeout = data.get("timeout")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0):
        raise EtlError(f"{where}: timeout must be a number of seconds, like timeout = 600 (0: no limit)")
    lists: dict[str, list[str]] = {}
    for key in LIST_KEYS:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise EtlError(f"{where}: {key} must be a list of plugin names, like {key} = [\"text\"]")
        lists[key] = value
    options = data.get("plugins", {})
    if not isinstance(options, dict) or not all(isinstance(v, dict) for v in options.values()):
        raise EtlError(f"{where}: plugin options go in tables, like [plugins.NAME] key = value")
    limit = None
    if "max_file_size" in data:
        if not isinstance(data["max_file_size"], (str, int)) or isinstance(data["max_file_size"], bool):
            raise EtlError(f"{where}: max_file_size must be a size, like max_file_size = \"500M\"")
        limit = parse_size(data["max_file_size"], f"{where}: max_file_size")
    publish = parse_publish(data["publish"], where) if "publish" in data else PublishSettings()
    return ProjectConfig(path=path, load=lists["load"] if "load" in data else None, disable=lists["disable"],
                         enable=lists["enable"], order=lists["order"], options=options, max_file_size=limit,
                         fields=dict(fields), timeout=float(timeout) if timeout is not None else None,
                         publish=publish)


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
    host.configure(config.options, config.fields)
    host.config = resolved(config, host)
    host.publish = config.publish  # for the dataset's metadata only: not part of what its rows depend on
    return host


def resolved(config: ProjectConfig, host: PluginHost) -> dict[str, Any]:
    """What the run was configured with, as JSON-ready data for the dataset's metadata."""
    chosen = {
        # Its name alone: a published dataset does not carry the publisher's folders.
        "file": Path(config.path).name if config.path else None,
        "load": sorted(host.infos),
        "disable": sorted(config.disable),
        "enable": sorted(config.enable),
        "order": list(config.order),
        "options": {name: jsonable(config.options[name]) for name in sorted(config.options)},
        **({"fields": dict(sorted(config.fields.items()))} if config.fields else {}),
    }
    if config.max_file_size is not None:  # recorded only when the file sets it
        chosen["max_file_size"] = config.max_file_size
    return chosen


def jsonable(value: Any) -> Any:
    """TOML values as JSON ones: dates and times become ISO 8601 strings."""
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [jsonable(v) for v in value]
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    return value
