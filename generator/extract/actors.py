"""Key actors (placeholder v0: spaCy entities, to be replaced)."""

from __future__ import annotations

import re
import unicodedata

from ..model import Actor, Mention, ParsedArticle, Quote

TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group"}


def actor_id(name: str) -> str:
    """A stable, URL-safe id for an actor name ("Volodymyr Zelensky" -> "volodymyr-zelensky")."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "actor"


def extract(parsed: ParsedArticle) -> list[Actor]:
    by_name: dict[str, Actor] = {}
    for pp in parsed.paragraphs:
        for ent in pp.doc.ents:
            if ent.label_ not in TYPES:
                continue
            actor = by_name.setdefault(ent.text, Actor(name=ent.text, type=TYPES[ent.label_], id=actor_id(ent.text)))
            actor.mentions += 1
            actor.spans.append(Mention(pp.offset + ent.start_char, pp.offset + ent.end_char, ent.text))
    return sorted(by_name.values(), key=lambda a: (-a.mentions, a.name))[:10]


def rank(actors: list[Actor], quotes: list[Quote], parsed: ParsedArticle) -> None:
    """Order actors by salience, in place (v0: keeps the mention order)."""
