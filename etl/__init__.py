"""etl: turn raw documents into an open dataset of who said what, where and when."""
import os as _os
import sys as _sys

if _sys.platform.startswith("linux") and "pyarrow" not in _sys.modules:
    # pyarrow picks its allocator once, when it is first imported: jemalloc
    # hands freed pages back, where the default (mimalloc) keeps them, and a
    # long run frees a great deal (see etl.memory). A pool the user chose wins.
    _os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")

__version__ = "0.1.0"
__all__ = ["hookimpl", "Column", "Document", "SpeakerRef", "Statement", "__version__"]

_EXPORTS = {"hookimpl": "etl.hookspecs", "Column": "etl.model", "Document": "etl.model",
            "SpeakerRef": "etl.model", "Statement": "etl.model"}


def __getattr__(name: str):
    # Imported on first use, not with the package: `etl run` with nothing to do answers
    # (etl.freshness) without importing pyarrow, which these bring in.
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'etl' has no attribute {name!r}")
