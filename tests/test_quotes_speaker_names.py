"""Speakers on unseen news text: letters after a name ("Tom Reed MSP, said") are the person, not a
body the tagger made of them, and a person in apposition to the agent of a passive ("was made by
his opponent, Ann Lee") is the one acting, a subject for a later "He said:". Every fixture text is
invented."""
from __future__ import annotations

from helpers import speaker_of


def test_letters_after_a_name_in_apposition_are_the_person(quotes_alone):
    found = quotes_alone("Rural Affairs Minister, Tom Hardcastle MSP, said: \"We announced more money for "
                         "councils last week.\"")
    assert speaker_of(found, "more money") == "Tom Hardcastle"


def test_letters_after_a_spokesman_s_name_are_the_person(quotes_alone):
    found = quotes_alone("The Green finance spokesman, Brian Oakfield MSP, said: \"This is a tax in disguise.\"")
    assert speaker_of(found, "tax in disguise") == "Brian Oakfield"


def test_a_person_in_apposition_to_a_passive_agent_speaks_next(quotes_alone):
    found = quotes_alone("Dario Velkan was thrown out of the Harbourtown Open after he was caught using a phone. "
                         "Referees found Velkan had hidden a phone behind a cistern. The complaint was lodged by "
                         "Velkan's opponent, Vardges Sarkissyan. He said: 'Velkan would answer my moves at once.'")
    assert speaker_of(found, "answer my moves") == "Vardges Sarkissyan"


def test_a_person_in_apposition_to_a_possessive_agent_speaks_next(quotes_alone):
    found = quotes_alone("Dario Velkan was thrown out of the Harbourtown Open after he was caught using a phone. "
                         "Referees found Velkan had hidden a phone behind a cistern. The complaint was made by "
                         "his opponent, Arman Sarkissyan. He said: 'Velkan would answer my moves at once.'")
    assert speaker_of(found, "answer my moves") == "Arman Sarkissyan"


def test_a_cue_ending_in_a_colon_introduces_the_next_quote_not_the_last(quotes_alone):
    found = quotes_alone("Union general secretary Frances Marley said: ‘This should make all of us ashamed, "
                         "particularly those who claim everyone is sharing in the recovery. It tells us that the "
                         "safety net is broken. ‘Harsh sanctions and cuts – even for those who paid in all their "
                         "lives – are destroying the support we need.’ Oxfam poverty chief Rhona Orwin said: ‘It is "
                         "extremely worrying to see another rise.’")
    assert speaker_of(found, "Harsh sanctions") == "Frances Marley"
    assert speaker_of(found, "extremely worrying") == "Rhona Orwin"


def test_a_name_after_a_role_noun_is_a_person_wherever_the_tagger_makes_it_a_body(quotes_alone):
    # the tagger takes "Kesselbach" for an organisation each time; "defender Per Kesselbach" says a person
    found = quotes_alone("Harbour defender Per Kesselbach has tipped compatriot Jurgen Brandt to succeed abroad. "
                         "Germany international Kesselbach insists Brandt would be a good fit. However, Kesselbach "
                         "insisted Brandt, whose side are 10th in the table, will need time to decide. He said: "
                         "'I think he should finish the season first.'")
    assert speaker_of(found, "finish the season") == "Kesselbach"


def test_a_name_closing_a_role_s_field_is_the_speaker(quotes_alone):
    found = quotes_alone("Tycoon Richard Vance has launched a new airline in India. \"The days of cheap flights are "
                         "here,\" the minister for civil aviation Rajan Mehra said earlier.")
    assert speaker_of(found, "cheap flights") == "Rajan Mehra"

