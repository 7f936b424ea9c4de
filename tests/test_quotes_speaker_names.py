"""Speakers on unseen news text: letters after a name ("Tom Reed MSP, said") are the person, not a
body the tagger made of them; a person in apposition to the agent of a passive ("was made by his
opponent, Ann Lee") is the one acting, a subject for a later "He said:"; a cue that ends in a colon
introduces the quote after it; a one-word name put right after a role noun is a person wherever the
tagger calls it a body; a name closing a role's field ("the minister for rail Ann Lee said") is the
speaker; a headline's "Lee Says ..." is no second person; "the home secretary" is the one the article gives
that role, and "the prime minister" never one whose own role is another office; the subject of "to say" is
asked to speak, not speaking. Every fixture text is invented."""
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


def test_the_office_a_description_names_is_the_one_the_article_gives_that_role(extract_text):
    text = ("Minister sorry over tickets\n\n"
            "Home Secretary Tom Reed has been accused of misusing rail tickets, the opposition says.\n\n"
            "Opposition leader Ann Lee said Mr Reed had broken the rules. Prime Minister Sam Hale defended him on "
            "Tuesday. Mr Hale said voters would judge the government on its record.\n\n"
            "The home secretary has since owned up to handing the tickets on. He has said sorry for "
            "\"an honest slip\" and promises answers to the watchdog.\n\n"
            "\"I regret what happened,\" the home secretary said.")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "honest slip") == "Tom Reed"
    assert speaker_of(ex.quotes, "regret what") == "Tom Reed"


def test_a_single_office_is_not_the_person_whose_role_is_another_office(extract_text):
    text = ("Election threat warning\n\n"
            "Police chief Joe Marsh has warned that the election could be a target.\n\n"
            "Sam Hale has backed new powers for the police. Home Secretary Tom Reed also warned that an attack "
            "could happen before the vote.\n\n"
            "Writing in a newspaper, the prime minister conceded that the plans were \"difficult issues for any "
            "government\".")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "difficult issues") == "the prime minister"


def test_a_person_asked_to_say_something_in_an_infinitive_is_not_the_speaker_after_it(extract_text):
    text = ("Mayor urged to say sorry\n\n"
            "Westby mayor Ken Varley has refused to apologise for his remarks to a reporter. Prime Minister Tom "
            "Tolland told a radio show: \"Let's just apologise and move on.\"\n\n"
            "Mr Tolland, who helped Mr Varley back into the party, argued on Monday the hour had come "
            "for the Westby mayor to say sorry.\n\n"
            "\"In the circumstances he should apologise,\" he said. \"Let's just move on.\"")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "should apologise") == "Tom Tolland"


def test_a_name_the_tagger_missed_keeps_no_body_after_it(quotes_alone):
    # "Ivo Brann" untagged: the speaker is the person, not "Ivo Brann of the WPO" (then read as the body)
    found = quotes_alone("Acme pulled out of the Westby road contract in March.\n\nLt Col Ivo Brann of the WPO told "
                         "the Avonia Courier news agency the exit was a “friendly parting of ways” for both sides.")
    assert speaker_of(found, "friendly parting") == "Ivo Brann"
