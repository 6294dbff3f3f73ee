"""The plugin contract: every hook a plugin may implement.

This module is the documentation contributors read. A plugin is any module or
object with functions named after these hooks and marked with
``@etl.hookimpl``; it is registered through the ``etl`` entry-point group in
its package's ``pyproject.toml``. Every hook name starts with ``etl_``; a
misspelled hook is an error at start-up, not a silent no-op.

A run calls the hooks in this order:

0. ``etl_configure`` once per plugin, with its options from the project file;
1. ``etl_columns`` once, before anything is read, to build the output schema;
   ``etl_warm_up`` once in each worker process as it starts;
2. per source: ``etl_read`` (first reader to claim the source wins; a
   container hands each member back to the readers through ``read``;
   ``etl_read_suffixes`` only names what a reader reads, for ``etl plugins``;
   a large file whose reader answers ``etl_next_record`` is read in pieces,
   each as a source of its own, so that its records spread over the workers);
3. per document: ``etl_segment`` (first segmenter to answer wins), then
   ``etl_resolve_speakers`` (first resolver to answer wins);
4. per batch of documents: ``etl_enrich_documents`` and then
   ``etl_enrich_statements``, every implementation in turn;
5. once, after every batch: ``etl_complete_speakers`` on the short names
   resolvers left for the run to complete, then ``etl_enrich_speakers`` on
   the speakers table.

Outside runs, ``etl search`` calls ``etl_embed_query`` to embed a query with
the plugin that wrote a dataset's vector column.

An implementation may take fewer arguments than the spec names; hooks grow by
adding arguments, so old plugins keep working.
"""
from __future__ import annotations

from typing import Any, BinaryIO, Callable, Iterable, Iterator

import pluggy
import pyarrow as pa

from etl.model import Column, Document, SpeakerRef, Statement

PROJECT = "etl"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def etl_configure(options: dict[str, Any], fields: dict[str, str]) -> None:
    """Receive this plugin's options from the project file.

    Called once per plugin, first of all hooks: after every plugin is loaded
    and before ``etl_columns``, so that options may change the columns a
    plugin declares. Each plugin gets only its own table, ``[plugins.NAME]``
    of ``etl.toml`` (or ``[tool.etl.plugins.NAME]`` of ``pyproject.toml``),
    and an empty dict when the file gives none or there is no file.

    A plugin that does not implement this hook takes no options: a
    non-empty ``[plugins.NAME]`` table for it stops the run before anything
    is read, with a message naming the plugin and the options. A plugin that
    implements it must check its options itself, as below.

    :param options: option name to value, as TOML parsed them (``str``,
        ``int``, ``float``, ``bool``, lists and tables).
    :param fields: the run's mapping of document fields to the names an
        input's records use (``{"text": "body", "published": "pub_time"}``),
        from the project file's top-level ``fields`` table and ``etl run
        --field text=body``; the same for every plugin. Readers of tables of
        records use it for columns they do not recognise by themselves.
    :returns: nothing. Raise ``etl.errors.EtlError`` (or ``ValueError``) with
        a one-line message for an unknown option or a bad value: the run
        stops before it reads anything, with the message and the plugin's
        name.
    """


@hookspec
def etl_columns() -> list[Column]:
    """Declare the columns this plugin adds to the output tables.

    Called once, before the run reads anything, so that the schema of every
    table is known up front and ``etl schema`` can print it.

    :returns: a list of :class:`etl.model.Column` (``table`` is one of
        ``documents``, ``statements``, ``speakers``). The core fills in
        ``owner`` with the plugin's name. Two plugins declaring the same
        column is an error naming both.
    """


@hookspec
def etl_warm_up() -> None:
    """Load what this plugin's hooks need in every process (a model, a table), ahead of the first batch.

    Called once in each worker process as it starts, while the main process
    is still listing the sources and reading the cache, so that loading
    overlaps that work instead of delaying the worker's first batch. Not
    called when batches run in the main process (``--jobs 1``) or on Ray,
    where the first batch loads what it needs as usual. A plugin whose
    hooks load lazily on first use (``functools.cache``) implements this by
    calling that loader. What is slow to derive from the plugin's installed
    files (a model converted for fast loading) may be kept across runs and
    processes in :func:`etl.cache.plugin_cache_dir`, as ``language`` keeps
    its converted model.

    :returns: nothing. An exception is ignored here: the batch that then
        needs the same thing fails with it, and gets the usual error rows.
    """


@hookspec(firstresult=True)
def etl_read(
    source: str, data: bytes, head: bytes, stream: BinaryIO,
    read: Callable[[str, bytes | BinaryIO], Iterator[Document]], error: Callable[[str], None],
) -> Iterable[Document] | None:
    """Turn one input file, or one member of a container, into documents.

    Called once per input file, before segmentation, and once per member a
    container hands back through ``read``. Readers are asked in turn; the
    first that returns a list or an iterator (even an empty one) has claimed
    the file and the others are not asked. Name only the arguments you use:
    a file is read whole into ``data`` only for a reader that names ``data``,
    so a reader of large files takes ``stream`` instead. A file too large to
    read at once (over 16 MiB) or a member given as a stream is offered to
    the readers that name no ``data`` first, each group in the usual order.

    Only regular files reach readers, and only up to the run's size limit
    (``--max-file-size``); the core opens them.

    :param source: the name the file is stored under (``documents.source``):
        its path relative to the folder, file or glob the user named (a URI
        as given), never the path on disk; for a container's member, the
        container's source, a slash and the member's name
        (``news.zip/2024/a.html``). Readers choose by its suffix.
    :param data: the file's raw bytes.
    :param head: the file's first bytes (4096, or fewer in a shorter file),
        to recognise a format by its magic number (gzip ``\\x1f\\x8b``, zip
        ``PK\\x03\\x04``, ``%PDF-``) when the suffix is missing or lies.
    :param stream: the file as a binary stream from its start (seekable for
        a file, maybe not for a member: spool it when you need to seek). A
        reader that returns ``None`` must not read from it.
    :param read: ``read(name, data_or_stream)`` reads a member of this file
        (a zip member, a decompressed body, a web page held in a table's
        field) as if it were a file named ``name``, with the first reader that
        claims it, and returns an iterator of its documents. Name members
        ``source + "/" + member``. A member that fails (no reader claims it,
        it cannot be read, containers nest too deep) becomes an error row
        naming the member, and the iterator ends; the container goes on.
    :param error: ``error(message)`` records one error row for this file
        (stage ``read``, this plugin, the message prefixed with the member's
        name inside the file) without stopping it: one bad record of a JSON
        Lines file (``line 12: not a JSON object``), the rest read as usual.
    :returns: the documents the file holds, as a list or an iterator (a text
        file holds one, a JSON Lines file may hold millions: yield them one
        at a time), or ``None`` when this reader does not read this kind of
        file. Decide that before returning: a generator function cannot
        return ``None``, so return a generator from a plain function.
        ``Document.text`` must be the cleaned body that statement offsets
        will refer to; ``title``, ``outlet`` and ``byline`` are ``str`` or
        ``None``; ``published_at`` is a ``datetime`` with its ``tzinfo`` when
        the document gives the time zone, a naive one (the date and time as
        printed) when it does not, or ``None``: never assume UTC. ``doc_id``
        is set by the core, from ``source`` and the document's position in
        the file. Raise ``etl.errors.InputError`` with a one-line message for
        a file this reader claims but cannot read (binary data, undecodable
        bytes, empty file); raised while yielding, the documents yielded
        before it are kept. A result that breaks this contract is an error
        row naming the reader (stage ``read``), and the run goes on.

    The core then puts every document through one normal form, so that no
    rule after it depends on how a file wrote spaces or line ends
    (:func:`etl.normalise.normalise_text`): CRLF and CR become LF, U+2028,
    U+2029 and U+0085 line ends, every Unicode space separator (no-break
    space U+00A0, thin spaces U+2009 and U+202F, ...) a plain space, and
    zero-width characters, soft hyphens and NUL bytes are removed. ``title``,
    ``byline`` and ``outlet`` are normalised too and their blanks collapsed.
    A reader that runs rules of its own on the text calls that function
    first. The core also fills in ``Document.format`` with the name of the
    reader plugin that made the document when the reader leaves it empty (a
    page in a WARC file: ``html``). Whatever else a reader finds (the
    encoding it decoded, a page's language, front matter keys, a record's
    id) goes in ``Document.metadata``, which later hooks see and the tables
    do not hold. Four of its keys tell later hooks what only the file's
    markup showed: ``speakers``, a list of the names of the people the file
    lists as speaking (a front matter's ``speakers:``), whom a speaker
    resolver takes as named by the document; ``questions``, a list of
    the texts (blanks collapsed) of paragraphs the markup sets apart as an
    interviewer's questions (a page's ``<p><strong>Why now?</strong></p>``),
    which a segmenter may read as an interview's question turns; and
    ``speech``, for a page that is one person's speech with no speaker
    labels in it, a dict of ``speaker`` (the name as the page links or
    titles it), ``opens`` and ``closes`` (the texts, blanks collapsed, of
    the speech's first and last paragraphs), which a segmenter may give
    that speaker; and ``quote_ends``, a list of the texts (blanks collapsed)
    of the last paragraph of each block quote (a page's ``<blockquote>``),
    where a segmenter may end a quotation opened by ``Name said:``.
    """


@hookspec(firstresult=True)
def etl_next_record(source: str, head: bytes, stream: BinaryIO, offset: int) -> int | None:
    """Find where the first record at or after byte ``offset`` of a large file starts, so that the
    file can be read in pieces, on several cores at once.

    Called for a file larger than :data:`etl.pieces.PIECE_BYTES` (1 MiB): in
    the main process once as the run plans its work (``offset`` is
    ``PIECE_BYTES``: can this file be cut at all?), and then in the process
    reading each piece, for the piece's two ends. Piece *k* runs from the
    record that starts at or after ``k * PIECE_BYTES`` to the record that
    starts at or after ``(k + 1) * PIECE_BYTES``, so every record is read by
    exactly one piece. Each piece is then read by ``etl_read`` as a file of
    its own, under the file's name, with ``data``, ``head`` and ``stream``
    holding only its bytes; its documents' ids count from the piece's start,
    and its error rows name the bytes it covers (``bytes 1,048,576–2,097,152:
    line 3: not valid JSON``). Implement it only for a format whose records
    can be found from any point and read alone (JSON Lines, a WARC file
    whose records are compressed one by one); a file read whole is never
    asked again.

    :param source: the file's name, as ``etl_read`` gets it; answer only for
        files your ``etl_read`` claims.
    :param head: the file's first bytes (as for ``etl_read``).
    :param stream: the file, seekable, at its start; seek and read as you
        need.
    :param offset: a byte offset inside the file (``0 < offset < size``).
    :returns: the offset (at least ``offset``) where the first record at or
        after ``offset`` starts, or the file's size when none starts after
        it; or ``None`` when this file cannot be cut (not your format,
        compressed as a whole, records that may hold their own separators).
        The answer for one file must not depend on the offset asked about:
        ``None`` for one offset is ``None`` for every offset.
    """


@hookspec
def etl_read_suffixes() -> list[str]:
    """Name the kinds of file this reader reads, for ``etl plugins`` to show.

    Called by ``etl plugins`` only, never during runs: a reader still decides
    in ``etl_read`` which files it claims (by suffix, or by looking at the
    bytes when the suffix is missing or wrong).

    :returns: the lower-case file suffixes, with the dot, that this reader
        claims (``[".html", ".htm"]``).
    """


@hookspec(firstresult=True)
def etl_segment(document: Document) -> list[Statement] | None:
    """Find the statements in one document.

    Called once per document, after reading. Segmenters are asked in turn;
    the first that returns a list (even an empty one) wins.

    :param document: the document as the reader returned it, with ``doc_id``
        filled in by the core.
    :returns: the statements in document order, each with ``kind``, character
        offsets into ``document.text`` (``text[char_start:char_end]`` is the
        statement), the ``speaker`` mention as written (or ``None``), and the
        ``rule`` and ``confidence`` (0 to 1) that say how it was found; or
        ``None`` to let another segmenter try. A result that breaks this
        contract (not a list of :class:`etl.model.Statement`, offsets outside
        the text, fields of the wrong type) is an error row naming the
        segmenter (stage ``segment``), the document is kept without
        statements, and the run goes on.
    """


@hookspec(firstresult=True)
def etl_resolve_speakers(
    document: Document, statements: list[Statement]
) -> list[SpeakerRef | None] | None:
    """Resolve each statement's speaker mention to a canonical person.

    Called once per document, right after ``etl_segment``. The first resolver
    to return a list wins.

    :param document: the document, for context (title, byline, introduction).
    :param statements: the segmenter's statements, in order.
    :returns: one entry per statement, in the same order: a
        :class:`etl.model.SpeakerRef` naming the person (canonical name alone,
        a non-empty ``str``; the surface form as ``alias``, and ``role`` and
        ``affiliation`` where known, each ``str`` or ``None``), or ``None``
        when the document does not say who speaks. A surname the document
        never completes (`MS. ROE`) may be returned with ``short=True``, for
        the run to complete from its other documents
        (``etl_complete_speakers``). A result that breaks this
        contract (not a list, the wrong count, items that are not
        ``SpeakerRef``) is an error row naming the resolver (stage
        ``resolve``); the document's statements are kept without speakers.
    """


@hookspec(firstresult=True)
def etl_complete_speakers(short: pa.Table, speakers: pa.Table) -> list[str | None] | None:
    """Complete the short names of a run (`MS. ROE`) from the people its documents name in full.

    Called once per run, after every batch and before the speakers table is
    written (and before ``etl_enrich_speakers``), only when some resolver
    returned a :class:`etl.model.SpeakerRef` with ``short=True``. The first
    implementation to return a list wins. It sees the whole run, so the
    same name given once in full (`Jane Roe`, in one document) and short
    ever after (`MS. ROE`, in others) ends as one speaker, whichever batch,
    process or machine each document ran in.

    :param short: one row per short name and role, in ``speaker_id`` order:
        ``speaker_id`` (provisional), ``name`` (the surname as given),
        ``role``, ``affiliation``, ``aliases`` (the surface forms used:
        ``["MS. ROE", "Ms. Roe"]``), ``n_statements``, ``n_documents``, and
        ``companions``: the ids (provisional or not) of the speakers of the
        documents it speaks in, the evidence that two names are one person.
    :param speakers: the people of the run named in full, with the columns
        of the speakers table the core fills (``speaker_id``, ``name``,
        ``aliases``, ``role``, ``affiliation``, counts), in ``speaker_id``
        order, and ``companions`` as above for the people whose name ends
        with the ``name`` of a short name (``Jane Roe`` for ``Roe``); empty
        for the others, whose companions a run of millions of documents
        would hold in vain.
    :returns: one entry per row of ``short``, in order: the ``speaker_id`` of
        the row of ``speakers`` the short name is, or ``None`` when no single
        person fits. Never guess: a surname two people of the run share is
        ``None``. The core gives each short name's statements to that
        person (its aliases and role join theirs) or leaves them without a
        speaker, and counts both in the run's summary. With no
        implementation, every short name is left without a speaker. A result
        that breaks this contract is an error row naming the plugin (stage
        ``resolve``), and every short name is left without a speaker.
    """


@hookspec
def etl_enrich_documents(documents: pa.Table) -> dict[str, pa.Array] | None:
    """Add columns to a batch of documents.

    Called once per batch, after every document in it has been segmented.

    :param documents: the batch's rows of the documents table, with the core
        columns and the columns of enrichers that ran before this one.
    :returns: a mapping from column name to an array of the same length as
        ``documents``; only columns this plugin declared in ``etl_columns``,
        with the declared types. ``None`` adds nothing.
    """


@hookspec
def etl_enrich_statements(
    statements: pa.Table, documents: pa.Table
) -> dict[str, pa.Array] | None:
    """Add columns to a batch of statements.

    Called once per batch, after ``etl_enrich_documents``.

    :param statements: the batch's rows of the statements table (``text``,
        ``kind``, ``speaker_id``, ``char_start`` ... and earlier enrichers'
        columns).
    :param documents: the same batch's documents, to join on ``doc_id`` when
        a statement needs its document's context.
    :returns: a mapping from column name to an array of the same length as
        ``statements``; only declared columns, with the declared types.
    """


@hookspec
def etl_enrich_speakers(speakers: pa.Table) -> dict[str, pa.Array] | None:
    """Add columns to the speakers table.

    Called once per run, after every batch, on the whole speakers table
    (one row per canonical person).

    :param speakers: the speakers table (``speaker_id``, ``name``,
        ``aliases``, ``role``, ``affiliation``, counts).
    :returns: a mapping from column name to an array of the same length as
        ``speakers``; only declared columns, with the declared types.
    """


@hookspec(firstresult=True)
def etl_embed_query(text: str, column: str) -> list[float] | None:
    """Embed a search query in the space of a vector column this plugin wrote.

    Called by ``etl search``, once per query, on the plugin named as the
    column's owner in the dataset's Parquet metadata, so that the query and the
    statements share one model. Not called during runs.

    :param text: the query as the user typed it.
    :param column: the vector column of the statements table being searched
        (e.g. ``embedding``); a plugin that wrote no such column returns ``None``.
    :returns: the query's vector, of the column's list size, or ``None``.
    """
