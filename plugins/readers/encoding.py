"""Bytes to text, for every reader: byte-order marks, declared and detected encodings.

A byte-order mark wins (UTF-8, UTF-16 and UTF-32); then UTF-8, when the
bytes are valid UTF-8 (text in a legacy encoding almost never is, and a page
re-saved as UTF-8 often keeps its old ``<meta charset>``); then the encoding
the file declares (a web page's ``<meta charset>``, passed in by its
reader); then ``charset-normalizer``'s guess. The encoding used is returned so
that readers can put it in ``Document.metadata["encoding"]``.
"""
from __future__ import annotations

import codecs
import re

from etl.errors import InputError
from etl.normalise import normalise_text

#: Bytes looked at for NUL bytes: a text file holds none there, a binary one nearly always does.
SNIFF = 8192

#: Control characters but tab, line ends and form feed: text holds few, random bytes many.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x9f]")

BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Labels that browsers read as another encoding (the WHATWG Encoding Standard):
#: a page declared Latin-1 or ASCII is decoded as windows-1252.
BROWSER_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252", "x-user-defined": "cp1252"}


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark names, and the mark's length."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a mark: mostly ASCII, so every other byte is NUL."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= 0.9 * len(odd) and not even.count(0):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and not odd.count(0):
        return "utf-16-be"
    return None


def codec_name(label: str) -> str | None:
    """Python's name for an encoding label as files write it, or None if it names none."""
    label = label.strip().strip("'\"").lower()
    label = BROWSER_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The text the bytes hold, normalised (see :mod:`etl.normalise`), and the encoding used.

    :param declared: the encoding the file itself names (a page's ``<meta
        charset>``); used when the bytes are not UTF-8 and are valid in it.
    :raises InputError: for an empty file, a binary one (NUL bytes in its first
        8 KiB, unless it is UTF-16 or UTF-32), or bytes no encoding explains.
    """
    if not data.strip():
        raise InputError("the file is empty")
    found = bom_encoding(data)
    if found is not None:
        name, skip = found
        try:
            text = data[skip:].decode(name)
        except UnicodeDecodeError as exc:
            raise InputError(f"the file is not {name} text, though it starts with a {name} byte-order mark "
                             f"(undecodable byte at offset {exc.start + skip})") from None
        return checked(normalise_text(text)), name
    head = data[:SNIFF]
    if b"\x00" in head:
        name = utf16_without_bom(head)
        if name is None:
            raise InputError("the file is binary, not text (it holds NUL bytes)")
        try:
            return checked(normalise_text(data.decode(name))), name
        except UnicodeDecodeError:
            raise InputError("the file is binary, not text (it holds NUL bytes)") from None
    try:
        return checked(normalise_text(data.decode("utf-8"))), "utf-8"
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    codec = codec_name(declared) if declared else None
    if codec is not None and codec != "utf-8":
        try:
            return checked(normalise_text(data.decode(codec))), codec
        except UnicodeDecodeError:
            pass  # the declaration is wrong too: detect
    guess = detect(data)
    text = data.decode(guess, errors="replace") if guess else ""
    head = text[:SNIFF]
    if guess is None or len(CONTROL.findall(head)) > 0.02 * len(head):
        raise InputError(f"the file's encoding cannot be told (not UTF-8: undecodable byte at offset {bad_at}; "
                         f"no other encoding gives text without control characters); "
                         f"convert it with `iconv -f ENCODING -t utf-8`")
    return checked(normalise_text(text)), guess


#: The encodings of most legacy web pages and text files, most common first. On a short text
#: charset-normalizer finds several encodings equally likely and may name a rare one first
#: (ISO-8859-14 for French); one of these, when it reads the bytes as well, is taken instead.
COMMON = ("cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1257", "cp1255", "cp1256", "cp1258",
          "koi8_r", "koi8_u", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "iso8859_15", "cp866",
          "mac_roman", "shift_jis", "cp932", "euc_jp", "gb18030", "gb2312", "big5", "euc_kr", "cp949",
          "tis_620", "cp874")


def detect(data: bytes) -> str | None:
    """charset-normalizer's guess for bytes that are not UTF-8, as a Python codec name."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:65536])
    best = matches.best()
    if best is None:
        return None
    for names in (set(best.could_be_from_charset),  # the best guess, if it is a common encoding
                  {name for m in matches if m.chaos <= best.chaos + 0.01 for name in m.could_be_from_charset}):
        common = [name for name in COMMON if name in names]
        if common:
            return codec_name(common[0])
    return codec_name(best.encoding)


def checked(text: str) -> str:
    """The decoded text, unless it is empty or is binary data that happened to decode."""
    if not text.strip():
        raise InputError("the file is empty")
    head = text[:SNIFF]
    if not head.isascii() or "\x7f" in head or not head.isprintable():
        if len(CONTROL.findall(head)) > 0.02 * len(head):
            raise InputError("the file is binary, not text (it holds control characters)")
    return text
