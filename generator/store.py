"""The ``briefings/`` folder: which sources need work, edit detection, slugs, atomic writes, a lock.

Rules: an unchanged source (same bytes, same generator version) is not regenerated; a briefing
whose body no longer matches its stored hash was edited by hand and is never overwritten
(unless ``force``); every write is atomic; two runs at once are refused by a lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from . import briefing as md
from .config import SOURCE_SUFFIXES, Settings
from .errors import BriefingFormatError, BriefingsError
from .ids import actor_id, ascii_words
from .model import Article, Briefing, Extraction

MAX_SLUG = 60


@dataclass
class Report:
    generated: int = 0
    unchanged: int = 0
    kept: int = 0
    failed: int = 0
    warned: int = 0  # briefings written although a stage failed on their source
    seconds: float = 0.0
    written: list[str] = field(default_factory=list)

    def summary_line(self) -> str:
        warned = f", {self.warned} with warnings" if self.warned else ""
        return (f"{self.generated} generated, {self.unchanged} unchanged, {self.kept} kept (edited), "
                f"{self.failed} failed{warned} in {self.seconds:.1f} s")


@dataclass
class Stored:
    """An existing briefing file, as far as it could be read."""

    path: Path
    meta: dict
    edited: bool


def slugify(title: str) -> str:
    """A safe, readable slug: ASCII letters, digits and hyphens, at most 60 characters."""
    words = ascii_words(title)
    slug = ""
    for w in words:
        if len(slug) + len(w) + 1 > MAX_SLUG:
            break
        slug = f"{slug}-{w}" if slug else w
    return slug or (words[0][:MAX_SLUG] if words else "briefing")


def atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: readers see old or new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


@contextmanager
def lock(folder: Path) -> Iterator[None]:
    """Refuse a second concurrent run on the same ``briefings/`` folder."""
    folder.mkdir(parents=True, exist_ok=True)
    lock_path = folder / ".lock"
    fh = open(lock_path, "a+")
    try:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # not POSIX: no lock, but still atomic writes
            pass
        except OSError:
            raise BriefingsError(f"{folder}: another 'briefings generate' is running (lock {lock_path.name})") from None
        yield
    finally:
        fh.close()


def sources(settings: Settings) -> list[Path]:
    """Every readable-looking source file in ``seeds/``, sorted (hidden files skipped)."""
    if not settings.seeds.is_dir():
        return []
    return sorted(p for p in settings.seeds.rglob("*")
                  if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES
                  and not any(part.startswith(".") for part in p.relative_to(settings.seeds).parts))


def index(settings: Settings, echo: Callable[[str], None] | None = None) -> tuple[dict[str, Stored], list[Path], int]:
    """Existing briefings by their source path; also the unreadable ones and their count."""
    by_source: dict[str, Stored] = {}
    unreadable: list[Path] = []
    errors = 0
    if not settings.briefings.is_dir():
        return by_source, unreadable, errors
    for path in sorted(settings.briefings.glob("*.md")):
        try:
            parts = md.split(path.read_text(encoding="utf-8"), settings.relative(path))
            source = parts.meta.get("source")
            if not isinstance(source, str):
                raise BriefingFormatError(settings.relative(path), "front matter has no 'source'")
            by_source[source] = Stored(path, parts.meta, parts.edited)
        except (BriefingsError, UnicodeDecodeError, OSError) as exc:
            unreadable.append(path)
            errors += 1
            if echo:
                echo(f"error: {exc if isinstance(exc, BriefingsError) else f'{settings.relative(path)}: {exc}'}")
    return by_source, unreadable, errors


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def today() -> str:
    """The generation date: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc) if epoch and epoch.isdigit() else dt.datetime.now(dt.timezone.utc)
    return when.strftime("%Y-%m-%d")


def to_briefing(article: Article, extraction: Extraction, slug: str, source: str, generated: str | None = None) -> Briefing:
    for actor in extraction.actors:
        actor.id = actor.id or actor_id(actor.name)
    return Briefing(slug=slug, title=article.title, source=source, source_sha256=article.sha256, dek=article.dek,
                    published=article.published, authors=list(article.authors), categories=list(article.categories),
                    url=article.url, publisher=article.publisher, standfirst=extraction.standfirst,
                    generator=md.GENERATOR, generated=generated, summary=extraction.summary, actors=extraction.actors,
                    quotes=extraction.quotes, reported=extraction.reported, questions=extraction.questions,
                    warnings=list(extraction.warnings))


def render(article: Article, extraction: Extraction, slug: str, source: str, generated: str | None = None) -> str:
    """The briefing file for one analysed article."""
    b = to_briefing(article, extraction, slug, source, generated)

    return md.dump(b, article.paragraph_number)


class Progress:
    """A one-line progress bar on stderr (only when it is a terminal)."""

    def __init__(self, total: int, enabled: bool):
        self.total, self.done, self.enabled = total, 0, enabled and total > 1

    def __call__(self, n: int) -> None:
        self.done += n
        if self.enabled:
            width = 30
            filled = int(width * self.done / max(self.total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            sys.stderr.flush()
            if self.done >= self.total:
                sys.stderr.write("\n")


def generate(settings: Settings, files: list[Path] | None = None, progress: bool = False,
             echo: Callable[[str], None] = print) -> Report:
    """Bring ``briefings/`` up to date with ``seeds/`` (or with ``files``)."""
    from . import pipeline

    started = time.perf_counter()
    report = Report()
    with lock(settings.briefings):
        for stale in settings.briefings.glob(".*.md.*.tmp"):  # left by a run that was killed mid-write
            stale.unlink(missing_ok=True)
        stored, unreadable, report.failed = index(settings, echo)
        taken = {p.stem for p in settings.briefings.glob("*.md")}
        todo: list[tuple[Path, str]] = []
        for path in (files if files is not None else sources(settings)):
            rel = settings.relative(path)
            old = stored.get(rel)
            try:
                digest = file_sha256(path)
            except OSError as exc:
                echo(f"error: {rel}: cannot read file ({exc.strerror or exc})")
                report.failed += 1
                continue
            # a briefing made while a stage failed is retried on every run until it comes out whole
            fresh = (old is not None and old.meta.get("source_sha256") == digest
                     and old.meta.get("generator") == md.GENERATOR and not old.meta.get("warnings"))
            if old is not None and old.edited and not settings.force:
                report.kept += 1
                if old.meta.get("source_sha256") != digest:
                    echo(f"notice: {settings.relative(old.path)}: edited by hand, kept; its source {rel} has changed "
                         "since (regenerate with --force to replace your edit)")
                continue
            if fresh and not settings.force:
                report.unchanged += 1
                continue
            todo.append((path, rel))
        bar = Progress(len(todo), progress)
        for result in pipeline.run(todo, model=settings.model_name(), jobs=settings.jobs, progress=bar):
            article, rel = result.article, result.file
            if result.error or article is None or result.extraction is None:
                echo(f"error: {result.error}")
                report.failed += 1
                continue
            for warning in article.warnings:
                echo(f"warning: {warning}")
            if result.extraction.warnings:
                report.warned += 1
            old = stored.get(rel)
            if old is not None:
                target = old.path
            else:
                slug = slugify(article.title)
                if slug in taken:
                    slug = f"{slug[:MAX_SLUG - 7]}-{hashlib.sha1(rel.encode()).hexdigest()[:6]}"
                taken.add(slug)
                target = settings.briefings / f"{slug}.md"
            if old is not None and render(article, result.extraction, target.stem, rel,
                                          str(old.meta.get("generated") or "") or None) == target.read_text(encoding="utf-8"):
                report.unchanged += 1  # same briefing as before: keep it, and its generation date
                continue
            text = render(article, result.extraction, target.stem, rel, today())
            atomic_write(target, text)
            report.generated += 1
            report.written.append(settings.relative(target))
    report.seconds = time.perf_counter() - started
    return report
