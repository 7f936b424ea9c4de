"""Speakers on unseen news text: letters after a name ("Tom Reed MSP, said") are the person, not a
body the tagger made of them; a person in apposition to the agent of a passive ("was made by his
opponent, Ann Lee") is the one acting, a subject for a later "He said:"; a cue that ends in a colon
introduces the quote after it; a one-word name put right after a role noun is a person wherever the
tagger calls it a body; a name closing a role's field ("the minister for rail Ann Lee said") is the
speaker. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_letters_after_a_name_in_apposition_are_the_person(quotes_alone):
    found = quotes_alone("Rural Affairs Minister, Tom Hardcastle MSP, said: \"We have set aside more money for "
                         "village schools.\"")
    assert speaker_of(found, "village schools") == "Tom Hardcastle"


def test_letters_after_a_spokesman_s_name_are_the_person(quotes_alone):
    found = quotes_alone("The Green transport spokesman, Brian Oakfield MSP, said: \"The new fares will hurt rural "
                         "families.\"")
    assert speaker_of(found, "rural families") == "Brian Oakfield"


def test_a_person_in_apposition_to_a_passive_agent_speaks_next(quotes_alone):
    found = quotes_alone("Dario Velkan was removed from the Harbourtown Open after referees saw him with a phone. "
                         "Referees found Velkan had tucked a phone behind a cistern. The protest was lodged by "
                         "Velkan's opponent, Vardges Sarkissyan. He said: 'Velkan kept leaving the board after each "
                         "of my moves.'")
    assert speaker_of(found, "leaving the board") == "Vardges Sarkissyan"


def test_a_person_in_apposition_to_a_possessive_agent_speaks_next(quotes_alone):
    found = quotes_alone("Dario Velkan was removed from the Harbourtown Open after referees saw him with a phone. "
                         "Referees found Velkan had tucked a phone behind a cistern. The protest was made by his "
                         "opponent, Arman Sarkissyan. He said: 'Velkan kept leaving the board after each of my "
                         "moves.'")
    assert speaker_of(found, "leaving the board") == "Arman Sarkissyan"


def test_a_cue_ending_in_a_colon_introduces_the_next_quote_not_the_last(quotes_alone):
    found = quotes_alone("Union general secretary Frances Marley said: ‘This ought to shame every one of us, above "
                         "all the ministers who insist the recovery reaches everyone. It shows that the safety net "
                         "is broken. ‘Harsh penalties and cuts – even for people who worked for decades – are "
                         "tearing away the help we rely on.’ Shelter housing chief Rhona Orwin said: ‘It is deeply "
                         "troubling to see the numbers climb again.’")
    assert speaker_of(found, "Harsh penalties") == "Frances Marley"
    assert speaker_of(found, "deeply troubling") == "Rhona Orwin"


def test_a_name_after_a_role_noun_is_a_person_wherever_the_tagger_makes_it_a_body(quotes_alone):
    # the tagger takes "Kesselbach" for an organisation each time; "defender Per Kesselbach" says a person
    found = quotes_alone("Harbour defender Per Kesselbach has backed fellow countryman Lukas Brandt to do well "
                         "abroad. Veteran international Kesselbach insists Brandt would suit the league. Yet "
                         "Kesselbach insisted Brandt, whose team sit 12th in the standings, ought to take his time. "
                         "He said: 'I think he should see out the year first.'")
    assert speaker_of(found, "see out the year") == "Kesselbach"


def test_a_name_closing_a_role_s_field_is_the_speaker(quotes_alone):
    found = quotes_alone("Tycoon Richard Vance has launched a new airline in India. \"The days of cheap flights are "
                         "here,\" the minister for civil aviation Rajan Mehra said earlier.")
    assert speaker_of(found, "cheap flights") == "Rajan Mehra"


def test_a_headline_name_the_tagger_runs_on_into_a_title_case_verb_is_not_a_second_person(extract_text):
    text = ("Lee Says Westby Is Ready for Change\n\n"
            "WESTBY -- President Lee, opening the new museum on Saturday, said it would tell a story of "
            "''hope and pain, of fear, but also of courage.''\n\n"
            "Speaking to guests on the lawn, Mr. Lee said the museum would record lives left out of history books.\n\n"
            "''A museum alone will not end poverty in every town,'' he said. ''It will not stop crime.''")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "end poverty") == "Lee"
    assert not any(a.name.endswith(("Says", "Is")) for a in ex.actors)
