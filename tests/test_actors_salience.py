"""Key actors (issue #17): the learned salience model, and candidates that are not actors
(credit lines, titles of works, the article's own outlet), types by all mentions, aliases.

Fixture articles are our own invented texts (no third-party article text).
"""

from __future__ import annotations

import json
import math

from generator.extract import actors as actors_mod
from generator.extract.analysis import analyse
from generator.model import Actor
from helpers import actor_names, keep_all, ranked_actors


EVERYONE = keep_all()


def test_shipped_weights_name_every_feature_and_a_cut():
    data = json.loads(actors_mod.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(actors_mod.FEATURES)
    assert 0.0 < data["key_cut"] < 1.0
    assert "command" in data and "cross_validation" in data
    model = actors_mod.model()
    assert model.key_cut == data["key_cut"]


def test_probability_is_a_logistic_of_the_named_features():
    m = actors_mod.SalienceModel(weights={f: 0.0 for f in actors_mod.FEATURES} | {"mentions": 2.0, "headline": 1.0},
                                 intercept=-1.0)
    assert math.isclose(m.probability({}), 1 / (1 + math.e))
    assert math.isclose(m.probability({"mentions": 1.0, "headline": 1.0}), 1 / (1 + math.exp(-2.0)))
    assert m.probability({"mentions": 3.0}) > m.probability({"mentions": 1.0})


STORY = """Harbour Board Approves Ferry Plan

Councillor Edith Grey won approval for the new ferry plan on Friday, after months of argument.

Grey said the vote was close. The harbour board backed her by one vote.

Tom Reed, a fisherman in Westby, said the ferries would crowd the quay. Grey said the council would listen.

The plan goes to the regional assembly in June.
"""


def test_the_cut_decides_who_is_kept(parse_text):
    parsed = parse_text(STORY, "ferry.txt")
    everyone = ranked_actors(parsed, EVERYONE)
    assert "Edith Grey" in actor_names(everyone) and "Tom Reed" in actor_names(everyone)
    # a model that finds the headline-and-lead actor salient and nobody else
    strict = actors_mod.SalienceModel(weights={f: 0.0 for f in actors_mod.FEATURES} | {"headline": 0.0, "lead": 6.0},
                                      intercept=-3.0, key_cut=0.5)
    few = ranked_actors(parse_text(STORY, "ferry.txt"), strict)
    assert "Edith Grey" in actor_names(few)
    assert "Tom Reed" not in actor_names(few)
    assert all(0.0 <= a.salience <= 1.0 for a in few)


def test_features_say_who_acts_and_who_is_a_setting(parse_text):
    parsed = parse_text(STORY, "ferry.txt")
    acts = actors_mod.extract(analyse(parsed))
    feats = dict(zip((a.name for a in acts), actors_mod.features(acts, {}, parsed)))
    grey = feats["Edith Grey"]
    assert grey["lead"] == 1.0 and grey["main"] > 0 and grey["person"] == 1.0 and grey["full_name"] == 1.0
    assert grey["top"] == 1.0
    westby = next((f for n, f in feats.items() if n == "Westby"), None)
    if westby is not None:  # named only as where someone lives
        assert westby["setting"] == 1.0 and westby["main"] == 0


CREDITS = """Ferry Strike Ends

Dockers at Westby ended their strike on Monday after Harbour Lines agreed a new pay offer.

Union leader Mary Kline said members had voted to return. Harbour Lines said the offer was final.

Additional reporting by Jane Farrow; Editing by Tom Quill and Peter Vance.
"""


def test_credit_lines_give_no_actors(parse_text):
    names = actor_names(ranked_actors(parse_text(CREDITS, "strike.txt"), EVERYONE))
    assert "Mary Kline" in names
    assert not names & {"Jane Farrow", "Tom Quill", "Peter Vance"}


WORKS = """Singer Returns With New Album

Nell Archer returned to the charts on Sunday. Her hit single Silver Harbour reached number two, and the film Long Grey Road opens next month.

Archer said she had written the album in a year. Critics praised the album.

The Housing Bill was debated the same day. Ministers said the Bill would pass.
"""


def test_titles_of_works_and_bills_are_not_actors(parse_text):
    names = actor_names(ranked_actors(parse_text(WORKS, "album.txt"), EVERYONE))
    assert "Nell Archer" in names
    assert not names & {"Silver Harbour", "Long Grey Road", "Bill", "Housing Bill", "the Bill"}


OUTLET = """Publisher: Channel Nine

Port Closed After Storm

The port of Westby was closed on Monday after a storm damaged the quay, Channel Nine has learned.

Harbour master Alan Pryce told Channel Nine that repairs would take a week.
"""


def test_the_articles_own_outlet_is_not_an_actor(parse_text):
    parsed = parse_text(OUTLET, "port.txt")
    assert parsed.article.publisher == "Channel Nine"
    names = actor_names(ranked_actors(parsed, EVERYONE))
    assert "Alan Pryce" in names
    assert "Channel Nine" not in names


def test_a_name_that_owns_shares_or_a_striker_is_an_organisation():
    M = actors_mod._M
    ms = [M(0, 6, "Veltra", ("veltra",), "GPE", 0, 0, votes={"place": 1.0}),
          M(10, 16, "Veltra", ("veltra",), "GPE", 0, 1, votes={"place": 1.0}),
          M(20, 26, "Veltra", ("veltra",), "GPE", 0, 2, votes={"place": 1.0, "organization": 3.0}, orgmark=True)]
    assert actors_mod._decide_type(actors_mod._C(ms=ms)) == "organization"
    ms[2].orgmark = False
    ms[2].votes = {"place": 1.0}
    assert actors_mod._decide_type(actors_mod._C(ms=ms)) == "place"


def test_a_surname_two_people_share_is_no_alias():
    hillary = Actor(name="Ann Clayton", type="person", aliases=["Clayton", "Ms Clayton"])
    bill = Actor(name="Bill Clayton", type="person", aliases=["Clayton"])
    other = Actor(name="Tom Reed", type="person", aliases=["Reed"])
    acts = [hillary, bill, other]
    actors_mod._drop_shared_surnames(acts)
    assert hillary.aliases == ["Ms Clayton"] and bill.aliases == []
    assert other.aliases == ["Reed"]


def test_a_role_keeps_its_would_be_modifier(parse_text):
    text = ("Candidate Quits Race\n\nThe would-be council leader Sam Hale quit the race on Monday.\n\n"
            "Hale said he had lost the trust of his party. His rivals said Hale had been right to go.\n")
    acts = ranked_actors(parse_text(text, "hale.txt"), EVERYONE)
    hale = next(a for a in acts if a.name == "Sam Hale")
    assert hale.role and hale.role.startswith("would-be"), hale.role


PASSING = """Singer Wins Prize

Nell Archer won the Harbour Prize on Sunday for her third album.

Archer said the prize meant a great deal. Her songs have been compared to those of Tom Wexley.

The judges said Archer had written the best record of the year.
"""


def test_a_person_named_once_in_passing_is_not_a_key_actor(parse_text):
    names = actor_names(ranked_actors(parse_text(PASSING, "prize.txt"), EVERYONE))
    assert "Nell Archer" in names
    assert "Tom Wexley" not in names


def test_organisation_tails_join_the_full_name():
    M = actors_mod._M
    full = actors_mod._C(ms=[M(0, 20, "Our Harbour Fund", ("our", "harbour", "fund"), "ORG", 0, 0,
                               votes={"organization": 4.0})])
    tail = actors_mod._C(ms=[M(30, 42, "Harbour Fund", ("harbour", "fund"), "ORG", 0, 1, votes={"organization": 4.0})])
    bare = actors_mod._C(ms=[M(50, 54, "Fund", ("fund",), "ORG", 0, 2, votes={"organization": 1.0})])
    named = [full, bare, tail]
    actors_mod._join_organisation_tails(named)
    assert len(full.ms) == 3 and not tail.ms and not bare.ms



def test_actors_index_leads_with_the_actors_covered_most():
    from generator.identity import Actors
    from generator.library import Entry
    from generator.model import Briefing
    from generator.site import pages

    def entry(slug, *names):
        return Entry(briefing=Briefing(slug=slug, title=slug, source="s", source_sha256="",
                                       actors=[Actor(n, "person") for n in names]), article=None, edited=False)

    entries = [entry("a", "Ada Voss", "Ben Tull", "Cy Aldo"), entry("b", "Ben Tull", "Dee Penrose"),
               entry("c", "Ben Tull", "Cy Aldo", "Eve Ash")]
    index = next(p for p in pages.actor_pages(Actors(e.briefing for e in entries), entries)
                 if p.path.startswith("actors/index"))
    text = index.content
    lead = text[text.index("Most covered"):text.index("Persons")]
    assert lead.index("Ben Tull") < lead.index("Cy Aldo")
    assert "Ada Voss" not in lead and "Dee Penrose" not in lead
    people = text[text.index("Persons"):]
    assert people.index("Ben Tull") < people.index("Cy Aldo")
    # One-off names have no page (they are on their briefing's page): counted, not listed.
    assert "Ada Voss" not in people and "3 other actors named in one briefing only" in text


def test_the_organisation_behind_a_report_is_a_source(parse_text):
    text = ("Rents Rise Again\n\nRents rose by a fifth last year, according to a report by the Westmoor "
            "Housing Institute.\n\nTenants in the city said they could not afford to move. Landlords blamed "
            "higher costs.\n")
    parsed = parse_text(text, "rents.txt")
    acts = actors_mod.extract(analyse(parsed))
    inst = next(a for a in acts if "Westmoor" in a.name)
    feats = dict(zip((a.name for a in acts), actors_mod.features(acts, {}, parsed)))[inst.name]
    assert feats["speech"] > 0 and feats["agent"] > 0


def test_a_capitalised_common_noun_is_no_actor_across_briefings():
    from generator.identity import descriptive

    assert descriptive("Experts") and descriptive("Analysts")
    assert not descriptive("Democrats") and not descriptive("Ruth Ambler") and not descriptive("Northbay Bank")


# --------------------------------------------------------------------------- issue #17: settings and non-actors

def test_a_place_only_named_as_the_setting_is_no_key_actor(parse_text):
    text = ("Phone Survey\n\nMore people in Norway and Chile now use only a mobile, a survey by Telvio found.\n\n"
            "In Norway 60% of those asked said so. In Chile many said the same. Telvio said the trend would "
            "continue.\n\nPeru said it would regulate the market, and Peru fined two firms.\n")
    names = actor_names(ranked_actors(parse_text(text, "phones.txt"), EVERYONE))
    assert "Norway" not in names and "Chile" not in names
    assert "Peru" in names and "Telvio" in names


def test_a_state_or_city_named_once_without_acting_is_no_key_actor_however_sure(parse_text):
    sure = actors_mod.SalienceModel(weights={f: 0.0 for f in actors_mod.FEATURES}, intercept=0.0, key_cut=0.0,
                                    sure_cut=0.5)
    text = ("Crowd Record\n\nA crowd the size of Westby, Nevada, saw the final, the league said on Friday.\n\n"
            "Officer Tom Reed said the crowd, like Chile, was calm. Utah fined the club last year.\n")
    names = actor_names(ranked_actors(parse_text(text, "crowd.txt"), sure))
    assert "Nevada" not in names, names  # named once in a comparison: no setting even
    assert "Chile" in names and "Utah" in names, names  # a country the model is sure of; a state that acts


def test_a_country_whose_authorities_act_is_more_than_its_setting(parse_text):
    text = ("Drug Hopes\n\nShares in Avonia Pharma rose after a ruling in Norway on its spray.\n\n"
            "Norwegian authorities have said the spray will be approved. Approval in Norway is due in May, "
            "Tom Reed of Avonia Pharma said. Sales in Norway start later.\n\nThe firm also sells in Chile, "
            "and agents of the Chilean government were said to be interested.\n")
    names = actor_names(ranked_actors(parse_text(text, "spray.txt"), EVERYONE))
    assert "Norway" in names and "Chile" not in names, names  # its authorities act; "of the Chilean government"
    place = Actor(name="Norway", type="place")
    assert not actors_mod._authorities_act(place, "The plan was backed by Norwegian authorities.")
    assert not actors_mod._authorities_act(place, "They praised the Norwegian government's policies.")
    assert not actors_mod._authorities_act(place, '"Norwegian officials have said no," he said.')


def test_names_only_used_as_modifiers_are_not_actors(parse_text):
    text = ("College Case\n\nJustice Ruth Alder asked about colleges with ROTC programs. \"What about a college "
            "without a ROTC program?\" Alder said. Alder also asked about ROTC funding.\n")
    names = actor_names(ranked_actors(parse_text(text, "college.txt"), EVERYONE))
    assert "Ruth Alder" in names and "ROTC" not in names, names


def test_a_capitalised_common_noun_or_job_is_no_actor(extract_text):
    text = ("Ad War\n\nA conservative group is out with a new ad hitting the senator.\n\n"
            "Source familiar with the spot says the group is paying \"large\" sums to run it.\n")
    _, ex = extract_text(text, "ad.txt")
    assert not any(a.name == "Source" for a in ex.actors), [a.name for a in ex.actors]
    text = ("Clinic Opens\n\nConsultant Gynaecologist Mary Hale opened the clinic on Monday. Hale said it was "
            "needed.\n\nHale thanked the staff.\n")
    _, ex = extract_text(text, "clinic.txt")
    assert not any("Gynaecologist" in n for a in ex.actors for n in [a.name, *a.aliases])


def test_characters_named_in_a_title_before_a_title_noun_are_not_actors(parse_text):
    text = ("Mock Trial\n\nThe Orlan and Mirela tragedy was at the center of the mock trial on Monday.\n\n"
            "Judge Ruth Alder said the friar had helped Mirela fake her death. Alder ruled for the family.\n")
    names = actor_names(ranked_actors(parse_text(text, "trial.txt"), EVERYONE))
    assert "Ruth Alder" in names and "Mirela" not in names, names


def test_a_place_a_person_comes_from_is_not_a_person(parse_text):
    text = ("Singer Wins\n\nJoss Harlan, a 17-year-old soul singer from Devon, won the award on Monday.\n\n"
            "Critics said she sang well. The fact that she is from Devon surprised many. She grew up in the "
            "Devon countryside.\n")
    acts = actors_mod.extract(analyse(parse_text(text, "singer.txt")))
    devon = next((a for a in acts if a.name == "Devon"), None)
    assert devon is None or devon.type == "place", (devon.name, devon.type)


# --------------------------------------------------------------------------- issue #17: central actors on unseen articles

def test_the_organisation_whose_report_speaks_acts_through_it(parse_text):
    text = ("Rents Rise Again\n\nRents rose by a fifth last year, said a Westmoor Housing Institute report.\n\n"
            "Tenants in the city said they could not afford to move. Landlords blamed higher costs.\n")
    parsed = parse_text(text, "rents.txt")
    acts = actors_mod.extract(analyse(parsed))
    inst = next(a for a in acts if "Westmoor" in a.name)
    feats = dict(zip((a.name for a in acts), actors_mod.features(acts, {}, parsed)))[inst.name]
    assert feats["agent"] > 0 and feats["modifier"] == 0


def test_whoever_the_headline_has_act_is_kept_though_the_body_only_modifies(parse_text):
    text = ("Calder Bank to cut 500 jobs\n\nStaff were told on Monday that the Calder Bank branches in the north "
            "would close by the summer.\n\nUnions said the Calder Bank plan was a betrayal of loyal workers, and "
            "they would ballot members on a strike next month.\n")
    names = actor_names(ranked_actors(parse_text(text, "bank.txt")))
    assert "Calder Bank" in names, names


def test_the_firm_before_a_persons_job_title_is_not_a_mere_modifier(parse_text):
    text = ("Growth Slows\n\nThe economy slowed in the last quarter. Calder Bank chief economist Ann Lee said "
            "shoppers had cut back.\n")
    parsed = parse_text(text, "growth.txt")
    acts = actors_mod.extract(analyse(parsed))
    bank = next(a for a in acts if a.name == "Calder Bank")
    feats = dict(zip((a.name for a in acts), actors_mod.features(acts, {}, parsed)))[bank.name]
    assert feats["modifier"] == 0


def test_a_described_group_that_acts_twice_is_an_actor(parse_text):
    text = ("Harbour Bank Fined\n\nHarbour Bank was fined two million pounds on Monday for mis-selling loans.\n\n"
            "The bank said it would appeal. Its chief executive, Ann Lee, said the fine was unfair.\n\n"
            "Inspectors said the bank had ignored warnings for years. Inspectors also found that staff were "
            "paid a bonus for each loan.\n")
    names = {n.lower() for n in actor_names(ranked_actors(parse_text(text, "fine.txt"), EVERYONE))}
    assert "inspectors" in names, names


def test_an_unknown_place_name_that_is_owned_is_an_organisation(parse_text):
    text = ("Oil Deal Collapses\n\nThe deal to merge the two oil firms collapsed on Monday after talks over Varnsk "
            "broke down.\n\nState-owned Varnsk was not part of the deal, the ministry said. Varnsk pumps a fifth of "
            "the region's oil. Analysts said Varnsk would be sold next year.\n")
    acts = actors_mod.extract(analyse(parse_text(text, "oil.txt")))
    varnsk = next(a for a in acts if a.name == "Varnsk")
    assert varnsk.type == "organization", [(a.name, a.type) for a in acts]


UNTAGGED = """Lanternfish join summer festival bill

Northshire act Lanternfish are to top the bill on the second stage at the Harbour Fields festival.

The event will be held at Westby Park in August. Lanternfish will play on the Saturday night, organisers said.

Festival director Ann Lee said: "We are thrilled to have them." Tickets go on sale on Friday.
"""


def test_a_name_the_tagger_missed_that_acts_twice_is_a_candidate(parse_text):
    parsed = parse_text(UNTAGGED, "festival.txt")
    band = next(t for pp in parsed.paragraphs for t in pp.doc if t.text == "Lanternfish")
    assert band.ent_type_ == ""  # the premise: the tagger sees no name here
    acts = actors_mod.extract(analyse(parsed))
    found = next(a for a in acts if a.name == "Lanternfish")
    assert found.type == "organization" and found.mentions == 2
    assert "Lanternfish" in actor_names(ranked_actors(parse_text(UNTAGGED, "festival.txt")))


def test_a_title_or_a_name_that_acts_once_is_not(parse_text):
    once = UNTAGGED.replace("Lanternfish will play", "The band will play")
    assert "Lanternfish" not in {a.name for a in actors_mod.extract(analyse(parse_text(once, "festival.txt")))}
    title = UNTAGGED.replace("Northshire act Lanternfish", "The film Million Lanternfish").replace(
        ". Lanternfish will", ". Million Lanternfish will")
    assert "Lanternfish" not in {a.name for a in actors_mod.extract(analyse(parse_text(title, "festival.txt")))}


STATE = """Portugal to review port charges

The Portuguese government will review port charges after complaints from shipping firms, officials said on Monday.

Portugal has raised the charges twice this year. Portugal said the review would end in June.

Harbour Lines, the largest operator, said the charges had doubled its costs.
"""


def test_a_country_also_goes_by_its_government_where_the_article_says_so(parse_text):
    acts = ranked_actors(parse_text(STATE, "port.txt"), EVERYONE)
    country = next(a for a in acts if a.type == "place" and a.name == "Portugal")
    assert "Portuguese government" in country.aliases
    assert not any(x.endswith(("authorities", "administration")) for x in country.aliases)
    bare = STATE.replace("Portugal said the review", "The government said the review")
    acts = ranked_actors(parse_text(bare, "port.txt"), EVERYONE)
    assert "the government" not in {a.name for a in acts}  # beside the one country that acts: its state
    assert "the government" in next(a for a in acts if a.name == "Portugal").aliases
    listed = bare.replace("Harbour Lines, the largest", "Spain has cut its own charges. Harbour Lines, the largest")
    acts = ranked_actors(parse_text(listed, "port.txt"), EVERYONE)
    assert {"the government", "Spain"} <= {a.name for a in acts}  # two countries act: listed as an actor of its own ...
    country = next(a for a in acts if a.name == "Portugal")
    assert not any(x.endswith("government") for x in country.aliases)  # ... so it is no alias


def test_the_cap_keeps_what_the_model_is_sure_of_before_sources_quoted_once(monkeypatch):
    monkeypatch.setattr(actors_mod, "MAX_ACTORS", 3)
    model = actors_mod.SalienceModel(weights={f: 0.0 for f in actors_mod.FEATURES}, intercept=0.0,
                                     key_cut=0.15, sure_cut=0.6)
    sure_body = Actor(name="Westby Council", type="organization", salience=0.7)
    quoted = [Actor(name=n, type="person", salience=s) for n, s in
              (("Ann Lee", 0.9), ("Tom Reed", 0.2), ("Ed Vale", 0.18))]
    place = Actor(name="Avonia", type="place", salience=0.65)  # a place yields: not sure at 0.65
    keep = sorted([sure_body, place, *quoted], key=actors_mod._order)
    kept = actors_mod._capped(keep, {id(a): 1 for a in quoted}, model)
    assert [a.name for a in kept] == ["Ann Lee", "Westby Council", "Tom Reed"]


HEADLINE_GROUP = """Westby shop workers reject pay offer

Staff at the Westby branches of Harbour Stores voted on Monday to turn down the company's offer of 2%.

Ann Lee, who speaks for the union, said the offer fell short of inflation. Harbour Stores said it was disappointed.
"""


def test_a_group_the_headline_has_act_is_listed(parse_text):
    acts = ranked_actors(parse_text(HEADLINE_GROUP, "story.txt"))
    names = {a.name for a in acts}
    assert "Westby shop workers" in names, names
    assert "Harbour Stores" in names, names


def test_a_headline_group_already_listed_is_not_listed_twice(parse_text):
    text = HEADLINE_GROUP.replace("Staff at the Westby branches", "Westby shop workers at the branches")
    acts = ranked_actors(parse_text(text, "story.txt"))
    assert sum("workers" in a.name.lower() for a in acts) == 1, [a.name for a in acts]


def test_a_headline_party_named_in_the_plural_is_the_listed_party(parse_text):
    text = """Conservatives reject spending plans

The Conservative Party said on Monday that the government's spending plans would raise taxes for families.

The party's leader said the plans were reckless. The Conservative Party will publish its own plans next week.
"""
    acts = ranked_actors(parse_text(text, "story.txt"))
    assert "Conservatives" not in {a.name for a in acts}, [a.name for a in acts]


def test_a_teaser_before_the_lead_is_no_lead_sentence(parse_text):
    """"Cleared at last. But will she stay?": a teaser opening the story is not its lead; the two
    statements after it are, so a group acting there counts as acting in the lead."""
    from generator.extract import actors
    from generator.extract.analysis import analyse

    text = ("Westby (CNN)Cleared at last. But will she stay? After a week of hearings, jurors found Ann Lee "
            "not guilty on Monday of all charges she faced. The case is closed. Lee thanked her family and "
            "said she would return to work at the Avonford clinic next month.\n")
    parsed = parse_text(text, "story.txt")
    ms = actors._collect(analyse(parsed))
    jurors = [m for m in ms if m.head == "jurors"]
    assert jurors and jurors[0].lead
