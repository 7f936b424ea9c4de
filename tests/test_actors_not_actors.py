"""Key actors (issue #17): entries that are no actors by their part in the story's clauses: a
news outlet that only reports, is told or is cited; a group that only comments ("analysts
said"); a contest named like a body. Each stays when the story has it act.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

import pytest

from helpers import actor_names, keep_all, ranked_actors


def _kept(parse_text, text: str) -> set[str]:
    return actor_names(ranked_actors(parse_text(text, "story.txt"), keep_all()))


REPORTED = """Brackwell Mill May Close

Some 300 jobs at the Brackwell paper mill could go if its owner Tandridge Holdings sells the site, the Avonford Herald
has reported.

Tandridge Holdings told the Avonford Herald that the reports were speculation. Tandridge Holdings said a decision
would be made in March.

Union leader Ada Morrow said the workers were angry.
"""


def test_an_outlet_that_only_reports_or_is_told_is_no_actor(parse_text):
    kept = _kept(parse_text, REPORTED)
    assert "Tandridge Holdings" in kept
    assert "Avonford Herald" not in kept


SUED = """Herald Sued Over Mill Story

Tandridge Holdings has sued the Avonford Herald over a report that its Brackwell mill would close.

The Avonford Herald launched an appeal fund for the mill workers last month. Tandridge Holdings said the story had
harmed its business.
"""


def test_an_outlet_that_acts_or_is_acted_on_stays(parse_text):
    kept = _kept(parse_text, SUED)
    assert "Avonford Herald" in kept


SOURCE = """Baby Found Alive In Rubble

A baby was pulled alive from a collapsed house in Merrow two days after the storm, the Merrow Gazette reported.

Rescuers had searched the house twice before they heard the child, the Merrow Gazette said. The Merrow Gazette
published photographs of the rescue on its front page.
"""


def test_an_outlet_the_story_relies_on_as_its_source_stays(parse_text):
    kept = _kept(parse_text, SOURCE)
    assert "Merrow Gazette" in kept


COMMENT = """Lantern Bank Profits Fall

Lantern Bank said its profits fell by 12% last year as it set aside more money for bad loans.

Analysts said the bank had been too slow to cut costs. Analysts expect the shares to fall further this year.

Lantern Bank will close 40 branches in the spring, the bank said.
"""


def test_a_group_that_only_comments_is_no_actor(parse_text):
    kept = _kept(parse_text, COMMENT)
    assert "Lantern Bank" in kept
    assert not {"Analysts", "analysts"} & kept


STUDY = """Mice Live Longer On Less

Researchers fed 40 mice a diet with a third fewer calories for two years. The researchers then measured how long
the mice lived.

The researchers said the mice on the diet lived a fifth longer than the others.
"""


def test_a_group_of_commentators_that_acts_stays(parse_text):
    kept = _kept(parse_text, STUDY)
    assert {"Researchers", "researchers"} & kept


CONTEST = """Harlow Town Reach Final

Harlow Town will meet Stanmore Rovers in the Avonford Challenge Cup final after a 2-0 win on Saturday.

Harlow Town manager Ben Okafor said his side had earned their place in the Avonford Challenge Cup. Harlow Town last
won the Avonford Challenge Cup in 1998.
"""


def test_a_contest_that_never_acts_is_no_actor(parse_text):
    kept = _kept(parse_text, CONTEST)
    assert "Harlow Town" in kept
    assert "Avonford Challenge Cup" not in kept


CUP_READ_AS_PERSON = """Harlan Out Of Avonian Open

Tom Harlan will probably skip the Avonian Open because of a back strain picked up in the {cup} defeat by Belgium.

"He needs rest before he plays again," said {cup} physio Ben Okafor.

Jon Marsh, a former finalist, hurt his knee while representing Avonia in the {cup} and may also withdraw.
"""


@pytest.mark.parametrize("cup", ["Hanlon Cup", "Kellman Cup"])
def test_a_contest_the_tagger_reads_as_a_person_is_no_actor(parse_text, cup):
    kept = _kept(parse_text, CUP_READ_AS_PERSON.format(cup=cup))
    assert "Tom Harlan" in kept and "Ben Okafor" in kept
    assert cup not in kept


RULING = """League Fines Harlow Town

The Eastern Counties League has fined Harlow Town 5,000 pounds for fielding an ineligible player.

The Eastern Counties League said the club had broken its rules twice. Harlow Town said it would appeal.
"""


def test_a_league_that_acts_stays(parse_text):
    kept = _kept(parse_text, RULING)
    assert "Eastern Counties League" in kept


POLL = """Mayor Ahead In Race

Mayor Ines Carvalho leads her rival Tom Hale by six points, according to a new Avonford Herald poll.

The Avonford Herald poll of 800 voters found that most of them wanted a new bridge. Tom Hale said the poll was wrong.
"""


def test_an_outlet_behind_a_poll_stays(parse_text):
    kept = _kept(parse_text, POLL)
    assert "Avonford Herald" in kept


POLL_FOR = """Minister Hurt By Row

Most voters believe the minister was hurt by the row over his visa letter, a poll suggests.

Tom Reed resigned on Monday. Some 60% of respondents in the Westby Courier poll thought he had been right to go.
Almost half of those polled for the Westby Courier said he should return to the cabinet after the election.
"""


def test_an_outlet_named_as_its_polls_modifier_stays(parse_text):
    # the modifier ("the X poll") is a mention found again after NER missed it: it keeps its governor
    kept = _kept(parse_text, POLL_FOR)
    assert "Westby Courier" in kept


PASSING = """Ferry Firm Raises Fares

As shoppers gather at the ports for the holiday this week, Calloway Ferries has raised its fares by 8%.

Calloway Ferries said fuel costs had risen sharply. Calloway Ferries will review the fares in the spring.
"""


def test_a_group_named_once_in_passing_is_no_actor(parse_text):
    kept = _kept(parse_text, PASSING)
    assert "Calloway Ferries" in kept
    assert not {"Shoppers", "shoppers"} & kept


STRIKE = """Port Workers Walk Out

Striking port workers blocked the gates of the Port of Avonmouth on Monday.

The port workers want a 6% pay rise. Port managers said the port workers had turned down a fair offer, and the
port workers marched through the town on Tuesday.
"""


def test_a_group_that_recurs_at_the_heart_of_the_story_stays(parse_text):
    kept = _kept(parse_text, STRIKE)
    assert {"Port workers", "Striking port workers"} & kept


STATE = """Norway Cuts Fuel Tax

Norway will cut the tax on diesel by a fifth from March, the finance ministry said on Monday.

The government said the cut would help farmers and hauliers. The government has been under pressure from the
hauliers for months, and Norway's opposition parties said the cut came too late.

Haulier Per Lund said the cut was welcome.
"""


def _by_name(acts, name):
    return next((a for a in acts if a.name == name), None)


def test_a_bare_government_beside_one_country_is_that_country(parse_text):
    acts = ranked_actors(parse_text(STATE, "story.txt"), keep_all())
    assert _by_name(acts, "the government") is None
    assert "the government" in _by_name(acts, "Norway").aliases


def test_a_bare_government_stays_where_another_state_is_named(parse_text):
    text = STATE.replace("The government has been", "The Swedish government has been")
    acts = ranked_actors(parse_text(text, "story.txt"), keep_all())
    assert "the government" not in _by_name(acts, "Norway").aliases


ABROAD = """Ministers Send Help

The government will send two hospital ships to help Norway after the floods, the defence minister said on Monday.

The government said the ships would reach Norway by Friday. Doctor Ines Vale, who will lead the medical teams,
said the crews were ready.
"""


def test_a_bare_government_stays_beside_a_country_it_only_acts_on(parse_text):
    acts = ranked_actors(parse_text(ABROAD, "story.txt"), keep_all())
    norway = _by_name(acts, "Norway")
    assert norway is not None and "the government" not in norway.aliases


PRODUCT = """Orbix Console Delayed

The Orbix console will not reach the shops until the autumn, its maker Tandem Games said on Tuesday.

Tandem Games said the Orbix console needed more work. Tandem Games shares fell 4% after the news, and rival Kestrel
Play said it would launch its own machine in the summer.
"""


def test_a_product_named_like_a_company_is_no_actor(parse_text):
    kept = _kept(parse_text, PRODUCT)
    assert "Tandem Games" in kept
    assert "Orbix" not in kept


MAKER = """Nimbus Fights Back

Nimbus Software has cut the price of its Nimbus browser by half to win back users.

The Nimbus browser lost a third of its users last year. Nimbus Software said the cut would bring them back, and
Nimbus Software shares rose 3% on the news.
"""


def test_a_name_that_shows_a_body_stays(parse_text):
    kept = _kept(parse_text, MAKER)
    assert "Nimbus Software" in kept


DRUGS = """Westby Pharma Shares Slide

Shares in Westby Pharma fell 6% after its Zorvane drug failed a large clinical trial, the company said on Monday.

Westby Pharma had hoped to sell its Zorvane drug across Europe. But Zorvane proved no better than older treatments.
Another of its big earners - the heart drug Pellamin - faces safety questions. "We have risks on Pellamin," said
Tom Reed, an analyst at Harbour Bank.
"""


def test_a_drug_named_by_its_maker_or_its_kind_is_no_actor(parse_text):
    kept = _kept(parse_text, DRUGS)
    assert "Tom Reed" in kept
    assert not {"Zorvane", "Pellamin"} & kept


CLOCK = """Avonian Shares Rally

Shares in Avonia rose sharply on Monday after the central bank cut interest rates at 0900 GMT.

The main index was up 3% by 1030 GMT, led by banks. By 1700 GMT the rally had faded, dealers said. Tom Reed, an
economist at Harbour Bank, said the cut had been expected for weeks.
"""


def test_a_time_zone_after_a_clock_time_is_no_actor(parse_text):
    kept = _kept(parse_text, CLOCK)
    assert "Harbour Bank" in kept
    assert "GMT" not in kept


BOX_OFFICE = """Harbour Tale Tops Box Office

Family film Harbour Tale has topped the Avonian box office, taking $40m over the weekend.

Box office takings were up 10% on the same weekend last year. Tom Reed, an analyst at Westby Partners, said the
film had beaten expectations. The box office has had a strong start to the year.
"""


def test_the_box_office_is_no_body(parse_text):
    kept = _kept(parse_text, BOX_OFFICE)
    assert "Tom Reed" in kept
    assert not {"Box office", "the box office"} & kept


NAMED_STATE = """Buyers Sought For Banks

Buyers will be sought for two state banks in Norway next year, officials said on Monday. The move is seen as a sign
that the government wants a smaller public sector in Norway.

Analysts said the Norwegian government had promised such sales for years. Ines Vale, an economist at Harbour Bank,
said the sales would help Norway after years of losses.
"""


def test_a_bare_government_folds_into_the_country_whose_state_is_named(parse_text):
    """Norway only named, never acting: still the article says whose government it is."""
    acts = ranked_actors(parse_text(NAMED_STATE, "story.txt"), keep_all())
    norway = _by_name(acts, "Norway")
    assert _by_name(acts, "the government") is None
    assert norway is not None and "the government" in norway.aliases



OWNED_CAR = """Baker Wins Parking Appeal

A baker from Lowmere has won her appeal against a parking fine issued outside her own shop.

Council officers said Dennis Varley, 41, left his battered Varrano Tundex on the double yellow lines for three hours.

Varley told the tribunal he had been unloading flour. Officers later found the Varrano Tundex in the shop's yard.

Adjudicator Alma Whitcroft said the fine should be cancelled.
"""


def test_a_name_a_person_owns_is_a_thing_not_an_actor(parse_text):
    # "his battered X": a person, a body or a place is not had so; the name is a make or a model
    names = {a.name for a in ranked_actors(parse_text(OWNED_CAR, "owned_car.txt"))}
    assert "Varrano Tundex" not in names
    assert {"Dennis Varley", "Alma Whitcroft"} <= names


PARTY_OF = """Party Elects New Leader

Delegates met in Avonford on Sunday to choose a leader after the death of Margaret Ellison.

Ruth Kalder, 58, was confirmed as the new leader of the Harbour Party.
Kalder joined Margaret Ellison's Harbour Party as a student volunteer in 1989.
"""


def test_a_body_a_person_leads_is_no_thing_owned(parse_text):
    names = {a.name for a in ranked_actors(parse_text(PARTY_OF, "party_of.txt"))}
    assert "Harbour Party" in names


TRANSCRIPT = """Mayor Defends Flood Plan In Debate

At Tuesday's debate in Westby, Mayor Ann Lee was asked about the flood plan. An excerpt of the exchange:

"HOST: Mayor Lee, residents say the plan came too late.

"VIDEO: The mayor promised us walls and we got nothing but sandbags.

"LEE: I understand the anger, but the walls are being built now."

Videos posted by residents show the river rising over the bank. Tom Reed, who runs the Westby Flood Group, said the plan was welcome but late.
"""


def test_a_media_label_is_no_actor(parse_text):
    """"VIDEO:" labelling a clip in a transcript and a capitalised "Videos" opening a sentence name
    no one; the mayor and the group's leader stay."""
    kept = _kept(parse_text, TRANSCRIPT)
    assert not {"VIDEO", "Video", "Videos"} & kept and "Ann Lee" in kept


FILM_CHART = """Harbour Blues Tops Box Office

Harbour Blues went in at the top of the US cinema ticket chart, taking $30m on its first weekend.

It was the best opening for a March release in the US, said Tom Reed of Westby Pictures. US critics were less kind
about the film.
"""

FILM_RULES = """Harbour Blues Faces Cuts

Harbour Blues will be cut before its release in the US, after US regulators said the film was too violent.

Westby Pictures said it would make the cuts. Tom Reed of Westby Pictures said the film would still open in the US
in May.
"""


def _kept_sure(parse_text, text: str) -> set[str]:
    """Kept by a model sure of every candidate (so the rules for a sure place decide)."""
    from generator.extract import actors

    sure = actors.SalienceModel(weights={f: 0.0 for f in actors.FEATURES}, intercept=0.0, key_cut=0.0, sure_cut=0.0)
    return actor_names(ranked_actors(parse_text(text, "story.txt"), sure))


def test_a_country_only_ever_a_setting_or_a_modifier_is_no_actor(parse_text):
    assert "United States" not in _kept_sure(parse_text, FILM_CHART)  # "in the US", "US critics"


def test_a_country_whose_state_body_acts_stays(parse_text):
    assert "United States" in _kept_sure(parse_text, FILM_RULES)  # "US regulators said ..."



SHOW_AT_VENUE = """Harbour Blues Opens To Full Houses

The stage show Harbour Blues opened to a full house at Madrid's Grand Theatre on Friday, said its producer Tom Reed.

Reed said the show would run in Madrid until June. Ann Lee, who plays the lead, said the cast had rehearsed for a year.
"""

SHOW_BID = """Harbour Blues Opens To Full Houses

The stage show Harbour Blues opened to a full house at Madrid's Grand Theatre on Friday, said its producer Tom Reed.

Reed said Madrid's offer to fund a second run had been turned down. Ann Lee, who plays the lead, said the cast was
pleased.
"""


def test_a_city_only_ever_a_setting_is_no_actor(parse_text):
    assert "Madrid" not in _kept_sure(parse_text, SHOW_AT_VENUE)  # "at Madrid's Grand Theatre", "in Madrid"


def test_a_city_whose_offer_is_told_stays(parse_text):
    assert "Madrid" in _kept_sure(parse_text, SHOW_BID)  # "Madrid's offer": not a setting


def test_a_city_in_the_headline_stays(parse_text):
    text = SHOW_AT_VENUE.replace("Harbour Blues Opens To Full Houses", "Harbour Blues Fills Madrid Theatre")
    assert "Madrid" in _kept_sure(parse_text, text)


MOVED_TO = """Harbour Blues Author Wins Prize

Novelist Ann Lee has won the Westby Prize for her first book, Harbour Blues, the judges said on Monday.

Lee, who moved to Denver in 2001, wrote the book in a year. She flew back to Denver after the ceremony, said her agent
Tom Reed.
"""

HYPHENED_PAIR = """Rail Firm Wins Contract

Westby Rail has won a contract to run trains from May, its chief executive Ann Lee said.

Lee said the firm would hire 200 staff in Vienna. Tom Reed, a union official, said the plan was the main obstacle to a
Vienna-Prague merger.
"""


def test_a_city_only_ever_the_goal_of_going_is_no_actor(parse_text):
    assert "Denver" not in _kept_sure(parse_text, MOVED_TO)  # "moved to Denver", "flew back to Denver"


def test_a_place_after_the_town_it_locates_is_a_setting():
    """"in Karlo, Peru" says where, whatever the parse made of "Peru"; "Peru's coach" does not."""
    from generator.extract.actors import _M, _locating

    text = ("Ann Lee won the Westby Open in Karlo, Peru, on Sunday. Her coach said the heat in Karlo, Peru's"
            " second city, was hard.")
    first, second = text.index("Peru"), text.rindex("Peru")
    assert _locating(_M(first, first + 4, "Peru", ("peru",), "GPE", 0, 0), text)
    assert not _locating(_M(second, second + 4, "Peru", ("peru",), "GPE", 0, 1), text)


def test_a_city_only_ever_in_a_hyphened_pair_or_a_setting_is_no_actor(parse_text):
    assert "Vienna" not in _kept_sure(parse_text, HYPHENED_PAIR)  # "a Vienna-Prague merger", "in Vienna"


def test_a_city_gone_to_that_acts_stays(parse_text):
    text = MOVED_TO.replace("Tom Reed.", "Tom Reed. Denver has named a street after her.")
    assert "Denver" in _kept_sure(parse_text, text)
