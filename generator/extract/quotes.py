"""Direct quotes and reported speech.

How it works, per article (no extra model, no re-parsing; only the paragraph docs spaCy made):

1. **Marks.** Each story paragraph is scanned for quotation marks (headline quotes are used for
   names only: a headline's ‘Historic’ is a label, not a quote): curly
   “ ” and ‘ ’, straight " and ', guillemets « ». Apostrophes inside or at the edge of words
   (Ukraine’s, don't, the '90s, leaders’) are not marks. Single marks count only outside double
   ones (so a quote within a quote stays part of the outer quote). An opening mark with no
   closing mark runs to the end of its paragraph, or to the next opening mark (a continuation
   whose paragraph break was lost); it never leaks into the next paragraph.
2. **Units.** A quote whose paragraph ends without closing it and whose next paragraph opens
   with a mark continues there: the pieces form one *unit* and share one speaker. Each piece is
   returned as its own :class:`Quote` (``text == article.text[start:end]``).
3. **Attribution.** For each unit, in order: a speech cue right after a piece (“…,” X said /
   said X / — X), right before it (X said: “…” / X noted, “…” / X told CNN that “…”), an
   "according to X" / ", per X" in the quote's sentence (only for a quote with no speaker of its
   own: “…,” Lee said, according to the Gazette → Lee), in the next short sentence (“…” said another.), a reporting verb governing a partial quote
   (X described it as “very useful.” / calling it a “historic decision”), the subject of the
   clause carrying a partial quote (not a named subject a quoted predicate of "be" describes: "the
   committee is a “witch hunt”"), a "Name:" transcript label, a verbless name set before the
   quote with a colon ("Tom Reed (Westby Trust): “…”", "HEADLINE WORDS - Tom Reed: “…”"), a person
   and one verb, nothing else, ending the sentence after a quote that ends in "," "?" or "!" (“…?”
   Reed pressed; the verb need not be one of saying), a colon
   paragraph ("Caddell continued:"), a "— Name, Place" signature paragraph (the name before the comma), then the speaker of the
   previous quote when the paragraph is a run of quotes; a quote (three words or more) inside a
   paragraph that none of these attributes and the filter (4.) keeps is the speaker's of the
   sentence right before its own (“…,” Lee said. Instead, “…”), unless its own main clause has a
   subject that may act or carry words ("The photo shows a banner – “…”"); after "X asked him about it." the one
   asked. "…,” Lee answered" and "…,” she went on" are cues; a question before "He answered, “…”"
   is not the answerer's; a participle describing the speaker ("Lee, a retired nurse, said") does
   not end the cue after a quote. A split quote (“A,” she said, “B”) takes
   the middle attribution only when B's own sentence has no later reporting verb ("…, she said");
   a partial quote inside an "as/while X …" clause is not attributed through it to the main verb;
   a participle of saying whose main clause has a thing for subject ("The row began, with Lee
   marching up to him, saying “…”") goes to the person acting in the "-ing" clause between, or
   to the people of a clause between ("The incident came at a rally, when Reed supporters
   interrupted her, shouting “…”"), and one whose own subject is a thing to the subject of the
   verb above ("they hold banners proclaiming “…”"); of two subjects the parser gives one verb
   ("Holding signs calling Reed “…”, the protesters chanted") the one that may act speaks.
   A reporting verb's speaker is that of the outermost reporting verb ("She said she recalls …"),
   except for speech reported inside speech: in "The mayor said the minister told him the plan was
   “dead”" the words are the minister's, and so in "she recalls how Lee advised her: “…”", in "Lee said
   Reed had complained he was left “…”" and in
   "Lee mocked Reed's claim that it was “…”" (the "that" clause of a possessed noun); "the paper quoted X as saying" and "X was quoted as
   saying" name X. A share of those polled ("75 percent of voters said") is no speaker: those it
   counts are (else those an earlier share in its paragraph counts, else no one), and the words of
   an opening "Asked whether …" clause are the question's, no one's answer. The mention the attribution rests
   on (the "he" in "he told CNN", the "who" in "…, who said") gives ``speaker_start``/``speaker_end``.
4. **Terms.** Short quoted phrases with no reporting context — a quoted pre-modifier (the
   virtual “coalition of the willing” meeting), after "so-called", a back-reference (this
   “historic decision”), title-case names of shows and films, stage directions "(CROSSTALK)" —
   are terms, not quotes; so is a name given by a participle on the noun before it (an offence
   known as “treating”, a plot called “…”), and so is one a passive naming verb gives with no one said
   to give it ("it has been called “…”", "the prize is billed as “…”"; neither is the thing named, nor
   the subject of the clause above, its speaker: "Avonia Rail, which has been called “…”, will …");
   so are quoted words of under 8 characters ("fair"), unless a reporting verb of their
   own sentence governs them ("said it would be an “insult”"; not "the term “urban”"). A learned filter
   (:mod:`.quote_model`, fitted on PolNeAR train) then judges every other span of up to a few
   words — the rules' weakest guess (a short noun phrase after a determiner) included — from its
   length, clause shape, first-person words, capitals and punctuation, the words around its
   marks and the cue that attributed it, and drops those that are not speech.
5. **Names.** The speaker's mention is resolved by the article's one resolver
   (:mod:`.coref`, shared with the question stage): a name to the full name of the same person
   used in the article (the one nearest before the mention: "Navarro" / "Mr Navarro" → "Mario
   Navarro", "Mr Radley" → "Tom Radley" even when a "Carla Radley" appears too); pronouns and role
   descriptions ("he", "she", "the senator", "the influential US daily") to a person earlier in
   the pronoun's own sentence, else the most recent compatible mention in subject position (a
   thing-subject passive's agent, a gendered or named-back description such as "a spokesman" or
   "the party leader", and "the researchers" for "they" included; when none fits "he"/"she", a
   definite description there that says no gender, "the veteran striker", as worded); one object of that gender in
   the sentence just before comes first when the subject lies further back; never one named in the
   clause the pronoun's or role's verb reports: "Mr Reed has failed, he claimed" and "Mr Reed liked to
   cite “…”, the party leader said" are not Reed's (a "while …" clause in it included); a sentence
   that a photo caption glued before it, with no full stop, makes the parser hang off the caption's verb
   is the writer's own, not a reported one; never a
   one-word "person" the article does not show to be one, such as a film's title)
   (gender from first names — common ones, then rarer ones kept for gender only — Mr/Mrs and
   role nouns, else from the article's own "he"/"she" in sentences naming that person alone; a
   surname a man and a woman share fits both); "Her granddaughter, Lena" and "said Spanish teenager Ferrer" to the name; a role named
   after a body ("the Harbour Party leader said") to the person, its mention being the role word
   alone, not the body; a run of title words the parser heads the phrase with ("said union official
   Tom Reed" read with a verb in it, "Representative Tom Hale, …, told", "Navy Capt. Tom Reed" taken for
   a body) to the name that closes it; a document to the body that wrote it ("a memo written by the Treasury",
   "the report, published by X,"; not "the letter, seen by the paper,"). A name the tagger took
   for a body that an apposition describes as a person ("Ann Varga, a journalist,") is a person's;
   a lower-case word the tagger took for a name ("bona fides") is no one's. Each named
   speaker becomes a mention for later pronouns. The article's referents are used only to
   canonicalise (they may be incomplete).

Reported speech ("Bramley stated that the U.S. was ready to ...") with a named source becomes a
:class:`Reported`, never a :class:`Quote`.
"""

from __future__ import annotations

from ..model import ParsedArticle, Quote, Reported
from .analysis import Analysis, find_marks
from .quotes_core import extract_all


def extract(analysis: Analysis, warnings: list[str] | None = None) -> tuple[list[Quote], list[Reported]]:
    """Direct quotes (with speakers) and reported speech of one analysed article (its referents set)."""
    return extract_all(analysis, warnings)


def marks_only(parsed: ParsedArticle) -> list[Quote]:
    """The fallback should attribution fail: every quoted span of 8+ characters, no speakers."""
    text, out = parsed.article.text, []
    for pp in parsed.paragraphs:
        for m in find_marks(text[pp.paragraph.start:pp.paragraph.end]):
            start, end = pp.offset + m.start, pp.offset + m.end
            if end - start >= 8:
                out.append(Quote(text=text[start:end], start=start, end=end))
    return out
