"""Reading ``briefings/`` back: every briefing with its source article, for the site and ``check``.

The site is built from what is in the Markdown files (so hand edits win), never from the
extractor's output.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

from . import briefing as md
from . import classify
from .config import Settings
from .errors import BriefingsError
from .ingest import read_article
from .model import Article, Briefing


@dataclass
class Entry:
    briefing: Briefing
    article: Article | None  # None when the source file is missing or unreadable
    edited: bool
    source_error: str | None = None
    edited_on: str | None = None  # YYYY-MM-DD of the last hand edit, when edited


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def commit_dates(folder: Path) -> dict[str, str]:
    """Date of the last commit of each file in ``folder`` that is committed and unmodified
    (two git calls for the whole folder; empty outside a repository)."""
    log = _git(folder, "log", "--relative", "--format=%x00%cs", "--name-only", "--", ".")
    status = _git(folder, "status", "--porcelain", "--", ".")
    if log is None or status is None:
        return {}
    dirty = {Path(line[3:].strip().strip('"')).name for line in status.splitlines() if len(line) > 3}
    dates: dict[str, str] = {}
    for chunk in log.split("\0")[1:]:
        date, *names = chunk.strip().splitlines()
        for name in (Path(n).name for n in names if n.strip()):
            if name not in dates and name not in dirty:
                dates[name] = date
    return dates


def last_changed(path: Path, dates: dict[str, str] | None = None) -> str:
    """The date a file last changed: its last commit when committed unchanged, else its mtime."""
    dates = commit_dates(path.parent) if dates is None else dates
    if path.name in dates:
        return dates[path.name]
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc).strftime("%Y-%m-%d")


def load_one(settings: Settings, path: Path, dates: dict[str, str] | None = None) -> Entry:
    """Read one briefing file and its source; raises :class:`BriefingsError` for a bad briefing."""
    rel = settings.relative(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BriefingsError(f"{rel}: not valid UTF-8") from None
    except OSError as exc:
        raise BriefingsError(f"{rel}: cannot read file ({exc.strerror or exc})") from None
    parts = md.split(text, rel)
    article, source_error = None, None
    source = parts.meta.get("source")
    if isinstance(source, str) and source.strip():
        source_path = Path(source)
        if not source_path.is_absolute():
            source_path = settings.root / source_path
        if ".." in Path(source).parts:
            source_error = f"{rel}: source path {source!r} leaves the project"
        else:
            try:
                article = read_article(source_path, source)
            except BriefingsError as exc:
                source_error = f"{rel}: source unavailable ({exc})"
    b = md.parse(text, rel, source=article.text if article else None, slug=path.stem, parts=parts)
    if b.section is None:  # written before briefings had sections: worked out as generate would
        b.section = classify.section(article) if article is not None else next(iter(b.categories), None)
    return Entry(briefing=b, article=article, edited=parts.edited, source_error=source_error,
                 edited_on=last_changed(path, dates) if parts.edited else None)


def load(settings: Settings) -> tuple[list[Entry], list[str]]:
    """All readable briefings (sorted by file name) and one error line per unreadable one."""
    entries, errors = [], []
    folder = settings.briefings
    if not folder.is_dir():
        return entries, errors
    dates = commit_dates(folder)
    for path in sorted(folder.glob("*.md")):
        try:
            entries.append(load_one(settings, path, dates))
        except BriefingsError as exc:
            errors.append(str(exc))
    return entries, errors
