"""A small exception tree so the CLI and the plugin can print one clean line, never a traceback."""

from __future__ import annotations


class BriefingsError(Exception):
    """Base class: ``str(error)`` is the one line a user sees."""


class InputError(BriefingsError):
    """A source file that cannot be read as an article."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class BriefingFormatError(BriefingsError):
    """A briefing file whose Markdown or front matter cannot be read back."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


class ModelError(BriefingsError):
    """The spaCy language model cannot be loaded."""
