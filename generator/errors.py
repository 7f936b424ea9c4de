"""A small exception tree so the CLI and the plugin can print one clean line, never a traceback."""

from __future__ import annotations

import errno
from typing import Any


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


# Faults of the machine rather than of the input: after one of these, every later write into the
# same folder fails the same way, so a run stops instead of failing once per file.
FOLDER_WIDE = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG,  # full, quota, size limit
                         errno.EROFS, errno.EACCES, errno.EPERM})  # read-only, no permission


def os_reason(exc: OSError) -> str:
    """The operating system's reason alone ("No space left on device"), without errno or path."""
    return exc.strerror or str(exc)


class WriteError(BriefingsError):
    """A file or folder that could not be written: ``str(error)`` is ``path: cannot write (reason)``."""

    def __init__(self, path: str, exc: OSError):
        super().__init__(f"{path}: cannot write ({os_reason(exc)})")
        self.path = path
        self.errno = exc.errno

    @property
    def folder_wide(self) -> bool:
        """A full disk, a read-only file system, no permission: later writes beside it fail too."""
        return self.errno in FOLDER_WIDE


class Stopped(BriefingsError):
    """A run stopped early by a fault every later step would hit; ``report`` is what it did before."""

    def __init__(self, message: str, report: Any):
        super().__init__(message)
        self.report = report


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a run; ``report`` is what it did before (everything written is whole)."""

    def __init__(self, report: Any):
        super().__init__()
        self.report = report
