"""Property-based tests: any input to the readers, any briefing through the Markdown round trip,
and generated articles through the whole pipeline into a strict site build."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator import briefing as md
from generator.config import Settings
from generator.errors import InputError
from generator.ingest import read_article
from generator.model import ACTOR_TYPES, Actor, Briefing, Question, Quote, Reported, Sentence
from generator.store import generate

from helpers import make_project

# Text with everything that means something to Markdown, HTML, YAML, Jinja or our own format.
TRICKY = "“”‘’\"'«»*_[]()#<>&{}!|`~-:;.,?/\\¶·—=+%@^$ \t"
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(list(TRICKY)),
                min_size=1, max_size=60)
name = st.from_regex(r"\A[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}\Z")
para_text = st.text(alphabet=st.sampled_from(list("abcdefghij ABCDE0123456789") + list(TRICKY.replace("\t", ""))),
                    min_size=5, max_size=120).map(lambda s: s.replace("\n", " ").strip()).filter(lambda s: len(s) >= 5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400) | words.map(lambda s: s.encode("utf-8")), suffix=st.sampled_from([".txt", ".md"]))
def test_readers_take_any_bytes(tmp_path, content, suffix):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(content)
    try:
        article = read_article(path)
    except InputError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return
    last = -1
    for p in article.paragraphs:
        chunk = article.text[p.start:p.end]
        assert 0 <= p.start < p.end <= len(article.text) and p.start >= last
        assert chunk.strip() == chunk or p.kind == "heading"
        last = p.end
    assert article.body()


@st.composite
def briefings(draw):
    paragraphs = draw(st.lists(para_text, min_size=2, max_size=6))
    source = "Headline\n\n" + "\n\n".join(paragraphs) + "\n"

    def span():
        i = draw(st.integers(0, len(paragraphs) - 1))
        start = source.index(paragraphs[i])
        a = draw(st.integers(start, start + len(paragraphs[i]) - 1))
        b = draw(st.integers(a + 1, start + len(paragraphs[i])))
        assume(source[a:b].strip())
        return a, b

    def sentence():
        a, b = span()
        return Sentence(source[a:b], a, b)

    def quote():
        a, b = span()
        speaker = draw(st.none() | name)
        sp = span() if speaker and draw(st.booleans()) else (None, None)
        return Quote(source[a:b], a, b, speaker=speaker, speaker_start=sp[0], speaker_end=sp[1],
                     cue=draw(st.none() | st.sampled_from(["said", "told", "noted"])))

    def reported():
        a, b = span()
        return Reported(source[a:b], a, b, speaker=draw(name), cue=draw(st.none() | st.sampled_from(["said", "stated"])))

    def question():
        a, b = span()
        text = draw(para_text).rstrip("?") + "?"
        return Question(text, a, b)

    actors = [Actor(name=n, type=draw(st.sampled_from(ACTOR_TYPES)),
                    role=draw(st.none() | st.from_regex(r"\A[A-Za-z][A-Za-z .,'’-]{0,30}[A-Za-z.]\Z")),
                    aliases=draw(st.lists(name, max_size=2, unique=True).map(lambda xs: [x for x in xs if x != n])),
                    mentions=draw(st.integers(0, 50)), id=md_id(n))
              for n in draw(st.lists(name, max_size=4, unique=True))]
    b = Briefing(slug="s", title=draw(words.filter(lambda t: t.strip())), source="seeds/x.txt", source_sha256="0" * 64,
                 dek=draw(st.none() | words), published=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
                 authors=draw(st.lists(name, max_size=2)), categories=draw(st.lists(name, max_size=2)),
                 standfirst=draw(words), generator=md.GENERATOR,
                 summary=[sentence() for _ in range(draw(st.integers(0, 3)))], actors=actors,
                 quotes=[quote() for _ in range(draw(st.integers(0, 3)))],
                 reported=[reported() for _ in range(draw(st.integers(0, 2)))],
                 questions=[question() for _ in range(draw(st.integers(0, 3)))])
    return b, source


def md_id(name_: str) -> str:
    from generator.ids import actor_id

    return actor_id(name_)


@settings(max_examples=200, deadline=None)
@given(case=briefings())
def test_briefing_markdown_round_trip(case):
    b, source = case
    text = md.dump(b, lambda offset: 1)
    back = md.parse(text, "briefings/s.md", source=source, slug="s")
    for field in ("title", "dek", "published", "authors", "categories", "standfirst", "summary", "quotes",
                  "reported", "questions"):
        want, got = getattr(b, field), getattr(back, field)
        if field in ("title", "dek", "standfirst"):  # single-line fields: whitespace runs become one space
            want = md.one_line(want) or (None if field == "dek" else "") if want is not None else None
        elif field in ("authors", "categories"):
            want = [md.one_line(x) for x in want]
        elif field == "questions":  # generated text, written on one line: whitespace runs become one space
            want = [type(q)(md.one_line(q.text), q.start, q.end) for q in want]
        assert got == want, (field, got, want)
    # an actor line is one line: whitespace runs in a role become one space
    role = lambda r: md.one_line(r) if r else r  # noqa: E731
    assert [(a.name, a.type, role(a.role), a.aliases, a.mentions, a.id) for a in back.actors] == \
           [(a.name, a.type, role(a.role), a.aliases, a.mentions, a.id) for a in b.actors]
    assert not md.split(text, "x").edited


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(articles=st.lists(st.tuples(para_text, st.lists(para_text, min_size=1, max_size=4)), min_size=1, max_size=3))
def test_generated_articles_build_a_strict_site(nlp, articles):
    with tempfile.TemporaryDirectory() as tmp:
        # Body paragraphs end as sentences do (a short line without end punctuation is a sub-heading).
        seeds = {f"a{i}.txt": f"Headline {i} {title}\n\n" + "\n\n".join(f"{p} said the mayor." for p in body) + "\n"
                 for i, (title, body) in enumerate(articles)}
        root = make_project(Path(tmp) / "p", seeds=seeds)
        report = generate(Settings(root=root), echo=lambda s: None)
        assert report.failed == 0 and report.generated == len(articles)
        for path in (root / "briefings").glob("*.md"):
            text = path.read_text(encoding="utf-8")
            source = (root / md.split(text, path.name).meta["source"]).read_text(encoding="utf-8")
            back = md.parse(text, path.name, source=source)
            assert back.title.startswith("Headline")
            assert all(source[q.start:q.end] == q.text for q in back.quotes + back.summary)
        done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=root, capture_output=True,
                              text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        assert done.returncode == 0, done.stderr


def test_question_whitespace_runs_become_one_space_on_the_page():
    """Found by the round-trip property: a question is generated text written on one line."""
    from generator.model import Briefing, Question

    b = Briefing(slug="s", title="T", source="seeds/x.txt", source_sha256="0" * 64, generator=md.GENERATOR,
                 questions=[Question("Will  the  talks\nresume?", 0, 5)])
    back = md.parse(md.dump(b, lambda offset: 1), "briefings/s.md", source="Talks may resume.", slug="s")
    assert [q.text for q in back.questions] == ["Will the talks resume?"]
