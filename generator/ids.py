"""Stable, URL-safe identifiers (slugs) for actors and topics."""

from __future__ import annotations

import re
import unicodedata


def actor_id(name: str) -> str:
    """A stable, URL-safe id for an actor name ("Volodymyr Zelensky" -> "volodymyr-zelensky")."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ascii_ = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", ascii_)  # "U.S." -> "us"
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-") or "actor"
