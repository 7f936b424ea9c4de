"""Open matters the detectors used to miss: damages someone is seeking, a lawsuit under way ("is suing"), a
favourite "tipped as the favourite to win", a fixture set as "travel to face X on 12 June", a target set for a
year ahead, a step a report says a side "may" take, legal action threatened or weighed, and a nomination for a
prize still to be given.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article, assert_registered


def test_the_new_kinds_are_registered():
    assert_registered("damages-sought", "dated-aim", "legal-threat", "nominee")


def test_damages_sought_ask_whether_they_are_won(ask_texts):
    qs = ask_texts(article("The Hale family is seeking damages of $2m from the Riverside hospital.",
                           "The hospital said it would defend the case."))
    assert "Will the Hale family win damages of $2m from the Riverside hospital?" in qs, qs
    qs = ask_texts(article("Lee Holdings will seek compensation from the Harbour Board over the delays.",
                           "Work on the quay began in May."))
    assert "Will Lee Holdings win compensation from the Harbour Board?" in qs, qs
    qs = ask_texts(article("Shareholders of Lee Holdings are seeking damages from a long list of other defendants, "
                           "including three banks.", "The banks declined to comment."))
    assert "Will shareholders of Lee Holdings win damages?" in qs, qs  # not "from the long list"


def test_damages_no_longer_open_are_not_asked(ask_texts):
    qs = ask_texts(article("Lee Holdings was seeking compensation from the port authority.",
                           "Work on the quay began in May."))
    assert not any("compensation" in q for q in qs), qs
    qs = ask_texts(article("The Hale family is seeking damages of $2m from the Riverside hospital.",
                           "A judge later awarded the family $1m."))
    assert not any("damages" in q for q in qs), qs
    qs = ask_texts(article("The firm is seeking damages from the council.", "The council said it would fight the claim."))
    assert not any("damages" in q for q in qs), qs  # "the firm": nobody the reader can follow


def test_a_lawsuit_and_the_damages_it_seeks_are_one_matter(ask_texts):
    qs = ask_texts(article("Danish engineer Ann Lee filed the suit in a district court and is seeking damages.",
                           "The court has yet to set a date."))
    assert not any("win damages" in q for q in qs), qs


def test_a_lawsuit_under_way_is_asked(ask_texts):
    qs = ask_texts(article("The singer Mara Vell is suing the record label Northwind for $5,000.",
                           "Northwind declined to comment."))
    assert any(q.startswith("Will Mara Vell's lawsuit against") and q.endswith("succeed?") for q in qs), qs
    qs = ask_texts(article("The parents of a young girl are suing the toy maker Brightco over a faulty swing.",
                           "The firm said it was sorry."))
    assert "Will the lawsuit against the toy maker Brightco succeed?" in qs, qs  # not "a young girl's lawsuit"


def test_tipped_as_the_favourite_to_win(ask_texts):
    qs = ask_texts(article("The Aviary Road has been tipped by pundits as the favourite to win the top drama prize at "
                           "this year's ceremony.", "The ceremony takes place in the capital in March."))
    assert "Will the Aviary Road win the top drama prize at this year's ceremony?" in qs, qs
    qs = ask_texts(article("The Aviary Road was tipped by pundits as the favourite to win the top drama prize.",
                           "It won two minor prizes on the night."))
    assert not any("top drama" in q for q in qs), qs


def test_a_fixture_the_side_travels_to_play(ask_texts):
    qs = ask_texts(article("Northam travel to face Eastwick in Cardiff in their next league match on June 12.",
                           "Northam won 2-0 on Saturday."))
    assert "Will Northam beat Eastwick on June 12?" in qs, qs
    qs = ask_texts(article("Northam travelled to face Eastwick in Cardiff on June 12.", "Northam won 2-0."))
    assert not any(q.startswith("Will Northam beat Eastwick") for q in qs), qs


def test_a_target_set_for_a_year_ahead(ask_texts):
    qs = ask_texts(article("Lee Motors aims to double its sales in Asia by 2010.", "The firm sold 40,000 cars there last year."))
    assert "Will Lee Motors double its sales in Asia by 2010?" in qs, qs
    qs = ask_texts(article("The Northland union set itself the target of signing up a million members by 2012.",
                           "It has 600,000 members now."))
    assert "Will the Northland union meet its target of signing up a million members by 2012?" in qs, qs


def test_a_target_past_met_or_owned_by_nobody_named_is_not_asked(ask_texts):
    qs = ask_texts(article("Lee Motors had aimed to double its sales in Asia by 2005.", "It sold 40,000 cars there last year."))
    assert not any("double" in q for q in qs), qs
    qs = ask_texts(article("The Northland union set itself the target of signing up a million members by 2012.",
                           "It met that target two years early."))
    assert not any("target" in q for q in qs), qs
    qs = ask_texts(article("The council's target of recycling half of household waste by 2010 looks hard to reach.",
                           "Only a fifth is recycled now."))
    assert not any("target" in q for q in qs), qs  # "the council": which one, the story never says


def test_a_hedged_step_on_a_reports_word(ask_texts):
    qs = ask_texts(article("Northam may launch a £2m January bid for striker Tom Hale, according to reports.",
                           "Hale has scored 12 goals this season."))
    assert "Will Northam launch a £2m January bid for striker Tom Hale?" in qs, qs


def test_legal_action_threatened_or_weighed(ask_texts):
    qs = ask_texts(article("German airline Northair may sue federal agencies for damages after the visit of a foreign "
                           "leader disrupted flights.", "Northair said it may lose millions."))
    assert "Will Northair sue federal agencies for damages?" in qs, qs
    qs = ask_texts(article("Tom Hale has threatened to sue the Evening Courier over the article.",
                           "The paper stands by its story."))
    assert "Will Tom Hale sue the Evening Courier over the article?" in qs, qs
    qs = ask_texts(article("Lee Holdings is considering legal action against the port authority.",
                           "The authority declined to comment."))
    assert "Will Lee Holdings take legal action against the port authority?" in qs, qs


def test_legal_action_on_a_condition_or_already_taken_is_not_threatened(ask_texts):
    qs = ask_texts(article("Tom Hale would sue the paper if it printed the story.", "The paper did not print it."))
    assert not any(q.startswith("Will Tom Hale sue") for q in qs), qs
    qs = ask_texts(article("Lee Holdings is considering legal action against the port authority.",
                           "Lee Holdings later sued the authority."))
    assert not any("take legal action" in q for q in qs), qs


def test_a_nomination_asks_whether_the_prize_is_won(ask_texts):
    qs = ask_texts(article("The Long Road has been nominated for best film at this year's awards.", "The ceremony is in March."))
    assert "Will the Long Road win best film?" in qs, qs
    qs = ask_texts(article("Ann Lee has been nominated in three categories, including best actress.",
                           "The ceremony is in March."))
    assert "Will Ann Lee win best actress?" in qs, qs


def test_a_nomination_whose_result_is_told_or_unnamed_is_not_asked(ask_texts):
    qs = ask_texts(article("The Long Road has been nominated for best film.", "It won the prize on Sunday."))
    assert not any("best film" in q for q in qs), qs
    qs = ask_texts(article("The band Blue Harbour have been nominated for four prizes at next month's awards.",
                           "They formed in 2001."))
    assert not any(" win " in q for q in qs), qs
