"""A one-word name after "Mr"/"Mrs"/"Ms"/"Miss" that the tagger leaves untagged, with no full name in the
article to know it by ("Ms Detvane said she …"), is still a person of that gender, so a later "she said" is
hers, not the last person the tagger did find. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of

SHOP = ("Singer Tom Reed has opened a stall for his old guitars in Westby.\n\n"
        "Reed said: “They take up too much room.”\n\n"
        "Others were regulars. {title} Harrowgate said {pron} had bought a stool on Monday. "
        "“It was worth every minute of the wait,” {pron} said.")


def test_she_after_an_untagged_ms_surname_is_hers(quotes_alone):
    found = quotes_alone(SHOP.format(title="Ms", pron="she"))
    assert "Harrowgate" in (speaker_of(found, "worth every minute") or "")


def test_he_after_an_untagged_mr_surname_is_his(quotes_alone):
    found = quotes_alone(SHOP.format(title="Mr", pron="he"))
    assert "Harrowgate" in (speaker_of(found, "worth every minute") or "")


def test_the_address_gives_the_gender(quotes_alone):
    # "Mr X" is no antecedent for "she": the woman named before is
    found = quotes_alone("Ann Lee, a teacher, opened the stall on Monday. “It went well,” she said.\n\n"
                         "Mr Dravetakis said he had bought a lamp. Later Lee added that prices were fair. "
                         "“We will stay until Christmas,” she said.")
    assert speaker_of(found, "stay until Christmas") == "Ann Lee"
