"""A stage that breaks on an article: a warning the user sees, or, under BRIEFINGS_STRICT=1, an error."""

from __future__ import annotations

import pytest

from generator import briefing as md
from generator.check import check_all
from generator.config import Settings
from generator.extract import actors, questions, quotes, summary
from generator.store import generate

from helpers import PLAIN, make_project


def _boom(*_args, **_kwargs):
    raise RuntimeError("rule exploded")


STAGES = {  # stage name -> (module, function), each made to raise in turn
    "actors": (actors, "extract"),
    "quotes": (quotes, "extract"),
    "actor ranking": (actors, "rank"),
    "summary": (summary, "extract"),
    "questions": (questions, "_candidates"),
}


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_failing_stage_is_an_error_when_strict(stage, extract_text, monkeypatch):
    monkeypatch.setenv("BRIEFINGS_STRICT", "1")
    module, name = STAGES[stage]
    monkeypatch.setattr(module, name, _boom)
    with pytest.raises(RuntimeError, match="rule exploded"):
        extract_text(PLAIN)


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_a_failing_stage_is_a_warning_and_the_other_sections_stay(stage, extract_text, monkeypatch):
    _, good = extract_text(PLAIN)
    assert good.warnings == []
    monkeypatch.setenv("BRIEFINGS_STRICT", "0")
    module, name = STAGES[stage]
    monkeypatch.setattr(module, name, _boom)
    _, x = extract_text(PLAIN)
    assert x.warnings and all("RuntimeError: rule exploded" in w for w in x.warnings), x.warnings
    assert all(w.startswith(stage) for w in x.warnings), x.warnings
    # the sections of the other stages are what they were without the failure
    if stage != "summary":
        assert [s.text for s in x.summary] == [s.text for s in good.summary]
    if stage not in ("quotes", "actors", "actor ranking"):
        assert [(q.text, q.speaker) for q in x.quotes] == [(q.text, q.speaker) for q in good.quotes]
    if stage == "quotes":  # the fallback keeps the quoted words, without speakers
        assert {q.text for q in x.quotes} >= {q.text for q in good.quotes if len(q.text) >= 8}
        assert x.quotes and all(q.speaker is None for q in x.quotes)
    if stage == "actors":  # the fallback keeps the named entities
        assert {a.name for a in x.actors} & {a.name for a in good.actors}


def test_a_failing_stage_shows_in_generate_the_briefing_and_check(tmp_path, monkeypatch):
    root = make_project(tmp_path / "p", seeds={"rail.txt": PLAIN})
    settings = Settings(root=root)
    monkeypatch.setenv("BRIEFINGS_STRICT", "0")
    monkeypatch.setattr(questions, "_candidates", _boom)
    lines: list[str] = []
    report = generate(settings, echo=lines.append)
    assert report.generated == 1 and report.warned == 1
    assert "1 with warnings" in report.summary_line()
    assert any(line.startswith("warning: ") and "rail.txt" in line and "questions" in line and "rule exploded" in line
               for line in lines), lines
    written = next((root / "briefings").glob("*.md")).read_text(encoding="utf-8")
    meta = md.split(written, "b.md").meta
    assert meta["warnings"] and "rule exploded" in meta["warnings"][0]
    problems, checked = check_all(settings)
    assert checked == 1 and any("failed stage" in p and "rule exploded" in p for p in problems), problems
    # the next run, with the rule mended, writes the briefing again without the warning
    monkeypatch.undo()
    monkeypatch.setenv("BRIEFINGS_STRICT", "0")
    again = generate(settings, echo=lines.append)
    assert again.generated == 1 and again.warned == 0
    assert "warnings" not in md.split(next((root / "briefings").glob("*.md")).read_text(encoding="utf-8"), "b.md").meta
    assert check_all(settings)[0] == []
