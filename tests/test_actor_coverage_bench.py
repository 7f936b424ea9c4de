"""bench/actor_coverage.py (issue #17): the summary's names are cleaned of what is not a name, and a
candidate the rules drop is counted under the kind of rule that dropped it.

Fixture names and texts are invented.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.extract import actors
from generator.model import Actor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import actor_coverage  # noqa: E402  (bench/ is a folder of scripts, not a package)


def test_a_dash_run_on_and_a_hyphenated_modifier_are_not_part_of_a_summary_name():
    assert actor_coverage.clean_name("Tamsin Orrey - the") == "Tamsin Orrey"
    assert actor_coverage.clean_name("Varnholt Drilling Harbourside-based") == "Varnholt Drilling"
    assert actor_coverage.clean_name("Westby-born") == ""
    # a hyphen inside a name is the name's
    assert actor_coverage.clean_name("Tamsin Orrey-Vale") == "Tamsin Orrey-Vale"
    assert actor_coverage.clean_name("The Quell-Marten Trust 45") == "Quell-Marten Trust"


def _candidate(name: str, typ: str, **flags) -> Actor:
    a = Actor(name=name, type=typ, mentions=1, id=name.lower())
    m = actors._M(start=0, end=len(name), text=name, words=tuple(name.lower().split()), label="ORG", para=0, sent=0,
                  **flags)
    a._ms = [m]  # type: ignore[attr-defined]
    return a


def test_a_dropped_candidate_is_counted_under_the_kind_of_rule_that_dropped_it():
    kind = actor_coverage.filter_kind
    assert kind(_candidate("Quellby Herald", "organization"), ["_reporting_outlet"]) == "outlet"
    assert kind(_candidate("Quellby Cup", "organization"), ["_contest", "_venue"]) == "work"  # the first that fired
    assert kind(_candidate("Marten Lane", "organization", work=True), []) == "work"
    assert kind(_candidate("Westby", "place"), []) == "setting"
    assert kind(_candidate("Varnholt", "organization", weak=True), []) == "modifier"
    assert set(actor_coverage.FILTER_KINDS.values()) <= set(actor_coverage.FILTER_GROUPS)
    assert all(hasattr(actors, f) for f in actor_coverage.FILTER_KINDS)  # the spied rules still exist


def test_the_summarys_collectives_are_its_group_nouns_outside_names(nlp):
    rdoc = nlp("Dock workers at Westby walked out on Monday. Harbour Workers Guild leaders met the board. "
               "The workers want a pay rise.")
    article = "Striking dock workers walked out at Westby. The union's leaders met the board."
    found = actor_coverage.summary_collectives(rdoc, article, {"workers", "leaders", "police"})
    assert found == {"workers": True, "leaders": False}  # workers twice (central), leaders once; no police
    assert actor_coverage.collective_of({"striking dock workers"}, "workers")
    assert not actor_coverage.collective_of({"workers guild"}, "worker")
