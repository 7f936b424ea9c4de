"""Shipped model weights: one loader for the learned pieces (speaker ranker, quote filter)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable


@lru_cache(maxsize=8)
def load(path: str, packaged: str, build: Callable[[dict[str, Any]], Any]) -> Any | None:
    """The model ``build`` makes from the weights file ``path`` (empty: ``generator/data/<packaged>``);
    None when ``path`` is ``off``, the file cannot be read, or the model is switched off."""
    if path == "off":
        return None
    try:
        if path:
            text = Path(path).read_text(encoding="utf-8")
        else:
            text = resources.files("generator").joinpath("data", packaged).read_text(encoding="utf-8")
    except OSError:
        return None
    model = build(json.loads(text))
    return model if model.enabled else None
