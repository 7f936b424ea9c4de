"""Key actors (issue #17): a name the tagger reads as a place that the article describes as a body
where it is no setting ("Avonian brewer X", "X, the country's biggest internet supplier") is a firm.

Fixture texts are our own invented ones (no third-party article text).
"""

from __future__ import annotations

from generator.extract import actors as A

TEXT = ("Avonian brewer Korvik said its profits fell. Korvik, the country's third-largest brewer, blamed the "
        "summer. Korvik is more hopeful than Heldana. Sales of Korvik lager rose.")


def _mention(word: str, label: str = "GPE", **kw) -> A._M:
    at = TEXT.index(word)
    return A._M(at, at + len(word), word, (word.lower(),), label, 0, 0, votes={"place": 1.0}, **kw)


def _korvik(**described) -> A._C:
    return A._C(ms=[_mention("Korvik", roles=[(0.8, 0, "Avonian brewer", "pre")], main=True, **described),
                    _mention("Korvik", roles=[(0.8, 0, "country's third-largest brewer", "rapp")], main=True),
                    _mention("Korvik", main=True), _mention("Korvik", weak=True)])


def test_a_place_the_article_describes_as_a_firm_is_an_organisation():
    c = _korvik()
    assert A._place_described_as_body(c, c.ms)
    assert A._retype(c, "place", False, TEXT) == "organization"


def test_an_apposition_naming_a_body_is_enough_among_many_mentions():
    plain = [_mention("Korvik", main=True) for _ in range(6)]
    apposed = _mention("Korvik", roles=[(0.8, 0, "Westby-based company", "rapp")])
    c = A._C(ms=[apposed] + plain)
    assert A._place_described_as_body(c, c.ms)
    c = A._C(ms=[_mention("Korvik", roles=[(0.8, 0, "Avonian brewer", "pre")])] + plain)
    assert not A._place_described_as_body(c, c.ms)  # a kind before it once in seven mentions says too little


def test_a_setting_or_a_place_the_gazetteer_knows_stays_a_place():
    c = _korvik(loc=True)  # "In Korvik, the brewer said ...": the apposition may be the next clause's subject
    assert not A._place_described_as_body(c, c.ms)
    assert A._retype(c, "place", False, TEXT) == "place"
    m = A._M(0, 7, "Denmark", ("denmark",), "GPE", 0, 0, roles=[(0.8, 0, "Nordic brewer", "pre")])
    assert not A._place_described_as_body(A._C(ms=[m]), [m])


def test_a_name_after_its_description_stays_as_read():
    # "the statistics office, X": often a second name of a body the article names
    c = A._C(ms=[_mention("Korvik", roles=[(0.8, 0, "the statistics office", "lapp")], main=True)])
    assert not A._place_described_as_body(c, c.ms)


def test_a_role_that_names_no_body_leaves_a_place():
    m = _mention("Korvik", roles=[(0.8, 0, "Avonian capital", "pre")])
    c = A._C(ms=[m, _mention("Korvik")])
    assert not A._place_described_as_body(c, c.ms)
