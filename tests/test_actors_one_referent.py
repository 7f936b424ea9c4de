"""Key actors (issue #17): one entry per real actor, typed by all its mentions: an acronym as a
house style writes it ("Nato", "DfT") beside the name it stands for, a body's head noun alone
("the Bank") beside the one body it heads, a name misspelt with two letters swapped, and a place
the tagger half read as a body that the article only ever names as a setting.

Fixture texts and names are invented.
"""

from __future__ import annotations

from generator.extract import actors as A
from generator.identity import is_acronym
from helpers import mention_at


_m = mention_at  # (shared with the other clustering tests: helpers.mention_at)


def test_acronyms_written_as_words_or_with_small_letters():
    assert is_acronym("Awda", "Avonia Water-Drainage Agency")
    assert is_acronym("DfRW", "Department for Roads and Waterways")
    assert is_acronym("DoF", "Department of Fisheries")
    assert not is_acronym("Awd", "Avonia Water Drainage")  # three letters in one capital: a word, not an acronym
    assert not is_acronym("DfRW", "Department of Roads and Waterways")  # the small letter must be "for"
    assert not is_acronym("Awda", "Avonia Water Agency")


NATO = "The Avonia Water-Drainage Agency banned two firms. Awda said the ban would stay. Awda chief Al Dee agreed."


def test_a_body_and_its_acronym_written_as_a_word_are_one_entry():
    full = A._C(ms=[_m(NATO, "Avonia Water-Drainage Agency", 0, "ORG", {"organization": 3.0})])
    short = A._C(ms=[_m(NATO, "Awda", 0, "ORG", {"organization": 1.0}, sent=1),
                     _m(NATO, "Awda", 1, "ORG", {"organization": 1.0}, sent=2)])
    A._join_organisation_forms([full, short])
    assert not short.ms and len(full.ms) == 3


BANK = ("The Bank of Halden raised rates. The Reserve Bank of Marlo held them. "
        "The Bank said prices rose. The Times said so.")


def test_a_head_noun_alone_joins_the_one_body_it_heads():
    halden = A._C(ms=[_m(BANK, "Bank of Halden", 0, "ORG", {"organization": 1.0})])
    bank = A._C(ms=[_m(BANK, "Bank", 2, "ORG", {"organization": 1.0}, sent=2)])
    A._join_head_words([halden, bank])
    assert not bank.ms and len(halden.ms) == 2


def test_a_head_noun_takes_up_the_body_named_before_it():
    text = "The Bank of Halden raised rates. The Bank said so. Ann Lee of the Reserve Bank of Marlo agreed."
    halden = A._C(ms=[_m(text, "Bank of Halden", 0, "ORG", {"organization": 1.0})])
    marlo = A._C(ms=[_m(text, "Reserve Bank of Marlo", 0, "ORG", {"organization": 1.0}, sent=2)])
    bank = A._C(ms=[_m(text, "Bank", 1, "ORG", {"organization": 1.0}, sent=1)])
    A._join_head_words([halden, marlo, bank])
    assert not bank.ms and len(halden.ms) == 2 and len(marlo.ms) == 1


def test_a_head_noun_of_two_bodies_stays_apart_and_a_papers_last_word_is_no_head():
    halden = A._C(ms=[_m(BANK, "Bank of Halden", 0, "ORG", {"organization": 1.0})])
    marlo = A._C(ms=[_m(BANK, "Reserve Bank of Marlo", 0, "ORG", {"organization": 1.0}, sent=1)])
    bank = A._C(ms=[_m(BANK, "Bank", 2, "ORG", {"organization": 1.0}, sent=2)])
    A._join_head_words([halden, marlo, bank])
    assert bank.ms and len(halden.ms) == 1 and len(marlo.ms) == 1
    paper = A._C(ms=[_m("The Halden Times rose. The Times said so.", "Halden Times", 0, "ORG", {"organization": 1.0})])
    times = A._C(ms=[_m("The Halden Times rose. The Times said so.", "Times", 1, "ORG", {"organization": 1.0})])
    A._join_head_words([paper, times])
    assert times.ms


SWAP = ("Halden Rovers beat Marlo. Halden Rovers were better. Ann Okafor scored twice. "
        "Okafro said Halden Rvoers deserved it. Tovan Reade and Rovan Reade played.")


def test_a_name_misspelt_by_two_swapped_letters_joins_the_name():
    club = A._C(ms=[_m(SWAP, "Halden Rovers", 0, "ORG", {"organization": 1.0}),
                    _m(SWAP, "Halden Rovers", 1, "ORG", {"organization": 1.0}, sent=1)])
    slip = A._C(ms=[_m(SWAP, "Halden Rvoers", 0, "ORG", {"organization": 1.0}, sent=3)])
    okafor = A._C(ms=[_m(SWAP, "Ann Okafor", 0, "PERSON", {"person": 2.0}, sent=2),
                      _m(SWAP, "Ann Okafor", 0, "PERSON", {"person": 2.0}, sent=2)])
    okafro = A._C(ms=[_m(SWAP, "Okafro", 0, "PERSON", {"person": 1.0}, sent=3)])
    A._join_misspelt_forms([club, slip, okafor, okafro])
    assert not slip.ms and not okafro.ms
    assert A._display_name(club, "organization") == "Halden Rovers"


def test_names_one_letter_apart_are_two_people():
    tovan = A._C(ms=[_m(SWAP, "Tovan Reade", 0, "PERSON", {"person": 2.0}, sent=4),
                     _m(SWAP, "Tovan Reade", 0, "PERSON", {"person": 2.0}, sent=4)])
    rovan = A._C(ms=[_m(SWAP, "Rovan Reade", 0, "PERSON", {"person": 2.0}, sent=4)])
    A._join_misspelt_forms([tovan, rovan])
    assert rovan.ms and len(tovan.ms) == 2


SETTING = "Applications from Westmark rose by 9%. Students from Westmark paid less. Westmark Council said so."


def test_a_name_only_ever_a_setting_is_a_place_whatever_the_tagger_said():
    c = A._C(ms=[_m(SETTING, "Westmark", 0, "ORG", {"organization": 1.0}, loc=True),
                 _m(SETTING, "Westmark", 1, "GPE", {"place": 1.0}, loc=True, sent=1)])
    assert A._retype(c, "organization", False, SETTING) == "place"
    speaks = A._C(ms=[_m(SETTING, "Westmark", 0, "ORG", {"organization": 1.0}, loc=True),
                      _m(SETTING, "Westmark", 1, "GPE", {"place": 1.0}, speech=True, sent=1)])
    assert A._retype(speaks, "organization", False, SETTING) == "organization"



NICK = "Halden beat Marlo. The Gunners were better. Reade scored for the Gunners."


def test_a_clubs_nickname_joins_the_one_club_of_the_article_that_goes_by_it(monkeypatch):
    monkeypatch.setitem(A._CLUB_NICKNAMES, ("gunners",), (("halden",), ("avonford",)))
    club = A._C(ms=[_m(NICK, "Halden", 0, "ORG", {"organization": 1.0}, team=2),
                    _m(NICK, "Halden", 0, "ORG", {"organization": 1.0}, team=2)])
    nick = A._C(ms=[_m(NICK, "Gunners", 0, "PERSON", {"person": 1.0}, sent=1),
                    _m(NICK, "Gunners", 1, "PERSON", {"person": 1.0}, sent=2)])
    A._join_club_nicknames([club, nick])
    assert not nick.ms and len(club.ms) == 4
    assert A._display_name(club, "organization") == "Halden"
    assert A._decide_type(club) == "organization"


def test_a_nickname_of_two_clubs_named_joins_neither(monkeypatch):
    monkeypatch.setitem(A._CLUB_NICKNAMES, ("gunners",), (("halden",), ("marlo",)))
    halden = A._C(ms=[_m(NICK, "Halden", 0, "ORG", {"organization": 1.0}, team=2)])
    marlo = A._C(ms=[_m(NICK, "Marlo", 0, "ORG", {"organization": 1.0}, team=1)])
    nick = A._C(ms=[_m(NICK, "Gunners", 0, "ORG", {"organization": 1.0}, sent=1)])
    A._join_club_nicknames([halden, marlo, nick])
    assert nick.ms


UNIT = ("The Westby University Law School hosted the debate. Westby University said it was proud. "
        "The Brill Research Center ran the poll. Brill said turnout was high.")


def test_a_body_is_no_short_form_of_a_part_of_it_named_after_it():
    school = A._C(ms=[_m(UNIT, "Westby University Law School", 0, "ORG", {"organization": 1.0})])
    univ = A._C(ms=[_m(UNIT, "Westby University", 0, "ORG", {"organization": 1.0}, sent=1)])
    center = A._C(ms=[_m(UNIT, "Brill Research Center", 0, "ORG", {"organization": 1.0}, sent=2)])
    brill = A._C(ms=[_m(UNIT, "Brill", 1, "ORG", {"organization": 1.0}, sent=3)])
    A._join_organisation_forms([school, univ, center, brill])
    assert len(univ.ms) == 1 and len(school.ms) == 1  # the university is not its law school
    assert not brill.ms and len(center.ms) == 2  # a bare name still joins the body it opens
    assert A._unit_of(("house",), ("intelligence", "committee"))
    assert not A._unit_of(("house",), ("of", "representatives"))
    assert not A._unit_of(("westby", "bank"), ("group",))
