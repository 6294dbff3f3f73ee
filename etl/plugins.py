"""Finding, loading and calling plugins.

Plugins are found through the ``etl`` entry-point group, first-party and
third-party alike. A plugin that fails to import is reported once, by name,
and the others still load.
"""
from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Iterable

import pluggy

from etl import hookspecs
from etl.errors import EtlError, PluginError, raised_by
from etl.freshness import ENTRY_POINT_GROUP
from etl.model import Column
from etl.schema import CORE_COLUMNS, Schema

CORE_DISTRIBUTION = "etl"


@dataclass
class PluginInfo:
    """What `etl plugins` shows about one registered plugin."""

    name: str
    version: str
    origin: str  # "built-in", "installed package <dist>", or "registered at run time"
    hooks: list[str]


@dataclass
class LoadFailure:
    name: str
    message: str


class PluginHost:
    """The plugin manager, plus what the core needs to call plugins one by one.

    Every call goes through :meth:`call_each` or :meth:`call_first`, so that a
    result or an exception can be put down to the plugin that made it.
    """

    def __init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.infos: dict[str, PluginInfo] = {}
        self.failures: list[LoadFailure] = []
        self.opt_in: dict[str, PluginInfo] = {}  # installed but not enabled
        self.trace = os.environ.get("ETL_TRACE_PLUGINS", "") not in ("", "0")
        # Plugins named here are called first, in this order (see `implementations`).
        self.order: list[str] = []
        # The resolved project configuration, recorded in the dataset's metadata.
        self.config: dict[str, Any] = {}
        # Told of every plugin call before it is made (``watch(impl, kwargs)``): a run's
        # worker records which stage and plugin it is in (etl.watch.Tracker).
        self.watch: Any = None

    # -- loading ---------------------------------------------------------
    def load_entry_points(self, only: Iterable[str] | None = None,
                          disable: Iterable[str] = (), enable: Iterable[str] = ()) -> None:
        """Register every plugin of the ``etl`` entry-point group.

        ``only`` (or the ``ETL_LOAD_PLUGINS`` comma list) limits loading to the
        named plugins; ``disable`` names plugins to skip. A plugin module that
        sets ``ETL_OPT_IN = True`` (a slow or model-based enricher) loads only
        when ``enable`` or ``only`` names it, or ``enable`` holds ``all``.
        """
        if only is None and os.environ.get("ETL_LOAD_PLUGINS"):
            only = [n.strip() for n in os.environ["ETL_LOAD_PLUGINS"].split(",") if n.strip()]
        wanted = set(only) if only is not None else None
        disabled = set(disable)
        enabled = set(enable)
        eps = unique_entry_points(entry_points(group=ENTRY_POINT_GROUP))
        known = {ep.name for ep in eps}
        for name in sorted((wanted or set()) | disabled | (enabled - {"all"})):
            if name not in known:
                raise EtlError(f"no plugin named {name!r} is installed; `etl plugins` lists them")
        for ep in eps:
            if (wanted is not None and ep.name not in wanted) or ep.name in disabled:
                continue
            if self.pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:  # a broken plugin must not take the others down
                self.failures.append(LoadFailure(ep.name, f"{type(exc).__name__}: {exc}"))
                continue
            dist = ep.dist.name if ep.dist else "?"
            version = ep.dist.version if ep.dist else "?"
            origin = "built-in" if dist == CORE_DISTRIBUTION else f"installed package {dist}"
            if getattr(plugin, "ETL_OPT_IN", False) and not (
                    ep.name in enabled or "all" in enabled or (wanted and ep.name in wanted)):
                self.opt_in[ep.name] = PluginInfo(ep.name, version, origin + ", opt-in: --enable " + ep.name, declared_hooks(plugin))
                continue
            self.register(plugin, ep.name, version=version, origin=origin)

    def register(self, plugin: Any, name: str, version: str = "0", origin: str = "registered at run time") -> None:
        """Register one plugin object or module under ``name``.

        A name already taken, or a hook the contract does not define (a
        misspelling), is a :class:`PluginError` naming the plugin.
        """
        if name in self.infos:
            raise PluginError(name, f"two plugins share this name: {self.infos[name].origin} and {origin}; "
                                    f"rename one of them")
        try:
            self.pm.register(plugin, name=name)
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            if self.pm.has_plugin(name):
                self.pm.unregister(name=name)
            raise PluginError(name, str(exc).splitlines()[0]) from None
        except ValueError as exc:
            raise PluginError(name, str(exc)) from None
        hooks = sorted(h.name for h in self.pm.get_hookcallers(plugin) or [])
        self.infos[name] = PluginInfo(name, version, origin, hooks)

    def unregister(self, name: str) -> None:
        self.pm.unregister(name=name)
        self.infos.pop(name, None)

    # -- calling ---------------------------------------------------------
    def implementations(self, hook: str) -> list[pluggy.HookImpl]:
        """The hook's implementations in calling order.

        Plugins named in :attr:`order` come first, in that order; the others
        follow in pluggy's order (``tryfirst`` first, then the last registered
        first, ``trylast`` last).
        """
        impls = list(reversed(getattr(self.pm.hook, hook).get_hookimpls()))
        if self.order:
            rank = {name: i for i, name in enumerate(self.order)}
            impls.sort(key=lambda impl: rank.get(impl.plugin_name, len(rank)))
        return impls

    def configure(self, options: dict[str, dict[str, Any]], fields: dict[str, str] | None = None) -> None:
        """Call ``etl_configure`` on every plugin with its own options and the run's field mapping.

        A plugin that rejects its options stops the run with a
        :class:`PluginError` naming it; so do options given to a loaded
        plugin that implements no ``etl_configure`` (it cannot take any).
        """
        takes_options = {impl.plugin_name for impl in self.implementations("etl_configure")}
        for name in sorted(options):
            if options[name] and name in self.infos and name not in takes_options:
                raise PluginError(name, f"takes no options (it implements no etl_configure), but is given "
                                        f"{', '.join(sorted(map(str, options[name])))}; remove them")
        for impl in self.implementations("etl_configure"):
            try:
                self.call_one(impl, options=dict(options.get(impl.plugin_name, {})), fields=dict(fields or {}))
            except (EtlError, ValueError) as exc:
                raise PluginError(impl.plugin_name, f"rejects its options: {exc}") from None
            except Exception as exc:
                raise PluginError(impl.plugin_name, f"etl_configure raised {type(exc).__name__}: {exc}") from None

    def call_one(self, impl: pluggy.HookImpl, **kwargs: Any) -> Any:
        args = {name: kwargs[name] for name in impl.argnames}
        if self.watch is not None:
            self.watch(impl, kwargs)
        if not self.trace:
            return impl.function(**args)
        start = time.perf_counter()
        try:
            return impl.function(**args)
        finally:
            ms = (time.perf_counter() - start) * 1000
            print(f"[etl trace] {impl.plugin_name}.{impl.function.__name__} {ms:.2f} ms", file=sys.stderr)

    def call_first(self, hook: str, **kwargs: Any) -> tuple[str | None, Any]:
        """Ask implementations in order; return (plugin name, first non-None result).

        An exception propagates wrapped in :class:`PluginError` naming the plugin.
        """
        for impl in self.implementations(hook):
            with raised_by(impl.plugin_name, hook):
                result = self.call_one(impl, **kwargs)
            if result is not None:
                return impl.plugin_name, result
        return None, None

    def read_suffixes(self) -> dict[str, list[str]]:
        """Each reader's ``etl_read_suffixes``, by plugin name; a reader that fails to say names none."""
        found: dict[str, list[str]] = {}
        for impl in self.implementations("etl_read_suffixes"):
            try:
                suffixes = self.call_one(impl) or []
            except Exception:  # only shown by `etl plugins`: a broken answer must not hide the list
                suffixes = []
            found[impl.plugin_name] = [str(s) for s in suffixes]
        return found

    # -- schema ----------------------------------------------------------
    def schema(self) -> Schema:
        """The output schema: core columns plus every plugin's declared ones."""
        columns: list[Column] = list(CORE_COLUMNS)
        for impl in self.implementations("etl_columns"):
            try:
                declared = self.call_one(impl) or []
            except Exception as exc:
                raise PluginError(impl.plugin_name, f"etl_columns raised {type(exc).__name__}: {exc}") from exc
            for col in declared:
                if not isinstance(col, Column):
                    raise PluginError(impl.plugin_name, f"etl_columns returned {col!r}, not an etl.model.Column")
                columns.append(Column(col.table, col.name, col.type, col.description, owner=impl.plugin_name))
        return Schema(columns)

    def versions(self) -> dict[str, str]:
        return {name: info.version for name, info in sorted(self.infos.items())}


def unique_entry_points(eps: Iterable[EntryPoint]) -> list[EntryPoint]:
    """The entry points sorted by name, each once; a name two packages claim is an error.

    The same entry point can be listed twice when one distribution is found
    on two paths (an editable install next to its source tree); that is not
    a clash.
    """
    by_name: dict[str, EntryPoint] = {}
    for ep in eps:
        seen = by_name.setdefault(ep.name, ep)
        if seen is not ep and (dist_name(seen), seen.value) != (dist_name(ep), ep.value):
            first, second = sorted([f"{dist_name(seen)} ({seen.value})", f"{dist_name(ep)} ({ep.value})"])
            raise EtlError(f"two installed plugins are named {ep.name!r}: package {first} and package {second}; "
                           f"uninstall one of them")
    return [by_name[name] for name in sorted(by_name)]


def installed_names() -> set[str]:
    """The names of every plugin of the ``etl`` entry-point group, loaded or not."""
    return {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}


def dist_name(ep: EntryPoint) -> str:
    return ep.dist.name if ep.dist else "?"


def declared_hooks(plugin: Any) -> list[str]:
    """The hooks a plugin implements, read from its markers without registering it."""
    marker = f"{hookspecs.PROJECT}_impl"
    return sorted(name for name in dir(plugin)
                  if name.startswith("etl_") and hasattr(getattr(plugin, name, None), marker))


def default_host(only: Iterable[str] | None = None, disable: Iterable[str] = (),
                 enable: Iterable[str] = ()) -> PluginHost:
    """A host with the installed entry-point plugins loaded."""
    host = PluginHost()
    host.load_entry_points(only=only, disable=disable, enable=enable)
    return host
