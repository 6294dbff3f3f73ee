"""The exceptions a user can cause; the CLI prints each as one line."""
from __future__ import annotations


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
