"""Open matters of sport and of launched products: a title a side or player is playing for ("her bid for a ninth
title", "going for their first league title"), a title still to be defended, a contest set by its stage ("will meet
X in the final"), and a product or scheme with its stated aim ("the cards are designed to stop touts").

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article, assert_registered


def test_the_new_kinds_are_registered():
    assert_registered("title-bid", "defend-title", "designed-aim")


def test_a_title_bid_asks_whether_it_is_won(ask_texts):
    qs = ask_texts(article("Ann Lee began her bid for a sixth title on the grass in Valdora on Wednesday.",
                           "She beat Eva Holm 6-3 6-1 in the first round."))
    assert "Will Ann Lee win a sixth title on the grass in Valdora?" in qs, qs
    qs = ask_texts(article("Rovers are going for their first league title since 1950 after two opening wins.",
                           "Last season Rovers finished second."))
    assert "Will Rovers win their first league title?" in qs, qs
    qs = ask_texts(article("Ann Lee is going for a third gold medal in Rome.", "Lee won in 2001."))
    assert "Will Ann Lee win a third gold medal in Rome?" in qs, qs


def test_a_title_bid_told_over_or_won_is_not_asked(ask_texts):
    qs = ask_texts(article("Ann Lee's bid for the crown ended in defeat on Sunday.", "Lee is 30."))
    assert not any("crown" in q for q in qs), qs
    qs = ask_texts(article("Ann Lee began her bid for a ninth title on Wednesday.",
                           "On Sunday she won the title for the ninth time."))
    assert not any("title" in q for q in qs), qs
    qs = ask_texts(article("Ann Lee began her bid for a ninth title on Wednesday.",
                           "Lee claimed her eighth title in 2004."))  # another title: the ninth is still open
    assert "Will Ann Lee win a ninth title?" in qs, qs
    qs = ask_texts(article("Rovers were going for their first league title in 1950.", "They finished second."))
    assert not any("title" in q for q in qs), qs


def test_a_title_still_to_defend_is_asked(ask_texts):
    qs = ask_texts(article("City will defend their title at the Harbour Cup next month.",
                           "The squad City named on Monday is young."))
    assert "Can City defend their title?" in qs, qs
    qs = ask_texts(article("Tom Hale, who defends his crown in May, beat Ben Cole on Sunday.", "Hale is 30."))
    assert "Can Tom Hale defend his crown?" in qs, qs


def test_a_chance_or_hope_of_a_title_is_asked(ask_texts):
    qs = ask_texts(article("Critics say Harbour City's chance at defending their league title has been ruined.",
                           "Harbour City lost 2-0 on Monday."))
    assert "Can Harbour City defend their league title?" in qs, qs
    qs = ask_texts(article("Rovers' hopes of winning the cup were boosted by a 3-0 win on Saturday.",
                           "The fans of Rovers cheered."))
    assert "Will Rovers win the cup?" in qs, qs
    qs = ask_texts(article("Tom Hale beat Ben Cole to reach the third round as he began his bid for a sixth title in "
                           "Valdora.", "Hale is 30."))
    assert "Will Tom Hale win a sixth title in Valdora?" in qs, qs  # "he": the main clause's player


def test_a_defence_told_done_is_not_asked(ask_texts):
    for text in ("Tom Hale failed to defend his crown last year.", "Tom Hale defended his crown last year.",
                 "Tom Hale has defended his crown twice.", "Tom Hale retired after defending his title in 2004."):
        qs = ask_texts(article(text, "He is now ranked 40th."))
        assert not any("defend" in q for q in qs), (text, qs)


def test_a_contest_set_by_its_stage_is_asked(ask_texts):
    qs = ask_texts(article("Tom Hale will meet Ben Cole in the final.",
                           "Both men won their semi-finals in straight sets."))
    assert "Will Tom Hale beat Ben Cole in the final?" in qs, qs  # where it is played, as the story sets it
    qs = ask_texts(article("Tom Hale met Ben Cole in the final.", "Hale won in straight sets."))
    assert not any("beat" in q for q in qs), qs


def test_a_product_with_its_stated_aim_is_asked(ask_texts):
    qs = ask_texts(article("The festival will bring in photo ID cards this year.",
                           "The new ID cards are designed to stop touts reselling tickets.",
                           "The festival sold out in a day."))
    assert "Will the new ID cards stop touts reselling tickets?" in qs, qs


def test_a_product_named_barely_takes_its_earlier_fuller_name_or_is_not_asked(ask_texts):
    qs = ask_texts(article("Homeless people in Valdora are being handed free smartphones by a charity.",
                           "The phones are designed to help people apply for jobs.", "The charity has 40 staff."))
    assert "Will the free smartphones help people apply for jobs?" in qs, qs
    qs = ask_texts(article("The ministry wants more projects for young people.",
                           "The programmes are designed to support lessons in schools.", "The ministry has 40 staff."))
    assert not any("support lessons" in q for q in qs), qs  # which programmes: the story never says


def test_an_aim_of_something_not_launched_is_not_asked(ask_texts):
    qs = ask_texts(article("The bridge is designed to carry 40,000 cars a day.", "It opened in 1990."))
    assert not any("carry" in q for q in qs), qs
    qs = ask_texts(article("The new ID cards were designed to stop touts.", "The idea was dropped."))
    assert not any("touts" in q for q in qs), qs


def test_a_scheme_the_lead_says_was_launched_is_asked_by_its_aim(ask_texts):
    qs = ask_texts(article("The Harbour Trust has launched a scheme to cut waiting times at the clinic.",
                           "Patients welcomed the news."))
    assert "Will the Harbour Trust's scheme cut waiting times at the clinic?" in qs, qs
    qs = ask_texts(article("Acme Pharma has launched an initiative to curb the resale of cheap pills - sold to "
                           "poorer countries - back into Europe.", "The pills will be dyed red."))
    assert "Will Acme Pharma's initiative curb the resale of cheap pills?" in qs, qs


def test_a_launched_scheme_told_scrapped_or_only_proposed_is_not_asked_by_its_aim(ask_texts):
    qs = ask_texts(article("The Harbour Trust has launched a scheme to cut waiting times at the clinic.",
                           "The scheme was scrapped after a month."))
    assert not any("scheme" in q for q in qs), qs
    qs = ask_texts(article("The Harbour Trust has proposed a scheme to cut waiting times at the clinic.",
                           "Patients welcomed the news."))
    assert "Will the Harbour Trust's scheme cut waiting times at the clinic?" not in qs, qs
