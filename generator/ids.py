"""Stable, URL-safe identifiers: slugs for briefings and topics, ids for actors."""

from __future__ import annotations

import re
import unicodedata


def ascii_words(text: str) -> list[str]:
    """Lower-case ASCII words of ``text`` (accents dropped, "U.S." kept as one word, "us")."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    ascii_ = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", ascii_)
    return re.findall(r"[a-z0-9]+", ascii_)


def actor_id(name: str) -> str:
    """A stable, URL-safe id for an actor name ("Petro Kovalenko" -> "petro-kovalenko")."""
    return "-".join(ascii_words(name)) or "actor"
