"""The extractive summariser: length limits, offsets, boilerplate, dangling openers, duplicates,
standfirst. All fixture articles below are written for these tests."""

from __future__ import annotations

import json

import pytest

from generator.extract import summary
from generator.extract import summary_rules as rules
from generator.extract.summary import Candidate

HARBOUR = """Harbour town votes to rebuild flood wall

The town council of Port Elspeth voted on Tuesday to spend 4.2 million pounds rebuilding the harbour flood wall that failed during the January storms.

The old wall, built in 1931, collapsed along a 60-metre stretch when a storm surge hit the harbour, flooding 140 homes and the town's only primary school.

Council leader Mairi Dunmore said the vote was the most important decision the council had taken in a generation. She said families had waited too long for the harbour to be made safe.

Engineers from the regional water authority will begin work on the new flood wall in April, and the council expects the harbour works to be finished before next winter.

The council will pay for the flood wall with a government grant of 3 million pounds and a loan for the rest, which will be repaid over 20 years.

Some residents had asked for a cheaper repair of the old harbour wall. "We were told a repair would last ten years at most," said fisherman Callum Reid.

Also Read: Ten harbour towns to visit this summer

The flood wall vote passed by 14 votes to 3.
"""

DATELINE = """Rail strike called off after pay deal

LONDON (Reuters) - Train drivers called off next week's national rail strike on Wednesday after their union accepted a pay offer of 5 percent from the rail operators.

The strike would have shut down most of the rail network for three days during the busiest week of the year for the rail operators.

Sign up for our daily newsletter to get the latest rail news in your inbox.

The union said its members would vote on the pay deal next month, and that the strike could be called again if drivers reject the offer.

Scroll down for video. Passengers crowd a station platform (pictured) during last year's rail strike.

The rail operators said the deal would cost 200 million pounds a year, paid for by higher fares and savings on the network.
"""

MAIL = """Zoo keeper saves otter

By . Jane Roe . PUBLISHED: . 10:01 EST, 3 March 2021 . | . UPDATED: . 11:15 EST, 3 March 2021 . A zoo keeper in Leeds rescued a baby otter from a frozen pond at the city zoo on Tuesday morning. The otter had fallen through thin ice while playing near the edge of the pond. The zoo keeper lay flat on the ice and pulled the otter out with a fishing net. Zoo staff said the otter was warm, fed and back with its family by the afternoon. The zoo has now fenced off the frozen pond until the ice melts.
"""

DANGLING = """Museum buys lost painting

The city museum has bought a lost painting by the landscape artist Clara Voss for 900,000 pounds.

He praised the painting, the museum and the artist Clara Voss, calling the painting by Clara Voss the finest landscape painting the museum has ever bought.

The painting, a view of the river at dawn, had been missing since 1952.

Museum staff will clean the painting before it goes on display in the autumn.
"""

REPEAT = """Bridge reopens after repairs

The Kelvin road bridge reopened to traffic on Monday after eight months of repairs costing 12 million pounds.

The Kelvin road bridge reopened to traffic on Monday after eight months of repairs, costing 12 million pounds in all.

Drivers had faced a 20-minute detour through the town centre while the bridge was closed for repairs.

The council said the bridge repairs had finished two weeks early and under budget.

Cyclists will get a new protected lane on the bridge from next month.
"""

DEK = """Categories: Science

Comet visible to the naked eye this week

Astronomers say the best views will come before dawn on Thursday and Friday, away from city lights.

By Sam Okafor

A comet that last passed the Earth 6,000 years ago will be visible to the naked eye this week, astronomers at the national observatory said on Monday.

The comet will be brightest before dawn on Thursday and Friday, low in the eastern sky.

Astronomers advised people to look away from city lights and to let their eyes adjust to the dark for twenty minutes.

The comet will not return for another 6,000 years, the astronomers said.
"""

SHORT = """Library extends opening hours

The central library will open until 9pm on weekdays from next month, the council said on Friday.

The change follows a survey in which most readers asked for later opening hours.
"""


def words(sentences) -> int:
    return sum(len(s.text.split()) for s in sentences)


def check_invariants(parsed, sentences):
    text = parsed.article.text
    assert 2 <= len(sentences) <= 4
    assert words(sentences) <= summary.MAX_WORDS
    previous_end = -1
    for s in sentences:
        assert s.text == text[s.start:s.end]  # verbatim, with honest offsets
        assert s.text == s.text.strip()
        assert s.start >= previous_end  # in article order, no overlap
        previous_end = s.end
        assert s.text.rstrip("\"'”’)").endswith((".", "!"))  # complete sentences
    assert not rules.is_dangling(sentences[0].text)  # reads on its own: no "He ..." or "But ..." first


@pytest.mark.parametrize("text", [HARBOUR, DATELINE, MAIL, DANGLING, REPEAT, DEK])
def test_length_offsets_and_order(parse_text, text):
    parsed = parse_text(text)
    sentences, standfirst = summary.extract(parsed)
    check_invariants(parsed, sentences)
    assert standfirst and "\n" not in standfirst


def test_summary_tells_the_story(parse_text):
    parsed = parse_text(HARBOUR)
    sentences, _ = summary.extract(parsed)
    joined = " ".join(s.text for s in sentences)
    assert "voted on Tuesday" in joined  # the news itself (who did what)
    assert "Also Read" not in joined
    assert 30 <= words(sentences) <= summary.MAX_WORDS


def test_dateline_trimmed_and_boilerplate_skipped(parse_text):
    parsed = parse_text(DATELINE)
    sentences, _ = summary.extract(parsed)
    joined = " ".join(s.text for s in sentences)
    assert sentences[0].text.startswith("Train drivers called off")  # "LONDON (Reuters) -" cut off
    assert "Reuters" not in joined
    for junk in ("newsletter", "Scroll down", "pictured", "Sign up"):
        assert junk not in joined


SCRAPED = ("Port Avel, Westmark (CNN)The ferry operator suspended all crossings on Monday after a storm damaged "
           "two of its boats in the harbour. Scroll down for video. The company said repairs to the two boats would "
           "take at least three weeks and cost about 2 million dollars. Damaged: One of the ferries (pictured) lies "
           "on its side in the harbour The operator said passengers with tickets would get a full refund within a "
           "month. Local officials said the storm was the worst to hit the coast in a decade.\n")


def test_no_caption_widget_or_dateline_in_a_scraped_summary(parse_text):
    parsed = parse_text(SCRAPED)
    sentences, _ = summary.extract(parsed)
    check_invariants(parsed, sentences)
    joined = " ".join(s.text for s in sentences)
    for junk in ("(CNN)", "Port Avel", "Scroll down", "pictured", "Damaged:"):
        assert junk not in joined
    assert sentences[0].text.startswith("The ferry operator suspended")


def test_mail_header_trimmed(parse_text):
    parsed = parse_text(MAIL)
    sentences, _ = summary.extract(parsed)
    joined = " ".join(s.text for s in sentences)
    assert "PUBLISHED" not in joined and "UPDATED" not in joined and "Jane Roe" not in joined
    assert any(s.text.startswith("A zoo keeper in Leeds rescued") for s in sentences)


def test_dangling_opener_needs_its_antecedent(parse_text):
    parsed = parse_text(DANGLING)
    sentences, _ = summary.extract(parsed)
    texts = [s.text for s in sentences]
    he = next(t for t in texts if t.startswith("He praised")) if any(t.startswith("He praised") for t in texts) else None
    if he is not None:  # only with the sentence before it
        assert texts[texts.index(he) - 1].startswith("The city museum has bought")
    # every chosen sentence opening with a pointer back has its predecessor chosen too
    cands, _freq = summary.candidates(parsed)
    chosen = {s.start for s in sentences}
    by_index = {c.index: c for c in cands}
    for c in cands:
        if c.start in chosen and c.dangling:
            assert c.index - 1 in by_index and by_index[c.index - 1].start in chosen


def _cand(index, score, dangling=False, words=20, lemmas=None, features=None):
    return Candidate(index=index, start=index * 100, end=index * 100 + 50, span=None, words=words,
                     lemmas=set(lemmas if lemmas is not None else {f"w{index}a", f"w{index}b", f"w{index}c"}),
                     dangling=dangling, score=score, features=dict(features or {}))


#: A model for select(): the candidates' scores are set by hand, a replacement needs a margin of 1,
#: and no sentence is dropped for scoring low.
MODEL = summary.Model(weights={f: 1.0 for f in summary.FEATURES}, intercept=0.0, margin=1.0)


def test_a_weak_third_sentence_is_dropped():
    cands = [_cand(0, 2.0), _cand(1, 1.5), _cand(2, 0.2), _cand(3, 0.1)]
    gap = summary.Model(weights=MODEL.weights, intercept=0.0, margin=1.0, gap=1.0, gap_untitled=1.0)
    assert [c.index for c in summary.select(cands, gap)] == [0, 1]
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 1, 2]


def test_shipped_weights_name_every_feature():
    data = json.loads(summary.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(summary.FEATURES)
    assert data["command"] and data["data"]  # how it was made, and from what
    model = summary.model()
    assert model.margin > 0  # the lead is the default


def test_lead_is_the_default():
    cands = [_cand(0, 0.1), _cand(1, 0.2), _cand(2, 0.3), _cand(3, 1.0), _cand(4, 0.9)]
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 1, 2]  # better, but not by the margin


def test_clearly_better_sentence_replaces_the_weakest_lead_sentence():
    cands = [_cand(0, 0.5), _cand(1, 0.1), _cand(2, 0.3), _cand(3, 1.0), _cand(4, 2.0)]
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 2, 4]


def test_no_replacement_because_of_one_feature():
    lead = {"log_centrality": 1.0, "title": 0.5}
    one = {"log_centrality": 0.0, "title": 0.6, "entity": 3.0}  # wins by entity density alone
    two = {"log_centrality": 0.0, "title": 2.5, "entity": 1.5}  # wins on two features
    cands = [_cand(0, 1.5, features=lead), _cand(1, 1.5, features=lead), _cand(2, 1.5, features=lead),
             _cand(3, 3.5, features=one)]
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 1, 2]
    cands[3] = _cand(3, 3.0, features=two)
    assert 3 in [c.index for c in summary.select(cands, MODEL)]


def test_select_skips_dangling_without_antecedent():
    cands = [_cand(0, 0.1), _cand(1, 0.2), _cand(2, 0.3), _cand(3, 0.4), _cand(4, 3.0, dangling=True), _cand(5, 2.9)]
    chosen = [c.index for c in summary.select(cands, MODEL)]
    assert 4 not in chosen and 5 in chosen
    assert chosen == sorted(chosen) and 2 <= len(chosen) <= 4


def test_select_keeps_dangling_with_antecedent():
    cands = [_cand(0, 0.1), _cand(1, 1.0), _cand(2, 0.9, dangling=True), _cand(3, 0.2)]
    chosen = [c.index for c in summary.select(cands, MODEL)]
    assert 1 in chosen and 2 in chosen


def test_antecedent_of_a_chosen_sentence_is_not_replaced():
    cands = [_cand(0, 0.4), _cand(1, -1.0), _cand(2, 0.6, dangling=True), _cand(3, 2.0)]
    chosen = [c.index for c in summary.select(cands, MODEL)]
    assert chosen == [1, 2, 3]  # sentence 0 goes, not sentence 1 that "He ..." in 2 points back to


def test_summary_never_opens_on_a_pointer_back():
    cands = [_cand(0, 1.0, dangling=True), _cand(1, 0.2), _cand(2, 0.3), _cand(3, 0.1)]
    chosen = summary.select(cands, MODEL)
    assert chosen and not chosen[0].dangling


def test_select_respects_word_budget_and_duplicates():
    same = {"bridge", "reopen", "traffic", "monday", "repair"}
    cands = [_cand(0, 1.0, words=30, lemmas=same), _cand(1, 0.95, words=30, lemmas=same | {"cost"}),
             _cand(2, 0.5, words=30), _cand(3, 0.4, words=40), _cand(4, 0.3, words=20)]
    chosen = summary.select(cands, MODEL)
    assert [c.index for c in chosen][:1] == [0] and 1 not in [c.index for c in chosen]
    assert sum(c.words for c in chosen) <= summary.MAX_WORDS


def test_no_near_duplicates(parse_text):
    parsed = parse_text(REPEAT)
    sentences, _ = summary.extract(parsed)
    assert sum(s.text.startswith("The Kelvin road bridge reopened") for s in sentences) == 1


def test_standfirst_is_dek_when_present(parse_text):
    parsed = parse_text(DEK)
    assert parsed.article.dek  # the reader found the standfirst
    sentences, standfirst = summary.extract(parsed)
    assert standfirst == parsed.article.dek
    assert all(parsed.article.dek not in s.text for s in sentences)


def test_standfirst_without_dek_is_a_verbatim_sentence(parse_text):
    parsed = parse_text(HARBOUR)
    assert not parsed.article.dek
    _, standfirst = summary.extract(parsed)
    assert standfirst in parsed.article.text
    assert not rules.is_dangling(standfirst)
    assert len(standfirst.split()) >= summary.MIN_SENTENCE_WORDS


def test_short_article(parse_text):
    parsed = parse_text(SHORT)
    sentences, standfirst = summary.extract(parsed)
    assert len(sentences) == 2
    assert all(s.text == parsed.article.text[s.start:s.end] for s in sentences)
    assert standfirst in parsed.article.text


def test_deterministic(parse_text):
    a = summary.extract(parse_text(HARBOUR))
    b = summary.extract(parse_text(HARBOUR))
    assert a == b


@pytest.mark.parametrize("sentence, expected", [
    ("He said the plan would work.", True),
    ("This was the third vote.", True),
    ("But the council disagreed.", True),
    ("However, the vote passed.", True),
    ("It is likely that the vote will pass.", False),
    ("There are 14 councillors.", False),
    ("Helen Dunmore said the plan would work.", False),
    ("Thiswick council voted.", False),
])
def test_dangling_rule(sentence, expected):
    assert rules.is_dangling(sentence) is expected


@pytest.mark.parametrize("sentence", [
    "Scroll down for video.",
    "Sign up for our newsletter to get the news first.",
    "Also Read: ten towns to visit",
    "The mayor (left) greets visitors at the opening.",
    "Follow Jane Roe on Twitter for updates.",
    "Tragic: The rider was thrown from his scooter when he was struck by a van.",
])
def test_boilerplate_rule(sentence):
    assert rules.is_boilerplate(sentence)


@pytest.mark.parametrize("sentence", [
    "The council voted on Tuesday to rebuild the wall.",
    "He said: 'We will rebuild it.'",
    "Council leader Mairi Dunmore said the vote mattered.",
    "For more than a decade, the harbour wall held.",
    "The Samaritans said calls to its helpline rose after the flood.",
])
def test_not_boilerplate(sentence):
    assert not rules.is_boilerplate(sentence)


@pytest.mark.parametrize("raw, kept", [
    ("LONDON (Reuters) - Train drivers called off the strike.", "Train drivers called off the strike."),
    ("(CNN)The comet will be visible this week.", "The comet will be visible this week."),
    ("Lagos, Nigeria (CNN)Floods closed the port on Monday.", "Floods closed the port on Monday."),
    ("The Senate (CNN) passed the bill on Friday.", "The Senate (CNN) passed the bill on Friday."),
    ("WASHINGTON — The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."),
    ("The Senate passed the bill on Friday.", "The Senate passed the bill on Friday."),
])
def test_trim_dateline(raw, kept):
    start, end = rules.trim(raw, 0, len(raw))
    assert raw[start:end] == kept


def test_standfirst_is_not_a_quote_when_the_article_has_no_dek(extract_text):
    text = ("Union Ballots Civil Servants Over Pensions\n\n"
            "\u201cFor a government that lectures everyone on choice, this leaves workers no choice at all,\u201d "
            "the union leader said on Monday at a rally of civil servants in the capital.\n\n"
            "The union will ballot its 290,000 members on strikes over plans to raise the pension age to 65.\n\n"
            "Ministers said talks with the unions would continue next week.\n")
    parsed, extraction = extract_text(text)
    assert extraction.standfirst and not extraction.standfirst.startswith(("\u201c", '"'))
    assert extraction.standfirst in text


# The lead here is weak: the article's most repeated words (the library, the reading room) come
# in its later sentences, not in the first ones.
WEAK_LEAD = """Town notes from the week

Heavy rain closed two roads near the old mill on Sunday morning for several hours.

A bakery on the market square changed hands after forty years under one family.

The town library will reopen its reading room in June, and the library reading room will keep longer hours.

Library staff said the reading room of the library had been closed for repairs since the winter storms.

"The reading room is the heart of the library," the head of the library said on Monday.

The library will also open the reading room on Sunday afternoons from July.
"""


def test_features_describe_a_sentence_against_the_rest_of_the_article(parse_text):
    cands = summary.prepared(parse_text(WEAK_LEAD))
    assert set(cands[0].features) == set(summary.FEATURES)
    by_rank = sorted(cands, key=lambda c: c.features["central_rank"])
    assert by_rank[0].features["central_rank"] == 0.0 and by_rank[-1].features["central_rank"] == 1.0
    assert "library" in by_rank[0].span.text.lower()  # the most central sentence is about the library
    assert [c.features["top_central"] for c in by_rank].count(1.0) == 2
    quoted = [c for c in cands if c.span.text.startswith('"')]
    assert quoted and quoted[0].features["quote_share"] > 0.5
    assert all(c.features["quote_share"] == 0.0 for c in cands if '"' not in c.span.text)


STRONG_LEAD = """Library reading room to reopen

The town library will reopen its reading room in June after the library repairs.

Library staff said the reading room of the library had been closed for repairs since the winter.

The library reading room will keep longer hours and open on Sunday afternoons at the library.

Heavy rain closed two roads near the old mill on Sunday morning for several hours.

A bakery on the market square changed hands after forty years under one family.
"""


def test_no_feature_says_where_a_sentence_stands(parse_text):
    """The scorer judges what a sentence says; where it stands is the selection's business (the lead
    is the default): the same sentences in another order keep every feature."""
    head, *paragraphs = STRONG_LEAD.strip().split("\n\n")
    moved = "\n\n".join([head] + paragraphs[3:] + paragraphs[:3]) + "\n"
    before = {c.span.text.strip(): c.features for c in summary.prepared(parse_text(STRONG_LEAD))}
    after = {c.span.text.strip(): c.features for c in summary.prepared(parse_text(moved))}
    assert len(before) == 5 and after == before


def test_a_later_sentence_replaces_a_lead_sentence_only_when_the_headline_sides_with_it():
    lead = {"log_centrality": 1.0, "title": 0.2}
    cands = [_cand(0, 1.0, features=lead), _cand(1, 0.9, features=lead), _cand(2, 0.1, features=lead),
             _cand(3, 3.0, features={"log_centrality": 0.0, "title": 0.2, "entity": 1.5, "names": 1.5})]
    # clearly better by the model, but the headline shares no more with it than with the lead
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 1, 2]
    cands[3].features["title"] = 0.6
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 1, 3]


def test_scores_are_standardised_over_the_article():
    cands = [_cand(i, 0.0, features={"log_centrality": 1.0 / (i + 1), "title": 0.1 * (i % 3)}) for i in range(6)]
    model = summary.Model(weights={f: 0.0 for f in summary.FEATURES} | {"log_centrality": 2.0, "title": 1.0},
                          intercept=-3.0, margin=0.5, gap=1.0)
    summary.score(cands, model)
    scores = [c.score for c in cands]
    assert abs(sum(scores)) < 1e-9 and abs(sum(x * x for x in scores) / len(scores) - 1.0) < 1e-9
    # the same model, ten times as sure of itself: the same scores, so the same summary
    sure = summary.Model(weights={f: 10.0 * w for f, w in model.weights.items()}, intercept=7.0, margin=0.5, gap=1.0)
    first = [c.index for c in summary.select(cands, model)]
    summary.score(cands, sure)
    assert [c.score for c in cands] == pytest.approx(scores)
    assert [c.index for c in summary.select(cands, sure)] == first


def test_a_redundant_later_sentence_does_not_replace_a_lead_sentence():
    lead = {"title": 0.1}
    story = {"flood", "wall", "council", "vote"}
    cands = [_cand(0, 1.0, lemmas=story, features=lead), _cand(1, 0.8, features=lead), _cand(2, 0.0, features=lead),
             _cand(3, 1.2, lemmas={"flood", "wall", "cost", "grant", "loan", "rate"},
                   features={"title": 0.5, "entity": 1.0})]
    plain = summary.Model(weights=MODEL.weights, intercept=0.0, margin=1.0)
    assert 3 in [c.index for c in summary.select(cands, plain)]  # 1.2 - 0.0 clears the margin
    # it repeats two of sentence 0's four words: 0.5 x 1.0 of penalty leaves it short of the margin
    penalised = summary.Model(weights=MODEL.weights, intercept=0.0, margin=1.0, redundancy=1.0)
    assert [c.index for c in summary.select(cands, penalised)] == [0, 1, 2]



def test_without_a_headline_to_agree_the_lead_is_kept_more_firmly():
    def article(title):
        return [_cand(0, 2.0, features={"title": title}), _cand(1, 1.5, features={"title": 0.0}),
                _cand(2, 0.2, features={"title": 0.0}), _cand(3, 0.1, features={"title": 0.0})]
    model = summary.Model(weights=MODEL.weights, intercept=0.0, margin=1.0, gap=1.0, gap_untitled=99.0)
    assert [c.index for c in summary.select(article(0.4), model)] == [0, 1]  # a headline: the weak third goes
    assert [c.index for c in summary.select(article(0.0), model)] == [0, 1, 2]  # none: the lead stands


def test_the_lead_stops_at_the_first_sentence_that_does_not_fit():
    cands = [_cand(0, 0.5, words=50), _cand(1, 0.4, words=30), _cand(2, 0.3, words=20), _cand(3, 0.2, words=8)]
    # the third sentence would take the summary to 100 words: the short fourth is not the lead
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 1]


def test_too_few_sentences_are_topped_up_on_merit_not_by_reading_on():
    # the second sentence does not fit; the short third is not read on to, the better fourth is taken
    cands = [_cand(0, 0.5, words=80), _cand(1, 0.4, words=20), _cand(2, -0.2, words=8), _cand(3, 0.5, words=9)]
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 3]


def test_a_sentence_is_not_taken_without_the_one_its_pronoun_refers_to():
    cands = [_cand(0, 0.5), _cand(1, 0.4), _cand(2, -2.0), _cand(3, 3.0)]
    cands[3].needs = frozenset({2})  # '"We waited a long time," he said.' after the sentence naming him
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 1, 2]
    cands[2].score = 0.45  # now the weakest lead sentence is 1: 3 comes in with what it refers to
    assert [c.index for c in summary.select(cands, MODEL)] == [0, 2, 3]


FREED = """Four freed detainees may see their families

Four men freed from an island detention camp will be allowed visits from relatives, their lawyers said on Monday.

The men include Daniel Ferrow, a former teacher from Leeds, and three engineers from Bristol.

Mr Ferrow's brother, Adam, said the family had waited three years for the news of the visits.

"We have been waiting for this day for a very long time," he said.

The Home Office said Mr Ferrow and the other men would be questioned by police later this month.
"""


def test_a_closing_he_said_refers_back(parse_text):
    cands = {c.index: c for c in summary.prepared(parse_text(FREED))}
    assert all(not cands[i].needs for i in (0, 1, 2, 4))  # "Mr Ferrow's brother, Adam, said": nouns first
    assert cands[3].needs == frozenset({2})  # a closing "he said" with no one before it
    _sentences, standfirst = summary.extract(parse_text(FREED))
    assert "he said" not in standfirst
