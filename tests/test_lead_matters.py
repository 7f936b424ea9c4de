"""Lead matters (issue #19): the open matter of the story's own lead, asked when no open-matter marker fires;
a prize still to be given that the lead reports a shortlist or nomination for, a named person the lead says is
accused of a crime whose verdict the story does not tell, a contest between two named sides still to be decided, an
answer a named side is set to learn, and how long a player the lead says withdrew with an injury is out.

Every fixture article below is written for these tests (no third-party text).
"""

from __future__ import annotations

from helpers import article


def test_the_lead_kinds_are_registered_and_described():
    from generator.extract import lead_matters

    for kind in ("prize-ahead", "accused", "contest-ahead", "offer-open", "answer-awaited", "injury-absence"):
        assert kind in {fn.kind for fn in lead_matters.LEAD_KINDS}, kind
        assert kind in lead_matters.describe(), kind


def test_a_shortlist_for_a_named_prize_asks_who_wins_it(ask_texts):
    qs = ask_texts(article("The eight writers shortlisted for the Avonford Fiction Prize are hoping for more sales.",
                           "Last year's book sold well in shops across Westby."))
    assert "Who will win the Avonford Fiction Prize?" in qs, qs
    qs = ask_texts(article("Ann Lee is among four poets who have made the shortlist for the Westby Poetry Prize.",
                           "The poets read from their work at a dinner in Avonford."))
    assert "Who will win the Westby Poetry Prize?" in qs, qs


def test_one_named_nominee_is_asked_whether_they_win(ask_texts):
    qs = ask_texts(article("Singer Tom Reed has been given three nominations for Avonia Music awards.",
                           "His album sold half a million copies in its first month."))
    assert "Will Tom Reed win an Avonia Music award?" in qs, qs


def test_a_prize_already_given_or_a_past_nomination_is_not_asked(ask_texts):
    qs = ask_texts(article("The eight writers shortlisted for the Avonford Fiction Prize gathered in Westby on Monday.",
                           "Ann Lee won the Avonford Fiction Prize for her novel The Long Road."))
    assert not any("Who will win" in q for q in qs), qs
    qs = ask_texts(article("Tom Reed, who was nominated for the Avonia Music award in 1990, has died aged 80.",
                           "He recorded twelve albums."))
    assert not any("win" in q for q in qs), qs


def test_an_unnamed_prize_is_not_asked(ask_texts):
    qs = ask_texts(article("The eight writers shortlisted for an award are hoping for a rise in sales.",
                           "Last year's book sold well in shops across Westby."))
    assert not any("Who will win" in q for q in qs), qs


def test_a_person_accused_of_a_crime_is_asked_whether_convicted(ask_texts):
    qs = ask_texts(article("Tom Reed, who is accused of robbing two banks in Westby, told jurors he was at home.",
                           "His lawyer said the police had the wrong man."))
    assert "Will Tom Reed be convicted of robbing two banks?" in qs, qs
    qs = ask_texts(article("Friends of the victims gathered in Avonford on Sunday.",
                           "Ann Lee is accused of running a $2bn fraud at a Westby firm."))
    assert "Will Ann Lee be convicted of running a fraud?" in qs, qs


def test_an_accusation_of_no_crime_or_with_a_verdict_told_is_not_asked(ask_texts):
    qs = ask_texts(article("Tom Reed has been accused of misleading voters over the Westby bypass.",
                           "He said the claim was nonsense."))
    assert not any("convicted" in q for q in qs), qs
    qs = ask_texts(article("Tom Reed, who is accused of robbing two banks in Westby, told jurors he was at home.",
                           "On Friday Reed was convicted and jailed for ten years."))
    assert not any("Will Tom Reed be convicted" in q for q in qs), qs
    qs = ask_texts(article("Tom Reed, who is accused of robbing two banks in Westby, told jurors he was at home.",
                           "His friend Sam Hale has pleaded guilty to driving the car."))
    assert "Will Tom Reed be convicted of robbing two banks?" in qs, qs  # a co-accused's plea is not his verdict


def test_the_next_round_a_winner_goes_on_to_is_asked(ask_texts):
    qs = ask_texts(article("Top seed Tom Reed went out of the Westby Open on Friday with a loss to Sam Hale.",
                           "Reed lost the semi-final 6-3 6-4 to Hale, who goes on to face Ben Cole in the final."))
    assert "Will Sam Hale beat Ben Cole?" in qs, qs
    qs = ask_texts(article("Top seed Tom Reed went out of the Westby Open on Friday with a loss to Sam Hale.",
                           "Reed lost the semi-final 6-3 6-4 to Hale, who goes on to face Ben Cole in the final.",
                           "On Sunday Hale beat Cole 6-2 6-2 to take the title."))
    assert not any("beat Ben Cole" in q for q in qs), qs


def test_a_race_two_named_sides_are_locked_in_is_asked_with_its_place(ask_texts):
    qs = ask_texts(article("Ann Lee and Sue Hale are locked in a tight race in Avonia, a new poll has found.",
                           "The poll of 900 voters put Lee two points ahead."))
    assert "Will Ann Lee beat Sue Hale in Avonia?" in qs, qs
    qs = ask_texts(article("Ann Lee and Sue Hale are locked in a tight race in Avonia, a new poll has found.",
                           "Lee beat Hale in Westby in 1998, and Hale would beat her now, the poll says."))
    assert "Will Ann Lee beat Sue Hale in Avonia?" in qs, qs  # an earlier meeting, a hypothetical: no result


def test_labels_before_the_story_do_not_take_the_leads_place(ask_texts):
    qs = ask_texts(article("ABSTRACT.", "A new poll has been published in Avonia on Monday.", "FULL TEXT.",
                           "Ann Lee and Sue Hale are locked in a tight race in Avonia, the poll has found.",
                           "The poll of 900 voters put Lee two points ahead."))
    assert "Will Ann Lee beat Sue Hale in Avonia?" in qs, qs


def test_a_prize_named_further_along_the_candidacy_and_a_name_beside_a_role(ask_texts):
    qs = ask_texts(article("Teenage singer, Ann Lee, has been nominated in three categories at Friday's "
                           "Avonia Music awards.",
                           "Her first album reached number one in Westby."))
    assert "Will Ann Lee win an Avonia Music award?" in qs, qs
    qs = ask_texts(article("Singer Tom Reed is leading the field at this year's Avonia Music Awards, "
                           "with five nominations.",
                           "His album sold half a million copies in its first month."))
    assert "Will Tom Reed win an Avonia Music Award?" in qs, qs


def test_an_offer_rejected_or_received_asks_its_next_step(ask_texts):
    qs = ask_texts(article("Westby Rovers have rejected a second bid from Avonford Town for striker Tom Reed.",
                           "The striker joined the club two years ago."))
    assert "Will Avonford Town make a higher bid for Tom Reed?" in qs, qs
    qs = ask_texts(article("Avonia Mills has confirmed it has received a takeover offer from Westby Foods.",
                           "The firm employs 300 people at its plant."))
    assert "Will Avonia Mills accept Westby Foods' offer?" in qs, qs


def test_an_offer_told_raised_or_answered_is_not_asked(ask_texts):
    qs = ask_texts(article("Westby Rovers have rejected a second bid from Avonford Town for striker Tom Reed.",
                           "Avonford Town said they would not be increasing their offer."))
    assert not any("higher bid" in q for q in qs), qs
    qs = ask_texts(article("Westby Rovers have rejected a second bid from Avonford Town for striker Tom Reed.",
                           "The club said Avonford Town could yet come back with an improved offer."))
    assert "Will Avonford Town make a higher bid for Tom Reed?" in qs, qs  # ("may return": still open)
    qs = ask_texts(article("Avonia Mills has confirmed it has received a takeover offer from Westby Foods.",
                           "On Friday its board accepted the Westby Foods offer."))
    assert not any("accept" in q for q in qs), qs


def test_an_answer_a_named_side_awaits_is_asked(ask_texts):
    qs = ask_texts(article("Westby Rovers' Tom Reed will learn by the end of March whether he is to be offered a new "
                           "two-year deal.",
                           "The 33-year-old defender is out of contract in the summer."))
    assert "Will Tom Reed be offered a new two-year deal?" in qs, qs
    qs = ask_texts(article("Avonian sprinters Ann Lee and Sue Hale are expected to find out on Friday if they will be "
                           "banned for missing two races.",
                           "The pair have rowed together for six years."))
    assert "Will Ann Lee and Sue Hale be banned for missing two races?" in qs, qs
    qs = ask_texts(article("Avonian sprinter Tom Reed has denied missing a test on purpose.",
                           "Tom Reed and fellow sprinter Sam Cole are set to learn if they will face fines this week."))
    assert "Will Tom Reed and Sam Cole face fines this week?" in qs, qs


def test_a_finding_out_told_past_or_only_wished_is_not_asked(ask_texts):
    qs = ask_texts(article("Westby Rovers' Tom Reed learned on Monday whether he is to be given a new deal.",
                           "The 33-year-old defender is out of contract in the summer."))
    assert not any("given" in q for q in qs), qs
    qs = ask_texts(article("Avonia Mills is keen to find out whether its new mill can cut costs.",
                           "The firm employs 300 people at its plant."))
    assert not any("cut costs" in q for q in qs), qs
    qs = ask_texts(article("Fans will find out on Friday whether the club is to be sold.",
                           "The club has 300 members in Westby."))
    assert not any("sold" in q for q in qs), qs  # ("fans": nobody named awaits it)


def test_a_withdrawal_with_an_injury_asks_how_long_the_player_is_out(ask_texts):
    qs = ask_texts(article("Tom Reed was forced to withdraw from the Westby Open on Thursday with a rib injury.",
                           "The Avonian had been due to play Sam Cole in round two."))
    assert "How long will Tom Reed be out injured?" in qs, qs
    qs = ask_texts(article("Ann Lee has become the third player to withdraw from the Avonia Open because of injury.",
                           "The organisers said she has a problem with her left knee."))
    assert "How long will Ann Lee be out injured?" in qs, qs


def test_an_absence_whose_length_is_told_or_that_is_denied_is_not_asked(ask_texts):
    qs = ask_texts(article("Tom Reed was forced to withdraw from the Westby Open on Thursday with a rib injury.",
                           "He hopes to be back for the Avonia Open next month."))
    assert not any("How long" in q for q in qs), qs
    qs = ask_texts(article("Ann Lee will miss the rest of the Avonia Cup because of injury.",
                           "The forward hurt her knee in training on Monday."))
    assert not any("How long" in q for q in qs), qs
    qs = ask_texts(article("Ann Lee denied on Monday reports that she had pulled out of the Avonia Open with a wrist "
                           "injury.",
                           "The organisers said she is still on the entry list."))
    assert not any("How long" in q for q in qs), qs
    qs = ask_texts(article("Tom Reed and Sam Cole will miss Saturday's game with Westby because of injury.",
                           "Both men were hurt in training on Monday."))
    assert not any("How long" in q for q in qs), qs  # (two absences: not one player's)
