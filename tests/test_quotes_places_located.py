"""A place never speaks: people described by where they are ("policy makers in Europe", "some US
networks") keep their description as the speaker, not the place in it. Every fixture text is invented."""
from __future__ import annotations

from helpers import speaker_of


def test_people_in_a_place_are_not_the_place(extract_text):
    _, ex = extract_text("Westby rates rise again\n\nThe Avonia central bank raised rates for a third time on "
                         "Tuesday, surprising traders abroad. Policy makers in Europe have called "
                         "the rise “brutal” for exporters. Ann Lee, an economist at Westby Bank, said the move "
                         "was expected.\n")
    assert speaker_of(ex.quotes, "brutal") not in ("Europe", None)


def test_bodies_named_by_their_country_are_not_the_country(quotes_alone):
    found = quotes_alone("Viewers in the US are skipping adverts. But some US networks and cable companies are "
                         "worried about what it means for “brand loyalty” and their schedules.")
    assert speaker_of(found, "brand loyalty") not in ("United States", "US")
