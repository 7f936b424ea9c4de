"""Key actors (issue #17): prizes known by their own names, model names, products, characters and works with a
description folded in are no actors; the people and bodies around them are. Each stays where it
acts as an actor would (it speaks, or the name is a person's).

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

import pytest

from helpers import actor_names, keep_all, mention_at, ranked_actors

from generator.extract import actors as A
from generator.model import Actor


def _kept(parse_text, text: str) -> set[str]:
    return actor_names(ranked_actors(parse_text(text, "story.txt"), keep_all()))


OSCAR = """Oscar Nominees Gather In Avonford

This year's Oscar nominees met at a lunch in Avonford on Monday, a week before the ceremony.

Dana Whitlow, who won an Oscar in 1998, hosted the lunch. Her film Harbour Lights has four Oscar nominations,
and Whitlow said she was proud of the cast. Tom Reyes, nominated for best actor, said he would be at the Oscars.
"""


def test_a_prize_by_its_own_name_is_no_actor_even_in_the_headline(parse_text):
    kept = _kept(parse_text, OSCAR)
    assert "Dana Whitlow" in kept
    assert not kept & {"Oscar", "Oscars", "Academy Awards"}


AWARDS = """Drama Wins Stage Prize

A drama about a fishing town has won best new play at the Avonford Theatre Awards.

Chosen by 9,000 theatre fans, the Avonford Theatre Awards named Lena Marsh best actress for her part in the play.
Marsh said she was delighted. The Avonford Theatre Awards are held every spring.
"""


def test_awards_that_name_winners_are_no_actor(parse_text):
    kept = _kept(parse_text, AWARDS)
    assert "Lena Marsh" in kept
    assert "Avonford Theatre Awards" not in kept


AWARDS_SPEAK = """Stage Prize Changes Rules

The Avonford Theatre Awards will let online voters choose the best play from next year.

A spokesman for the Avonford Theatre Awards said the change would bring in younger fans. The Avonford Theatre Awards
said 9,000 people voted last year. Lena Marsh, last year's winner, said she welcomed the move.
"""


def test_awards_that_speak_stay(parse_text):
    kept = _kept(parse_text, AWARDS_SPEAK)
    assert "Avonford Theatre Awards" in kept


PLAYER_OSCAR = """Rovers Win Again

Avonford Rovers beat Westby 2-0 on Saturday to go top of the league.

Oscar, 23, scored both goals for Avonford Rovers. Oscar said the team was playing with confidence, and manager Neil
Tate said Oscar had been outstanding all season.
"""


def test_a_person_known_by_a_prize_s_name_stays(parse_text):
    kept = _kept(parse_text, PLAYER_OSCAR)
    assert "Oscar" in kept


def _mention(text: str, form: str, label: str = "ORG", nth: int = 0, **kw):
    from generator.extract import actors as A

    at = -1
    for _ in range(nth + 1):
        at = text.index(form, at + 1)
    return A._M(start=at, end=at + len(form), text=form, words=A._words(form), label=label, para=0, sent=0, **kw)


def _kept_alone(text: str, name: str, typ: str, ms) -> bool:
    from generator.extract import actors as A
    from generator.model import Actor

    a = Actor(name=name, type=typ, mentions=len(ms))
    a._ms = ms  # type: ignore[attr-defined]
    a._head_agent = False  # type: ignore[attr-defined]
    a.salience = 0.8  # above the shipped model's sure cut: only the filters can drop it
    return A._keep(a, False, A.model(), 0, text)


def test_a_model_named_with_a_code_is_no_actor():
    text = "Phones such as the Velta K310, offering web access and a camera, sold well."
    ms = [_mention(text, "Velta K310", agentive=True, gov="offer")]
    assert not _kept_alone(text, "Velta K310", "organization", ms)


def test_a_club_with_a_short_number_in_its_name_stays():
    text = "Westby 04 beat Avonford 2-0 on Saturday. Westby 04 said the coach would stay."
    ms = [_mention(text, "Westby 04", agentive=True, main=True, gov="beat"),
          _mention(text, "Westby 04", nth=1, agentive=True, speech=True, main=True, gov="say")]
    assert _kept_alone(text, "Westby 04", "organization", ms)


def test_a_thing_with_a_price_in_us_dollars_is_no_actor():
    text = "An Orbix Pocket costs about US $150 in Avonford, which is a lot for students."
    ms = [_mention(text, "Orbix Pocket", agentive=True, main=True, gov="cost")]
    assert not _kept_alone(text, "Orbix Pocket", "organization", ms)


def test_a_work_with_a_description_folded_in_is_still_a_work():
    """Two named mentions, one of them "his latest album X": a work, though a stray "the bank"
    was folded into the entry (a description says nothing of a title)."""
    text = "He toured with his Starglow show. He sold a million copies of his latest album Starglow. It went to the bank."
    ms = [_mention(text, "Starglow", weak=True, gov="show"),
          _mention(text, "Starglow", nth=1, work=True, titled=True),
          _mention(text, "the bank", label="DESC", head="bank")]
    assert not _kept_alone(text, "Starglow", "organization", ms)



def test_a_country_named_only_in_a_contest_s_name_is_no_actor():
    text = ("She reached the semi-finals at the French and US Opens. He won the US Open juniors. "
            "Dan Hale claimed his third US Open crown.")
    ms = [_mention(text, "US", label="GPE", loc=True, canon="United States"),
          _mention(text, "US", label="GPE", nth=1, weak=True),
          _mention(text, "US", label="GPE", nth=2, weak=True)]
    assert not _kept_alone(text, "United States", "place", ms)


def test_a_country_that_also_acts_stays():
    text = "The US won the Westby Cup on Sunday. The US Open starts in May, and the US said it would host it again."
    ms = [_mention(text, "US", label="GPE", agentive=True, main=True, gov="win", canon="United States"),
          _mention(text, "US", label="GPE", nth=1, weak=True),
          _mention(text, "US", label="GPE", nth=2, agentive=True, speech=True, gov="say")]
    assert _kept_alone(text, "United States", "place", ms)


PRODUCT_NAMED = """Drug Maker Hits Back

Drugs group Harlow Pharma is planning a campaign against claims about its product Calmex.

Harlow Pharma will place adverts in newspapers to defend Calmex, which is taken by two million people. A journal
article last month linked Calmex to sleep problems. Harlow Pharma chief executive Ida Brandt said the article was
wrong.
"""


def test_a_name_first_given_as_a_firm_s_product_is_no_actor(parse_text):
    kept = _kept(parse_text, PRODUCT_NAMED)
    assert {"Harlow Pharma", "Ida Brandt"} <= kept
    assert "Calmex" not in kept


CHARACTER = """Comedian Defends His Humour

Comedian Ben Tallis has defended his character Rudy Mack's brand of humour after criticism from other writers.

Writer Jo Pike said in a magazine interview that the jokes were cruel. Tallis said the show was popular with young
viewers, and the channel said a new series would start in May.
"""


def test_a_character_played_is_no_actor(parse_text):
    kept = _kept(parse_text, CHARACTER)
    assert {"Ben Tallis", "Jo Pike"} <= kept
    assert "Rudy Mack" not in kept


GAME_TITLE = """Skyforge Sequel Tops Charts

The new console game Skyforge Legends has topped the Avonian sales chart in its first week, developer Westby Interactive said.

Skyforge Legends sold 90,000 copies, beating last year's record. Skyforge Legends comes with a new score and better
graphics, and Skyforge Legends lets players build their own towns. Westby Interactive chief executive Ann Lee said the
firm would release a handheld version in May.
"""


def test_a_name_once_called_a_video_game_is_a_work_in_every_sentence(parse_text):
    kept = _kept(parse_text, GAME_TITLE)
    assert {"Westby Interactive", "Ann Lee"} <= kept
    assert "Skyforge Legends" not in kept


MATCH_GAME = """Avonford Win Cup Tie

Avonford beat Westby 2-0 in the cup on Saturday. In the game Tom Reed scored twice for Avonford.

Tom Reed said the team had worked hard. Westby manager Milo Hale said his side had been unlucky, and Tom Reed said
he hoped to play in the final.
"""


def test_a_player_named_after_the_game_stays(parse_text):
    kept = _kept(parse_text, MATCH_GAME)
    assert "Tom Reed" in kept



SUBTITLE = """Space Game Breaks Record

Harbour Games Ltd has sold a record 300,000 copies of its new game in a week, the company said on Monday.

The company said that Starfall: Iron Harvest had beaten every game released this year. Iron Harvest lets players
build a fleet, and Iron Harvest was praised by critics. Harbour Games Ltd boss Ann Lee said the firm would hire staff.
"""


def test_a_title_s_subtitle_after_a_colon_is_a_work(parse_text):
    kept = _kept(parse_text, SUBTITLE)
    assert {"Harbour Games Ltd", "Ann Lee"} <= kept
    assert not {"Starfall", "Iron Harvest"} & kept


LINE_UP = """Westby Town Beat Avonford City

Westby Town beat Avonford City 2-0 at home on Saturday, with Tom Reed scoring both goals for Westby Town.

Tom Reed said the team had worked hard all week. Westby Town: Dmitar Kowal, Reed, Hale, Moss. Subs: Pike, Finch.
Avonford City manager Milo Hale said his side had been unlucky, and Westby Town will play again on Tuesday.
"""


def test_a_team_line_up_after_a_colon_is_no_title(parse_text):
    kept = _kept(parse_text, LINE_UP)
    assert {"Westby Town", "Tom Reed"} <= kept



TAKINGS = """Thriller Tops Weekend Chart

Dark Harvest took $40m in its first weekend in Avonia, beating every other release, the Westby Pictures studio said.

Dark Harvest was directed by Tom Reed. Dark Harvest has now overtaken last year's hit, Ann Lee said on Monday.
"""


def test_a_film_known_by_its_takings_or_its_director_is_no_actor(parse_text):
    kept = _kept(parse_text, TAKINGS)
    assert "Ann Lee" in kept
    assert "Dark Harvest" not in kept


PAID = """Banker Admits Fraud

Former banker Tom Reed took $2m from clients of Westby Bank, a court in Avonford heard on Monday.

Tom Reed, 52, admitted fraud. Prosecutor Ann Lee said Tom Reed took $2m over five years and spent it on cars.
"""


def test_a_person_who_took_money_stays(parse_text):
    assert "Tom Reed" in _kept(parse_text, PAID)


PLATFORM = """Harlow Bank Backs Zentrix

Harlow Bank is spending $50m over three years on its commitment to Zentrix software, its chief executive Tom Reed said.

The money will help customers use Zentrix on every kind of computer, from phones to servers. Zentrix is free to copy,
and the bank has already built Zentrix versions of many of its programs. A Zentrix program for its branches starts in May.
"""


def test_a_platform_named_before_software_twice_is_no_actor(parse_text):
    kept = _kept(parse_text, PLATFORM)
    assert "Harlow Bank" in kept
    assert "Zentrix" not in kept


MAKER = """Zentrix Profits Rise

Zentrix software sales rose 12% last year, the firm said on Monday.

Zentrix said its software chips would reach shops in May. Zentrix hired 300 staff in Westby, chief executive Tom Reed said.
"""


def test_a_firm_named_before_its_software_that_acts_stays(parse_text):
    assert "Zentrix" in _kept(parse_text, MAKER)


TITLE = """Harbour Lights Sweeps Film Prizes

The Harbour Lights movie has beaten Westby Nights to the main prizes at the Avonford film awards.

Harbour Lights won nine awards, and its star Lena Marsh was named best actress. Westby Nights, which had
seven nominations, went home empty-handed. Director Tom Reed said the cast was delighted with the night.
"""

TITLE_BEFORE = """Producer Left Off Prize List

The man who said he got the movie The Long Tide off the ground has been left off the list of nominees.

Organisers picked two of The Long Tide's four producers to be named for best film. Tom Reed, the third producer,
said he was disappointed. The Long Tide has eleven nominations.
"""


def test_a_title_written_with_its_work_noun_anywhere_is_no_actor(parse_text):
    kept = _kept(parse_text, TITLE)
    assert "Harbour Lights" not in kept and "Tom Reed" in kept
    kept = _kept(parse_text, TITLE_BEFORE)
    assert "Long Tide" not in kept and "The Long Tide" not in kept and "Tom Reed" in kept


TREATY = """Court Rules On Detentions

The High Court of Avonia ruled on Tuesday that the detentions breached the Westby Convention on Fair Trials.

Judge Ann Lee said the rules were incompatible with the Westby Convention on Fair Trials. The government said it would
appeal, and it may opt out of part of the Treaty of Harlow.
"""


def test_a_treaty_is_no_actor(parse_text):
    kept = _kept(parse_text, TREATY)
    assert "Ann Lee" in kept
    assert not kept & {"Westby Convention on Fair Trials", "Treaty of Harlow", "Harlow"}


CALLED_SOFTWARE = """Telecom Firm Launches Net Calls

Telecom firm Avonline has launched a service that lets customers call each other over the internet for free.

Customers will use Avonline's calling software, known as {x}, and need a headset. Avonline said {x} would
be free for the first year. Analysts said the move would put pressure on rivals such as Westnet.
"""


@pytest.mark.parametrize("x", ["Voxlink", "Avonline Talk"])
def test_a_thing_the_article_names_as_one_is_no_actor(parse_text, x):
    """"software, known as X", "the file, nicknamed X": a made thing, whatever the tagger read it as."""
    kept = actor_names(ranked_actors(parse_text(CALLED_SOFTWARE.format(x=x), "story.txt"), keep_all()))
    assert "Avonline" in kept
    assert x not in kept



def test_a_name_given_by_a_naming_phrase_must_be_the_actors_own():
    """"The program, called X" makes X a thing, not the body "X Investors Alliance" into which a
    wrong merge folded the short form X: the guard of the naming rule, on the mention it reads."""
    text = "The program, called AV-7, lets investors gain residency."
    called = mention_at(text, "AV-7", 0, "ORG", {})
    assert A._called_thing(Actor(name="AV-7", type="organization"), [called], text)
    assert not A._called_thing(Actor(name="AV-7 Investors Alliance", type="organization"), [called], text)
