"""Speaker steps of the resolver on unseen-text error kinds: a phrase in a passive clause is the
agent's (never the one praised or described), a role someone holds for another ("his adviser") is
not that other, and "the magazine" is the body the article introduced with that noun. Every
fixture text is invented."""
from __future__ import annotations

from generator.extract.analysis import analyse
from helpers import speaker_of


def test_a_phrase_in_a_passive_clause_is_never_the_one_praised(quotes_alone):
    found = quotes_alone("Rock singer Dan Holloway has been praised by police for “very bravely” chasing a thief "
                         "from his home in Eastwick.")
    assert speaker_of(found, "very bravely") in (None, "police")


def test_a_passive_clause_with_no_agent_gives_the_phrase_to_nobody(quotes_alone):
    found = quotes_alone("The Kestrel handset is due out in May. The Kestrel has been described as “a pocket "
                         "cinema” and could sell well in Europe.")
    assert speaker_of(found, "pocket cinema") is None


def test_a_participle_with_an_agent_names_the_agent_not_the_noun(quotes_alone):
    found = quotes_alone("Thieves took a brooch bought for their daughters described by Carla Wendt as “the finest "
                         "stone in the whole county”.")
    assert speaker_of(found, "finest stone") == "Carla Wendt"


def test_his_adviser_is_never_he(quotes_alone):
    found = quotes_alone("Finance minister Harold Brack will meet his spending rule “with room to spare”, "
                         "according to his former chief adviser.")
    assert speaker_of(found, "room to spare") != "Harold Brack"


def test_the_magazine_is_the_body_introduced_as_a_magazine(quotes_alone):
    found = quotes_alone("The singer topped US magazine Quill Review's annual list, beating Tova Lind with his "
                         "Lantern tour and album Moonrise.\n\n“He returned to the top after a decade away,” the "
                         "magazine reported. The tour took $90m.")
    assert speaker_of(found, "returned to the top") == "Quill Review"


def test_a_full_name_gives_its_gender_though_the_surname_is_shared(parse_text):
    # the husband's first name is on no list; "his house" after his full name says he is a man,
    # though his wife shares the surname (a bare "Quillon" would be no evidence)
    parsed = parse_text("A Headline For The Test\n\nRock star Ozzo Quillon has been praised for tackling a "
                        "burglar who took watches from his flat.\n\nMirela Quillon gave details of the "
                        "stolen items. She said she regretted not wearing them.\n")
    coref = analyse(parsed).coref
    assert coref.gender_of("Ozzo Quillon") == "m"


def test_an_untagged_surname_opening_the_sentence_before_speaks_the_quote(quotes_alone):
    found = quotes_alone("Kalinda Valresmo and Tamsin Orle won their opening matches on Monday.\n\nValresmo's win was "
                         "her ninth in a row. Valresmo spent five weeks at number one before injury ended her run. "
                         "“Since then, I feel very sure of myself on court and my game has come back.”")
    assert speaker_of(found, "feel very sure") == "Kalinda Valresmo"


def test_the_same_verb_again_after_a_reported_clause_is_the_reporters(quotes_alone):
    found = quotes_alone("Deputy Prime Minister Arne Kolby has said the present scheme cannot last in the long "
                         "run and said there would be “radical reform”.")
    assert speaker_of(found, "radical reform") == "Arne Kolby"


def test_who_after_a_name_and_its_role_is_the_name(extract_text):
    # with the actors known, "his team chairman" alone would point back to the driver "his" names
    _, ext = extract_text("Race Report\n\nNico Varrick was second on the grid. Varrick got closer to the "
                          "leader, perhaps heeding the advice of Niko Haldor, his team chairman, who told him "
                          "via a newspaper to ‘sort himself out’. The rest of the grid lagged.\n")
    assert speaker_of(ext.quotes, "sort himself out") == "Niko Haldor"
