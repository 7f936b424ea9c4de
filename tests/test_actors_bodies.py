"""Key actors (issue #17): a public, trade or campaigning body named in full is an actor of the
story even when it is named once and does not act in the sentence (a source of figures, a body
consulted): the rules no longer refuse it below the model's sure cut. A one-off company or a
place named in passing stays out.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from generator.extract import actors as actors_mod
from helpers import actor_names, candidate_actors, mention_at, ranked_actors


def _between_cuts():
    """A model that rates every candidate between its two cuts, so the rules decide."""
    return actors_mod.SalienceModel(weights={f: 0.0 for f in actors_mod.FEATURES}, intercept=-0.85,
                                    key_cut=0.2, sure_cut=0.6)


STORY = """Shop Sales Slow In Northfield

Shop sales in Northfield slowed in March, with clothing hit hardest by the cold weather.

Figures from the Northfield Retail Consortium showed sales down 2% on a year earlier.

Shoppers bought fewer coats, and a Brightside Motors van was seen outside the biggest store.

The Institute for Regional Trade Studies expects a better summer. The figures go to the Northfield Trade Council in May.
"""


def test_body_named_once_in_full_is_kept(parse_text):
    acts = ranked_actors(parse_text(STORY, "sales.txt"), _between_cuts())
    names = actor_names(acts)
    assert "Northfield Retail Consortium" in names
    assert "Institute for Regional Trade Studies" in names
    assert "Brightside Motors" not in names  # a company named once, as a modifier: no body noun
    assert "Northfield Trade Council" not in names  # a destination, not a party to the story


def test_named_body_needs_a_body_noun_at_its_head():
    def m(text: str, label: str = "ORG") -> actors_mod._M:
        return actors_mod._M(start=0, end=len(text), text=text, words=tuple(text.lower().split()), label=label,
                             para=0, sent=0)

    assert actors_mod._named_body(m("the Avonford Teachers Association"))
    assert actors_mod._named_body(m("Department for Avonian Affairs"))
    assert actors_mod._named_body(m("Avonford Heritage Society", "PERSON"))  # a name NER read as a person
    assert not actors_mod._named_body(m("Association"))  # a bare noun, not a name
    assert not actors_mod._named_body(m("Avonford Motors"))
    assert not actors_mod._named_body(m("Avonford Council", "GPE"))
    assert not actors_mod._named_body(m("Centre of Avonford Studies"))  # the head is no body's noun
    text = "The case was filed in the Avonford District Court. A spokesman for the Avonford Trust said no."
    court, trust = m("Avonford District Court"), m("Avonford Trust")
    court.start, trust.start = text.index("Avonford District"), text.index("Avonford Trust")
    assert not actors_mod._named_body(court, text)  # a setting
    assert actors_mod._named_body(trust, text)  # its spokesman speaks for it
    text = "The Avonford Assembly or the Westby Council will decide."
    listed = m("Avonford Assembly")
    listed.start, listed.end = text.index("Avonford"), text.index(" or ")
    assert not actors_mod._named_body(listed, text)  # one of a list
    listed.agentive = True
    assert actors_mod._named_body(listed, text)  # ... unless the list acts


def _doc(nlp, words: list[str], pos: list[str], ents: list[str]):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, pos=pos, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))


def test_people_adjective_opening_a_body_name_becomes_the_body(nlp):
    doc = _doc(nlp, ["The", "Avonian", "Teachers", "Federation", "said", "no"],
               ["DET", "ADJ", "PROPN", "PROPN", "VERB", "INTJ"], ["O", "B-NORP", "O", "O", "O", "O"])
    body = actors_mod._people_body(doc.ents[0])
    assert (body.text, body.label_) == ("Avonian Teachers Federation", "ORG")


def test_people_adjective_alone_or_before_the_state_stays(nlp):
    ministers = _doc(nlp, ["Avonian", "Ministers", "met"], ["ADJ", "NOUN", "VERB"], ["B-NORP", "O", "O"])
    assert actors_mod._people_body(ministers.ents[0]).text == "Avonian"  # no body's noun
    state = _doc(nlp, ["the", "Avonian", "Government", "said"], ["DET", "ADJ", "PROPN", "VERB"], ["O", "B-NORP", "O", "O"])
    assert actors_mod._people_body(state.ents[0]).label_ == "NORP"  # the country's state: not a body of its own
    lower = _doc(nlp, ["the", "Avonian", "federation", "said"], ["DET", "ADJ", "NOUN", "VERB"], ["O", "B-NORP", "O", "O"])
    assert actors_mod._people_body(lower.ents[0]).text == "Avonian"  # no capital: a description, not a name


STATEMENT = """Exam Changes Delayed

The Irish Executive said the new exams should wait a year.

Teachers agreed to look again at the timetable. The Irish Executive welcomed the delay.
"""


def test_body_behind_a_people_adjective_is_an_actor(parse_text):
    parsed = parse_text(STATEMENT, "exams.txt")
    names = actor_names(ranked_actors(parsed))
    assert "Irish Executive" in names  # (the tagger marks only "Irish", a people's adjective)


def test_a_countrys_people_are_a_group_named_by_their_noun(parse_text):
    """"Avonian officials" is a group; so is "US prosecutors": a country's name before the noun is
    no entity's own staff ("Brill researchers")."""
    from generator.extract import actors
    from generator.extract.analysis import analyse

    text = ("Suppliers Charged\n\nUS prosecutors have charged nine suppliers with helping a retailer inflate "
            "its earnings. The suppliers signed false letters, US prosecutors said.\n")
    parsed = parse_text(text, "story.txt")
    found = actors.extract(analyse(parsed))
    assert any(a.type == "group" and a.name.lower().endswith("prosecutors") for a in found), [a.name for a in found]


BUDGET = """Avonian Budget Date Set

Finance Minister Ann Lee will present her budget to parliament on 4 May, the Treasury has announced.

The Treasury said the date would give ministers time to study the latest growth figures. Lee is expected
to raise spending on schools. The Treasury said borrowing had fallen for a third year.

Opposition leader Tom Reed said the budget would come too late for small firms.
"""


def test_the_treasury_is_a_body_not_a_bare_title(parse_text):
    names = actor_names(ranked_actors(parse_text(BUDGET, "budget.txt"), _between_cuts()))
    assert "Treasury" in names


def test_a_treasury_post_names_no_body(parse_text):
    text = BUDGET.replace("the Treasury has announced", "officials said").replace(
        "The Treasury said the date", "Treasury Secretary Sam Hale said the date").replace(
        "The Treasury said borrowing", "Hale said borrowing")
    names = actor_names(ranked_actors(parse_text(text, "budget.txt"), _between_cuts()))
    assert "Treasury" not in names


VOTE = """Minister Faces Revolt Over Ferry Plan

Transport Minister Ann Lee has refused to change her plan to sell the state ferry company.

Up to 30 Green Party MPs could vote against the plan when it comes before parliament next week.

Lee said the sale would save money. She said the ferries would run as before. Opposition leader Tom Reed
said the plan should be dropped.
"""


def test_a_party_whose_mps_act_acts_through_them(parse_text):
    names = actor_names(ranked_actors(parse_text(VOTE, "vote.txt"), _between_cuts()))
    assert "Green Party" in names


AUDIT = """Auditors Under Fire At Westby Foods

The former finance chief of Westby Foods told a court on Monday that external auditors Arthur Colby had
approved the accounts in 2003. He said Colby had given the books a clean bill of health.

Rivals Tom Reed and Ann Lee both said they had warned the board. Reed said the firm ignored them.
"""


def test_a_plural_kind_of_firm_before_one_name_makes_it_a_firm(parse_text):
    acts = candidate_actors(parse_text(AUDIT, "audit.txt"))
    types = {a.name: a.type for a in acts}
    assert types.get("Arthur Colby") == "organization", types  # "auditors X": a person would be "auditor X"
    assert types.get("Tom Reed") == "person", types  # two names after the plural: theirs


def test_a_firm_kind_takes_no_person_with_a_title():
    from generator.extract import actors as A

    text = "analysts Mr Tom Reed said"
    m = mention_at(text, "Tom Reed", 0, "PERSON", {"person": 5.0}, pev=3)
    c = A._C([m])
    assert not A._firms_kind_before(c, [m], text)
