"""Ingest: read a source file into an :class:`~generator.model.Article`, one reader per kind.

Every reader keeps code-point offsets into the file's decoded text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from ..config import MAX_SOURCE_BYTES, SOURCE_SUFFIXES
from ..errors import InputError
from ..model import Article
from . import html, markdown, text

READERS = {".txt": text.parse, ".text": text.parse, ".md": markdown.parse, ".markdown": markdown.parse,
           ".html": html.parse, ".htm": html.parse}
#: Readers that decode their own bytes (a web page may declare its charset); the rest use :func:`decode`.
DECODERS = {".html": html.decode, ".htm": html.decode}
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # below space, bar tab, newlines and form feed


def decode(raw: bytes, path: str) -> tuple[str, str, list[str]]:
    """Decode bytes as UTF-8 (BOMs honoured), else Windows-1252/Latin-1 with a warning.

    Returns ``(text, encoding, warnings)``; raises :class:`InputError` for empty or binary data.
    """
    if not raw.strip():
        raise InputError(path, "empty file" if not raw else "file contains only whitespace")
    warnings: list[str] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16", [f"{path}: decoded as UTF-16"]
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 ({exc.reason})") from None
    if b"\x00" in raw[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        decoded, encoding = raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        try:
            decoded, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            decoded, encoding = raw.decode("latin-1"), "latin-1"
        warnings.append(f"{path}: not valid UTF-8, decoded as {encoding}")
    controls = len(CONTROL_CHARS.findall(decoded, 0, 8192))
    if controls > 0.05 * min(len(decoded), 8192):
        raise InputError(path, "binary file (control characters), not text")
    if not decoded.strip():
        raise InputError(path, "file contains only whitespace")
    return decoded, encoding, warnings


def read_article(path: str | Path, display: str | None = None) -> Article:
    """Read one source file; raises :class:`InputError` with a one-line reason."""
    path = Path(path)
    name = display or str(path)
    suffix = path.suffix.lower()
    if suffix not in READERS:
        raise InputError(name, f"unsupported file type {suffix or '(none)'!r}; use one of {', '.join(SOURCE_SUFFIXES)}")
    try:
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise InputError(name, f"file too large ({size / 1e6:.1f} MB; limit {MAX_SOURCE_BYTES / 1e6:.0f} MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read file ({exc.strerror or exc})") from None
    decoded, encoding, warnings = DECODERS.get(suffix, decode)(raw, name)
    article = READERS[suffix](decoded, name)
    article.sha256 = hashlib.sha256(raw).hexdigest()
    article.encoding = encoding
    article.warnings = warnings + article.warnings
    if not article.body():
        raise InputError(name, "no article text (only a headline or metadata)")
    return article


def from_text(text_: str, path: str = "<text>") -> Article:
    """Parse already-decoded text (used by tests and benchmarks)."""
    suffix = Path(path).suffix.lower()
    article = READERS.get(suffix, text.parse)(text_, path)
    article.sha256 = hashlib.sha256(text_.encode("utf-8")).hexdigest()
    return article
