"""Key actors (issue #17): names cut from the words around them. A sentence's opening words the
tagger ran into the name before it when the full stop was lost ("... Acme More than", "called
Ann Lee Yesterday he"); a job, an acronym for one or a known party glued before a given name
("Keeper Ann Lee", "Lib Dem Ann Lee"); a portfolio named only inside a post's title ("the Trade
and Industry Secretary Ann Lee"); a common word taken for a name for its capital at the head of a
sentence ("House prices rise"); a saint's name ("St Avon's") read as a person once "St" went as an
honorific. Each is checked against the case that must stay.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract import actors as actors_mod
from generator.extract.analysis import capital_verb
from helpers import actor_names, keep_all, ranked_actors


def _shipped(parse_text, text: str) -> set[str]:
    return actor_names(ranked_actors(parse_text(text, "story.txt")))


def _kept(parse_text, text: str) -> set[str]:
    return actor_names(ranked_actors(parse_text(text, "story.txt"), keep_all()))


RUN_ON = """Vigilantes trap online groomer

A man who tried to meet a girl he met online has been jailed after he was caught by a vigilante group.

Dean Harlow, 41, thought he was talking to a schoolgirl, when really he had been chatting with a volunteer from Safe Streets called Tom Yesterday he was jailed for two years at Avonford Crown Court. Harlow admitted the offence.
"""


def test_a_time_word_opening_the_next_sentence_is_no_part_of_a_name(parse_text):
    names = _shipped(parse_text, RUN_ON)
    assert "Dean Harlow" in names
    assert not any("Yesterday" in n for n in names)


def test_a_sentence_opener_ends_a_name_only_before_a_pronoun_or_than(nlp):
    doc = nlp("Sales rose, according to analysts Quarrytech More than 160 million phones were sold. "
              "The paper Avonford Today reported the fire.")
    more = next(t.i for t in doc if t.text == "More")
    today = next(t.i for t in doc if t.text == "Today")
    assert actors_mod._opens_sentence(doc, more)
    assert not actors_mod._opens_sentence(doc, today)  # a paper's name: "Today reported"


LEAD_WORDS = """Keeper blames wall for goal

Avonford drew 2-2 with Westby on Sunday after a late free-kick.

Keeper Pete Ormsby was organising his defensive wall when the free-kick flew in. Ormsby said he had not heard the whistle.

DJ Carl Hensey said on his show that the goal should not have stood. Fellow Lib Dem Tom Harker said the referee had been right.
"""


MIDDLE_NAME = """Mary Ann Lowell wins seat

Mary Ann Lowell has won the Brackwell seat for the Green Party by 400 votes.

Lowell said she would fight for the town's hospital. Mary Ann Lowell thanked her supporters.
"""


def test_a_job_or_a_known_party_before_a_given_name_is_no_part_of_it(parse_text):
    names = {a.name for a in ranked_actors(parse_text(LEAD_WORDS, "story.txt"), keep_all())}
    assert {"Pete Ormsby", "Carl Hensey", "Tom Harker"} <= names
    assert not names & {"Keeper Pete Ormsby", "Lib Dem Tom Harker"}
    assert "Mary Ann Lowell" in _kept(parse_text, MIDDLE_NAME)  # a first name before a given name stays


def test_a_team_the_article_names_on_its_own_is_cut_from_a_person_s_name(nlp):
    doc = nlp("Westby Rovers drew with Avonford on Monday. In the game against Avonford Tom Harker scored twice.")
    first, start = [t.i for t in doc if t.text == "Avonford"]
    doc.ents = [Span(doc, first, first + 1, label="ORG"), Span(doc, start, start + 3, label="PERSON")]
    s, e, _ = actors_mod._clean_span(doc, start, start + 3, "PERSON")
    assert doc[s:e].text == "Tom Harker"


    doc = nlp("Shoppers like Quarn Tom Pelly and his shop. Quarn said sales were good.")
    doc.ents = [Span(doc, 2, 5, label="PERSON"), Span(doc, 12, 13, label="PERSON")]
    s, e, _ = actors_mod._clean_span(doc, 2, 5, "PERSON")
    assert doc[s:e].text == "Quarn Tom Pelly"  # a surname said first, then alone as a person's, stays


PORTFOLIO = """Childcare grant to grow

The childcare grant for working parents is to grow by £900 under plans announced by the Trade and Industry Secretary Ann Lowell.

Lowell said the plans would help families. The Shadow Secretary of State for the Family, Ruth Kemble, said: "These plans were announced years ago."
"""


DEPARTMENT = """Minister backs alert service

A new service will warn home users about computer viruses, said Home Office Minister Ann Lowell. The Home Office will pay for the service.

Lowell said the alerts would be sent by e-mail. Critics said the Home Office had been slow to act.
"""


def test_a_portfolio_named_only_in_a_post_s_title_is_no_actor(parse_text):
    names = _kept(parse_text, PORTFOLIO)
    assert {"Ann Lowell", "Ruth Kemble"} <= names
    assert not names & {"Trade and Industry", "Shadow"}
    assert {"Ann Lowell", "Home Office"} <= _kept(parse_text, DEPARTMENT)  # a department before its minister stays


HEADLINE_WORD = """House prices rise slightly

Prices of homes in the UK rose by 0.2% in March, the Avonford Building Society said.

The society said the house market was calm. "A modest gain was what we had in mind," said Ada Morrow, its economist.

House prices have risen 0.9% this year, the Avonford Building Society said, and the rise in house values should go on.
"""


COMMON_WORD_FIRM = """Marlow profits up

Marlow said on Monday that its profits grew by 8% last year, helped by strong sales of its boats.

Shares in Marlow rose 3%. Chief executive Ann Lowell said the firm would open a yard near the marlow bridge. Marlow expects more growth.
"""


def test_a_common_word_capitalised_at_a_sentence_s_head_is_no_actor(parse_text):
    names = _kept(parse_text, HEADLINE_WORD)
    assert "Avonford Building Society" in names
    assert "House" not in names
    assert "Marlow" in _kept(parse_text, COMMON_WORD_FIRM)  # a firm named like a common word, inside sentences too


SAINT = """Singer recalls school days

Singer Tom Harker said his new song was about the school he left at 15.

Harker did not attend St Brennock's, where his brother was a pupil. Harker said the song was about his own school. His manager Ruth Kemble said the song would be released in May.
"""


def test_a_saint_s_name_is_a_place_s_not_a_person_s(parse_text):
    names = _kept(parse_text, SAINT)
    assert {"Tom Harker", "Ruth Kemble"} <= names
    assert not names & {"Brennock", "St Brennock"}


def test_an_ex_opening_a_sentence_is_no_part_of_a_body_s_name(parse_text):
    text = """Westby Council Row Grows

Westby Council has voted to close two libraries, despite protests from readers.

The Avonian Reform Party opposed the plan in the council chamber. The Avonian Reform Party said the
libraries were used by thousands of children each week.

Ex-Avonian Reform Party leader Tom Reed said the vote was a mistake. The council will meet again in June.
"""
    names = _kept(parse_text, text)
    assert "Avonian Reform Party" in names
    assert not any(n.lower().startswith("ex-") for n in names)


LIVE_LINES = """Live: The Debate

The debate began on Monday night in Westby.

Reed Says Avonia Will Pay For The Fence
"They will pay, believe me. They will pay," he said.

Lee Calls Plan A Fantasy
"It is a fantasy and everyone knows it," she said.

Said Tom Reed, "She has no plan at all."
"""


def test_a_verb_written_in_title_case_is_no_part_of_a_person_s_name(nlp, extract_text):
    doc = nlp("Tom Reed Booed After Telling Ann Lee To Sit Down")
    telling = next(t for t in doc if t.text == "Telling")
    assert capital_verb(telling, ("VBD", "VBZ", "VBG")) and not capital_verb(doc[0])
    _, ex = extract_text(LIVE_LINES, "live.txt")
    names = {n for a in ex.actors for n in [a.name, *a.aliases]}
    speakers = {q.speaker for q in ex.quotes}
    assert not any(n.endswith((" Calls", " Says")) or n.startswith("Said ") for n in names | speakers), (names, speakers)
    assert "Lee" in speakers and "Tom Reed" in speakers, speakers


def test_a_title_word_before_one_plural_noun_stays_in_a_portfolio_s_name(nlp):
    doc = nlp("A spokesman for the Avonian Justice and Home Affairs Commissioner Ann Lee said the plan was unlawful.")
    ent = next(e for e in doc.ents if e.text.endswith("Home Affairs"))
    s, e, _ = actors_mod._clean_span(doc, ent.start, ent.end, ent.label_)
    assert doc[s:e].text.endswith("Home Affairs"), doc[s:e].text
