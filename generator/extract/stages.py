"""The one place where an extractor's failure is caught: a visible warning, or an error when strict.

A bug in one extractor must not cost an article its other sections, and it must never pass
silently either. :func:`guarded` runs one unit of work (a stage, or one sentence of a stage that
works sentence by sentence); when it raises, the failure is recorded as a warning line (shown by
``briefings generate``/``extract``, written into the briefing's front matter and reported by
``briefings check``) and a fallback result is used. With ``BRIEFINGS_STRICT=1`` (the test suite
sets it) the exception propagates instead, so a crashing rule fails its tests.
"""

from __future__ import annotations

import os
from typing import Callable, TypeVar

T = TypeVar("T")

#: Environment variable that turns a stage failure into an error.
STRICT_ENV = "BRIEFINGS_STRICT"


def strict() -> bool:
    """True when ``BRIEFINGS_STRICT`` is set to anything but empty or ``0``."""
    return os.environ.get(STRICT_ENV, "") not in ("", "0")


def guarded(stage: str, run: Callable[[], T], fallback: Callable[[], T], warnings: list[str]) -> T:
    """``run()``; should it raise, record ``"<stage> failed (<error>)"`` and return ``fallback()``."""
    try:
        return run()
    except Exception as exc:  # the stage boundary: any bug in a rule becomes a warning (or, strict, an error)
        if strict():
            raise
        warnings.append(f"{stage} failed ({type(exc).__name__}: {exc})")
        return fallback()
