"""The learned speaker ranker: its weights file, its choice rule, and its hook in the quote stage.

Every fixture text here is written for these tests (no third-party article text).
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from generator.extract import quotes_core, speaker_model
from generator.extract.analysis import analyse


@pytest.fixture()
def quotes_with(parse_text, monkeypatch):
    """``quotes_with(body, model) -> (text, quotes)``: the quote stage with ``model`` as its ranker
    (``None``: the rules alone)."""

    def _run(body: str, model: speaker_model.Model | None):
        monkeypatch.setenv(speaker_model.WEIGHTS_ENV, "off")
        monkeypatch.setattr(quotes_core._Article, "ranker", model)
        parsed = parse_text(f"A Headline For The Test\n\n{body}\n")
        found, _ = quotes_core.extract_all(analyse(parsed))
        return parsed.article.text, found

    return _run


def _model(**weights: float) -> speaker_model.Model:
    assert set(weights) <= set(speaker_model.FEATURES)
    return speaker_model.Model(weights=weights)


def test_weights_file_names_every_feature_and_says_how_it_was_made():
    raw = resources.files("generator").joinpath("data/speaker_weights.json").read_text(encoding="utf-8")
    head = json.loads(raw)
    assert set(head["weights"]) == set(speaker_model.FEATURES)
    assert head["margin"] >= 0 and "train/speaker_model.py" in head["command"]
    assert head["cross_validation"]["by"] == "article"
    assert raw == json.dumps(head, indent=2, sort_keys=True) + "\n"  # sorted keys: byte-stable output


class _Keys:
    """A stand-in for :class:`speaker_model.Context` where every mention is its own entity."""

    @staticmethod
    def key(m):
        return m


def test_rules_choice_stands_unless_outscored_by_the_margin():
    cands = [speaker_model.Candidate((0, 1), "Rule", {"rule_after": 1.0}),
             speaker_model.Candidate((0, 5), "Other", {"person": 1.0})]
    model = speaker_model.Model(weights={"rule_after": 1.0, "person": 2.0}, margin=1.5)
    assert speaker_model.choose(model, cands, (0, 1), _Keys(), "after") == (0, 1)  # 2 < 1 + 1.5
    model.margin = 0.5
    assert speaker_model.choose(model, cands, (0, 1), _Keys(), "after") == (0, 5)
    # a kind of rule choice the model may not overrule stands whatever the scores
    model.overrule = frozenset({"last"})
    assert speaker_model.choose(model, cands, (0, 1), _Keys(), "after") == (0, 1)
    # no rule choice: the best candidate only when the model fills such quotes
    assert speaker_model.choose(model, cands, None, _Keys()) == (0, 5)
    model.fill = False
    assert speaker_model.choose(model, cands, None, _Keys()) is None


def test_according_to_never_replaces_a_quotes_own_speaker():
    cands = [speaker_model.Candidate((0, 1), "Ann Lee", {"rule_after": 1.0}),
             speaker_model.Candidate((0, 9), "the Courier", {"according_same": 1.0})]
    model = speaker_model.Model(weights={"rule_after": 1.0, "according_same": 5.0}, margin=0.5)
    assert speaker_model.choose(model, cands, (0, 1), _Keys(), "after") == (0, 1)
    # with no speaker of its own the quote may still go to the source "according to" names
    assert speaker_model.choose(model, cands, None, _Keys()) == (0, 9)


def test_the_one_spoken_to_in_the_quotes_sentence_is_never_picked():
    # "“…,” he told Radio Harbour": however the weights score the listener, it is not the speaker
    cands = [speaker_model.Candidate((0, 1), "Rule", {"rule_after": 1.0}),
             speaker_model.Candidate((0, 7), "Radio Harbour", {"listener_same": 1.0, "org": 1.0}),
             speaker_model.Candidate((0, 12), "Ann Lee", {"listener_prev": 1.0, "person": 1.0})]
    model = speaker_model.Model(weights={"rule_after": 1.0, "listener_same": 9.0, "org": 1.0, "person": 2.0})
    assert speaker_model.choose(model, cands, (0, 1), _Keys(), "after") == (0, 12)
    assert speaker_model.choose(model, cands, None, _Keys()) == (0, 12)
    # the only other candidate a listener: the rules' choice stands, and nobody fills a quote the rules left
    only = cands[:2]
    assert speaker_model.choose(model, only, (0, 1), _Keys(), "after") == (0, 1)
    assert speaker_model.choose(model, only[1:], None, _Keys()) is None


def test_candidates_describe_speaker_and_listener(quotes_with, monkeypatch):
    seen = []
    monkeypatch.setattr(quotes_core._Article, "observe",
                        lambda self, p, cands, rule, how: seen.append((cands, rule, how)), raising=False)
    quotes_with("“The harbour will reopen in June,” Maria Lopez told the Coastal Herald on Monday.",
                speaker_model.Model(weights={}, enabled=False))
    (cands, rule, how), = seen
    by_name = {c.name: c.feats for c in cands}
    assert how == "after" and rule is not None
    assert by_name["Maria Lopez"].get("speech_subj_same") == 1 and by_name["Maria Lopez"].get("rule_after") == 1
    herald = next(f for n, f in by_name.items() if n and "Herald" in n)
    assert herald.get("listener_same") == 1 and "rule_after" not in herald


def test_ranker_can_overrule_the_rules(quotes_with):
    body = "“The harbour will reopen in June,” Maria Lopez of the Coastal Harbour Trust said on Monday."
    _, rules = quotes_with(body, None)
    assert rules[0].speaker == "Maria Lopez"
    # a (deliberately wrong) model that prefers organisations moves the quote to the trust
    text, ranked = quotes_with(body, _model(org=5.0))
    assert "Trust" in ranked[0].speaker and "Trust" in text[ranked[0].speaker_start:ranked[0].speaker_end]


def test_env_off_leaves_the_rules_alone(parse_text, monkeypatch):
    monkeypatch.setenv(speaker_model.WEIGHTS_ENV, "off")
    assert speaker_model.shipped() is None
    monkeypatch.delenv(speaker_model.WEIGHTS_ENV)
    model = speaker_model.shipped()
    assert model is not None or not json.loads(resources.files("generator").joinpath(
        "data/speaker_weights.json").read_text(encoding="utf-8"))["enabled"]


def test_a_continued_quote_follows_the_rankers_choice_for_its_unit(quotes_with):
    body = ("Maria Lopez of the Coastal Harbour Trust said on Monday: “The harbour will reopen in June.\n\n"
            "“Boats will be back on the water by July.”")
    _, rules = quotes_with(body, None)
    assert [q.speaker for q in rules] == ["Maria Lopez", "Maria Lopez"]
    # whoever the ranker puts in the rules' place for the opening piece speaks the rest of the quote
    # too, even where it may not overrule the rules' choice for the rest ("unit") itself
    model = speaker_model.Model(weights={"org": 5.0}, overrule=frozenset({"before", "previous"}))
    _, ranked = quotes_with(body, model)
    assert "Trust" in ranked[0].speaker and ranked[1].speaker == ranked[0].speaker
    # also when the piece that attributes the quote comes last
    body = ("On Monday the harbour was quiet. “The harbour will reopen in June.\n\n"
            "“Boats will be back on the water by July,” said Maria Lopez of the Coastal Harbour Trust.")
    _, rules = quotes_with(body, None)
    assert [q.speaker for q in rules] == ["Maria Lopez", "Maria Lopez"]
    _, ranked = quotes_with(body, speaker_model.Model(weights={"org": 5.0}, overrule=frozenset({"after"})))
    assert "Trust" in ranked[1].speaker and ranked[0].speaker == ranked[1].speaker


def test_training_leaves_gold_devs_polnear_articles_out():
    import importlib.util
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root / "train"))
    spec = importlib.util.spec_from_file_location("train_speaker_model", root / "train" / "speaker_model.py")
    trainer = importlib.util.module_from_spec(spec)
    sys.modules["train_speaker_model"] = trainer
    spec.loader.exec_module(trainer)
    assert not trainer.gold_in_fit("polnear__some-outlet_2016-01-01_a-story")
    assert trainer.gold_in_fit("bbc__politics_001") and trainer.gold_in_fit("cnndm__dm-test-0a1b")
