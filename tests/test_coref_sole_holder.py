"""A bare role description ("the presenter", "the Westby boss", "the Tory co-chairman") is the one
person the article named before it with that post as their role; with no such person, with two, or
with the holder named only after the quote, the description stays. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_the_one_presenter_named_before_is_the_speaker(extract_text):
    text = ("Host quits breakfast show\n\n"
            "Ann Lee, the presenter of Avonia TV's breakfast show, is to leave the programme after six years.\n\n"
            "The 41-year-old said she wanted to spend more time on new projects.\n\n"
            "\"I have loved every single morning on the sofa,\" the presenter said.")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "every single morning") == "Ann Lee"


def test_a_presenter_is_the_one_host_named_before(extract_text):
    text = ("Veteran host to return\n\n"
            "Veteran television host Tom Reed will return to the screen in the spring, Avonia TV said.\n\n"
            "Reed left the channel last year after a row over pay.\n\n"
            "The presenter said that he was \"thrilled to be going home\" to the channel.")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "thrilled to be going home") == "Tom Reed"


def test_a_boss_of_a_club_is_the_one_whose_role_names_that_club_and_post(extract_text):
    text = ("Westby striker out injured\n\n"
            "Westby Rovers manager Tom Reed says striker Jon Hale faces weeks out with an ankle injury.\n\n"
            "Hale was carried off in the second half of Saturday's defeat by Avonia City.\n\n"
            "'We have to wait for the scan before we know how long he will be out,' the Rovers boss said.")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "wait for the scan") == "Tom Reed"


def test_a_description_two_people_hold_stays(extract_text):
    text = ("Breakfast show shake-up\n\n"
            "Ann Lee, the presenter of Avonia TV's breakfast show, and Tom Reed, the presenter of its late news, "
            "are swapping slots from next month.\n\n"
            "Both said they were looking forward to the change.\n\n"
            "\"I have loved every single morning on the sofa,\" the presenter said.")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "every single morning") not in ("Ann Lee", "Tom Reed")


def test_a_holder_named_only_after_the_quote_is_not_the_speaker(extract_text):
    text = ("Breakfast show host to leave\n\n"
            "Avonia TV's breakfast show is to lose its host after six years, the channel said on Monday.\n\n"
            "\"I have loved every single morning on the sofa,\" the presenter said.\n\n"
            "Ann Lee, the presenter of the show, will be replaced in the spring.")
    _, ex = extract_text(text)
    assert speaker_of(ex.quotes, "every single morning") != "Ann Lee"
