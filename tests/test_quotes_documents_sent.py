"""A document speaks for the one the article says sent or posted it, also when a later sentence
points back to it as "one message" or "it"; "according to X" makes X the "it" of the next
sentence. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_one_of_the_messages_someone_posted_is_his(quotes_alone):
    found = quotes_alone("During the siege, Tom Vasko also posted messages on a forum. One message, apparently "
                         "about the police, said: “You will never find me in this town.”")
    assert speaker_of(found, "never find me") == "Tom Vasko"


def test_it_read_after_a_fax_someone_sent_is_the_sender(quotes_alone):
    found = quotes_alone("A week before the race, Ann Halder sent a fax to her brother and his wife. It read: "
                         "“The boat is ready and the crew are in good spirits.”")
    assert speaker_of(found, "good spirits") == "Ann Halder"


def test_a_message_nobody_is_said_to_have_sent_is_nobodys(quotes_alone):
    found = quotes_alone("Tom Vasko spoke to the crowd on Monday. A message left on the door said: “Closed "
                         "until further notice, sorry.”")
    assert speaker_of(found, "further notice") != "Tom Vasko"


def test_it_said_after_according_to_is_the_source(quotes_alone):
    found = quotes_alone("The Harbour Brigade has long urged raids on ports, according to the Coastwatch "
                         "Institute, a group that tracks militant propaganda. It said members of the group were "
                         "praising the raid online and “cheering the damage to the docks.”")
    assert speaker_of(found, "cheering the damage") == "Coastwatch Institute"


def test_an_opening_according_to_is_no_he_for_the_report_it_frames(quotes_alone):
    found = quotes_alone("According to Tom Garvey, though Ed Mallin's job at the depot was only to drive lorries, "
                         "nobody knows what passes he had. Reportedly, he told co-workers: “I will bring this "
                         "whole place down.”")
    assert speaker_of(found, "whole place down") == "Ed Mallin"


def test_a_message_posted_on_a_platform_or_sent_to_readers_is_the_senders(quotes_alone):
    # the participle is the message's: never the platform it was posted on nor those it went to
    found = quotes_alone("Tom Reed posted a message on Twitter reading “Thank you Westby” moments after the "
                         "polls closed.\n\nSam Hart sent an email to members saying the club would close "
                         "“because the money has run out.”\n\nThe film has footage of Ann Lee asking, “Where "
                         "is the harbour master now?”")
    assert speaker_of(found, "Thank you Westby") == "Tom Reed"
    assert speaker_of(found, "money has run out") == "Sam Hart"
    assert speaker_of(found, "harbour master") == "Ann Lee"


def test_it_after_a_firm_reports_on_a_place_is_the_firm_not_the_place(quotes_alone):
    found = quotes_alone("Westby Homes posted higher profits on Tuesday, helped by strong sales in the US. Westby said "
                         "the UK housing market had been “difficult” last year. “By late summer, buyers had waited "
                         "for prices to fall before they moved,” it added.")
    assert speaker_of(found, "buyers had waited") == "Westby"
