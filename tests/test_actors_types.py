"""Key actors (issue #17): a referent's type decided by what all its mentions say of it, names
repaired from the article's own longer forms, and programmes, songs and short forms of one body
kept from becoming actors of their own.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from generator.extract import actors as actors_mod
from helpers import candidate_actors as _candidates
from helpers import keep_all, ranked_actors


def _kept(parsed):
    return ranked_actors(parsed, keep_all())


def _named(acts, name):
    return next((a for a in acts if a.name == name or name in a.aliases), None)


RETAILER = """Retailer Loses Its Chief

Fenna Ashcroft is parting company with its chief executive after two years, the retailer said on Monday.

Fenna Ashcroft, which floated on the stock market in 1995, has 140 shops in Britain. Fenna Ashcroft, which is due to
report its trading figures next month, said sales had fallen by 8%.

Analyst Tom Reade said Fenna Ashcroft needed a new start.
"""


def test_a_name_taken_up_by_which_is_no_person(parse_text):
    acts = _candidates(parse_text(RETAILER, "retailer.txt"))
    shop = _named(acts, "Fenna Ashcroft")
    assert shop is not None and shop.type == "organization"
    assert _named(acts, "Tom Reade").type == "person"


SHIP = """Cruise Firm Shrugs Off Setback

As the Marisol limped back to port on Sunday, shares in its owner Wavecrest Cruises rose by 2%.

Passengers who had booked a world tour on the Marisol have been offered refunds. Wavecrest said the Marisol would be
repaired by March.

"The Marisol problem will be forgotten by summer," said analyst Ruth Ocampo.
"""


def test_a_name_that_stands_after_the_is_no_person(parse_text):
    acts = _candidates(parse_text(SHIP, "ship.txt"))
    ship = _named(acts, "Marisol")
    assert ship is None or ship.type != "person"
    assert _named(acts, "Ruth Ocampo").type == "person"


PARTNERS = """Firms Team Up On Plant

Acme Holdings and Okafor will build a new plant in Westby, the two firms said on Monday.

Acme Holdings will pay for the site. Okafor will run the plant from next year, and Westby council leader Ann Lee said
the deal would bring 300 jobs.
"""

PARTNER_AND_BOSS = """Firm Hires New Chief

Acme Holdings and Okafor, 52, have agreed terms, and Okafor will join the firm in May as its chief executive.

Okafor said he was proud to join. Acme Holdings said it expected profits to rise next year.
"""


def test_a_name_listed_only_beside_bodies_with_no_mark_of_a_person_is_a_body(parse_text):
    acts = _candidates(parse_text(PARTNERS, "partners.txt"))
    assert _named(acts, "Okafor").type == "organization"
    assert _named(acts, "Ann Lee").type == "person"
    acts = _candidates(parse_text(PARTNER_AND_BOSS, "boss.txt"))
    assert _named(acts, "Okafor").type == "person"  # an age, "he": a person, wherever listed


EXCHANGE = """Bourse Bid Rejected

The Kyiv Grain Exchange has rejected a takeover offer from Norland Markets, the exchange said on Friday.

Shares in the Kyiv Grain Exchange rose 3% after the news. Norland Markets said it would consider a higher offer.
"""


def test_a_capital_at_the_start_of_a_bodys_name_is_part_of_it(parse_text):
    acts = _candidates(parse_text(EXCHANGE, "exchange.txt"))
    assert _named(acts, "Kyiv Grain Exchange") is not None
    assert _named(acts, "Grain Exchange") is None


ARM = """Carmaker Profits Fall

Halvard Motors saw its profits fall 37% last year, hit by losses at its European arm.

Halvard Motors said losses at Halvard Motors Europe totalled $345m. Halvard Motors Europe is to close a plant in Belgium.
Halvard Motors chief executive Rick Sandoval said the company would recover.
"""


def test_a_bodys_arm_in_a_place_is_another_body(parse_text):
    acts = _candidates(parse_text(ARM, "arm.txt"))
    parent, arm = _named(acts, "Halvard Motors"), _named(acts, "Halvard Motors Europe")
    assert parent is not None and arm is not None and parent is not arm


SHOWS = """Channel Enjoys Ratings Boost

The debut of US television hit Silent Harbours has helped lift Channel Nine's audience share by 12%.

Comedy drama Silent Harbours pulled in five million viewers. Almost 60% of viewers tuned into Paxton Lane on Friday, and
the channel aired Glass Orchard on Saturday, director of programmes Lena Voss said.

Silent Harbours will return next year, Voss said.
"""


def test_programmes_are_no_actors(parse_text):
    acts = _kept(parse_text(SHOWS, "shows.txt"))
    names = {n for a in acts for n in [a.name, *a.aliases]}
    assert "Lena Voss" in names
    assert not names & {"Silent Harbours", "Harbours", "Paxton Lane", "Glass Orchard"}


AWARDS = """Band Leads Award Nominations

The Rattlers led the nominations for this year's Vanta Awards, organisers said on Monday.

The Vanta Awards will be held in London in February. The Vantas have a long history of rewarding pop acts, said
critic Joan Pike.
"""


def test_a_plural_short_form_is_the_same_body(parse_text):
    acts = _candidates(parse_text(AWARDS, "awards.txt"))
    awards = _named(acts, "Vanta Awards")
    assert awards is not None and "Vantas" in awards.aliases


GROUP = """Bourse Rejects Bid

Norland Markets rejected a takeover offer from Vesta Holdings on Monday, saying it undervalued the business.
Norland Markets has 40 offices.

The group said its shareholders would get more from going it alone. Vesta Holdings said it would not raise its offer.

At a meeting in Avonford, chief executive Tom Reade told the group of investors that the bid was dead.
"""


def test_the_group_is_the_body_acting_before_it_not_an_actor_of_its_own(parse_text):
    acts = _candidates(parse_text(GROUP, "group.txt"))
    assert not any(a.name == "the group" for a in acts)
    assert "the group" in [x.lower() for x in _named(acts, "Norland Markets").aliases]


PARTY = """Poll Boost For Small Party

Voters over 60 are twice as likely to vote Brightside as younger people, a poll found.

Brightside leader Ann Crowe said the findings showed the party was growing. Brightside won two seats last year.
"""


def test_what_people_vote_for_is_a_party(parse_text):
    acts = _candidates(parse_text(PARTY, "party.txt"))
    party = _named(acts, "Brightside")
    assert party is not None and party.type == "organization"


TWO_CLUBS = """Rovers Apologise To Fans

Avonford Rovers have apologised to supporters after coaches the club laid on were late for the game at Kelmscott Town.

Avonford Rovers striker Dan Forde scored in a 1-1 draw with Kelmscott Town. Kelmscott Town midfielder Tom Reade
equalised late on. The club will refund the fans, a spokesman said.
"""


def test_the_club_of_two_clubs_names_neither(parse_text):
    acts = _candidates(parse_text(TWO_CLUBS, "clubs.txt"))
    assert not any(a.name == "the club" for a in acts)
    assert _named(acts, "Kelmscott Town").type == "organization"


BYLINE = """Village Gets Cheap Computers

A professor at Avonford University has built a computer that costs less than $100, Ann Pell said.

Professor Tom Reade said the machine would go on trial in two villages. "It has become very important," Reade told
the AVN's World Business Report.

The machine will cost $10 a month to rent.

Sarah Mitchell is technology correspondent for The World, a WGBA co-production.
"""


def test_a_closing_byline_is_no_actor(parse_text):
    names = {n for a in _kept(parse_text(BYLINE, "byline.txt")) for n in [a.name, *a.aliases]}
    assert "Tom Reade" in names and "Sarah Mitchell" not in names


STALL = """Radio Host Clears Out His Loft

A radio host sold old furniture and records at a car boot sale in Surrey on Sunday.

Buyer Paul Hindle said: "I thought it was all just old rubbish." Collector Marta Vintry paid £350 for a print.
"""


def test_a_capitalised_noun_opening_a_sentence_is_no_part_of_the_name(parse_text):
    acts = _candidates(parse_text(STALL, "stall.txt"))
    buyer = _named(acts, "Paul Hindle")
    assert buyer is not None and buyer.type == "person"
    assert not any(a.name.startswith(("Buyer", "Collector")) for a in acts)


SQUAD = """Northern Side Named For Charity Match

Coach Dale Pryor has named his squad for next month's charity match at Marlow Park.

The squad includes Thibault Lemarchal, Conor Hurst and Sean Keogh. Sixteen countries will be represented.
"""


def test_a_full_name_listed_with_people_is_a_person(parse_text):
    acts = _candidates(parse_text(SQUAD, "squad.txt"))
    player = _named(acts, "Thibault Lemarchal")
    assert player is not None and player.type == "person"


SPEAKER = """Trade Fair Opens Its Doors

The trade fair opened in Hanover on Tuesday with 6,000 exhibitors.

"The digital home will be the theme of the show," said organiser Ifeoma Okonkwo-Brandt. She added that visitor numbers
were expected to rise.

Harbour Logistics said it would show its new warehouse robots at the fair.
"""


def test_a_speaker_called_she_is_a_person_and_a_body_called_it_is_not(parse_text):
    acts = _candidates(parse_text(SPEAKER, "fair.txt"))
    organiser = _named(acts, "Ifeoma Okonkwo-Brandt")
    assert organiser is not None and organiser.type == "person"
    firm = _named(acts, "Harbour Logistics")
    assert firm is not None and firm.type == "organization"


ROYAL = """Royal Wedding Plans Criticised

The palace has confirmed the date of a royal wedding after weeks of speculation.

Prince Frederick will marry his partner in April, the palace said on Monday. Prince Frederick met her in 1998.

Liberal leader Frederick Farrowby said the wedding was a private matter. "It is for the couple to decide," Mr
Farrowby told reporters.

Frederick has been the heir for decades. Critics say Frederick should not become head of the church.
"""


def test_a_royal_given_name_never_joins_another_full_name(parse_text):
    acts = _candidates(parse_text(ROYAL, "royal.txt"))
    leader = _named(acts, "Frederick Farrowby")
    assert leader is not None and "Prince Frederick" not in leader.aliases and "Frederick" not in leader.aliases
    prince = _named(acts, "Prince Frederick")
    assert prince is not None and prince is not leader and prince.type == "person"


LABEL = """Rapper To Run Record Label

The rapper Tobi Vance is to become president of Slow Groove, the label said on Wednesday.

Slow Groove's parent company, Orlan Kest, made the appointment after buying his own label. Orlan Kest said it would
keep the label's staff.

Leading electronics chain Best Halt, meanwhile, said its sales had risen by 4%.
"""


def test_a_body_noun_in_apposition_or_before_the_name_makes_an_organisation(parse_text):
    acts = _candidates(parse_text(LABEL, "label.txt"))
    for name in ("Orlan Kest", "Best Halt"):
        body = _named(acts, name)
        assert body is not None and body.type == "organization", name
    assert _named(acts, "Tobi Vance").type == "person"


FIRM = """Politician Quits Law Firm

The Conservative politician has resigned as a partner of Garrow Lusk after a row over a client.

"I have no wish to harm the good name of Garrow Lusk," he said. Tom Reade, executive partner of Garrow Lusk, said
the politician had been thinking of leaving for some time.

"We played for his party once," Dunmore frontman Ricky Hale said. Dunmore won two prizes last year.
"""


def test_a_post_held_in_it_or_a_band_member_makes_an_organisation(parse_text):
    acts = _candidates(parse_text(FIRM, "firm.txt"))
    firm = _named(acts, "Garrow Lusk")
    assert firm is not None and firm.type == "organization"
    assert _named(acts, "Tom Reade").type == "person"
    band = _named(acts, "Dunmore")
    assert band is not None and band.type == "organization"
    assert _named(acts, "Ricky Hale").type == "person"


PARTNER = """Singer Marries

The singer Ann Lowell married her partner of ten years, Helen Marlo, in a private ceremony on Saturday.

Helen Marlo's customers at her bakery sent flowers. Ann Lowell said she was "very happy".
"""


def test_a_name_opening_with_a_given_name_stays_a_person_beside_an_owned_noun(parse_text):
    acts = _candidates(parse_text(PARTNER, "partner.txt"))
    assert _named(acts, "Ann Lowell").type == "person"
    assert _named(acts, "Helen Marlo").type == "person"


SIDE = """Striker Set For Summer Move

Tomas Ferro has scored 17 goals for Stanbridge City this season and could move in the summer.

The 27-year-old made his 200th appearance for Stanbridge City on Saturday. He grew up in Lisbon and moved to England in
2010.
"""


def test_what_a_player_does_for_a_place_makes_it_a_side(parse_text):
    acts = _candidates(parse_text(SIDE, "side.txt"))
    side = _named(acts, "Stanbridge City")
    assert side is not None and side.type == "organization"
    assert _named(acts, "Lisbon").type == "place"



TRANSFER = """Tomas Kellow joins Barnett from Brackley

Barnett have signed Brackley midfielder Tomas Kellow until the end of the season.

"It was an easy decision," the 31-year-old told Barnett's website. Kellow made 200 appearances for Brackley, scoring 19 goals, before joining Barnett on loan last year.

He played alongside Sam Ruddock in the Brackley side that beat Ormley to win the cup. Ormley striker Lee Hyde scored twice in the game.
"""


def test_a_club_someone_joins_is_no_person(parse_text):
    """A lone club name the tagger reads as a surname is an organisation when a player joins it,
    it signs someone or its website is quoted from, in a story about clubs."""
    club = _named(_candidates(parse_text(TRANSFER, "transfer.txt")), "Barnett")
    assert club is not None and club.type == "organization"


MARKETS = """Handset Music Slow to Sell

The news sent Helsinki shares to an eight-month high on Monday, as investors bought retailers.
"""


def test_a_place_that_names_a_market_is_no_firm(parse_text):
    acts = _candidates(parse_text(MARKETS))
    a = _named(acts, "Helsinki")
    assert a is not None and a.type == "place", [(x.name, x.type) for x in acts]



DESCRIBED = """Library Reopens After Flood

The town library on Birch Street reopened on Friday after three months of repairs.

Tarvizi, a retired physics lecturer and a trustee of the library, said readers had been patient. "We missed them,"
Tarvizi said.

Staff worked through the weekend to put the books back, Tarvizi said. Tarvizi thanked the volunteers.

Dolmaro is a Brantford-based reporter for the Evening Ledger.
"""


def test_a_name_the_article_describes_as_a_kind_of_person_is_a_person(parse_text):
    # the tagger reads both lone names as organisations; the apposition and the copula say otherwise
    acts = _candidates(parse_text(DESCRIBED, "described.txt"))
    assert _named(acts, "Tarvizi").type == "person"
    assert _named(acts, "Dolmaro").type == "person"


RARE_GIVEN = """Senators Clash Over Budget

Senators Marco Quillen and Tessa Brandt clashed on Tuesday over the spending plan.

Farmers in the valley have drifted from Brandt since the spring, a survey for the Lowmere Courier found.

Farm groups wrote to Quillen's office asking for a meeting before the vote next week.
"""


def test_a_surname_read_as_a_place_joins_a_full_name_with_a_rare_given_name(parse_text):
    # "Tessa" is a rarer given name; the tagger read "Tessa Brandt" as a person, and "Brandt" alone as a place
    acts = _candidates(parse_text(RARE_GIVEN, "rare_given.txt"))
    brandt = _named(acts, "Tessa Brandt")
    assert brandt.type == "person" and "Brandt" in brandt.aliases
    assert not any(a.name == "Brandt" for a in acts)


CAMPAIGN = """Rivals Trade Barbs

Jory Halvorsen attacked her rival on Monday over his record on trade.

"He is not ready," Halvorsen campaign manager Dale Fenwick said on Monday. Halvorsen leads in four of the five
state polls.

Halvorsen told supporters in Ohio that she would keep fighting. Halvorsen later met donors.
"""


def test_a_noun_of_the_names_own_before_the_mark_word():
    import spacy

    from generator.extract import actors as A

    nlp = spacy.blank("en")

    def tagged(text, tags):
        doc = nlp(text)
        for t, (pos, tag) in zip(doc, tags):
            t.pos_, t.tag_ = pos, tag
        return doc

    from spacy.tokens import Span

    # "X campaign manager": X, a person, owns the campaign; the mark word "manager" is not X's
    doc = tagged("Halvorsen campaign manager", [("PROPN", "NNP"), ("NOUN", "NN"), ("NOUN", "NN")])
    assert A._owned_between(Span(doc, 0, 1, label="PERSON"), doc[2], A._TEAM_MARKS)
    # a place's or a body's name keeps the mark: "Avonford's training squad"
    assert not A._owned_between(Span(doc, 0, 1, label="GPE"), doc[2], A._TEAM_MARKS)
    # "X board member": the noun between is a mark word itself; "X chief executive": an adjective
    doc = tagged("Halvorsen board member", [("PROPN", "NNP"), ("NOUN", "NN"), ("NOUN", "NN")])
    assert not A._owned_between(Span(doc, 0, 1, label="PERSON"), doc[2], A._ORG_MARKS)
    doc = tagged("Halvorsen chief executive", [("PROPN", "NNP"), ("ADJ", "JJ"), ("NOUN", "NN")])
    assert not A._owned_between(Span(doc, 0, 1, label="PERSON"), doc[2], A._ORG_MARKS)


def test_a_candidate_with_a_campaign_manager_stays_a_person(parse_text):
    acts = _candidates(parse_text(CAMPAIGN, "campaign.txt"))
    assert _named(acts, "Halvorsen").type == "person"


LEFT_APPOSED = """Exile Returns For Graduation

Samuel Okoro flew back to Avonford in May for the graduation of his younger son, Mersha, from the city's university.

The family later travelled to the coast, and Mersha starts work at a bank in the autumn.
"""


def test_a_name_after_a_long_description_of_a_person_is_a_person(parse_text):
    # the left apposition's last phrase ("his younger son") is the description, not its first words
    acts = _candidates(parse_text(LEFT_APPOSED, "left_apposed.txt"))
    assert _named(acts, "Mersha").type == "person"


POLL = """Avonia Poll Puts Reed Ahead

A new poll in Avonia shows Tom Reed leading Jory Sellers among likely voters, 46 percent to 44 percent.

Mr. Sellers has stepped up his campaign in the state. Mr. Sellers said he would spend the final week in Westby.

A loss to Mr. Sellers would embarrass Mr. Reed, who won the state four years ago.
"""


def test_a_person_whose_surname_is_tagged_a_plural_is_no_team(parse_text):
    # the tagger reads "Jory Sellers" as a person's name with a plural last word ("Avonford Panthers"
    # would be a team): a given name no list knows does not make it one, and "Mr. Sellers" joins it
    acts = _candidates(parse_text(POLL, "poll.txt"))
    sellers = [a for a in acts if "Sellers" in a.name or any("Sellers" in x for x in a.aliases)]
    assert len(sellers) == 1 and sellers[0].name == "Jory Sellers" and sellers[0].type == "person"
    assert "Mr. Sellers" in sellers[0].aliases


ENDORSED = """Westby Mayor Backs Lee

Former Westby mayor Tom Reed on Sunday endorsed Ann Lee for governor of Avonia.

Reed told Politico that he believes the race is now between two candidates. "She will win," Politico
reported him saying.

As Politico revealed last week, Reed has met Lee twice.
"""


def test_a_known_outlet_is_no_person(parse_text):
    # the tagger calls the outlet a person; no title, age or role says so, and the name is a news outlet's
    acts = _candidates(parse_text(ENDORSED, "endorsed.txt"))
    assert _named(acts, "Politico").type == "organization"
    assert _named(acts, "Tom Reed").type == "person"


DONORS = """Avonia Candidate Courts Donors

Tom Reed raised more than $60,000 from Korean Americans in Westby last month, his campaign said.

Korean Americans have given to both parties in the state. Many Korean Americans say they back Reed on trade.

Reed will speak to Korean Americans at a dinner on Friday.
"""


def test_people_named_by_two_nationalities_are_a_group(parse_text):
    # a plural last word makes "Riverside Panthers" a team; a plural demonym makes a group of people
    acts = _candidates(parse_text(DONORS, "donors.txt"))
    assert _named(acts, "Korean Americans").type == "group"


LINE_UP = """Avon United Draw At Home

Avon United drew 1-1 with Harbour Rovers on Saturday, Tom Reed scoring for the home side.

Reed said the side had played well. "We kept going," he said.

Avon United: Kiely, Tom Reed, Fortune, Hreidar, Norvex, Ann Lee.
"""


def test_a_one_word_name_listed_with_full_names_is_a_person_though_tagged_a_body(parse_text):
    # the tagger calls one name of a team's line-up an organisation; listed with personal names in full,
    # it is a player, as a one-word name the tagger calls a person is
    acts = _candidates(parse_text(LINE_UP, "line_up.txt"))
    assert _named(acts, "Hreidar").type == "person"
    assert _named(acts, "Avon United").type == "organization"


APPOSED_BODIES = """Land Sale Agreed

The council will sell the land, said Ann Lee. Nigel Harbour - a global property company - told reporters the sale was "welcome news." Lee left.

"To understand the general's offensive, look at his roots," Xingtu, the official Avonian news agency, wrote. "He is wrong," Xingtu added.

"It is a chance," said Tom Reedley, publisher of the Westby Ledger. Reedley left.
"""


def test_a_name_an_apposition_calls_a_body_is_no_person(parse_text):
    # a given name ("Nigel"), a person's word modifying the body noun ("official") and speaking say no person
    # when the apposition calls the name a company or an agency; "publisher of ..." may be a person's post
    acts = _candidates(parse_text(APPOSED_BODIES, "apposed.txt"))
    assert _named(acts, "Nigel Harbour").type == "organization"
    assert _named(acts, "Xingtu").type == "organization"
    assert _named(acts, "Tom Reedley").type == "person"


FILM = """Director Backs Young Talent

Film-maker Tom Reddaway says young directors should aim for the boardroom.

Reddaway told students at Westby College to "learn the business". Reddaway has made 20 films.
"""


def test_a_film_maker_is_a_person_not_a_maker_of_goods(parse_text):
    """"Film-maker X": a filmmaker's job, not a company's kind ("carmaker X"); his surname joins him."""
    acts = _candidates(parse_text(FILM, "film.txt"))
    reddaway = _named(acts, "Tom Reddaway")
    assert reddaway is not None and reddaway.type == "person" and "Reddaway" in reddaway.aliases


SPORTDESK = """Westby Seek New Manager

"He would be ideal for that job," Reddaway told BBC Sport. The Westby Football Association has named Tom Ashe as
caretaker. BBC Sport understands that Ashe would take the job.
"""


def test_an_outlets_desk_told_the_news_is_no_person(parse_text):
    """"told BBC Sport": a known outlet's name and one more word is an outlet, whatever the tagger says."""
    acts = _candidates(parse_text(SPORTDESK, "desk.txt"))
    desk = _named(acts, "BBC Sport")
    assert desk is None or desk.type == "organization"


SIDES = """Reed Vows To Fight On

Westby coach Tom Reed says he will stay on even if his side lose to Portugal on Saturday.

Westby were beaten 21-9 by Avonia in their opener and Reed admitted the team had struggled. "We believe we can beat
Portugal," said Reed, whose side suffered a heavy defeat by Portugal last season. Westby captain Ann Lee is fit to play.
"""


def test_a_country_beaten_and_played_in_a_story_about_sides_is_its_side(parse_text):
    """"lose to X", "beat X", "a defeat by X" in a story about sides: the national side, not the country."""
    acts = _candidates(parse_text(SIDES, "sides.txt"))
    assert _named(acts, "Portugal").type == "organization"


CUP = """Reed Seals Cup For Portugal

Portugal won the Westby Cup for the second time when Tom Reed beat the Avonia captain Sam Cole in the fourth rubber.

Ann Lee beat Joe Hale in the final dead rubber to cut Portugal's winning margin to 3-2. Portugal's only other Westby
Cup title came in 2000, when they beat Avonia in the final. Reed was on the losing team when Avonia won the trophy in
2002.
"""


def test_a_countrys_margin_and_title_in_a_story_about_sides_make_it_a_side(parse_text):
    """"X's winning margin", "X's only other title": what a side wins, owned by a country, twice."""
    acts = _candidates(parse_text(CUP, "cup.txt"))
    assert _named(acts, "Portugal").type == "organization"


TAKEOVER = """Owner Bids For Westby Rovers

Tom Reed, chairman of Westby Rovers, has bid for the club after buying broadcaster Avonvision's stake in it.

Bookmaker Fennbet said it had stopped taking bets on the outcome. Mr Reed said the club needed a single owner.
"""


def test_a_common_noun_for_what_a_body_is_is_no_part_of_its_name(parse_text):
    """"broadcaster X's stake", "Bookmaker X said": the noun says what the body is, it is no part of its name."""
    acts = _candidates(parse_text(TAKEOVER, "takeover.txt"))
    assert not any(a.name.lower().startswith(("broadcaster", "bookmaker")) for a in acts)
    avon, fenn = _named(acts, "Avonvision"), _named(acts, "Fennbet")
    assert avon is not None and fenn is not None
    # ... it is the body's role, and says an organisation, not a person
    assert avon.type == "organization" and (avon.role or "").lower() == "broadcaster"
    assert (fenn.role or "").lower() == "bookmaker"


BETTING = """Bookmakers Cut Odds On Harbour Lights

Bookmaker Tom Redfern said it had cut the odds on Harbour Lights winning best film. Tom Redfern spokesman Carl Dunmore
said the film had been backed heavily since Monday.

"It has the look of a winner," said brokerage Ann Westcott in a note to investors about the studio behind it.

Broadcaster Kate Hollins said she had a bet on it. Hollins presents a film show on Sunday nights.
"""


def test_a_body_kind_before_a_name_says_a_body_though_the_name_opens_with_a_given_name(parse_text):
    """"Bookmaker X said", "brokerage X said": a word for a kind of firm right before a name says a
    firm, even when the name looks like a person's (a given name and a surname)."""
    acts = _candidates(parse_text(BETTING, "betting.txt"))
    assert _named(acts, "Tom Redfern").type == "organization"
    assert _named(acts, "Ann Westcott").type == "organization"
    assert _named(acts, "Carl Dunmore").type == "person"
    hollins = next(a for a in acts if a.name.endswith("Kate Hollins"))
    assert hollins.type == "person"  # a presenter: "broadcaster" is a job too


FRAUD = """Card Fraud Rises Online

Anti-fraud consultancy Westby Checks says card fraud online has risen since January, as shops in Avonia tighten checks.

Westby Checks said fraudsters had changed tack.
"""


def test_a_consultancy_before_a_name_is_its_role(parse_text):
    acts = _candidates(parse_text(FRAUD, "fraud.txt"))
    firm = _named(acts, "Westby Checks")
    assert firm is not None and firm.type == "organization" and firm.role == "Anti-fraud consultancy"


def test_a_given_name_and_surname_the_tagger_labelled_a_body_is_a_person():
    """"Carly Reed wrote ...": an organisation's only by the tagger's label, with a given name first."""
    m = actors_mod._M(0, 10, "Carly Reed", ("carly", "reed"), "ORG", 0, 0, votes={"organization": 1.0})
    assert actors_mod._decide_type_by_votes(actors_mod._C([m])) == "person"
    band = actors_mod._M(0, 12, "Kaiser Lions", ("kaiser", "lions"), "ORG", 0, 0, votes={"organization": 1.0})
    assert actors_mod._decide_type_by_votes(actors_mod._C([band])) == "organization"
    firm = actors_mod._M(0, 10, "Carly Reed", ("carly", "reed"), "ORG", 0, 0, votes={"organization": 1.0},
                         roles=[(1, 0, "investment bank", "rapp")])
    assert actors_mod._decide_type_by_votes(actors_mod._C([firm])) == "organization"


def test_person_evidence_outweighs_the_taggers_body_label_repeated_at_each_mention():
    """"Avonia international Westby ... Westby said ... Westby added": one role against three labels."""
    def ms(role=None, **kw):
        first = actors_mod._M(0, 6, "Westby", ("westby",), "ORG", 0, 0, votes={"organization": 1.0, "person": 2}, pev=2,
                              roles=[(1, 0, role or "Avonia international", "pre")], **kw)
        return [first] + [actors_mod._M(20 * k, 20 * k + 6, "Westby", ("westby",), "ORG", 0, 0,
                                        votes={"organization": 1.0}) for k in (1, 2, 3)]
    assert actors_mod._decide_type_by_votes(actors_mod._C(ms())) == "person"
    # a body's mark anywhere keeps it a body: "Westby shares", "the firm Westby"
    assert actors_mod._decide_type_by_votes(actors_mod._C(ms(orgmark=True))) == "organization"
    assert actors_mod._decide_type_by_votes(actors_mod._C(ms(body=True))) == "organization"
    part = actors_mod._M(90, 96, "Westby", ("westby",), "ORG", 0, 0, votes={"organization": 1.0}, weak=True)
    assert actors_mod._decide_type_by_votes(actors_mod._C(ms() + [part])) == "organization"  # "a Westby part"
    # an apposition after the name is no evidence: "from Westby, the firm's chief Ann Lee said"
    assert actors_mod._decide_type_by_votes(actors_mod._C([actors_mod._M(
        0, 6, "Westby", ("westby",), "ORG", 0, 0, votes={"organization": 1.0, "person": 2}, pev=2,
        roles=[(2, 8, "firm's chief", "rapp")])] + ms()[1:])) == "organization"
    # no evidence beyond the labels: a body
    bare = [actors_mod._M(20 * k, 20 * k + 6, "Westby", ("westby",), "ORG", 0, 0, votes={"organization": 1.0})
            for k in range(3)]
    assert actors_mod._decide_type_by_votes(actors_mod._C(bare)) == "organization"
    # a full name that is no person's shape ("Westby Holdings") is never joined by it
    firm = actors_mod._M(0, 15, "Westby Holdings", ("westby", "holdings"), "ORG", 0, 0, votes={"organization": 1.0})
    assert not actors_mod._person_by_evidence(actors_mod._C(ms() + [firm]))
    full = actors_mod._M(0, 12, "Tom Westby", ("tom", "westby"), "ORG", 0, 0, votes={"organization": 1.0})
    assert actors_mod._named_person_by_tag(actors_mod._C(ms()), actors_mod._C([full]))


def _as_person(doc, word):
    """``doc`` with the one word ``word`` set as the tagger's person name; its span."""
    from spacy.tokens import Span
    k = next(t.i for t in doc if t.text == word)
    doc.ents = [Span(doc, k, k + 1, label="PERSON")]
    return doc[k:k + 1]


def test_a_one_word_person_name_with_a_plural_verb_is_a_side(nlp):
    # no one person "have rejected" or "want": a club the tagger read as a surname
    for text, word in (("Westby have rejected a third bid for captain Tom Reed.", "Westby"),
                       ("It is thought Westby want £6m for the midfielder.", "Westby")):
        span = _as_person(nlp(text), word)
        assert actors_mod._plural_agreement(span), text
        assert actors_mod._team_context(span) == 2, text


def test_a_person_name_with_a_singular_or_shared_verb_is_no_side(nlp):
    for text, word in (("Reed has rejected a third bid for the club.", "Reed"),
                       ("Ann Lee and Reed have rejected the bid.", "Reed"),
                       ("If Reed were to leave, the club would suffer.", "Reed")):
        span = _as_person(nlp(text), word)
        assert not actors_mod._plural_agreement(span), text



def test_a_country_named_before_a_players_name_is_the_players_label(nlp):
    # "beat Norway's Peter Marsh": the player's nationality, not the country acting
    doc = nlp("Tom Reed beat Norway's Peter Marsh 6-4 6-2 to reach the semi-finals in Westby.")
    k = next(t.i for t in doc if t.text == "Norway")
    assert actors_mod._label_of_person(doc[k:k + 1])


def test_a_country_possessive_before_a_post_or_a_thing_is_no_label(nlp):
    for text in ("Norway's prime minister Peter Marsh spoke on Monday.", "Norway's economy grew by 2%."):
        doc = nlp(text)
        assert not actors_mod._label_of_person(doc[0:1]), text


def test_a_rival_or_a_market_leader_may_be_a_firm():
    # "rival" and "market leader" describe firms as readily as people: no evidence of a person
    assert actors_mod._either_role(["rival"]) and actors_mod._either_role(["japanese", "rival"])
    assert actors_mod._either_role(["market", "leader"])
    # a person's word beside it, or a bare post, still says a person
    assert not actors_mod._either_role(["her", "rival"]) and not actors_mod._either_role(["party", "leader"])
    assert not actors_mod._either_role(["leader"]) and not actors_mod._either_role(["senator", "rival"])


def test_a_country_played_once_in_a_story_about_sides_is_its_side():
    # "Westby's win over Norway": never a setting there, so the side, not the place
    text = "Westby's win over Norway was their third. Tom Reed scored twice."
    at = text.index("Norway")
    m = actors_mod._M(start=at, end=at + 6, text="Norway", words=("norway",), label="GPE", para=0, sent=0,
                      canon="Norway", gtype="place", votes={"place": 1.0}, team=1)
    c = actors_mod._C(ms=[m], canon="Norway")
    assert actors_mod._retype(c, "place", True, text) == "organization"
    assert actors_mod._retype(c, "place", False, text) == "place"  # (no story about sides)
    m.loc = True  # "in Norway" too: a setting there
    c = actors_mod._C(ms=[m], canon="Norway")
    assert actors_mod._retype(c, "place", True, text) == "place"
    text = "Sanctions against Norway were tightened. Tom Reed scored twice."  # no game or result before "against"
    at = text.index("Norway")
    m = actors_mod._M(start=at, end=at + 6, text="Norway", words=("norway",), label="GPE", para=0, sent=0,
                      canon="Norway", gtype="place", votes={"place": 1.0}, team=1)
    assert actors_mod._retype(actors_mod._C(ms=[m], canon="Norway"), "place", True, text) == "place"
