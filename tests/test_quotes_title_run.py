"""A speaker phrase the parser or tagger heads with one of its title or role words ("Avonian trades
union official Ann Lee", "Representative Tom Hale", "Navy Capt. Tom Reedley") is the person whose name
closes it, not those words; a name that only owns the speaker ("Ann Lee's deputy") stays. Every fixture
text is invented."""
from __future__ import annotations


def _speakers(extract_text, body: str) -> dict[str, str | None]:
    _, extraction = extract_text(f"A Headline For The Test\n\n{body}\n")
    return {q.text: q.speaker for q in extraction.quotes}


def _of(found: dict[str, str | None], words: str) -> str | None:
    return next(s for t, s in found.items() if words in t)


def test_a_role_run_read_with_a_verb_in_it_is_the_name_after_it(extract_text):
    found = _speakers(extract_text, "\"The mood on the shop floor is bleak,\" said Avonian trades union official "
                      "Ann Lee. \"Who will still build boats here?\"")
    assert _of(found, "shop floor") == "Ann Lee"
    assert _of(found, "build boats") == "Ann Lee"


def test_a_title_heading_the_subject_is_the_name_after_it(extract_text):
    found = _speakers(extract_text, "\"Your plan for the harbour is a bold one, Mr. Mayor,\" Representative "
                      "Tom Hale, Democrat of Avonia, told the mayor at the dinner.")
    assert _of(found, "bold one") == "Tom Hale"


def test_a_title_the_tagger_took_for_a_body_is_the_name_after_its_full_stop(extract_text):
    found = _speakers(extract_text, "\"Nothing about the delays will alter the timetable,\" said Harbour Navy "
                      "spokesman Navy Capt. Tom Reedley, who spoke to reporters later.")
    assert _of(found, "alter the timetable") == "Tom Reedley"


def test_a_name_that_owns_the_speaker_is_not_the_speaker(extract_text):
    found = _speakers(extract_text, "\"We have waited long enough,\" said union official Ann Lee's deputy.")
    assert _of(found, "waited long") != "Ann Lee"
