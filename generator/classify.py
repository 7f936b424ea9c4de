"""A briefing's section: the source's own category when it states one, else a trained guess.

The guess is a small linear text classifier over lower-cased words (``data/sections.json``,
trained by ``train/sections.py`` on the BBC News Summary articles: business, entertainment,
politics, sport, tech). The runtime only reads the weights and computes ``softmax(W · x + b)``;
no training library is imported. Below the confidence threshold written with the weights, the
answer is "world" when politics is the best guess (public affairs outside the five sections, as
international news mostly is) and "other" otherwise.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from .model import Article

WORLD, OTHER = "world", "other"
MIN_WORDS = 20  # fewer known words than this is too little text to tell (the biases alone would decide)


@dataclass(frozen=True)
class Weights:
    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, list[float]]
    features: str  # "counts" or "log1p_l2"
    threshold: float
    tokens: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def weights() -> Weights:
    """The shipped weights, read once."""
    data = json.loads(resources.files(__package__).joinpath("data/sections.json").read_text(encoding="utf-8"))
    return Weights(tuple(data["classes"]), tuple(data["bias"]), data["weights"], data["features"],
                   float(data["threshold"]), re.compile(data["tokens"]))


def known_words(text: str) -> Counter[str]:
    """The words of ``text`` the classifier has weights for, counted."""
    w = weights()
    return Counter(t for t in w.tokens.findall(text.lower()) if t in w.weights)


def probabilities(text: str, counts: Counter[str] | None = None) -> dict[str, float]:
    """Each trained section's probability for ``text`` (``counts``: its :func:`known_words`, if known)."""
    w = weights()
    counts = known_words(text) if counts is None else counts
    if w.features == "log1p_l2":
        x = {t: math.log1p(n) for t, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in x.values())) or 1.0
        x = {t: v / norm for t, v in x.items()}
    else:
        x = {t: float(n) for t, n in counts.items()}
    scores = list(w.bias)
    for t in sorted(x):  # a fixed order: the same sums, bit for bit
        for i, c in enumerate(w.weights[t]):
            scores[i] += c * x[t]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(w.classes, exp)}


def guess(text: str) -> str:
    """The trained section for ``text``, or "world"/"other" when the classifier is not confident
    (or the text has too few words it knows)."""
    counts = known_words(text)
    probs = probabilities(text, counts)
    best = max(probs, key=lambda c: (probs[c], c))
    if probs[best] >= weights().threshold and sum(counts.values()) >= MIN_WORDS:
        return best
    return WORLD if best == "politics" else OTHER


def article_text(article: Article) -> str:
    """What the classifier reads: the headline and the story paragraphs."""
    return "\n".join([article.title, *(article.text[p.start:p.end] for p in article.body())])


def section(article: Article) -> str:
    """The source's first category when it states one, else :func:`guess` on its text."""
    for c in article.categories:
        if c.strip():
            return " ".join(c.split())
    return guess(article_text(article))
