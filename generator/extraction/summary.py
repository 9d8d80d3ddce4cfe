"""Title and summary, built from the article's own sentences.

News puts the story in its lead, so the lead sentence is the raw material: compressed to a
headline when the article has none, and shortened in the summary, which then gives the reactions
of the other actors, as their positions state them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .discourse import ParagraphView, Reading
from ..gated import Gated, folded
from .positions import Stance
from .lexicon import FUNCTION_WORDS, IRREGULAR_PAST, SPEECH_VERBS, LazyPattern, alternation
from .text import DATE_WORDS, MASKS, PARAGRAPH, QUOTE_MARKS, WORD, strip_time_expressions
from .compression import (FINITE_AUXILIARY, broken_off, compress, cut_to, cuts_off_the_verb, has_verb, leaves_out_source,
                          without_subject)
from .reactions import REASON_OPENING, content_words, main_reaction, name_words

MAX_TITLE_WORDS = 12
MAX_SUMMARY_WORDS = 45
MAX_LEAD_WORDS = 25
LEAD_PARAGRAPHS = 3  # the summary's sentences come from the first ones
HEADLINE_LINES = 3  # a headline, a deck and a kicker may come before them
# A lead sentence alone in its paragraph runs longer than this; a headline seldom does.
MAX_HEADLINE_WORDS = 16
MIN_CLAUSE_WORDS = 8
MAX_LEAD_CHARS = 2000
# Each `\s+` starts only where a run of spaces starts, so that no run is rescanned from each of
# its characters (quadratic on a long run of spaces).
_TAIL = re.compile(r",?(?<!\s)\s+(?:but|while|whereas|although|which|who|as|after|adding|saying|because)\b"
                   r"|[,:](?=\s)|[;(—–]")
# Lower case only, so that "Federated States" reports nothing; "proposed by" is a passive, no report;
# "has said it is" loses its auxiliary with its verb.
_SAID_THAT = LazyPattern(lambda: rf"(?<!\s)(?:\s+(?:has|have|had))?\s+({alternation(SPEECH_VERBS)})"
                                 r"(?:\s+that)?\s+(?!by\b)")
_PLAIN_REPORTING = frozenset({"said", "says", "say", "told", "tells", "stated", "states", "added", "adds"})
# A comma or colon inside a number ("1,000", "10:30") ends no clause.
_CLAUSE_END = re.compile(r"[,:](?=\s)|[;(—–]")
# "Poll: …", "Analysis: …": a kicker of a few words before a colon is part of the headline.
_KICKER = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}[\w’'-]+:\s+")
# A reported clause that opens with its own subject rather than a verb.
_OWN_SUBJECT = re.compile(r"(?i:the|a|an|this|these|those|its|their|our|we|it|there)\b|[A-Z]")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_SUBJECT_CUT = re.compile(r"\s(?:of|from|in|at|with|for)\s")
_PRONOUN_START = re.compile(r"^(?:he|she|it|they)\s+", re.I)
# (Also after a link word the summary leaves out: "But he told …" is "Roe told …".)
_PRONOUN_OPENING = re.compile(r"^(?:(?:but|and|yet)\s+|(?:however|meanwhile|still),\s+)?"
                              r"(he|she|they|his|her|their)\b(?!['’])", re.I)
_POSSESSIVES = frozenset(("his", "her", "their"))
# "Later that night, he …": a subject pronoun after an opening phrase, which names nobody.
_PRONOUN_AFTER_OPENING = re.compile(r"^[A-Z][^,;:“”\"]{0,120}?,\s+(he|she|they)\b(?!['’])")
# "He’s …", "They’re …": no name can stand in for the pronoun without the verb it carries.
_CONTRACTED_PRONOUN = re.compile(r"^(?:(?:but|and|yet)\s+|(?:however|meanwhile|still),\s+)?(?:he|she|they)['’]", re.I)
# A sentence that opens with a quotation or points back with "it", "its" or "this" needs the one
# before it.
_QUOTE_OPENING = re.compile(r"^[\"“‘'«„]|^(?:it|its|this|these|those|that)\b", re.I)
# "…, each of these towns has…", also after a source: "According to a poll, this means…".
_POINTS_BACK = re.compile(r"^(?:According to [^,]{1,80},\s+)?(?:(?:it|its|this|these|those|such)\b|"
                          r"(?:both|all|each|either|neither|none|some|most|many|one|two)\s+of\s+"
                          r"(?:these|those|them|it)\b)", re.I)
# "…rose by that same amount": what it is the same as is in a sentence the summary leaves out.
_SAME_AS_BEFORE = re.compile(r"\b(?:that|this|these|those)\s+same\b", re.I)


def lead_sentences(reading: Reading, limit: int = 3) -> list[tuple[int, str]]:
    """The first sentences of the article as (paragraph, text), quotes left as written."""
    out = []
    for view in reading.views:
        for sentence in view.sentences:
            text = view.text[sentence.start:sentence.end].strip()
            if len(text.split()) >= 4:
                out.append((view.number, text))
            if len(out) >= limit * 3:
                return out
    return out


def make_title(reading: Reading) -> str:
    """A headline from the lead sentence: time expressions and subordinate tails dropped. A first
    paragraph that is one short sentence is a headline line already, and is the title as written."""
    sentences = lead_sentences(reading, 1)
    if not sentences:
        return "Untitled article"
    line = _headline_line(reading)
    if line is not None:
        return line
    # A headline needs the start of the lead only; a lead thousands of words long (no full stop
    # in sight) is cut to a bounded prefix first.
    frame_sentence = compress(_first_frame_sentence(reading)[:MAX_LEAD_CHARS])
    text = strip_time_expressions(" " + frame_sentence).strip()
    text = QUOTE_MARKS.sub("", text)
    text = _ARTICLE.sub("", text)
    # Only a verb of the first clause frames the headline: "…, demanding higher wages" is a detail.
    boundary = _CLAUSE_END.search(frame_sentence)
    first_clause = frame_sentence[:boundary.start()] if boundary else frame_sentence
    said = _SAID_THAT.search(text) if _SAID_THAT.search(first_clause + " ") else None
    if not said and len(first_clause.split()) >= 4:
        text = _ARTICLE.sub("", QUOTE_MARKS.sub("", strip_time_expressions(" " + first_clause).strip()))
    subject = text[:said.start()] if said else ""
    content = text[said.end():] if said else text
    if said and said.group(1).lower() not in _PLAIN_REPORTING:
        # "X said that Y" reads as "X Y" in a headline, but "X rejected Y" needs its verb.
        content = f"{said.group(1)} {content}"
    kicker = _KICKER.match(content)
    tail = _TAIL.search(content, kicker.end() if kicker else 0)
    if tail and tail.start() > 0:
        content = content[:tail.start()]
    if subject:
        subject_words = subject.split()
        if len(subject_words) > 6:
            cut = _SUBJECT_CUT.search(subject)
            subject = subject[:cut.start()] if cut else " ".join(subject_words[:6])
        content = _PRONOUN_START.sub("", content)
        # "X said the bridge will reopen" → "X: the bridge will reopen"; "X said he would
        # resign" → "X would resign".
        joint = ": " if _OWN_SUBJECT.match(content.strip()) else " "
        text = f"{subject.strip()}{joint}{content.strip()}"
    else:
        text = content
    words = text.rstrip(" .").split()
    if len(words) > MAX_TITLE_WORDS:
        if _capitalised(words[MAX_TITLE_WORDS]):
            # Never end inside a name: the capitalised words the cut would split go as a whole.
            end = MAX_TITLE_WORDS
            while end > 1 and _capitalised(words[end - 1]):
                end -= 1
            words = words[:end]
        words = words[:MAX_TITLE_WORDS]
        # A cut title ends on a word that can end it: no "of a", no "a March 3" or "the eighth"
        # before its noun.
        while words and (words[-1].lower() in FUNCTION_WORDS or words[-1][0].isdigit()
                         or words[-1].lower() in DATE_WORDS or words[-1].lower() in _ORDINALS):
            words.pop()
    title = " ".join(words).strip(" ,;:")
    return title[:1].upper() + title[1:] if title else sentences[0][1][:80]


_LEAST_HEADLINE_WORDS = 4
# The full stop that closes the line, inside a closing quotation mark too ("… ‘useless.’").
_LINE_STOP = re.compile(r"\s*[.;]([\"'”’»)\]]*)$")
_ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth", "last", "next"))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _headline_line(reading: Reading) -> str | None:
    """The first paragraph, when it is one sentence of a headline's length that does not open with
    a quotation, and more paragraphs follow: "Rivals take off the gloves." over the story. Cut at its
    commas as a lead sentence is, it would lose what it says ("Varga, Lund trade blows …" is no
    "Varga")."""
    view = reading.views[0] if reading.views else None
    if view is None or not _lone_short_line(reading, view) or len(view.text.split()) < _LEAST_HEADLINE_WORDS \
            or view.frame.lstrip()[:1] in MASKS:
        return None
    return _LINE_STOP.sub(r"\1", view.text.strip())


def _lone_short_line(reading: Reading, view: ParagraphView) -> bool:
    """Whether a paragraph is one sentence of a headline's length with more paragraphs besides it:
    the title takes such a first line, and the summary leaves it out."""
    return len(reading.views) > 1 and len(view.sentences) == 1 and len(view.text.split()) <= MAX_HEADLINE_WORDS


def _first_frame_sentence(reading: Reading) -> str:
    """The lead sentence with quotation marks kept but quoted words intact."""
    for view in reading.views:
        for sentence in view.sentences:
            frame = view.frame[sentence.start:sentence.end]
            if len(frame.split()) >= 4 and not frame.strip().startswith(tuple(MASKS)):
                return view.text[sentence.start:sentence.end].strip()
    view = reading.views[0]
    return view.text[view.sentences[0].start:view.sentences[0].end] if view.sentences else view.text


def make_summary(reading: Reading, stances: Sequence[Stance] = (), titled: bool = False) -> str:
    """Who did or said what, in at most two sentences and MAX_SUMMARY_WORDS words: the lead
    sentence of the story, compressed, then what a reader learns next, the next sentence of the lead
    joined by a semicolon to the main reaction, the stance of the actor most present in the article
    among those the lead does not name. Each part is shortened only as far as the others need: the
    words they leave go back to the lead. Where the lead could keep more of itself, the sharing that
    carries more of the words the article comes back to wins.

    A sentence opening with a pronoun is used only with the pronoun replaced by the name it points
    back to; one that points back otherwise ("these areas") is not used, nor a headline line: a
    short line alone before the paragraphs of an article `titled` by none of its lines.
    """
    written = [(sentence, compress(sentence)) for sentence in _lead_sentences(reading, titled)]
    lead = [(sentence, whole) for sentence, whole in written
            if not _POINTS_BACK.match(whole) and not _SAME_AS_BEFORE.search(whole)]
    if not lead:
        # No sentence of the opening paragraphs stands alone: a headline line tells more than nothing.
        opening = reading.views[0].text.strip() if reading.views else ""
        return compress(opening) if len(opening.split()) >= 4 and _ENDS_AS_PROSE.search(opening) else ""
    (lead_sentence, whole), *later = lead
    first = cut_to(whole, MAX_LEAD_WORDS) if len(whole.split()) > MAX_LEAD_WORDS else whole
    if (leaves_out_source(whole, first) or cuts_off_the_verb(whole, first)) and len(whole.split()) <= MAX_SUMMARY_WORDS:
        first = whole
    # (The later sentences are cut only as far as the room the lead leaves them.)
    later_wholes = [text for _, text in later]
    weights = _recurrence(reading)
    second = _second_sentence(later_wholes, stances, first, reading, weights)
    # The lead as written, less only its asides ("In the deadliest week of the war, …", "…, where
    # she met …" back), when it fits beside the second sentence.
    fuller = compress(lead_sentence, keep_circumstance=True)
    if len(fuller.split()) + len(second.split()) <= MAX_SUMMARY_WORDS:
        first = fuller
    elif broken_off(first):
        # A lead broken off mid-phrase is no sentence: the whole lead, or as much of it as ends a
        # clause within the summary's words, and a second sentence in what room it leaves.
        first = fuller if len(fuller.split()) <= MAX_SUMMARY_WORDS else cut_to(whole, MAX_SUMMARY_WORDS)
        second = _second_sentence(later_wholes, stances, first, reading, weights)
    summary = f"{first} {second}" if second else first
    # A lead cut to leave room may lose more than the room brings back ("…, a decision the union has
    # promised to answer with a strike"): of the ways to share the words between the lead and what
    # follows it, the one that says most of what the article keeps coming back to.
    # A reaction that gives its holder's reason ("…, saying it would cost jobs") tells what the
    # holder holds, where the bare verb only takes a side: it is worth the lead's last phrases.
    best = (bool(_GIVES_REASON.search(second)), _salience(summary, weights))
    leads = {cut_to(text, limit) if len(text.split()) > limit else text
             for limit in _LEAD_LIMITS for text in (whole, fuller)} - {first}
    for lead_part in sorted(leads, key=len):
        if broken_off(lead_part) or leaves_out_source(whole, lead_part) or cuts_off_the_verb(whole, lead_part):
            continue
        rest = _second_sentence(later_wholes, stances, lead_part, reading, weights)
        option = f"{lead_part} {rest}" if rest else lead_part
        worth = (bool(_GIVES_REASON.search(rest)), _salience(option, weights))
        if worth > best:
            summary, best = option, worth
    return summary


# The reason `main_reaction` gives a reaction, with no quotation after it.
_GIVES_REASON = re.compile(REASON_OPENING + r'(?!.*[“"])')


_LEAD_LIMITS = (30, 35, 40, MAX_SUMMARY_WORDS)
STEM_LETTERS = 6  # "protest" and "protesters", "minister" and "ministry" are one word here


def _recurrence(reading: Reading) -> dict[str, int]:
    """For each word stem, in how many paragraphs beyond the first it comes: a word the article
    comes back to is what it is about."""
    counts: dict[str, int] = {}
    for view in reading.views:
        for stem in _stems(view.text):
            counts[stem] = counts.get(stem, 0) + 1
    return {stem: count - 1 for stem, count in counts.items() if count > 1}


def _salience(text: str, weights: dict[str, int]) -> int:
    return sum(weights.get(stem, 0) for stem in _stems(text))


def _stems(text: str) -> set[str]:
    return {word[:STEM_LETTERS] for word in content_words(text)}


def _second_sentence(lead: Sequence[str], stances: Sequence[Stance], first: str, reading: Reading,
                     weights: dict[str, int]) -> str:
    """What a reader learns after `first`: the next sentence of the lead and the main reaction,
    joined by a semicolon ("X did Y; Z called it W."), or whichever of them fits; `weights` are the
    article's `_recurrence`."""
    known = told = content_words(first)
    budget = MAX_SUMMARY_WORDS - len(first.split())
    reaction, holder = main_reaction(stances, known, budget, reading)
    following = _next_sentence(lead, known | content_words(reaction), budget - len(reaction.split()), told)
    if following and holder and holder <= content_words(following):
        # The next sentence gives the reaction's holder already: another actor's, if any, follows it.
        known |= content_words(following)
        reaction, _ = main_reaction(stances, known, budget - len(following.split()), reading)
    chosen = _joined(following, reaction)
    # The reaction given its words first may crowd out the next sentence of the lead, or leave it
    # only a later, lesser one: the lead's next news given its words first, and a reaction still in
    # what room is left, may say more of what the article keeps coming back to. (Never at the cost
    # of the reaction: a summary without one leaves out the other side.)
    news = _next_sentence(lead, known, budget, told)
    if news and news != following:
        later = known | content_words(news)
        other, _ = main_reaction(stances, later, budget - len(news.split()), reading)
        option = _joined(news, other)
        # A count of the dead or the tally of a vote is the news itself: worth more than a reaction.
        counts = _tells_toll(news) and not _tells_toll(chosen)
        if counts or (other or not reaction) and _salience(option, weights) > _salience(chosen, weights):
            chosen = option
    return chosen


def _joined(following: str, reaction: str) -> str:
    if following and reaction:
        return _FULL_STOP.sub(r"\1; ", following) + re.sub(r"^The\b", "the", reaction)
    return following or reaction


_FULL_STOP = re.compile(r"\.([”\"’]*)$")


def _next_sentence(lead: Sequence[str], known: set[str], budget: int, told: set[str]) -> str:
    """The next sentence of the lead that fits in `budget` words, adds news to `known` and does not
    only tell again what `told` (the lead) says, as news puts what matters first; but a count of the
    people an event struck ("Seven were killed, two rescued") or the tally of a vote comes before the
    sentences ahead of it, which most often tell how it happened."""
    for text in sorted(lead, key=lambda text: not _tells_toll(text)):
        if len(text.split()) > budget >= MIN_CLAUSE_WORDS:
            whole = text
            text = cut_to(text, budget)  # the sentence's first clauses, if they end within the budget
            if _ENDS_ON_ITS_VERB.search(text):
                continue  # "Hamas claimed.": the cut took what the verb says
            if _TAKES_BACK.search(whole, len(text.rstrip(".")) - 1):
                continue  # "The bill was put at forty million, but was cut to twelve.": the cut would keep the error
            if leaves_out_source(whole, text):
                continue
        # (A sentence cut off with "…" is no sentence beside the lead, nor a phrase with no verb:
        # "Citing the storm as a warning.")
        if len(text.split()) <= budget and len(content_words(text) - known) >= 3 and _FULL_STOP.search(text) \
                and has_verb(text) and not _PARTICIPLE_OPENING.match(text) and _names_before_pronoun(text, known) \
                and not _retells(text, told):
            return text
    return ""


def _retells(text: str, known: set[str]) -> bool:
    """Whether `text` opens by telling again what the summary told ("The flag was found in a ditch
    near the pier" after "A stolen flag was found"): its subject and verb, all words the summary
    has (a number or a measure aside), so that only the circumstance is new."""
    head = _HEAD_END.split(text, 1)[0]
    words = content_words(" ".join(word for word in head.split() if not any(c.isdigit() for c in word)))
    return len(words) >= 2 and words <= known and has_verb(head)


# Where the subject and verb group of a clause end: at its first phrase or comma.
_HEAD_END = re.compile(r"[,;:]|\s(?:in|on|at|by|for|from|with|into|near|after|before|during|to|of|as)\s")


_COUNT = (r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
          r"dozens|scores|hundreds|thousands)")
_STRUCK = r"(?:killed|injured|wounded|hurt|rescued|missing|dead|arrested|detained|evacuated)"
# "Seven soldiers were killed", "three people have died", "passed 74 to 25", "a 9-2 vote".
# (Not "those who died", "some of the injured": the count of a relative clause is background.)
# (Every toll holds a word of what struck the people, "died" or "drowned", or of a vote; all
# of them in the case given.)
_TOLL = Gated(("killed", "injured", "wounded", "hurt", "rescued", "missing", "dead", "arrested", "detained", "evacuated",
               "died", "drowned", "passed", "approved", "rejected", "adopted", "vote"),
              rf"\b(?i:{_COUNT})\s+(?:(?!(?:who|that|which|of)\s)[A-Za-z-]+\s+){{0,3}}"
              rf"(?:(?:were|have been|had been|are|was)\s+(?:\w+\s+)?{_STRUCK}|(?:have\s+|had\s+)?(?:died|drowned))\b"
              r"|\b(?:passed|approved|rejected|adopted|voted|vote of)\b[^.;]{0,40}?\b\d+\s*(?:to|-|–)\s*\d+\b"
              r"|\b\d+\s*(?:to|-|–)\s*\d+\s+votes?\b")


def _tells_toll(text: str) -> bool:
    return _TOLL.search(text, folded(text)) is not None


# "…, but was later cut", "…, but will not reopen the pier": a second verb of the same subject that
# corrects or limits the first; without it, the sentence says what the article takes back.
_TAKES_BACK = re.compile(rf",?\s+(?:but|yet)\s+(?:(?:{FINITE_AUXILIARY}|not|never|later|then|quickly|soon)\b|"
                         rf"(?:[a-z]+ed|{alternation(IRREGULAR_PAST)})\s)")
# A cut clause that ends on an active past ("the board has approved.", "Roe claimed."), where a
# passive ("two were rescued.") has all it needs.
_ENDS_ON_ITS_VERB = re.compile(rf"(?:^|\s)(?!(?:was|were|been|be|is|are|being)\s)\S+\s+"
                               rf"(?:[a-z]+ed|{alternation(IRREGULAR_PAST)})\.$")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|him|they|them)\b", re.I)


def _names_before_pronoun(text: str, known: set[str]) -> bool:
    """Whether the person a pronoun of `text` stands for is named before it: in the sentence, or as
    the sentence's first word when the lead names it ("Silva says she …", not "In the hall, he …")."""
    pronoun = _PERSONAL_PRONOUN.search(text)
    if pronoun is None:
        return True
    words = text[:pronoun.start()].split()
    return any(word[:1].isupper() for word in words[1:]) or bool(words) and words[0].lower() in known


def _lead_sentences(reading: Reading, titled: bool = False):
    """The sentences of the first paragraphs that can stand on their own, pronouns named."""
    deck = False  # the line after a headline that goes on with ";" is its second deck
    prose = 0
    # (The lead paragraphs come after the headline lines, of which a page has a few at most.)
    for view in reading.views[:LEAD_PARAGRAPHS + HEADLINE_LINES]:
        if prose == LEAD_PARAGRAPHS:
            return
        words = len(view.text.split())
        if deck and words <= MAX_TITLE_WORDS or words <= MAX_TITLE_WORDS * 2 and not _ENDS_AS_PROSE.search(view.text):
            deck = view.text.rstrip().endswith(";")
            continue  # a short line that is no sentence: a headline or kicker ("Storm hits coast;")
        deck = False
        if prose == 0 and view.number <= HEADLINE_LINES and words <= MAX_TITLE_WORDS and \
                (not _ARTICLE_WORD.search(view.text) or view.number == 1 and len(reading.views) > 1):
            # Headline English, with no article ("Port reopens after storm."), or any line of a few
            # words that opens an article before its paragraphs.
            continue
        if not titled and view.number == 1 and _lone_short_line(reading, view) and not _NEWS_OF_THE_DAY.search(view.text):
            # A page has a headline: one short sentence alone before the paragraphs, if no other,
            # unless it tells when or who said it, as a lead does.
            continue

        prose += 1
        for sentence in view.sentences:
            text = view.text[sentence.start:sentence.end].strip()
            if len(text.split()) < 6 or _QUOTE_OPENING.match(text) or _fragment(text) or without_subject(text):
                continue
            pronoun = _PRONOUN_OPENING.match(text)
            if pronoun:
                entity = reading.cast.resolve_pronoun(pronoun.group(1),
                                                      view.number * PARAGRAPH + sentence.start + pronoun.start(1))
                possessive = pronoun.group(1).lower() in _POSSESSIVES
                if entity is None or not entity.named or _singular_for_plural(pronoun.group(1), entity) or \
                        not possessive and _named_again(entity.name, text[pronoun.end():]):
                    continue  # ("He points to Roe's plan" cannot be Roe's own: the pronoun is someone else)
                name = entity.name + ("’s" if possessive else "")
                text = name + text[pronoun.end():]
            elif _CONTRACTED_PRONOUN.match(text):
                continue
            elif pronoun := _PRONOUN_AFTER_OPENING.match(text):
                entity = reading.cast.resolve_pronoun(pronoun.group(1),
                                                      view.number * PARAGRAPH + sentence.start + pronoun.start(1))
                if entity is None or not entity.named or _named_again(entity.name, text[pronoun.end():]):
                    continue
                if not _named_again(entity.name, text[:pronoun.start(1)]):
                    # ("When Roe arrived, she said …" names her already.)
                    text = text[:pronoun.start(1)] + entity.name + text[pronoun.end():]
            yield text


def _singular_for_plural(pronoun: str, entity) -> bool:
    """Whether "they" or "their" was resolved to one person or one country, which English calls "he",
    "she" or "it": the pronoun stands for some plural the resolution missed ("Saudi Arabia were …")."""
    return pronoun.lower() in ("they", "their") and entity.type in ("person", "country")


def _named_again(name: str, text: str) -> bool:
    """Whether a word of `name` comes again in `text`."""
    later = {re.sub(r"[’']s$", "", word) for word in WORD.findall(text)}  # ("Roe’s" is Roe again)
    return bool(name_words(name) & later)


def _fragment(text: str) -> bool:
    """Whether a short sentence has no verb at all ("Quite a night for the council."): no auxiliary,
    no past tense, and no word that could be a present tense ending in -s."""
    words = text.split()
    return len(words) <= MAX_TITLE_WORDS and not has_verb(text) \
        and not any(word.strip(".,;:!?”\"’").endswith("s") for word in words if word.islower())


_NEWS_OF_THE_DAY = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|said|says|told|"
                              r"according)\b", re.I)
_ARTICLE_WORD = re.compile(r"\b(?:the|a|an)\b", re.I)
# A paragraph of prose ends as a sentence ends, perhaps inside a closing quotation mark or bracket,
# or with a colon before a list.
_ENDS_AS_PROSE = re.compile(r"[.!?…:][\"”’')\]]*\s*$")


_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing\b")
