"""What the training scripts share: where the shared data lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def data_dir(arg: str | None, script: str) -> Path:
    """``--data``, else ``$BRIEFINGS_DATA``, else ``../shared/data`` beside the repository; the
    script exits naming itself when none is a folder."""
    for candidate in (arg, os.environ.get("BRIEFINGS_DATA"), REPO.parent / "shared" / "data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    sys.exit(f"{script}: no data folder (give --data or BRIEFINGS_DATA)")
