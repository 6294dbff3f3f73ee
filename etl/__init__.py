"""etl: turn raw documents into an open dataset of who said what, where and when."""
from etl.hookspecs import hookimpl
from etl.model import Column, Document, SpeakerRef, Statement

__version__ = "0.1.0"
__all__ = ["hookimpl", "Column", "Document", "SpeakerRef", "Statement", "__version__"]
