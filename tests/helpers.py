"""Tiny projects built from a dict of files (the mkdocs way), with the shipped mkdocs.yml and docs/."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SEED_LAYOUT = """Categories: Energy, Europe

Harbour Town Votes to Ban Cruise Ships From Its Old Port

The decision could cost the region millions in tourism revenue, critics warn.

Published by
Maria Lind

The council of Porto Velho voted on Tuesday to ban large cruise ships from its historic harbour, a move Mayor Ana Costa called “long overdue.”

“We cannot let our old town sink under the weight of day trippers,” Costa said after the vote.

Operators Push Back

The Cruise Lines Association said the ban was rushed. “Nobody asked us,” said its director, Pieter Jansen. He added that the association may challenge the ban in court.

Also Read: Ten Harbours Worth a Visit

It remains to be seen whether other ports will follow.

Maria Lind
Published by Maria Lind
"""

PLAIN = """Rail Union Calls Strike Over Pay Offer

Train drivers will strike for two days next month after rejecting a pay offer, their union said on Monday.

"This offer is an insult to every driver in the country," union leader Tom Baker told reporters.

The rail operator said talks could resume next week if the union suspends the strike.
"""

#: A second story naming people of SEED_LAYOUT and PLAIN, so they have actor pages (an actor gets
#: one when named in two briefings or more).
FOLLOW_UP = """Categories: Energy

Cruise Ban Upheld as Rail Strike Spreads

Mayor Ana Costa said on Friday that the cruise ship ban would stay, whatever the operators do.

"The harbour belongs to the town," Costa told the council.

Union leader Tom Baker said the rail strike would spread to the port's freight lines.
"""


def assert_registered(*kinds: str) -> None:
    """Each open-matter kind is a registered detector and listed by ``describe()``."""
    from generator.extract import open_matters

    registered, listing = {fn.kind for fn in open_matters.DETECTORS}, open_matters.describe()
    for kind in kinds:
        assert kind in registered, kind
        assert kind in listing, kind


def article(*paragraphs: str, title: str = "A fixture headline") -> str:
    """A fixture article: a headline and the given paragraphs, as plain text."""
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


#: Three paragraphs of an unrelated council meeting, put before a question fixture's sentence so that it is
#: neither the lead nor the only matter of its article.
FILLER = ("Rivertown council met on Monday to set its budget for the year.",
          "Councillors argued for three hours over parking charges.",
          "The meeting ended shortly before midnight.")


def make_project(root: Path, seeds: dict[str, str | bytes] | None = None, briefings: dict[str, str] | None = None) -> Path:
    """A project folder with mkdocs.yml, docs/ and the given seeds and briefings."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs")
    for folder, files in (("seeds", seeds or {}), ("briefings", briefings or {})):
        (root / folder).mkdir(exist_ok=True)
        for name, content in files.items():
            path = root / folder / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
    return root


def assert_offsets_hold(obj: dict, text: str) -> None:
    """The contract's offsets point at what they claim: summary and quote text, speaker mentions."""
    for s in obj["summary"]:
        assert text[s["start"]:s["end"]] == s["text"]
    for q in obj["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        if q["speaker_start"] is not None:
            assert 0 <= q["speaker_start"] < q["speaker_end"] <= len(text)


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (relative path -> bytes), for byte-for-byte comparisons."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def failing(real, after: int, exc: BaseException):
    """``real`` that works ``after`` times, then raises ``exc``: a disk that fills up, a Ctrl-C."""
    calls = 0

    def fake(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls > after:
            raise exc
        return real(*args, **kwargs)

    return fake


def os_error(code: int, filename: str | None = None) -> OSError:
    """The OSError the system raises for ``code`` (errno.ENOSPC...), with its usual message."""
    import os

    return OSError(code, os.strerror(code), filename) if filename else OSError(code, os.strerror(code))


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def mention_at(text: str, form: str, nth: int, label: str, votes: dict, **kw):
    """A hand-made actor mention (the actors stage's ``_M``) of the ``nth`` (from 0) occurrence of
    ``form`` in ``text``, for tests of the clustering rules."""
    from generator.extract import actors as A

    at = -1
    for _ in range(nth + 1):
        at = text.index(form, at + 1)
    return A._M(start=at, end=at + len(form), text=form, words=A._words(form), label=label, para=0,
                sent=kw.pop("sent", 0), votes=votes, surface=form, **kw)


def candidate_actors(parsed):
    """Every actor candidate the actors stage finds in a parsed article, before ranking."""
    from generator.extract import actors
    from generator.extract.analysis import analyse

    return actors.extract(analyse(parsed))


def keep_all():
    """A salience model that keeps every candidate (all weights and the cut zero)."""
    from generator.extract import actors

    return actors.SalienceModel(weights={f: 0.0 for f in actors.FEATURES}, intercept=0.0, key_cut=0.0)


def ranked_actors(parsed, weights=None):
    """The key actors of a parsed article, ranked by salience (``weights``: a model, or the shipped one)."""
    from generator.extract import actors

    acts = candidate_actors(parsed)
    actors.rank(acts, [], parsed, weights)
    return acts


def actor_names(acts) -> set[str]:
    """Every name and alias of ``acts``."""
    return {n for a in acts for n in [a.name, *a.aliases]}


def speaker_of(found, needle: str):
    """The speaker of the one quote in ``found`` whose text holds ``needle``."""
    hits = [q for q in found if needle in q.text]
    assert len(hits) == 1, [q.text for q in found]
    return hits[0].speaker
