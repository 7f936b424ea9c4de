"""Speakers named by a description ("the Harbour full-back", "the striker") and a quote-led
paragraph after a sentence about a person the tagger missed. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_the_club_and_role_description_is_the_player_not_the_club(quotes_alone):
    # the parser heads "the Sale full-back" with the club's name and hangs the role off it
    found = quotes_alone("Owen Tarrant believes the mood in the camp is good. "
                         "“There is no shortage of belief in this squad,” said the Sale full-back.")
    assert speaker_of(found, "no shortage of belief") == "Owen Tarrant"


def test_the_club_and_role_with_a_name_after_it_is_that_name(quotes_alone):
    found = quotes_alone("Owen Tarrant believes the mood in the camp is good. "
                         "“We are ready,” said the Sale winger Tom Voyle.")
    assert speaker_of(found, "We are ready") == "Tom Voyle"


def test_a_sides_plural_nickname_is_no_antecedent_of_the_role(quotes_alone):
    # "the Harriers" is tagged as a person; "the striker" is the player named before
    found = quotes_alone("Meanwhile, Piero Benedetti believes he will be blamed if the club fails. Benedetti will "
                         "captain the side as the Harriers seek a win over Dunmore. And the striker said: "
                         "“If we don't win, it's going to be my fault.”")
    assert speaker_of(found, "my fault") == "Piero Benedetti"



def test_who_stands_for_its_noun_though_no_role_list_holds_it(quotes_alone):
    # "who" names a person: the hater accuses, not the one calling the hater out
    found = quotes_alone("The chef Tom Reed won a round of applause on Monday for answering a rude troll who had "
                         "accused his sister of being a 'greedy fraud.'")
    assert speaker_of(found, "greedy fraud") == "a rude troll"


def test_who_after_a_quoted_handle_is_the_user_the_handle_names(quotes_alone):
    found = quotes_alone("Ann Lee's recipe drew hundreds of replies. One came from a surly reader known as 'bluefox' "
                         "who wrote at once and accused Ann of being a 'shameless copycat.'")
    assert speaker_of(found, "shameless copycat") == "a surly reader"


def test_a_described_subject_of_the_cue_keeps_its_quote_from_the_named_clause_before(quotes_alone):
    # the ranker favours the named subject of the clause before; the one who points it out speaks
    found = quotes_alone("Two of Avonia's dock unions may join forces. Both unions are keeping quiet about "
                         "the plan, but one insider pointed out to the Westby Herald that \"no one rules out a "
                         "joint ballot next spring\" when the boards meet.")
    assert speaker_of(found, "no one rules out") == "one insider"


def test_a_definite_description_with_no_gender_stands_for_he_when_no_one_else_fits(quotes_alone):
    # no name the tagger found: "The veteran striker" is the one "he" stands for, not no one
    found = quotes_alone("Westby travel to Dunmore on Saturday.\n\n"
                         "The veteran striker was part of the side beaten 4-0 at Dunmore in 2001. "
                         "“Things will be very different this time,” he told Radio Avonia.")
    assert speaker_of(found, "very different this time") == "The veteran striker"


def test_an_indefinite_description_does_not_stand_for_he(quotes_alone):
    found = quotes_alone("Westby travel to Dunmore on Saturday.\n\n"
                         "A veteran striker was part of the side beaten 4-0 at Dunmore in 2001. "
                         "“Things will be very different this time,” he told Radio Avonia.")
    assert speaker_of(found, "very different this time") != "A veteran striker"


def test_an_age_and_a_nationality_is_the_person_named_before_not_the_nationality(quotes_alone):
    found = quotes_alone("Ann Lee beat Maria Costa 6-3 6-2 to reach the Harbourtown final on Friday.\n\n"
                         "The 24-year-old Swiss will face the top seed on Sunday. “I played well today,” she said. "
                         "Speaking to a local paper, the 24-year-old Swiss added: “The final will be much harder.”")
    assert speaker_of(found, "much harder") == "Ann Lee"


def test_a_role_after_an_aged_nationality_subject_is_the_person_named_before(quotes_alone):
    # "The 22-year-old Scot" (tagged a person) stands for Reed, so "the Avonford athlete" does too
    found = quotes_alone("Tom Reed is confident of a medal at next week's indoor championships.\n\n"
                         "The 22-year-old Scot came fourth over 400m at the Westby meeting. “It was a learning "
                         "curve and I have not ruled out a medal,” said the Avonford athlete.")
    assert speaker_of(found, "learning curve") == "Tom Reed"


def test_a_club_star_with_a_one_word_name_tagged_as_one_body_is_the_player(quotes_alone):
    # the tagger takes "Avonia star Kessler" for one organisation: the one-word name after the role speaks
    found = quotes_alone("Westby coach Tom Reed says the semi-final against Avonia will be settled late.\n\n"
                         "Reed looks forward to the away game at his old club. He said: \"Nobody should be shocked "
                         "if it goes to penalties.\" He is not bitter either, adding: \"I never needed to envy "
                         "Avonia for their long past.\n\n\"I have coached for six seasons.\" Avonia star Kessler "
                         "admitted: \"I expect it will be a hard night for us since Westby have a squad packed with "
                         "quality players. \"I watched Westby twice on the radio.\" \"It is a big night,\" Kessler added.")
    assert speaker_of(found, "hard night for us") == "Kessler"


def test_an_age_the_parser_made_the_object_of_the_cue_is_the_player_named_before(quotes_alone):
    # "…,” added the 30-year-old, referring to …: the parser hangs the age off "added" as its object
    found = quotes_alone("Westby's Tom Reed says games against Avonia Rovers are always \"tense and nasty\".\n\n"
                         "\"It is simply more tense against Rovers,\" the keeper told a radio station. In March, Westby "
                         "lost 3-1 at Avonia, which ended a long winning streak.\n\n"
                         "\"It had a lasting effect on us, but then because of the way we went down,\" "
                         "added the 30-year-old, referring to a contested spot-kick for Rovers' second goal. "
                         "\"That hurt far more.\"")
    assert speaker_of(found, "lasting effect") == "Tom Reed"
