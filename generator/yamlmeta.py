"""YAML front matter, read with python-frontmatter's handler, keeping where the body starts."""

from __future__ import annotations

from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

_HANDLER = YAMLHandler()
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when present: same data, faster


class FrontMatterError(ValueError):
    """Malformed front matter; ``line`` is 1-based in the file when known."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason, self.line = reason, line


def split(text: str) -> tuple[dict[str, Any] | None, int]:
    """``(metadata, body_start)``: metadata is None when the text has no front matter."""
    if not _HANDLER.detect(text.lstrip("\ufeff")):
        return None, 0
    try:
        fm, content = _HANDLER.split(text)
    except ValueError:
        raise FrontMatterError("malformed front matter: no closing '---' line", 1) from None
    try:
        meta = _HANDLER.load(fm, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise FrontMatterError(f"malformed front matter: {getattr(exc, 'problem', None) or exc}",
                               mark.line + 2 if mark else 1) from None
    if meta is not None and not isinstance(meta, dict):
        raise FrontMatterError("malformed front matter: expected 'key: value' lines", 2)
    return meta or {}, len(text) - len(content)
