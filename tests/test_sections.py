"""Sections: the source's category when it states one, else the shipped classifier's guess."""

from __future__ import annotations

from pathlib import Path

from helpers import PLAIN, SEED_LAYOUT

from generator import briefing as md
from generator import classify
from generator.ingest import from_text

SPORT = """Striker Scores Twice as United Win the Cup Final

The striker scored twice in the second half as United beat City 3-1 in the cup final at the stadium on Saturday.

The coach praised his players after the match, saying the team had defended well and the goalkeeper made two fine saves.

United now face a league game against the champions next week, with the title race still open.
"""

TECH = """New Phone Software Lets Users Block Spam Calls

The company released a software update for its mobile phones that uses the network to block spam calls and protect users' data.

Users can download the update from the online store; the firm said its computer servers would check numbers in real time.
"""


def article(text: str, name: str = "a.txt"):
    return from_text(text, name)


def test_stated_category_is_the_section():
    a = article(SEED_LAYOUT)
    assert a.categories == ["Energy", "Europe"]
    assert classify.section(a) == "Energy"


def test_classifier_names_the_section_of_plain_news():
    assert classify.section(article(SPORT)) == "sport"
    assert classify.section(article(TECH)) == "tech"


def test_not_confident_gives_world_or_other():
    # No word the classifier knows: every section equally likely, below the threshold.
    assert classify.guess("Xyzzy qwv plugh.") in (classify.WORLD, classify.OTHER)
    probs = classify.probabilities("Xyzzy qwv plugh.")
    assert abs(sum(probs.values()) - 1) < 1e-9 and set(probs) == set(classify.weights().classes)


def test_weights_header_says_how_they_were_made():
    import json
    from importlib import resources

    head = json.loads(resources.files("generator").joinpath("data/sections.json").read_text(encoding="utf-8"))
    assert head["command"].startswith("python train/sections.py") and "BBC" in head["data"]
    assert 0 < head["threshold"] < 1 and len(head["weights"]) <= 5000


def test_section_round_trips_and_hand_edit_wins(tmp_path: Path):
    from generator.config import Settings
    from generator.library import load

    from helpers import make_project

    root = make_project(tmp_path, seeds={"rail.txt": PLAIN})
    from generator.pipeline import generate

    generate(Settings(root=root), echo=lambda line: None)
    path = next((root / "briefings").glob("*.md"))
    text = path.read_text(encoding="utf-8")
    parts = md.split(text, "x")
    assert parts.meta["section"] and parts.meta["section"] == md.parse(text).section
    path.write_text(text.replace(f"section: {parts.meta['section']}", "section: Transport"), encoding="utf-8")
    (entry,), _ = load(Settings(root=root))
    assert entry.briefing.section == "Transport"


def test_briefing_without_section_gets_one_on_load(tmp_path: Path):
    from generator.config import Settings
    from generator.library import load
    from generator.pipeline import generate

    from helpers import make_project

    root = make_project(tmp_path, seeds={"match.txt": SPORT})
    generate(Settings(root=root), echo=lambda line: None)
    path = next((root / "briefings").glob("*.md"))
    path.write_text("\n".join(l for l in path.read_text(encoding="utf-8").splitlines() if not l.startswith("section:")) + "\n",
                    encoding="utf-8")
    (entry,), _ = load(Settings(root=root))
    assert entry.briefing.section == "sport"
