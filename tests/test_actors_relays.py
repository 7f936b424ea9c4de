"""Key actors (issue #17): sources the story only relays, a body named by its bare noun, a
contest or ceremony only named as the setting, a venue, works, parts and products told by the
words around them, and a club named before its player's position.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

from helpers import actor_names, keep_all, ranked_actors


def _kept(parse_text, text: str) -> set[str]:
    return actor_names(ranked_actors(parse_text(text, "story.txt"), keep_all()))


EDITION = """Bank Cuts Growth Forecast

The Harbour Bank is to cut its growth forecast for Avonia from 2% to 1%, the Merrow Courier Deutschland reported.

The Harbour Bank said the figures would be published in April. Economist Ada Morrow said the cut was expected.
"""


def test_an_outlets_edition_that_only_reports_is_no_actor(parse_text):
    kept = _kept(parse_text, EDITION)
    assert "Harbour Bank" in kept
    assert "Merrow Courier Deutschland" not in kept


DAILY = """Father Loses Custody Appeal

A father jailed for neglect has lost his appeal for custody of his daughter, according to the Tarsk Daily.

Tom Reed had asked the court to let him see his daughter. The decision was welcomed by his former wife, according to
the Brackwell Free Press.
"""


def test_a_paper_named_daily_or_free_press_that_is_only_cited_is_no_actor(parse_text):
    kept = _kept(parse_text, DAILY)
    assert "Tom Reed" in kept
    assert "Tarsk Daily" not in kept
    assert "Brackwell Free Press" not in kept


RELAYED = """Singer Dies Aged 61

The singer Tom Reed has died aged 61 after a long illness, his family said. He died on Friday in a hospital in
Merrow, the Vantor Agency reported.

Reed recorded twelve albums. His last tour ended in May.
"""

ACTING = """Agency Reports Loss

The Vantor Agency reported a loss of 4m last year. The Vantor Agency said it would cut 40 jobs.

Its chief executive Ada Morrow said the cuts were painful.
"""


def test_a_body_that_only_closes_a_sentence_with_reported_is_no_actor(parse_text):
    assert "Vantor Agency" not in _kept(parse_text, RELAYED)


def test_a_body_that_reports_something_stays(parse_text):
    assert "Vantor Agency" in _kept(parse_text, ACTING)


POLICE = """Man Held After Shop Siege

A man has been arrested after a six-hour siege at a shop in Merrow, police said.

Police believe the man acted alone. Officers from Merrow Constabulary cleared the street, and police later searched
his home.

The shop owner Ada Morrow said she was relieved.
"""


def test_a_body_named_only_by_its_bare_noun_is_no_actor(parse_text):
    kept = _kept(parse_text, POLICE)
    assert "Ada Morrow" in kept
    assert "Police" not in kept and "police" not in kept


CONTEST = """Singer Wins Song Prize

Brackwell singer Ada Morrow has won best song at the Avonford Music Awards, voted for by the public.

Her single was also named record of the year at the Merrow Music Awards in May. Morrow said she was delighted.
Fans at the Avonford Music Awards sang along, and she will sing at the Merrow Music Awards again next year.
"""


def test_awards_only_named_as_the_setting_are_no_actor(parse_text):
    kept = _kept(parse_text, CONTEST)
    assert "Ada Morrow" in kept
    assert "Avonford Music Awards" not in kept
    assert "Merrow Music Awards" not in kept


WINGER = """Reed Close To New Deal

Avonford Rovers winger Tom Reed said he is close to agreeing a new contract.

"The board have made an offer and I think we will reach a good agreement," Reed said. He joined in 2003.
"""


def test_a_club_named_before_its_wingers_name_is_his_employer(parse_text):
    kept = _kept(parse_text, WINGER)
    assert "Avonford Rovers" in kept


FILMS = """Bookmakers Tip Harbour Lights

Harbour Lights has been tipped by bookmakers to win the best film award.

Harbour Lights star Ada Morrow is favourite for best actress, while Tom Reed is tipped for best director. Grey
Morning, released in 1994, remains the most successful film of the decade. Ada Morrow said she was thrilled.
"""


def test_a_film_named_by_its_star_or_release_is_no_actor(parse_text):
    kept = _kept(parse_text, FILMS)
    assert {"Ada Morrow", "Tom Reed"} <= kept
    assert "Harbour Lights" not in kept
    assert "Grey Morning" not in kept


CHARACTER = """Soap Villain Killed Off

More than ten million viewers saw Roland Vane killed off on Friday.

Roland Vane, played by Tom Reed, first appeared in 1985. Reed said he was sad to leave the show, and Ada Morrow is
tipped to become the next Rosa Fane.
"""


def test_a_part_played_by_an_actor_is_no_actor(parse_text):
    kept = _kept(parse_text, CHARACTER)
    assert "Tom Reed" in kept
    assert "Roland Vane" not in kept
    assert "Rosa Fane" not in kept


CLUB_STAR = """Reed Signs New Deal

Avonford Rovers star Tom Reed has signed a new contract. Avonford Rovers said the deal would run until 2010.
"""


def test_a_club_named_before_its_stars_name_stays(parse_text):
    assert "Avonford Rovers" in _kept(parse_text, CLUB_STAR)


VENUE = """Candidates Clash Over Taxes

Senator Ada Morrow and Governor Tom Reed clashed over taxes during a televised debate at Merrow University on Monday.

Morrow said taxes would rise under Reed. Reed said Morrow had no plan.
"""


def test_an_organisation_only_named_as_where_something_happens_is_no_actor(parse_text):
    kept = _kept(parse_text, VENUE)
    assert {"Tom Reed", "Ada Morrow"} <= kept
    assert "Merrow University" not in kept


PRODUCT = """Handheld Console Delayed

Orbix has delayed the European launch of its new handheld console.

The Zentra 2 is due to go on sale in Europe in May. Orbix said demand in Japan had been higher than expected. The
Zentra 2 can also play music and films, and limited trials of the Zentra 2 began last month.
"""

COMPANY = """Orbix Cuts Jobs

Orbix has cut 200 jobs at its Merrow plant. Zentra Holdings, which owns the plant, said the cuts were painful.

Zentra Holdings shares fell 3%. Orbix said it would hire again next year.
"""


def test_a_product_named_by_what_is_said_of_it_is_no_actor(parse_text):
    kept = _kept(parse_text, PRODUCT)
    assert "Orbix" in kept
    assert "Zentra 2" not in kept


def test_a_company_that_speaks_stays(parse_text):
    assert "Zentra Holdings" in _kept(parse_text, COMPANY)


SOAP = """Soap Creator Bids For Channel

The creator of defunct TV soap Harbour Row has written to the media secretary to offer to buy the channel.

Tom Reed said he would keep the channel's public service remit. Harbour Row was axed in 2003 after its ratings fell.
"""


def test_a_soap_named_after_the_word_soap_is_no_actor(parse_text):
    kept = _kept(parse_text, SOAP)
    assert "Tom Reed" in kept
    assert "Harbour Row" not in kept


CHARITY = """Charity Gift Questioned

Tom Reed gave the Westby Foundation a large gift in 2010, his son Ann Reed said.

According to an archived version of the Westby Foundation website, the gift was the largest that year. The Westby
Foundation paid for a new school in 2012, and the Westby Foundation later opened a clinic.
"""


def test_of_belongs_to_the_noun_a_name_modifies_not_to_the_name(parse_text):
    # "a version of the X website" is the website's version: X is no product
    assert "Westby Foundation" in _kept(parse_text, CHARITY)


def test_a_post_opening_a_speakers_name_is_no_part_of_it():
    from generator.extract.actors import _speaker_title_end

    assert _speaker_title_end("Westby City Councillor Brian Tolland".split()) == 2
    assert _speaker_title_end("Detective Constable Ann Lewisham".split()) == 1
    assert _speaker_title_end("Mr Tom Reed".split()) is None  # a form of address stays
    assert _speaker_title_end("Lord Tom Reed".split()) is None
    assert _speaker_title_end("Harbour Water Company".split()) is None  # no given name after a post
