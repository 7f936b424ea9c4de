"""The ``briefings/`` folder: which sources need work, edit detection, slugs, atomic writes, a lock.

Rules: an unchanged source (same bytes, same generator version) is not regenerated; a briefing
whose body no longer matches its stored hash was edited by hand and is never overwritten
(unless ``force``); every write is atomic; two runs at once are refused by a lock.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import secrets
import stat
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from . import briefing as md
from .config import SOURCE_SUFFIXES, Settings
from .errors import BriefingFormatError, BriefingsError, WriteError
from .ids import ascii_words

if TYPE_CHECKING:
    from .pipeline import Report

MAX_SLUG = 60


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


def _temp_file(path: Path) -> tuple[int, Path]:
    """Create ``.<name>.<random>.tmp`` beside ``path``, asking for mode 0o666 as an editor does: the
    umask (and a default ACL) then decide, where mkstemp's private 0o600 would survive the rename."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path.parent))


def atomic_write(path: Path, data: str | bytes, name: str | None = None) -> None:
    """Write via a temporary file in the same folder and rename: readers see old or new, never half.

    A new file gets the mode the umask gives (``0o666 & ~umask``); an existing file keeps its own
    mode, as an editor keeps it. Any OS failure (a full disk, a read-only folder) leaves the old
    file and no temporary file, and raises :class:`WriteError` naming ``name`` (default: ``path``).
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temp_file(path)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
            try:
                old_mode = stat.S_IMODE(os.stat(path).st_mode)
            except FileNotFoundError:
                old_mode = None
            if old_mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), old_mode)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(exc, OSError):
            raise WriteError(name or str(path), exc) from None
        raise


@contextmanager
def lock(folder: Path, name: str | None = None) -> Iterator[WriteError | None]:
    """Refuse a second concurrent run on the same folder (``.lock``, held while the run lasts).

    Yields None once locked, or the :class:`WriteError` that kept the folder or its lock file from
    being made (read-only, no permission, disk full): a run that cannot write there cannot clash
    with another one, but must stop before it writes (``name`` is the folder as shown to users).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fh = open(folder / ".lock", "a+")
    except OSError as exc:
        fault = WriteError(name or str(folder), exc)
    else:
        fault = None
    if fault is not None:
        yield fault
        return
    try:
        try:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # not POSIX: no lock, but still atomic writes
            pass
        except OSError:
            raise BriefingsError(f"{name or folder}: another 'briefings generate' is running (lock .lock)") from None
        yield None
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


def plan(settings: Settings, files: list[Path] | None, echo: Callable[[str], None],
         counts: "Report") -> tuple[list[tuple[Path, str]], dict[str, Stored], set[str]]:
    """Which sources need a briefing: ``(todo, stored briefings by source, slugs taken)``.

    An unchanged source (same bytes, same generator, no failed stage) is skipped and a hand-edited
    briefing kept (unless ``settings.force``); ``counts`` gets the unchanged, kept and failed.
    """
    for stale in settings.briefings.glob(".*.md.*.tmp"):  # left by a run that was killed mid-write
        try:
            stale.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only folder: the next run that can write cleans up
    stored, unreadable, counts.failed = index(settings, echo)
    taken = {p.stem for p in settings.briefings.glob("*.md")}
    todo: list[tuple[Path, str]] = []
    for path in (files if files is not None else sources(settings)):
        rel = settings.relative(path)
        old = stored.get(rel)
        try:
            digest = file_sha256(path)
        except OSError as exc:
            echo(f"error: {rel}: cannot read file ({exc.strerror or exc})")
            counts.failed += 1
            continue
        # a briefing made while a stage failed is retried on every run until it comes out whole
        fresh = (old is not None and old.meta.get("source_sha256") == digest
                 and old.meta.get("generator") == md.GENERATOR and not old.meta.get("warnings"))
        if old is not None and old.edited and not settings.force:
            counts.kept += 1
            if old.meta.get("source_sha256") != digest:
                echo(f"notice: {settings.relative(old.path)}: edited by hand, kept; its source {rel} has changed "
                     "since (regenerate with --force to replace your edit)")
            continue
        if fresh and not settings.force:
            counts.unchanged += 1
            continue
        todo.append((path, rel))
    return todo, stored, taken


def target(settings: Settings, stored: dict[str, Stored], taken: set[str], rel: str, title: str) -> Path:
    """The briefing file for source ``rel``: its existing one, else a new slug from the title."""
    old = stored.get(rel)
    if old is not None:
        return old.path
    slug = slugify(title)
    if slug in taken:
        slug = f"{slug[:MAX_SLUG - 7]}-{hashlib.sha1(rel.encode()).hexdigest()[:6]}"
    taken.add(slug)
    return settings.briefings / f"{slug}.md"


def read(path: Path) -> str | None:
    """A briefing's text, or None when it is gone or unreadable (then it is written anew)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def sources_phrase(n: int) -> str:
    return f"{n} source{'' if n == 1 else 's'}"
