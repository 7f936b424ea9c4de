"""Key actors on unseen articles (issue #17): organisations that act through their people or
through descriptions ("a Calder Bank spokesman said", "the agency said"), acronyms spelt with an
abbreviation, and described groups that act and speak.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

import math

from generator.extract import actors as actors_mod
from generator.extract.analysis import analyse
from generator.identity import is_acronym
from helpers import actor_names, ranked_actors


def _candidates(parsed):
    acts = actors_mod.extract(analyse(parsed))
    return acts, dict(zip((a.name for a in acts), actors_mod.features(acts, {}, parsed)))


def _flat(p: float, key_cut: float = 0.2) -> actors_mod.SalienceModel:
    """A model that gives every candidate the probability ``p``."""
    return actors_mod.SalienceModel(weights={f: 0.0 for f in actors_mod.FEATURES},
                                    intercept=math.log(p / (1 - p)), key_cut=key_cut, sure_cut=0.9)


SPOKESMAN = """Ferry Service Suspended

Ferries between Westby and Eastholm will not sail this week after a safety check found faults in two boats.

A Calder Lines spokesman said the boats would be repaired by Friday. Passengers were offered refunds.

The harbour master, Tom Reed, said he had warned about the boats last year.
"""


def test_an_organisation_acts_through_its_spokesman(parse_text):
    acts, feats = _candidates(parse_text(SPOKESMAN, "ferry.txt"))
    lines = next(a for a in acts if a.name == "Calder Lines")
    # the name modifies "spokesman", but the firm is who speaks: not a mere modifier
    assert feats["Calder Lines"]["agent"] > 0 and feats["Calder Lines"]["speech"] > 0
    assert feats["Calder Lines"]["modifier"] == 0
    assert lines.type == "organization"


def test_people_who_undergo_or_rename_do_not_make_their_organisation_act(parse_text):
    text = ("Raid on Offices\n\nPolice searched offices in Westby on Monday. Two Calder Lines officials were "
            "arrested and later released.\n\nThe harbour master, Tom Reed, said the raid was a surprise.\n")
    _acts, feats = _candidates(parse_text(text, "raid.txt"))
    assert feats["Calder Lines"]["agent"] == 0


SPOKESMAN_FOR = """Ferry Service Suspended

Ferries between Westby and Eastholm will not sail this week after a safety check found faults in two boats.

A spokesman for Calder Lines said the boats would be repaired by Friday. "We are sorry for the delay," said
Ann Lee, spokeswoman for insurer Harbour Mutual Group. Passengers were offered refunds.

"The faults were small," said Tom Reed, an economist at Orvel Bank Holdings.
"""


def test_an_organisation_acts_through_a_spokesman_for_it(parse_text):
    _acts, feats = _candidates(parse_text(SPOKESMAN_FOR, "ferry_for.txt"))
    # "a spokesman for X said", "said Ann Lee, spokeswoman for insurer X": X speaks through them
    assert feats["Calder Lines"]["agent"] > 0 and feats["Calder Lines"]["speech"] > 0
    assert feats["Harbour Mutual Group"]["agent"] > 0 and feats["Harbour Mutual Group"]["speech"] > 0
    # an economist at a bank speaks for no one but himself
    assert feats["Orvel Bank Holdings"]["speech"] == 0


def test_a_second_for_inside_a_bodys_name_is_no_body_of_its_own(parse_text):
    text = ("Flood Fund Opens\n\nA fund for flood victims opened on Monday.\n\nBut Tom Reed, spokesman for the Medical "
            "Fund for the Care of Victims of Floods, said the scheme was welcome but late.\n")
    doc = parse_text(text, "trust_for.txt").paragraphs[-1].doc
    care = next(t for t in doc if t.text == "Care")
    spokesman = next(t for t in doc if t.text == "spokesman")
    assert care.head.head.i == spokesman.i  # the parser hangs the name's own "for" off "spokesman" ...
    assert actors_mod._spokesman_for(care) is None  # ... so the part after it is no body the spokesman speaks for
    fund = next(t for t in doc if t.text == "Fund")
    assert actors_mod._spokesman_for(fund) is not None


FIRM_NAMED_ONCE = """Worm Poses as Puzzle Game

Users are being warned about a worm that poses as a puzzle game.

"Staff may think this is simply a new game," said Ann Lee, spokeswoman for security firm Quellar. Few copies
have been found so far.

"The net is a window on the world," said Tom Reed, chief executive of Ostravel. Quellar urged users to update
their software.
"""


def test_a_firm_introduced_once_is_found_again_and_a_post_of_it_makes_it_a_body(parse_text):
    acts, _feats = _candidates(parse_text(FIRM_NAMED_ONCE, "worm.txt"))
    quellar = next(a for a in acts if a.name == "Quellar")
    assert quellar.type == "organization" and quellar.mentions >= 2  # "Quellar urged users": found again
    doc = parse_text(FIRM_NAMED_ONCE, "worm.txt").paragraphs[-1].doc
    s = next(t.i for t in doc if t.text == "Ostravel")
    assert actors_mod._firm_after_post(doc, s, s + 1)  # "chief executive of X": a firm's post


AGENCY = """Probe Lands on Comet

The space agency Orbitra landed a probe on a comet on Tuesday, the first time it has done so.

Engineers cheered as the signal arrived. The agency said the probe would drill into the ice next week.

Scientists hope the samples will show how the comet formed. The agency added that the mission had cost
less than planned.
"""


def test_the_agency_joins_the_organisation_the_article_calls_an_agency(parse_text):
    acts, _feats = _candidates(parse_text(AGENCY, "probe.txt"))
    assert not any(a.name.lower() == "the agency" for a in acts), [a.name for a in acts]
    orbitra = next(a for a in acts if a.name == "Orbitra")
    assert "the agency" in orbitra.aliases
    assert orbitra.mentions >= 3


def test_an_acting_outlet_word_continues_the_organisation_just_seen_acting(parse_text):
    text = ("Probe Lands on Comet\n\nThe European space group Orbitra Space Systems landed a probe on a comet on "
            "Tuesday.\n\nOrbitra Space Systems said in a statement that the signal arrived at noon. The agency said "
            "the probe would drill into the ice.\n")
    acts, _feats = _candidates(parse_text(text, "probe2.txt"))
    assert not any(a.name.lower() == "the agency" for a in acts), [a.name for a in acts]
    assert "the agency" in next(a for a in acts if a.name == "Orbitra Space Systems").aliases


def test_an_acronym_spelt_with_an_abbreviation_joins_its_name():
    assert is_acronym("NRR", "NR Rowing")
    assert not is_acronym("NRRR", "NR Rowing")


def test_a_short_acronym_joins_the_full_name_in_the_article(parse_text):
    text = ("Coach Named\n\nThe governing body NR Rowing has named a new head coach, Ann Lee.\n\n"
            "\"We have found the right person,\" NRR chief executive Tom Reed told reporters. The NRR will pay her "
            "from its own funds.\n")
    acts, _feats = _candidates(parse_text(text, "coach.txt"))
    assert not any(a.name == "NRR" for a in acts), [(a.name, a.aliases) for a in acts]
    assert "NRR" in next(a for a in acts if a.name == "NR Rowing").aliases


GROUP = """Climate Scientist Calls for Action

Glaciologist Ruth Marsh says the ice sheets are melting faster than anyone expected.

Marsh's collaborators said the data came from twelve stations. Marsh spent a decade on the ice.

The collaborators argued that governments had ignored the warnings. Analysts said the report was gloomy.
"""


def test_a_described_group_that_acts_and_speaks_is_kept_though_the_model_rates_it_low(parse_text):
    # every candidate at 0.15, under the key cut of 0.2 but above half of it
    acts = ranked_actors(parse_text(GROUP, "ice.txt"), _flat(0.15))
    names = {n.lower() for n in actor_names(acts)}
    assert "marsh's collaborators" in names, names
    assert "analysts" not in names  # a bare "analysts said" is commentary
    assert "ruth marsh" not in names  # the others still fall under the cut


def test_a_name_glued_to_the_end_of_another_joins_the_person_it_ends_with(parse_text):
    # a caption run into the text with no stop: "... in the Northern Premier League Kessler chats ..."
    text = ("Kessler Tipped for Top Job\n\nManager Otto Kessler is wanted by three clubs, after five seasons in "
            "charge of Harwick Rovers, who play in the Northern Premier League.\n\nHarwick Rovers defender Ian Moss "
            "says Kessler would be a success in any club of the Northern Premier League Kessler chats with his "
            "players during a training session on Friday.\n\nKessler has not said where he wants to go next.\n")
    acts, _feats = _candidates(parse_text(text, "kessler.txt"))
    assert [a.name for a in acts if "Kessler" in a.name] == ["Otto Kessler"], [(a.name, a.aliases) for a in acts]
    kessler = next(a for a in acts if a.name == "Otto Kessler")
    glued = text.index("League Kessler") + len("League ")
    assert any(sp.start == glued and text[sp.start:sp.end] == "Kessler" for sp in kessler.spans)
    assert any(a.name == "Northern Premier League" for a in acts)  # the league keeps its own name


STAFF_AT = """Payments System Fails

A benefits payments system failed for a week, leaving claims unpaid.

Last week hundreds of staff at the Westby Department of Pensions had no e-mail for four days.
Researchers from Avonford University warned that such failures could recur. "We need a full report," said
Tom Reed, a local councillor. A report on staff at Calder Lines Holdings was published later.
"""


def test_a_body_acts_through_its_people_at_it(parse_text):
    doc = parse_text(STAFF_AT, "staff_at.txt")
    acts, feats = _candidates(doc)
    # "hundreds of staff at X had no e-mail", "researchers from X warned": X acts through them
    assert feats["Westby Department of Pensions"]["agent"] > 0
    assert feats["Avonford University"]["agent"] > 0
    # people who only are the topic of a noun do not make their body act
    assert feats.get("Calder Lines Holdings", {}).get("agent", 0) == 0
