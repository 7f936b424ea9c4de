"""A lawyer's or spokesperson's words are theirs, not their client's (issue #16): "a spokesman for
Ann Lee said" keeps the description as the speaker, and "her lawyers" are never the one person
named before them. Every fixture text is invented."""
from __future__ import annotations

SUIT = """Singer Faces Claim In Westby Court

Pop singer Ann Lee is being sued by her former manager Tom Reed over unpaid fees, a court in Westby heard on Monday.

Mr Reed says he is owed more than £2m from a tour. A spokesman for Ann Lee said: "These claims are entirely without merit."

Ann Lee's solicitor, Jo Bloggs, said: "We will defend this robustly."

Reed's attorneys said the singer had "ignored every letter". Attorneys for Reed said they were "confident of success".

Lee herself said last year: "I love my fans more than anything."
"""


def _speaker(ex, words):
    return next(q for q in ex.quotes if words in q.text).speaker


def test_an_unnamed_spokesman_for_a_person_is_not_that_person(extract_text):
    _, ex = extract_text(SUIT)
    assert _speaker(ex, "without merit") == "A spokesman for Ann Lee"
    assert _speaker(ex, "confident of success") == "Attorneys for Reed"
    assert not any(a.name == "Attorneys for Reed" for a in ex.actors)  # a description makes no actor


def test_a_named_lawyer_and_the_client_keep_their_own_words(extract_text):
    _, ex = extract_text(SUIT)
    assert _speaker(ex, "robustly") == "Jo Bloggs"
    assert _speaker(ex, "my fans") == "Ann Lee"


def test_a_clients_lawyers_are_not_the_lawyer_named_for_another(extract_text):
    # "Reed's attorneys" are not Jo Bloggs, whom the article names as the other side's solicitor
    _, ex = extract_text(SUIT)
    assert _speaker(ex, "ignored every letter") == "Reed's attorneys"


def test_his_lawyers_are_not_the_person_named_before(extract_text):
    _, ex = extract_text("Producer Sued By Father\n\nFilm producer Tom Reed faces a civil action from Sam Hart, "
                         "whose son died on his set. Mr Reed has denied wrongdoing.\n\n"
                         "Reed's aides said the producer was \"devastated\" by the death.\n")
    assert _speaker(ex, "devastated") != "Sam Hart"
    assert _speaker(ex, "devastated") != "Tom Reed"
