"""The exceptions a user can cause; the CLI prints each as one line."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


class EtlError(Exception):
    """Something the user can fix: a bad file, a bad option, a bad plugin.

    ``plugin`` names the plugin that raised it, when one did.
    """

    plugin: str | None = None


class InputError(EtlError):
    """An input file that cannot be read (binary, empty, undecodable)."""


class PluginError(EtlError):
    """A plugin that broke the contract: raised, or returned the wrong thing."""

    def __init__(self, plugin: str, message: str):
        super().__init__(f"plugin {plugin!r}: {message}")
        self.plugin = plugin


@contextmanager
def raised_by(plugin: str, hook: str) -> Iterator[None]:
    """Put what the block raises down to ``plugin``: its own :class:`EtlError` kept as it is (the
    plugin named, when it names none), any other exception as a :class:`PluginError` naming ``hook``."""
    try:
        yield
    except EtlError as exc:
        if exc.plugin is None:
            exc.plugin = plugin
        raise
    except Exception as exc:
        raise PluginError(plugin, f"{hook} raised {type(exc).__name__}: {exc}") from exc
