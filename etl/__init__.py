"""etl: turn raw documents into an open dataset of who said what, where and when."""
import os as _os
import sys as _sys

if _sys.platform.startswith("linux") and "pyarrow" not in _sys.modules:
    # pyarrow picks its allocator once, when it is first imported: jemalloc
    # hands freed pages back, where the default (mimalloc) keeps them, and a
    # long run frees a great deal (see etl.memory). A pool the user chose wins.
    _os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")

from etl.hookspecs import hookimpl  # noqa: E402
from etl.model import Column, Document, SpeakerRef, Statement  # noqa: E402

__version__ = "0.1.0"
__all__ = ["hookimpl", "Column", "Document", "SpeakerRef", "Statement", "__version__"]
