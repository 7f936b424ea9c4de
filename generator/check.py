"""``briefings check``: every problem across all briefings, one line each, with file and line.

Checks: the file reads back (front matter, sections, actor lines); the source article exists
and is readable; every quote, "also said" item and summary sentence appears verbatim in the
source; questions rest on a span inside the source; every front-matter actor id points at a
key actor and is a safe id; no extraction stage failed when it was made (its `warnings`). (Speakers need
not be key actors: every speaker gets an actor page.)
"""

from __future__ import annotations

import re
from pathlib import Path

from . import briefing as md
from .config import Settings
from .errors import BriefingsError
from .library import load_one


def _line_of(lines: list[str], needle: str, default: int) -> int:
    needle = md.one_line(needle)[:60]
    for i, line in enumerate(lines, start=1):
        if needle and needle in line:
            return i
    return default


def check_file(settings: Settings, path: Path) -> list[str]:
    rel = settings.relative(path)
    try:
        entry = load_one(settings, path)
    except BriefingsError as exc:
        return [str(exc)]
    lines = path.read_text(encoding="utf-8").splitlines()
    b, problems = entry.briefing, []
    if entry.source_error or entry.article is None:
        return [entry.source_error or f"{rel}: source {b.source!r} unavailable"]
    source = entry.article.text
    flat = md.one_line(source)
    for warning in b.warnings:  # a stage failed when the briefing was made: a section may be missing
        problems.append(f"{rel}:{_line_of(lines, 'warnings:', 2)}: generated with a failed stage: {warning} (fix the briefing by hand and "
                        "delete its 'warnings' line, or regenerate with a fixed version)")

    def verbatim(kind: str, text: str, start: int, end: int) -> None:
        if start >= 0 and md.one_line(source[start:end]) == md.one_line(text):
            return
        if md.one_line(text) not in flat:
            problems.append(f"{rel}:{_line_of(lines, text, 1)}: {kind} not verbatim in {b.source}: {md.one_line(text)[:80]!r}")

    for q in b.quotes:
        verbatim("quote", q.text, q.start, q.end)
    for r in b.reported:
        verbatim("'also said' item", r.text, r.start, r.end)
    for s in b.summary:
        verbatim("summary sentence", s.text, s.start, s.end)
    for q in b.questions:
        if not (0 <= q.start < q.end <= len(source)):
            problems.append(f"{rel}:{_line_of(lines, q.text, 1)}: question has no source sentence "
                            f"(add its [¶N](#pN \"chars START-END\") reference): {q.text[:80]!r}")
        if not q.text.rstrip().endswith("?"):
            problems.append(f"{rel}:{_line_of(lines, q.text, 1)}: question does not end with '?': {q.text[:80]!r}")
    names = {md.one_line(n).lower() for a in b.actors for n in [a.name, *a.aliases]}
    parts = md.split("\n".join(lines) + "\n", rel)
    ids = parts.meta.get("actor_ids") or {}
    if not isinstance(ids, dict):
        problems.append(f"{rel}:2: 'actor_ids' must map actor names to ids")
    else:
        for name, ident in ids.items():
            if str(name).lower() not in names:
                problems.append(f"{rel}:2: actor_ids names {name!r}, which is not a key actor")
            if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(ident)):
                problems.append(f"{rel}:2: actor id {ident!r} for {name!r} is not a safe id (a-z, 0-9, -)")
    return problems


def check_all(settings: Settings) -> tuple[list[str], int]:
    """All problems across ``briefings/`` and the number of briefings checked."""
    paths = sorted(settings.briefings.glob("*.md")) if settings.briefings.is_dir() else []
    problems: list[str] = []
    for path in paths:
        problems += check_file(settings, path)
    return problems, len(paths)
