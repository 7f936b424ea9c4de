"""Key actors (issue #17): no second entry for a body the list already names ("the party" beside
the Tories, "Avonford" beside "Avonford Rovers", "ATC" beside "Avions de Transport Commercial"),
and no entry for a bare class of people or businesses ("Firms", "Students").

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from generator.extract import actors as A
from generator.model import Actor, Mention


def _m(label: str, text: str, **kw) -> A._M:
    return A._M(start=0, end=len(text), text=text, words=A._words(text), label=label, para=0, sent=0, **kw)


def _actor(name: str, typ: str = "organization", ms: list | None = None, aliases: list | None = None,
           at: int = 0) -> Actor:
    a = Actor(name=name, type=typ, aliases=list(aliases or []), mentions=len(ms or []) or 1, id=A.actor_id(name),
              spans=[Mention(at, at + len(name), name)])
    a._ms = ms if ms is not None else [_m("ORG", name)]  # type: ignore[attr-defined]
    return a


def _party() -> Actor:
    return _actor("the party", ms=[_m("DESC", "the party", head="party"), _m("DESC", "the party", head="party")])


def test_bare_party_beside_a_named_party_is_dropped():
    tories = _actor("Conservative Party", aliases=["Tories"])
    acts = [tories, _party()]
    A._drop_bare_seconds(acts)
    assert [a.name for a in acts] == ["Conservative Party"]


def test_bare_party_beside_labour_alone_is_dropped():
    acts = [_actor("Labour"), _party()]
    A._drop_bare_seconds(acts)
    assert [a.name for a in acts] == ["Labour"]


def test_bare_noun_carried_by_a_listed_name_is_dropped():
    acts = [_actor("Court of Appeals"), _actor("the court", ms=[_m("DESC", "the court", head="court")])]
    A._drop_bare_seconds(acts)
    assert [a.name for a in acts] == ["Court of Appeals"]


def test_bare_noun_alone_stays():
    """The only entry for a body the article never names ("the panel ruled") is kept."""
    acts = [_actor("Harbour Bank"), _actor("the panel", ms=[_m("DESC", "the panel", head="panel")])]
    A._drop_bare_seconds(acts)
    assert [a.name for a in acts] == ["Harbour Bank", "the panel"]


def test_bare_party_beside_no_party_stays():
    acts = [_actor("Harbour Bank"), _party()]
    A._drop_bare_seconds(acts)
    assert len(acts) == 2


def test_bare_club_beside_a_team_is_dropped_not_beside_a_company():
    club = lambda: _actor("the club", ms=[_m("DESC", "the club", head="club")])  # noqa: E731
    team = _actor("Avonford Rovers", ms=[_m("ORG", "Avonford Rovers", team=2)])
    acts = [team, club()]
    A._drop_bare_seconds(acts)
    assert [a.name for a in acts] == ["Avonford Rovers"]
    acts = [_actor("Harbour Bank"), club()]
    A._drop_bare_seconds(acts)
    assert len(acts) == 2


def test_club_first_word_folds_into_the_club():
    full, short = _actor("Avonford Rovers", at=10), _actor("Avonford", at=90)
    acts = [full, short]
    A._fold_short_forms(acts)
    assert acts == [full] and "Avonford" in full.aliases and len(full.spans) == 2


def test_first_word_of_a_company_is_no_short_form():
    """Only a club's suffix makes its first word a name of it ("Avonford" is not "Avonford Motors")."""
    acts = [_actor("Avonford Motors"), _actor("Avonford")]
    A._fold_short_forms(acts)
    assert len(acts) == 2


def test_acronym_of_the_words_folds_into_the_body():
    full, short = _actor("Avions de Transport Commercial"), _actor("ATC")
    acts = [short, full]
    A._fold_short_forms(acts)
    assert acts == [full] and full.aliases == ["ATC"]


def test_acronym_after_a_shared_place_folds():
    full, short = _actor("Avonia Department of Public Safety"), _actor("Avonia DPS")
    acts = [full, short]
    A._fold_short_forms(acts)
    assert acts == [full] and "Avonia DPS" in full.aliases


def test_other_letters_are_no_acronym_and_a_person_is_never_folded():
    acts = [_actor("Avions de Transport Commercial"), _actor("ATR")]
    A._fold_short_forms(acts)
    assert len(acts) == 2
    acts = [_actor("Avonford Rovers"), _actor("Avonford", typ="person")]
    A._fold_short_forms(acts)
    assert len(acts) == 2


def test_bare_generic_plural_is_no_actor():
    firms = _actor("Firms", typ="group", ms=[_m("DESC", "firms", head="firms", agentive=True, main=True),
                                             _m("DESC", "Firms", head="firms", agentive=True)])
    assert A._bare_plural(firms, firms._ms)


def test_described_or_headline_group_stays():
    described = _actor("Phone firms", typ="group", ms=[_m("DESC", "phone firms", head="firms")])
    voters = _actor("Voters", typ="group", ms=[_m("DESC", "voters", head="voters")])
    headline = _actor("Students", typ="group", ms=[_m("DESC", "students", head="students")])
    headline._head_agent = True  # type: ignore[attr-defined]
    assert not any(A._bare_plural(a, a._ms) for a in (described, voters, headline))


STORY = """Parties Clash Over School Funding

The Conservative Party said on Monday that schools in Avonford needed more money. The party
promised to double the budget if elected. Labour rejected the plan. Students at the town's
college said fees were too high, and students marched to the town hall on Tuesday.

Firms in the town said the plan would raise taxes. "We cannot afford it," said Ann Lorrimer,
who runs a bakery. Firms have warned of job losses before.
"""


def test_extract_lists_neither_the_bare_party_nor_bare_classes(extract_text):
    _parsed, ex = extract_text(STORY, "story.txt")
    names = {a.name for a in ex.actors}
    assert "the party" not in names and not names & {"Firms", "Students"}
    assert any("Conservative" in n for n in names)


DEPARTMENTS = """Schools Join Mock Election

The Avonford Trust, the Electoral Panel and the Department for Training and Skills are running the programme, said officials.

A spokesman for the Department for Arts, Media and Sport said it had no intention of selling it. The Ministry of Roads and Ivor Avery were criticised.
"""


def test_a_department_keeps_the_list_of_its_portfolios(extract_text):
    """The tagger cuts "the Department for Training and Skills" at "and" (an entry "Skills");
    the list is part of the name, but a person after "and" is not ("the Ministry of Roads and Ivor
    Avery")."""
    parsed, _ex = extract_text(DEPARTMENTS, "departments.txt")
    from generator.extract.analysis import analyse

    names = {a.name for a in A.extract(analyse(parsed))}
    assert {"Department for Training and Skills", "Department for Arts, Media and Sport"} <= names
    assert not names & {"Skills", "Media", "Sport", "Department for Training", "Department for Arts"}
    assert "Ministry of Roads" in names and "Ivor Avery" in names


def _cluster(*ms: A._M) -> A._C:
    return A._C(ms=list(ms))


def test_acronym_or_spokeswoman_makes_a_lone_person_word_a_body():
    acronym = _cluster(_m("PERSON", "AAFA", votes={"person": 1.0}), _m("PERSON", "AAFA", votes={"person": 1.0}))
    spokes = _cluster(_m("PERSON", "Avcom", votes={"person": 1.0}, gov="spokeswoman"),
                      _m("PERSON", "Avcom", votes={"person": 1.0}))
    for c in (acronym, spokes):
        assert A._retype(c, "person", False, "") == "organization"


def test_a_marked_person_stays_a_person():
    """A title, a given name or a short all-capital word ("AJ") keeps the tagger's person."""
    titled = _cluster(_m("PERSON", "Lorrimer", votes={"person": 3.0}, gov="spokeswoman", pev=3))
    named = _cluster(_m("PERSON", "Ann Lorrimer", votes={"person": 1.0}), _m("PERSON", "Lorrimer", gov="spokeswoman"))
    short = _cluster(_m("PERSON", "AJ", votes={"person": 1.0}))
    for c in (titled, named, short):
        assert A._retype(c, "person", False, "") == "person"


def test_a_full_name_the_tagger_misread_is_the_name_not_another_one(nlp):
    """"recruiting Ann Okafor" read as a work of art: "Ann" belongs to "Okafor" (one entity with a
    label no actor has); "Ann" in an entity of its own, or a person's entity, is no misreading."""
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=["recruiting", "Ann", "Okafor", "while", "Kent", "Okafor", "spoke"])
    doc.ents = [Span(doc, 1, 3, label="WORK_OF_ART"), Span(doc, 4, 5, label="GPE"), Span(doc, 5, 6, label="PERSON")]
    assert A._misread_with(doc, 1, doc[2])
    assert not A._misread_with(doc, 4, doc[5])


def test_a_prize_is_no_actor_whatever_the_tagger_read_it_as():
    """"the Ann Lee Award" read as a person, even as a misparsed subject, is a prize."""
    prize = _actor("Ann Lee Award", typ="person", ms=[_m("PERSON", "Ann Lee Award", agentive=True, main=True)])
    assert A._contest(prize, prize._ms)
    speaks = _actor("Avonford Prize", ms=[_m("ORG", "Avonford Prize", agentive=True, speech=True)])
    assert not A._contest(speaks, speaks._ms)


def test_a_cup_read_as_a_place_is_a_contest_unless_it_acts():
    cup = _actor("Avonford Cup", typ="place", ms=[_m("GPE", "Avonford Cup", loc=True)])
    assert A._contest(cup, cup._ms)
    league = _actor("Northern League", ms=[_m("ORG", "Northern League", agentive=True)])
    assert not A._contest(league, league._ms)
    person = _actor("Ann Cup", typ="person", ms=[_m("PERSON", "Ann Cup")])
    assert not A._contest(person, person._ms)


def test_bare_classes_go_beside_named_actors_and_stay_alone():
    def firms():
        return _actor("Firms", typ="group", ms=[_m("DESC", "firms", head="firms", agentive=True)])

    acts = [_actor("Harbour Bank"), firms()]
    A._drop_bare_classes(acts)
    assert [a.name for a in acts] == ["Harbour Bank"]
    acts = [firms()]
    A._drop_bare_classes(acts)
    assert [a.name for a in acts] == ["Firms"]


def test_bare_ministers_and_banks_are_classes():
    """"Ministers", "banks": which ones, the story says by naming them, or not at all."""
    for word in ("Ministers", "Banks"):
        a = _actor(word, typ="group", ms=[_m("DESC", word, head=word.lower(), agentive=True)])
        assert A._bare_plural(a, a._ms)

def test_bare_club_beside_a_body_named_like_a_club_is_dropped():
    """A club in a business story has no players or results, but its name says what it is."""
    acts = [_actor("Avonford Rovers"), _actor("the club", ms=[_m("DESC", "the club", head="club")])]
    A._drop_bare_seconds(acts)
    assert [a.name for a in acts] == ["Avonford Rovers"]


def test_a_nationality_or_country_before_the_noun_is_no_bare_class():
    """"European leaders", "US researchers": the name leaves the nationality out, but it says whose."""
    leaders = _actor("Leaders", typ="group", ms=[_m("DESC", "leaders", head="leaders", agentive=True, national=True)])
    assert not A._bare_plural(leaders, leaders._ms)
    acts = [_actor("Harbour Bank"), leaders]
    A._drop_bare_classes(acts)
    assert [a.name for a in acts] == ["Harbour Bank", "Leaders"]


def test_a_country_group_the_lead_has_act_is_kept_below_the_cut():
    """"US prosecutors have charged ...": the group the lead has act, though the model puts it just
    under the key cut; the same noun bare, or only in the body, is left to the model."""
    w = A.model()

    def group(**kw):
        a = _actor("Prosecutors", typ="group", ms=[_m("DESC", "prosecutors", head="prosecutors", agentive=True, main=True,
                                                      **kw)])
        a.salience = w.key_cut * 0.9
        return a

    assert A._keep(group(national=True, lead=True), False, w, 0)
    assert not A._keep(group(lead=True), False, w, 0)
    assert not A._keep(group(national=True), False, w, 0)
