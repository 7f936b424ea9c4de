"""The run, as numbered steps: plan, read, parse, extract, render, write.

:func:`generate` brings ``briefings/`` up to date: (1) :func:`store.plan` says which sources
need a briefing, (2) each is read (:mod:`.ingest`), (3) parsed in batches (:mod:`.nlp`, in
worker processes with ``--jobs``), (4) extracted (:mod:`.extract`), (5) rendered to Markdown
(:mod:`.briefing`) and (6) written atomically (:mod:`.store`) as soon as its batch is done, so a
stopped run keeps its work. :func:`stream` (steps 2-4) is the one place where the language model
meets the articles; ``briefings extract``, ``generate`` and the MkDocs plugin all go through it.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import briefing as md
from . import classify, nlp, store
from .config import Settings
from .errors import BriefingsError, InputError, Interrupted, Stopped, WriteError
from .extract import extract
from .extract.stages import strict
from .ids import actor_id
from .ingest import read_article
from .model import Article, Briefing, Extraction

CHUNK = 16  # articles per parallel work unit: big enough to batch, small enough to balance


@dataclass
class Result:
    """The outcome for one source file: an article and its extraction, or an error line."""

    file: str
    article: Article | None = None
    extraction: Extraction | None = None
    error: str | None = None


def _analyse_chunk(args: tuple[list[Article], str]) -> list[tuple[Extraction | None, str | None]]:
    articles, model = args
    language = nlp.load(model)
    out: list[tuple[Extraction | None, str | None]] = []
    for parsed in nlp.parse(articles, language):
        try:
            out.append((extract(parsed), None))
        except Exception as exc:  # one bad article must not stop the run (each stage is guarded; this is the last net)
            if strict():
                raise
            out.append((None, f"{parsed.article.path}: extraction failed ({type(exc).__name__}: {exc})"))
    return out


def _ignore_interrupt() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it stops the pool), not a traceback per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks_analysed(articles: Sequence[Article], model: str, jobs: int
                     ) -> Iterator[list[tuple[Extraction | None, str | None]]]:
    """Each chunk's extractions as soon as it is done, in input order; ``jobs`` > 1 uses worker
    processes (closing the iterator early cancels the chunks not started)."""
    if not articles:
        return
    nlp.load(model)  # load once here: forked workers share it
    chunks = [list(articles[i:i + CHUNK]) for i in range(0, len(articles), CHUNK)]
    if jobs > 1 and len(chunks) > 1 and "fork" in multiprocessing.get_all_start_methods():
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_ignore_interrupt)
        try:
            yield from pool.map(_analyse_chunk, [(c, model) for c in chunks])
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
    else:
        for chunk in chunks:
            yield _analyse_chunk((chunk, model))


def read_all(paths: Iterable[tuple[Path, str]]) -> Iterator[Result]:
    """Read each ``(path, display name)``; unreadable files become error results."""
    for path, name in paths:
        try:
            yield Result(file=name, article=read_article(path, name))
        except BriefingsError as exc:
            yield Result(file=name, error=str(exc))


def stream(paths: Iterable[tuple[Path, str]], model: str = "", jobs: int = 1,
           progress: Callable[[int], None] | None = None) -> Iterator[Result]:
    """Read and analyse files; every input gives one :class:`Result`, in order, as soon as its chunk
    is analysed: a caller can write results before the rest is done (a stopped run keeps them)."""
    results = list(read_all(paths))
    readable = [i for i, r in enumerate(results) if r.article is not None]
    given = filled = 0
    with closing(_chunks_analysed([results[i].article for i in readable], model, jobs)) as chunks:
        for chunk_results in chunks:
            for extraction, error in chunk_results:
                r = results[readable[filled]]
                r.extraction, r.error = extraction, error
                if extraction is not None and r.article is not None:  # a stage that failed is the user's to see
                    r.article.warnings.extend(f"{r.article.path}: {w}" for w in extraction.warnings)
                filled += 1
            if progress:
                progress(len(chunk_results))
            upto = readable[filled - 1] + 1
            yield from results[given:upto]
            given = upto
    yield from results[given:]


def run(paths: Iterable[tuple[Path, str]], model: str = "", jobs: int = 1,
        progress: Callable[[int], None] | None = None) -> list[Result]:
    """Read and analyse files; every input gives one :class:`Result`, in order."""
    return list(stream(paths, model, jobs, progress))


# --- the generate run -------------------------------------------------------------------------

@dataclass
class Report:
    generated: int = 0
    unchanged: int = 0
    kept: int = 0
    failed: int = 0
    warned: int = 0  # briefings written although a stage failed on their source
    not_done: int = 0  # sources left for the next run by a run that stopped or was interrupted
    seconds: float = 0.0
    written: list[str] = field(default_factory=list)

    def summary_line(self) -> str:
        warned = f", {self.warned} with warnings" if self.warned else ""
        left = f", {self.not_done} not done" if self.not_done else ""
        return (f"{self.generated} generated, {self.unchanged} unchanged, {self.kept} kept (edited), "
                f"{self.failed} failed{warned}{left} in {self.seconds:.1f} s")


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

    def end(self) -> None:
        """End the bar's line when the run stopped short of the total (before its error line)."""
        if self.enabled and 0 < self.done < self.total:
            sys.stderr.write("\n")


def to_briefing(article: Article, extraction: Extraction, slug: str, source: str, generated: str | None = None) -> Briefing:
    for actor in extraction.actors:
        actor.id = actor.id or actor_id(actor.name)
    return Briefing(slug=slug, title=article.title, source=source, source_sha256=article.sha256, dek=article.dek,
                    published=article.published, authors=list(article.authors), categories=list(article.categories),
                    section=classify.section(article),
                    url=article.url, publisher=article.publisher, standfirst=extraction.standfirst,
                    generator=md.GENERATOR, generated=generated, summary=extraction.summary, actors=extraction.actors,
                    quotes=extraction.quotes, reported=extraction.reported, questions=extraction.questions,
                    warnings=list(extraction.warnings))


def render(article: Article, extraction: Extraction, slug: str, source: str, generated: str | None = None) -> str:
    """The briefing file for one analysed article."""
    b = to_briefing(article, extraction, slug, source, generated)

    return md.dump(b, article.paragraph_number)


def generate(settings: Settings, files: list[Path] | None = None, progress: bool = False,
             echo: Callable[[str], None] = print) -> Report:
    """Bring ``briefings/`` up to date with ``seeds/`` (or with ``files``).

    A fault that every later write would hit too (disk full, read-only or forbidden folder) raises
    :class:`Stopped`, Ctrl-C raises :class:`Interrupted`; both carry the report so far. Either way
    every briefing is old or new, never half, and the next run goes on from there.
    """
    started = time.perf_counter()
    report = Report()
    try:
        _generate(settings, files, progress, echo, report)
    except KeyboardInterrupt:
        report.seconds = time.perf_counter() - started
        raise Interrupted(report) from None
    except Stopped:
        report.seconds = time.perf_counter() - started
        raise
    report.seconds = time.perf_counter() - started
    return report


def _generate(settings: Settings, files: list[Path] | None, progress: bool, echo: Callable[[str], None],
              report: Report) -> None:
    with store.lock(settings.briefings, settings.relative(settings.briefings)) as unwritable:
        # 1. Plan: which sources need a briefing (unchanged ones skipped, hand edits kept).
        todo, stored, taken = store.plan(settings, files, echo, report)
        report.not_done = len(todo)
        if todo and unwritable is not None:
            raise Stopped(f"{unwritable}; stopped: {store.sources_phrase(len(todo))} not briefed", report)
        bar = Progress(len(todo), progress)
        try:
            # 2. Read, 3. parse and 4. extract, chunk by chunk (in worker processes with --jobs).
            with closing(stream(todo, model=settings.model_name(), jobs=settings.jobs, progress=bar)) as results:
                # 5. Render and 6. write each briefing as its chunk is done.
                for result in results:
                    _write(settings, result, stored, taken, echo, report)
        finally:
            bar.end()


def _write(settings: Settings, result: Result, stored: dict[str, store.Stored], taken: set[str],
           echo: Callable[[str], None], report: Report) -> None:
    """Render one analysed source's briefing and write it, atomically, unless it is unchanged."""
    article, rel = result.article, result.file
    if result.error or article is None or result.extraction is None:
        echo(f"error: {result.error}")
        report.failed += 1
        report.not_done -= 1
        return
    for warning in article.warnings:
        echo(f"warning: {warning}")
    if result.extraction.warnings:
        report.warned += 1
    path = store.target(settings, stored, taken, rel, article.title)
    b = to_briefing(article, result.extraction, path.stem, rel)
    old = stored.get(rel)
    if old is not None:
        b.generated = str(old.meta.get("generated") or "") or None
        if md.dump(b, article.paragraph_number) == store.read(path):
            report.unchanged += 1  # same briefing as before: keep it, and its generation date
            report.not_done -= 1
            return
    b.generated = store.today()
    text = md.dump(b, article.paragraph_number)
    try:
        store.atomic_write(path, text, settings.relative(path))
    except WriteError as exc:
        if exc.folder_wide:  # every later briefing would fail the same way: stop, keep what is written
            raise Stopped(f"{exc}; stopped: {store.sources_phrase(report.not_done)} not briefed", report) from None
        echo(f"error: {exc}")
        report.failed += 1
    else:
        report.generated += 1
        report.written.append(settings.relative(path))
    report.not_done -= 1  # (an interrupt or a stop above leaves this source not done)


def contract(result: Result) -> dict[str, Any]:
    """The extraction contract: one JSON object per input file."""
    if result.error or result.article is None or result.extraction is None:
        return {"file": result.file, "error": result.error or "unknown error"}
    a, x = result.article, result.extraction
    return {"file": result.file, "text": a.text, "title": a.title, "dek": a.dek, "authors": list(a.authors),
            "published": a.published, "categories": list(a.categories), "section": classify.section(a),
            "summary": [s.contract() for s in x.summary],
            "actors": [actor.contract() for actor in x.actors],
            "quotes": [q.contract() for q in x.quotes],
            "reported": [r.contract() for r in x.reported],
            "questions": [q.contract() for q in x.questions]}


__all__ = ["Report", "Result", "contract", "generate", "read_all", "render", "run", "stream",
           "InputError"]
