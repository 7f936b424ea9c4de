"""The run: read sources, parse them in batches (optionally in parallel), extract, and hand on.

``analyse`` is the one place where the language model meets the articles; the CLI's
``extract`` and ``generate`` and the MkDocs plugin all go through it.
"""

from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import nlp
from .errors import BriefingsError, InputError
from .extract import extract
from .extract.stages import strict
from .ingest import read_article
from .model import Article, Extraction

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


def analyse(articles: Sequence[Article], model: str = "", jobs: int = 1,
            progress: Callable[[int], None] | None = None) -> list[tuple[Extraction | None, str | None]]:
    """Parse and extract every article, in input order; ``jobs`` > 1 uses worker processes."""
    results: list[tuple[Extraction | None, str | None]] = []
    for chunk_results in _chunks_analysed(articles, model, jobs):
        results.extend(chunk_results)
        if progress:
            progress(len(chunk_results))
    return results


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


def contract(result: Result) -> dict[str, Any]:
    """The extraction contract: one JSON object per input file."""
    if result.error or result.article is None or result.extraction is None:
        return {"file": result.file, "error": result.error or "unknown error"}
    a, x = result.article, result.extraction
    return {"file": result.file, "text": a.text, "title": a.title, "dek": a.dek, "authors": list(a.authors),
            "published": a.published, "categories": list(a.categories),
            "summary": [s.contract() for s in x.summary],
            "actors": [actor.contract() for actor in x.actors],
            "quotes": [q.contract() for q in x.quotes],
            "questions": [q.contract() for q in x.questions]}


__all__ = ["Result", "analyse", "contract", "read_all", "run", "stream", "InputError"]
