"""The run: read sources, parse them in batches (optionally in parallel), extract, and hand on.

``analyse`` is the one place where the language model meets the articles; the CLI's
``extract`` and ``generate`` and the MkDocs plugin all go through it.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
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


def analyse(articles: Sequence[Article], model: str = "", jobs: int = 1,
            progress: Callable[[int], None] | None = None) -> list[tuple[Extraction | None, str | None]]:
    """Parse and extract every article, in input order; ``jobs`` > 1 uses worker processes."""
    if not articles:
        return []
    nlp.load(model)  # load once here: forked workers share it
    chunks = [list(articles[i:i + CHUNK]) for i in range(0, len(articles), CHUNK)]
    results: list[tuple[Extraction | None, str | None]] = []
    if jobs > 1 and len(chunks) > 1 and "fork" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as pool:
            for chunk_results in pool.map(_analyse_chunk, [(c, model) for c in chunks]):
                results.extend(chunk_results)
                if progress:
                    progress(len(chunk_results))
    else:
        for chunk in chunks:
            chunk_results = _analyse_chunk((chunk, model))
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


def run(paths: Iterable[tuple[Path, str]], model: str = "", jobs: int = 1,
        progress: Callable[[int], None] | None = None) -> list[Result]:
    """Read and analyse files; every input gives one :class:`Result`, in order."""
    results = list(read_all(paths))
    good = [r for r in results if r.article is not None]
    for r, (extraction, error) in zip(good, analyse([r.article for r in good], model, jobs, progress)):
        r.extraction, r.error = extraction, error
        if extraction is not None and r.article is not None:  # a stage that failed is the user's to see
            r.article.warnings.extend(f"{r.article.path}: {w}" for w in extraction.warnings)
    return results


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
            "reported": [r.contract() for r in x.reported],
            "questions": [q.contract() for q in x.questions]}


__all__ = ["Result", "analyse", "contract", "read_all", "run", "InputError"]
