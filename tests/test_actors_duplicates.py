"""Key actors (issue #17): one entry per real actor — a club's short name used alone, two names
run together across "and", a party's or an award's two names, and descriptions ("the company", "the
group") bound to the body the passage is about rather than merely the nearest name.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from generator import lexicon as lex
from generator.extract import actors as A
from helpers import candidate_actors


def _by_name(parsed) -> dict:
    return {a.name: a for a in candidate_actors(parsed)}


def _holding(acts: dict, alias: str) -> set[str]:
    return {name for name, a in acts.items() if alias in a.aliases or name == alias}


def _mention(text: str, form: str, nth: int, label: str, sent: int, votes: dict, **kw) -> A._M:
    at = -1
    for _ in range(nth + 1):
        at = text.index(form, at + 1)
    return A._M(start=at, end=at + len(form), text=form, words=A._words(form), label=label, para=0, sent=sent,
                votes=votes, **kw)


CLUB = "Manfield City lost at home. The defeat hurt City, who lost again. Manfield City boss Al Dee spoke."


def test_short_club_name_joins_full_name():
    """The tagger's place reading of "City" (a sentence-inner capital) joins the one club ending so."""
    full = A._C(ms=[_mention(CLUB, "Manfield City", 0, "ORG", 0, {"organization": 3.0}, team=2),
                    _mention(CLUB, "Manfield City", 1, "ORG", 2, {"organization": 3.0})])
    short = A._C(ms=[_mention(CLUB, "City", 1, "GPE", 1, {"place": 1.0})])
    A._join_team_short_forms([full, short], CLUB)
    assert not short.ms and len(full.ms) == 3


def test_a_sentence_initial_common_noun_is_no_short_name():
    text = "Westline Airlines cut fares. Airlines have faced hard times. Westline Airlines said so."
    full = A._C(ms=[_mention(text, "Westline Airlines", 0, "ORG", 0, {"organization": 3.0}),
                    _mention(text, "Westline Airlines", 1, "ORG", 2, {"organization": 3.0})])
    short = A._C(ms=[_mention(text, "Airlines", 1, "ORG", 1, {"organization": 1.0})])
    A._join_team_short_forms([full, short], text)
    assert short.ms and len(full.ms) == 2


BANK = """Lenders Face New Rules

The Bank of Halden will cap mortgage lending from June. The Bank of Halden said house prices rose 9% last year.

Lenders in Halden have until May to comply. Bankers in Halden said the cap was too strict.
"""


def test_a_place_after_of_is_no_short_name(parse_text):
    acts = _by_name(parse_text(BANK, "bank.txt"))
    assert not any("Halden" in a.aliases for a in acts.values())


TWINS = """Cousins Share Prize

Ann Perrin and Ann Perkin shared the poetry prize on Friday. Ann Perrin read first.

Ann Perrin said the win was a surprise. Ann Perrin thanked her editor.
"""


def test_two_close_names_in_one_sentence_stay_two(parse_text):
    acts = _by_name(parse_text(TWINS, "twins.txt"))
    assert "Ann Perkin" in acts and "Ann Perrin" in acts


PARTIES = """Parties Clash Over Tuition Fees

Voters will hear from the Conservatives that they would scrap tuition fees. Labour called the plan unaffordable.

The Tories say the cost would be met by cutting other schemes. The Lib Dems said the Tories could not be trusted.

Liberal Democrats leader Ann Crane said her party had always opposed fees.
"""


def test_a_partys_two_names_are_one_actor(parse_text):
    acts = _by_name(parse_text(PARTIES, "parties.txt"))
    assert len(_holding(acts, "Tories") | _holding(acts, "Conservatives")) == 1
    assert len(_holding(acts, "Lib Dems") | _holding(acts, "Liberal Democrats")) == 1


SETTING = """Family Band Held After Car Park Fight

A travelling family band fought with officers in a Stormart car park on Sunday. Police said the band had been living in a van outside the Stormart store.

A Stormart worker called police after a row in the store. Officers said one of the group kicked a sergeant.

The group has played in towns across the state for years.
"""


def test_the_group_is_not_a_body_only_named_as_a_setting(parse_text):
    acts = _by_name(parse_text(SETTING, "setting.txt"))
    assert "Stormart" not in _holding(acts, "the group")


SUBSIDIARY = """State Moves on Oil Group Veltra

The state has ordered oil group Veltra to pay back taxes. Veltra says the bill will ruin it.

Veltra has fought the tax office for a year. The tax office put Veltra's Drossnef unit up for sale after hitting the company with a huge bill.

Veltra shares fell 10%.
"""


def test_the_company_is_the_main_body_when_it_is_in_view(parse_text):
    acts = _by_name(parse_text(SUBSIDIARY, "subsidiary.txt"))
    assert _holding(acts, "the company") <= {"Veltra"}
    assert "the company" in acts["Veltra"].aliases


APPOSED = """Pipeline Sale Delayed

Veltra has delayed the sale of its pipeline unit. Veltra blamed the courts.

Gastrom Energy Ltd, the company first tipped to buy the unit, has pulled out. Veltra said other buyers remained.
"""


def test_a_description_in_apposition_names_that_body(parse_text):
    acts = _by_name(parse_text(APPOSED, "apposed.txt"))
    assert "the company" not in acts["Veltra"].aliases


LISTED = "Old rivals Harwick United and Harwick Rovers both lost. Harwick Rovers play next on Friday."


def test_two_listed_names_run_together_become_two():
    text = LISTED
    both = _mention(text, "Harwick United and Harwick Rovers", 0, "ORG", 0, {"organization": 3.0})
    alone = _mention(text, "Harwick Rovers", 1, "ORG", 1, {"organization": 3.0})
    order = [A._C(ms=[both]), A._C(ms=[alone])]
    A._split_listed_names(order, text)
    names = {" ".join(c.words()): len(c.ms) for c in order if c.ms}
    assert names == {"harwick united": 1, "harwick rovers": 2}


def test_each_listed_half_shares_the_mention_place_not_what_was_found_of_the_whole():
    """A half keeps where the mention stands (quoted, acting, its sentence); the roles and the
    gazetteer form found for the run-together name are no half's own."""
    text = '"Harwick United and Harwick Rovers will merge," he said. Harwick Rovers agreed.'
    both = _mention(text, "Harwick United and Harwick Rovers", 0, "ORG", 0, {"organization": 3.0}, quoted=True,
                    agentive=True, roles=[(1, 0, "rivals", "pre")], canon="Harwick", orgmark=True)
    alone = _mention(text, "Harwick Rovers", 1, "ORG", 1, {"organization": 3.0})
    order = [A._C(ms=[both]), A._C(ms=[alone])]
    A._split_listed_names(order, text)
    halves = sorted((m for c in order for m in c.ms if m is not alone), key=lambda m: m.start)
    assert [m.text for m in halves] == ["Harwick United", "Harwick Rovers"]
    assert all(m.quoted and m.agentive and m.sent == 0 and m.label == "ORG" for m in halves)
    assert all(not m.roles and m.canon is None and not m.orgmark for m in halves)
    assert halves[0].votes == both.votes and halves[0].votes is not both.votes


def test_a_name_with_and_inside_stays_whole():
    text = "The Board of Trade and Industry met. The Board of Trade and Industry said so."
    one = A._C(ms=[_mention(text, "Board of Trade and Industry", k, "ORG", k, {"organization": 3.0}) for k in (0, 1)])
    order = [one]
    A._split_listed_names(order, text)
    assert len(order) == 1 and len(one.ms) == 2


SHORT_FORMS = """Film row goes on

The row was covered in a documentary on ITV1 on Sunday. ITV said it stood by the film.
"""


def test_a_numbered_channel_joins_its_network(parse_text):
    """A channel numbered after its network is one entry with the network, never a second actor."""
    acts = _by_name(parse_text(SHORT_FORMS, "short_forms.txt"))
    assert _holding(acts, "ITV1") == _holding(acts, "ITV") == {"ITV"}


SACKED = """Harbour Club Sacks Coach

Harbour Rovers coach Tom Reed will leave the club after a run of defeats.

The Scot defended his players after Saturday's loss. He said: "They gave everything, and I will not blame them."

Chairman Ann Lee said the board thanked Reed for his work.
"""


def test_the_scot_is_the_person_named_before(extract_text):
    # "the Scot" describes someone the article names (a word for someone from somewhere, as "the
    # Frenchman"): no actor of its own, and "He said" after it is that person
    _, ex = extract_text(SACKED, "sacked.txt")
    names = {a.name for a in ex.actors}
    assert "Scot" not in names and "Tom Reed" in names
    quote = next(q for q in ex.quotes if q.text.startswith("They gave everything"))
    assert quote.speaker == "Tom Reed"


TITLE = """Reed Takes Title

Tom Reed won the Westby Open on Sunday. The 29-year-old Scot beat Sam Cole in the final, and Reed said he was delighted.
"""


def test_the_scot_after_an_age_is_no_actor_either(parse_text):
    """"The 29-year-old Scot": an age between "the" and the word leaves it a description."""
    acts = _by_name(parse_text(TITLE, "title.txt"))
    assert "Scot" not in acts and "Tom Reed" in acts


KICKER = "Ronan O'Marra scored all the points. O'Marra kicked a penalty. Later O'Marra pounced. O'Marra added a drop-goal."


def test_a_surname_the_tagger_took_for_a_place_joins_the_full_name_before_it():
    """"O'Marra" (one word as written) tagged a place each time, after the full name the tagger read as
    a person's, with a given name no list knows: the surname, not a place."""
    full = A._C(ms=[_mention(KICKER, "Ronan O'Marra", 0, "PERSON", 0, {"person": 2.0})])
    short = A._C(ms=[_mention(KICKER, "O'Marra", k, "GPE", k, {"place": 1.0}) for k in (1, 2, 3)])
    A._join_short_person_forms([full, short])
    assert not short.ms and len(full.ms) == 4


HOOKER = "Up front, Tevin Marlowes plays at hooker. The side: D Peel, G Jenkins, T Marlowes, A Jones."
FIRM = "Harbour Marlowes said profits rose. Harbour Marlowes shares fell. Mr Marlowes, a shareholder, spoke."


def test_a_full_name_read_as_a_body_by_its_tag_alone_takes_its_titled_surname():
    """"Tevin Marlowes" tagged an organisation (its surname a plural), "T Marlowes" a person by its
    initial: one person. A name with a body's mark stays apart ("Harbour Marlowes shares")."""
    full = A._C(ms=[_mention(HOOKER, "Tevin Marlowes", 0, "ORG", 0, {"organization": 4.0})])
    short = A._C(ms=[_mention(HOOKER, "Marlowes", 1, "ORG", 1, {"organization": 1.0, "person": 6.0}, pev=6)])
    A._join_short_person_forms([full, short])
    assert not short.ms and len(full.ms) == 2
    firm = A._C(ms=[_mention(FIRM, "Harbour Marlowes", 0, "ORG", 0, {"organization": 1.0}),
                    _mention(FIRM, "Harbour Marlowes", 1, "ORG", 1, {"organization": 4.0}, orgmark=True)])
    person = A._C(ms=[_mention(FIRM, "Marlowes", 2, "PERSON", 2, {"person": 4.0}, pev=3)])
    A._join_short_person_forms([firm, person])
    assert person.ms and len(firm.ms) == 2


SPACED = """Westby Lock Maker Upgrades

Westby firm LockStep has upgraded its copy protection. LockStep said the new version blocked most copying.

Shares in Lock Step rose 5% on Monday, and LockStep expects strong sales.
"""


def test_a_name_written_as_one_word_and_as_two_is_one_actor(parse_text):
    """"LockStep" and "Lock Step" are one name written two ways: one entry, under the form written more often."""
    acts = _by_name(parse_text(SPACED, "spaced.txt"))
    assert _holding(acts, "Lock Step") == _holding(acts, "LockStep") == {"LockStep"}


def test_the_partys_adjective_is_the_party(parse_text):
    """"Tory" (as "Lib Dem") is the party's short form: "Tory claims" are the party's, no actor of their own."""
    text = ("Tax Row\n\nTory leader Tom Reed said taxes would fall. Ann Lee derided Tory claims they could cut "
            "waste. The Conservatives said the sums added up, and Tory plans will be published soon.\n")
    acts = _by_name(parse_text(text, "tory.txt"))
    assert "Tory" not in acts
    assert _holding(acts, "Tory") <= {lex.lookup("Tories")[0]}  # the party's name in the lexicon


KIND = """Avonby Steel Cuts Jobs

Shares in Avonby Steel fell sharply after the steel group reported a loss of £40m. Chief executive Tom Reed said the
company would close two plants in Westby. Avonby Steel said it still employs 3,000 people.
"""

RIVAL = """Westby Foods Sold

Westby Foods has agreed a takeover. Its buyer is the parent company of the Avonby Dairy chain, which Ann Lee runs.
Westby Foods said the deal would close in May. Westby Foods has 400 staff.
"""


def test_the_kind_of_business_joins_the_company_just_named(parse_text):
    """"The steel group" right after "Avonby Steel" is that company, not a body of its own."""
    acts = _by_name(parse_text(KIND, "kind.txt"))
    assert _holding(acts, "steel group") <= {"Avonby Steel"}
    assert not any(name.lower().endswith("group") for name in acts)


def test_a_related_company_is_not_the_one_just_named(parse_text):
    """"The parent company of ..." names another body: never folded into the firm before it."""
    acts = _by_name(parse_text(RIVAL, "rival.txt"))
    assert "parent company" not in acts.get("Westby Foods").aliases


RATINGS = """Avonia Bonds Upgraded

Harlow & Penn has raised Avonia's bonds to investment grade. H&P said the state's finances were strong.
H&P analyst Ann Lee said the risk had fallen. Avonia welcomed the move, and H&P said more upgrades could follow.
"""


def test_initials_written_with_an_ampersand_join_the_full_name(parse_text):
    """"H&P" is "Harlow & Penn" under its initials, the "&" kept: one entry, not two."""
    acts = _by_name(parse_text(RATINGS, "ratings.txt"))
    assert len(_holding(acts, "H&P")) == 1 and _holding(acts, "H&P") == _holding(acts, "Harlow & Penn")


def test_an_ampersand_acronym_is_an_acronym():
    from generator.identity import is_acronym
    assert is_acronym("H&P", "Harlow & Penn") and is_acronym("H&P", "Harlow and Penn")
    assert not is_acronym("H&", "Harlow Penn") and not is_acronym("H&Q", "Harlow & Penn")


DEFICIT = """Avonia Warned Over Deficit

The European Commission (EC) has warned Avonia over its budget deficit. The EC said Avonia must cut spending by 2006.
Finance minister Tom Reed said the EC was wrong.
"""


def test_an_acronym_the_gazetteer_does_not_list_joins_the_listed_body(parse_text):
    """"EC" spells out the gazetteer's "European Commission" (which lists no "EC"): one entry."""
    acts = _by_name(parse_text(DEFICIT, "deficit.txt"))
    assert "EC" not in acts and "EC" in acts["European Commission"].aliases


NURSES = """Nurses Split Over Bill

The Christian Nursing Fellowship says the bill goes too far. Ann Lee of the CNF said nurses were worried. The CNF has
4,000 members, and the CNF will lobby MPs next week.
"""


def test_a_body_with_a_given_names_look_joins_its_acronym(parse_text):
    """"Christian ..." opens like a person's name, but "CNF" abbreviates it: one body, an organisation."""
    acts = _by_name(parse_text(NURSES, "nurses.txt"))
    assert "CNF" not in acts
    body = acts["Christian Nursing Fellowship"]
    assert body.type == "organization" and "CNF" in body.aliases


NICK = "Watford bid again. Hornets had made two bids. We have had a bid from Hornets, the chairman said."


def test_a_club_read_as_its_town_joins_its_nickname_written_twice():
    """"Watford" read as the town, "Hornets" twice as a person: one club, an organisation."""
    town = A._C(ms=[_mention(NICK, "Watford", 0, "GPE", 0, {"place": 1.0})])
    nick = A._C(ms=[_mention(NICK, "Hornets", 0, "PERSON", 1, {"person": 1.0}),
                    _mention(NICK, "Hornets", 1, "PERSON", 2, {"person": 1.0})])
    A._join_club_nicknames([town, nick])
    assert not nick.ms and len(town.ms) == 3 and A._decide_type(town) == "organization"


def test_a_town_does_not_join_a_nickname_written_once():
    town = A._C(ms=[_mention(NICK, "Watford", 0, "GPE", 0, {"place": 1.0})])
    nick = A._C(ms=[_mention(NICK, "Hornets", 0, "PERSON", 1, {"person": 1.0})])
    A._join_club_nicknames([town, nick])
    assert nick.ms and len(town.ms) == 1


RANGERS = """Walkers Back New Path Plan

More than 2,000 people joined a walk in Westby on Saturday, according to the organiser Alliance to Save Westby Woods (ASWW).
Tom Reed, director of ASWW, said the council had to listen. ASWW says it will hold a second walk in May.
"""


def test_an_acronym_the_article_defines_joins_its_name_though_it_skips_a_small_word(parse_text):
    """"ASWW" leaves out "to"; the article's own "Name (ACR)" makes it one body."""
    acts = _by_name(parse_text(RANGERS, "rangers.txt"))
    assert "ASWW" not in acts and "ASWW" in acts["Alliance to Save Westby Woods"].aliases


def test_the_article_defines_an_acronym_in_brackets_or_apposition():
    text = ("The Avon Council of Top Rowing Clubs (ACRC) met. AWRs, the Avon Water Rangers, agree. "
            "Avon Rowing Board said so.")
    assert A._defined_acronym("ACRC", "Avon Council of Top Rowing Clubs", text)  # a middle word left out
    assert A._defined_acronym("AWRs", "Avon Water Rangers", text)  # plural, in apposition
    assert not A._defined_acronym("ARB", "Avon Rowing Board", text)  # the article never defines it
    assert not A._defined_acronym("AWRs", "Avon Council of Top Rowing Clubs", text)  # not its definition
    assert not A._defined_acronym("RCA", "Avon Council of Top Rowing Clubs", text + " Avon Council of Top Rowing Clubs (RCA)")


def test_a_tagger_person_opening_a_firms_longer_name_is_its_short_form():
    """"Shares in Torvane Kettle Works fell ... Torvane Kettle said": the short form is the firm, and
    the tagger's person reading of it gives way; a founder's name beside the body named after
    her, or a short form opening with a given name, stays a person."""
    text = "Shares in Torvane Kettle Works fell. Torvane Kettle said sales fell. Torvane Kettle added more."
    full = A._C(ms=[_mention(text, "Torvane Kettle Works", 0, "ORG", 0, {"organization": 3.0})])
    short = A._C(ms=[_mention(text, "Torvane Kettle", 1, "PERSON", 1, {"person": 2.0}),
                     _mention(text, "Torvane Kettle", 2, "PERSON", 2, {"person": 2.0})])
    A._join_firm_short_forms([full, short])
    assert not short.ms and len(full.ms) == 3 and A._decide_type(full) == "organization"
    for long_form, form in (("Torvane Kettle Foundation", "Torvane Kettle"), ("Ann Lee Works", "Ann Lee")):
        text = f"The {long_form} gave money. {form} said it would help. {form} added more."
        full = A._C(ms=[_mention(text, long_form, 0, "ORG", 0, {"organization": 3.0})])
        short = A._C(ms=[_mention(text, form, 1, "PERSON", 1, {"person": 2.0}),
                         _mention(text, form, 2, "PERSON", 2, {"person": 2.0})])
        A._join_firm_short_forms([full, short])
        assert short.ms and len(full.ms) == 1, long_form


def _joined_pair(text: str, x: str, y: str) -> tuple[A._C, A._C]:
    """Two organisation clusters, each of two mentions, ``x`` and ``y`` in ``text``, after
    :func:`_join_paired_names`."""
    first, second = (A._C(ms=[_mention(text, form, n, "ORG", n, {"organization": 1.0}) for n in (0, 1)])
                     for form in (x, y))
    A._join_paired_names([first, second], text)
    return first, second


def test_two_names_only_ever_written_as_x_and_y_are_one_name():
    """"Harrow and Vale" twice, neither half alone: the tagger cut one name (a book, a seat) at "and"."""
    text = "Harrow and Vale went on sale. Critics said Harrow and Vale was long."
    first, second = _joined_pair(text, "Harrow", "Vale")
    assert not second.ms and [m.text for m in first.ms] == ["Harrow and Vale", "Harrow and Vale"]


def test_names_written_together_stay_two_when_one_stands_alone_or_they_close_a_list():
    """One half also written alone ("Pip and Kit ... Pip said"), or the pair the last two of a list of
    names ("with Tam Moor, Pip and Kit"): two referents named side by side."""
    for text in ("Pip and Kit met reporters. Pip and Kit can talk. Pip said hello.",
                 "The bill has Tam Moor, Pip and Kit. Tam Moor is on first, while Pip and Kit play later."):
        first, second = _joined_pair(text, "Pip", "Kit")
        assert len(first.ms) == 2 and len(second.ms) == 2 and first.ms[0].text == "Pip", text


def test_a_speaker_with_letters_or_an_owner_is_the_person_named_in_full():
    """A pronoun's speaker carried over as written ("Tom Reed QC", "Westby Channel's Reed") is the one
    person the bare name is; two people sharing the surname leave it alone."""
    from generator.model import Actor, Quote

    text = 'Tom Reed said the case was weak. "We will appeal," he said.'
    reed = Actor(name="Tom Reed", type="person")

    def q(speaker: str) -> Quote:
        return Quote(text="We will appeal", start=34, end=48, speaker=speaker, speaker_start=None, speaker_end=None,
                     cue="said")

    assert A._quoted_actor(q("Tom Reed QC"), [reed], text) is reed
    assert A._quoted_actor(q("Westby Channel's Reed"), [reed], text) is reed
    assert A._quoted_actor(q("Westby's Tom Reed MP"), [reed], text) is reed
    ann = Actor(name="Ann Reed", type="person")
    assert A._quoted_actor(q("Westby Channel's Reed"), [reed, ann], text) is None
    assert A._speaker_core("Tom Reed Jr.") == "Tom Reed" and A._speaker_core("Avonia FC") == "Avonia FC"


MATCH = ("Avonia beat Westby 2-1 with a late goal from Tom Reed. Avonia boss Ann Lee was delighted. "
         "Goalscorer Reed was full of praise for his team-mates.")


def test_a_description_opening_the_sentence_before_a_surname_joins_the_full_name():
    full = A._C(ms=[_mention(MATCH, "Tom Reed", 0, "PERSON", 0, {"person": 3.0})])
    described = A._C(ms=[_mention(MATCH, "Goalscorer Reed", 0, "PERSON", 2, {"person": 3.0})])
    A._join_surname_forms([full, described], MATCH)
    assert not described.ms and [m.text for m in full.ms] == ["Tom Reed", "Reed"]
    assert MATCH[full.ms[1].start:full.ms[1].end] == "Reed"


def test_a_description_before_a_shared_surname_or_inside_a_sentence_joins_nothing():
    text = MATCH.replace("Avonia boss Ann Lee", "Avonia boss Jo Reed")
    full = A._C(ms=[_mention(text, "Tom Reed", 0, "PERSON", 0, {"person": 3.0})])
    other = A._C(ms=[_mention(text, "Jo Reed", 0, "PERSON", 1, {"person": 3.0})])
    described = A._C(ms=[_mention(text, "Goalscorer Reed", 0, "PERSON", 2, {"person": 3.0})])
    A._join_surname_forms([full, other, described], text)
    assert described.ms  # two people named Reed: which one scored is not for the name to say
    text = MATCH.replace(". Goalscorer Reed", " and Goalscorer Reed")
    full = A._C(ms=[_mention(text, "Tom Reed", 0, "PERSON", 0, {"person": 3.0})])
    described = A._C(ms=[_mention(text, "Goalscorer Reed", 0, "PERSON", 1, {"person": 3.0})])
    A._join_surname_forms([full, described], text)
    assert described.ms  # not glued on by a sentence's capital
