"""An unnamed person the story is about ("A four-year-old girl ... the girl ... the girl") is a
key actor though no tagger sees a name; one the article names, or mentions in passing, is not."""

from __future__ import annotations

ABOUT_HER = (
    "Girl Rescued From Canal\n\n"
    "A four-year-old girl is recovering in hospital after she fell into a canal at Brackley Marina on Sunday. "
    "The girl had been walking with her grandfather along the towpath when she slipped on wet stones.\n\n"
    "Passers-by pulled the girl from the water before paramedics arrived, Avonmere Rescue Trust said.\n\n"
    "Marina manager Osric Fenwold said the girl was lucky. \"We are all relieved,\" he said.\n"
)

NAMED_LATER = (
    "Woman Charged After Scuffle\n\n"
    "A Devon woman is facing charges after a scuffle at the Harbour Arms pub on Friday night. "
    "Staff told officers the woman, Mara Quillfeather, had refused to leave.\n\n"
    "The woman was taken to Exbridge police station. The woman will appear in court next month.\n"
)

IN_PASSING = (
    "Council Approves Bridge\n\n"
    "Avonford council approved a new footbridge on Tuesday, ending a two-year dispute over the crossing. "
    "Council leader Petra Holm said work would begin in spring.\n\n"
    "A cyclist had campaigned for the bridge. Holm said the bridge would cost £2m.\n"
)


def _names(extract_text, text):
    _, ex = extract_text(text, "story.txt")
    return ex.actors


def test_the_unnamed_person_a_story_is_about_is_a_key_actor(extract_text):
    acts = _names(extract_text, ABOUT_HER)
    girl = [a for a in acts if a.name.lower().endswith("girl")]
    assert len(girl) == 1, [a.name for a in acts]
    assert girl[0].type == "person"
    assert girl[0].name == "four-year-old girl"  # the lead's own words, so a description matches
    assert girl[0].mentions >= 3
    assert not any(n.lower().startswith(("a ", "an ")) for n in [girl[0].name, *girl[0].aliases])


def test_an_unnamed_person_the_article_names_is_the_named_person(extract_text):
    acts = _names(extract_text, NAMED_LATER)
    assert any(a.name == "Mara Quillfeather" for a in acts), [a.name for a in acts]
    assert not any(a.name.lower().endswith("woman") for a in acts), [a.name for a in acts]


def test_a_person_described_once_or_not_in_the_lead_is_not_an_actor(extract_text):
    acts = _names(extract_text, IN_PASSING)
    assert not any("cyclist" in n.lower() for a in acts for n in [a.name, *a.aliases]), [a.name for a in acts]


def test_lead_unnamed_needs_the_lead_subject_and_repeats(parse_text):
    from generator.extract import actors

    parsed = parse_text(ABOUT_HER, "story.txt")
    body, first = actors._story(parsed)
    assert actors._lead_unnamed(body, first) == frozenset({"girl"})
    once = ABOUT_HER.replace("the girl was lucky", "she was lucky").replace("pulled the girl", "pulled her")
    parsed = parse_text(once, "story.txt")
    body, first = actors._story(parsed)
    assert actors._lead_unnamed(body, first) == frozenset()


REVEALED = (
    "Singer Fined Over Concert\n\n"
    "A folk singer has been fined for playing a concert on a closed pier. "
    "Tamsin Ravelle, 31, was ordered to pay £500 by magistrates in Porthwen.\n\n"
    "The singer said she had not known the pier was closed. The singer will appeal.\n"
)


def test_a_lead_description_named_in_the_next_sentence_is_that_person(extract_text):
    acts = _names(extract_text, REVEALED)
    assert any(a.name == "Tamsin Ravelle" for a in acts), [a.name for a in acts]
    assert not any(a.name.lower().endswith("singer") for a in acts), [a.name for a in acts]


def test_named_as_after_the_description_names_it(parse_text):
    from generator.extract import actors

    text = ABOUT_HER + "\nPolice later named the girl as Elsie Brampton.\n"
    parsed = parse_text(text, "story.txt")
    body, first = actors._story(parsed)
    assert actors._lead_unnamed(body, first) == frozenset()


def test_a_named_subject_the_tagger_took_for_a_body_still_names_the_lead(nlp):
    from spacy.tokens import Span

    from generator.extract import actors

    def subject_named(text: str) -> bool:
        doc = nlp(text)
        doc.ents = [Span(doc, 0, 2, label="ORG")]  # the name, read as an organisation
        return actors._names_subject(next(iter(doc.sents)))

    assert subject_named("Drummond Vale, a former member of the band, was filmed in his cell.")
    assert not subject_named("Drummond Vale, the company behind the scheme, was fined last week.")


def test_a_name_in_apposition_names_the_description_whatever_the_tagger_read(nlp):
    from spacy.tokens import Span

    from generator.extract import actors

    doc = nlp("The manager told officers the woman, Dorota Vellacombe-Strand, was drunk.")
    k = next(t.i for t in doc if t.text == "Dorota")
    doc.ents = [Span(doc, k, k + 4, label="ORG")]  # the name, read as an organisation
    woman = next(t for t in doc if t.text == "woman")
    assert actors._named_there(woman)
    doc = nlp("The manager told officers the woman, who was 23, was drunk.")
    assert not actors._named_there(next(t for t in doc if t.text == "woman"))


HER_PARENTS = (
    "Boy Hurt At Wildlife Park\n\n"
    "A three-year-old boy was hurt on Sunday when he fell into a bear enclosure at Westby Wildlife Park: his "
    "parents had lifted him onto the railing. The boy slipped from the railing on Sunday afternoon.\n\n"
    "His parents climbed into the enclosure and carried the boy out before keepers arrived. "
    "Park director Ann Lee said the boy was lucky.\n\n"
    "The boy was taken to hospital with cuts. Officers said the parents would not face charges.\n"
)


def test_the_kin_of_the_unnamed_person_are_a_group_of_the_story(extract_text):
    acts = _names(extract_text, HER_PARENTS)
    assert any(a.name.lower().endswith("boy") for a in acts), [a.name for a in acts]
    assert any(a.type == "group" and a.name.lower().endswith("parents") for a in acts), [a.name for a in acts]


KICKED_NURSE = (
    "Woman Charged After Clinic Scuffle\n\n"
    "A Westby woman has been charged after kicking a nurse at Avonford General Hospital on Friday night. "
    "Staff said the woman, Ann Lee, had refused to wait for treatment.\n\n"
    "The nurse was treating another patient when Lee began shouting. Lee kicked the nurse twice in the leg.\n\n"
    "The nurse needed stitches and has since returned to work, the hospital said. Lee will appear in court next month.\n"
)


def test_an_unnamed_person_the_lead_names_as_an_object_is_an_actor_too(extract_text):
    """The lead's "kicking a nurse", taken up as "the nurse" again and again, is a person of the
    story; no other description ("the hospital") becomes that person's role."""
    acts = _names(extract_text, KICKED_NURSE)
    nurse = [a for a in acts if a.name.lower().endswith("nurse")]
    assert len(nurse) == 1 and nurse[0].type == "person", [a.name for a in acts]
    assert any(a.name == "Ann Lee" for a in acts), [a.name for a in acts]
