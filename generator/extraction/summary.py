"""Title, summary and keywords, built from the article's own sentences and words.

News puts the story in its lead, so the lead sentence is the raw material: compressed to a
headline when the article has none, and shortened in the summary, which then gives the reactions
of the other actors, as their positions state them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .discourse import Reading
from .positions import Stance
from ..data import load_list
from .lexicon import AGENCIES, FUNCTION_WORDS, PLACE_WORDS, REGIONS, SPEECH_VERBS, STANCE_POLARITY
from .text import DATE_WORDS, MASKS, PARAGRAPH, Quotations, strip_time_expressions

MAX_TITLE_WORDS = 12
MAX_SUMMARY_WORDS = 45
MAX_LEAD_WORDS = 25
LEAD_PARAGRAPHS = 3  # the summary's sentences come from the first ones
MIN_REACTION_WORDS = 8
# A reaction says one thing: a longer stance leaves no words for the others.
MAX_REACTION_WORDS = 16
MAX_KEYWORDS = 6
MAX_LEAD_CHARS = 2000
# Each `\s+` starts only where a run of spaces starts, so that no run is rescanned from each of
# its characters (quadratic on a long run of spaces).
_TAIL = re.compile(r",?(?<!\s)\s+(?:but|while|whereas|although|which|who|as|after|adding|saying|because)\b"
                   r"|[,:](?=\s)|[;(—–]")
# Lower case only, so that "Federated States" reports nothing; "proposed by" is a passive, no report;
# "has said it is" loses its auxiliary with its verb.
_SAID_THAT = re.compile(rf"(?<!\s)(?:\s+(?:has|have|had))?\s+({'|'.join(sorted(SPEECH_VERBS, key=len, reverse=True))})(?:\s+that)?\s+(?!by\b)")
_PLAIN_REPORTING = frozenset({"said", "says", "say", "told", "tells", "stated", "states", "added", "adds"})
# A comma or colon inside a number ("1,000", "10:30") ends no clause.
_CLAUSE_END = re.compile(r"[,:](?=\s)|[;(—–]")
# "Poll: …", "Analysis: …": a kicker of a few words before a colon is part of the headline.
_KICKER = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}[\w’'-]+:\s+")
# A reported clause that opens with its own subject rather than a verb.
_OWN_SUBJECT = re.compile(r"(?i:the|a|an|this|these|those|its|their|our|we|it|there)\b|[A-Z]")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]")
_GENERIC = frozenset(load_list("generic_words.txt"))
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_SUBJECT_CUT = re.compile(r"\s(?:of|from|in|at|with|for)\s")
_PRONOUN_START = re.compile(r"^(?:he|she|it|they)\s+", re.I)
_PRONOUN_OPENING = re.compile(r"^(he|she|they|his|her|their)\b(?!['’])", re.I)
_POSSESSIVES = frozenset(("his", "her", "their"))
# A sentence that opens with a quotation or points back with "it", "its" or "this" needs the one
# before it.
_QUOTE_OPENING = re.compile(r"^[\"“‘'«„]|^(?:it|its|this|these|those|that)\b", re.I)
# "…, both of these areas are…", also after a source: "According to a poll, this means…".
_POINTS_BACK = re.compile(r"^(?:According to [^,]{1,80},\s+)?(?:(?:it|its|this|these|those|such)\b|"
                          r"(?:both|all|each|either|neither|none|some|most|many|one|two)\s+of\s+"
                          r"(?:these|those|them|it)\b)", re.I)
# "However, …", "…, meanwhile, …": a link to a sentence the summary leaves behind.
_INNER_CONNECTIVE = re.compile(r",\s+(?:however|meanwhile|moreover|furthermore|nevertheless|nonetheless|though),"
                               r"(?=\s)")
_CONNECTIVE = re.compile(r"^(?:However|Meanwhile|Moreover|Furthermore|Also|Still|Nevertheless|Nonetheless|"
                         r"In addition|Additionally|Separately|Instead|Indeed|Likewise|Similarly|Besides),\s+")
_BRACKETS = re.compile(r"\s*\([^()]{0,120}\)")
_DASHED_ASIDE = re.compile(r"\s+[—–]\s+[^—–.]{1,120}?\s+[—–]\s+")
# One relative clause may follow another ("X, who heads the council, which was formed in May,
# said"): both go, or the second would be left hanging on the name.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\s+[^,;.]{1,120}(?:,\s+(?:who|which|whose)\s+[^,;.]{1,120})*,")
# "a helicopter with ten soldiers, including four crew members, has crashed": an aside between a
# subject and its verb (a list going on after the comma is no aside).
_EXAMPLES_ASIDE = re.compile(r",\s+(?:including|among them|such as)\s+[^,;.]{1,120},(?=\s+(?:has|have|had|is|are|was|"
                             r"were|will|would|could|can|may|might|must|should)\b)")
# "Valmora's council, the oldest assembly, voted", "Silva, accompanied by her aides, began": a
# description or a participle between a name and its verb (a list, "X, Y and Z", goes on with
# "and" and is no aside).
_APPOSITION = re.compile(r"(?<=[A-Za-z])(?<![a-z]s)(?<!\bin)(?<!\bon)(?<!\bat),\s+(?:(?:the|a|an|his|her|its|their)\s+|"
                         r"(?:accompanied|joined|backed|flanked|led|surrounded|speaking|writing)\s+)"
                         r"[^,;.“”\"]{1,100},(?=\s+(?!(?:and|or|but|so|yet|then|thus|because|if|unless|although|"
                         r"though|while|whereas|when|as)\b)[a-z])")
# "…in Portela, west of the capital Valmora.": where a place lies, after the place.
# "…has risen to four, with a baby among the dead.": a detail hung on the end of the sentence.
_WITH_TAIL = re.compile(r",\s+with\s+[^,;.]{1,80}(?=\.?$)")
_PLACE_TAIL = re.compile(r",\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|near|outside)\s+of\b[^,;.]{1,80}"
                         r"(?=[.;]?$|[.;]\s)", re.I)
_PREPOSED = re.compile(r"(?:(?:On|In|At|After|Before|During|Following|Despite|Amid|Since|Until|Under|With|Without|"
                       r"As|When|While|Once|Although|Though|Because|Earlier|Later|Last|This|Late|Early|"
                       r"[A-Z][a-z]+(?:ed|ing))\b[^,;:]{0,160}?|The\s+(?:day|week|month|year|night|morning|evening)"
                       r"\s+(?:before|after)\b[^,;:]{0,160}?),\s+(?=[A-Z\d]|(?:the|a|an)\s|[a-z]+(?:\s+[a-z]+)?\s+[A-Z][a-z])")
_LEAD_CUT = re.compile(r",\s+(?:and|but|while|whereas|as|after|before|when|where|which|who|according|saying|adding|"
                       r"including)\b|;")
_REPORTED_SUBJECT = re.compile(r"(?i:the|a|an|this|that|these|those|its|his|her|their|our|there|it|we|they|he|she|i)\b|[A-Z0-9\"“]")


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
    """A headline from the lead sentence: time expressions and subordinate tails dropped."""
    sentences = lead_sentences(reading, 1)
    if not sentences:
        return "Untitled article"
    # A headline needs the start of the lead only; a lead thousands of words long (no full stop
    # in sight) is cut to a bounded prefix first.
    frame_sentence = _compressed(_first_frame_sentence(reading)[:MAX_LEAD_CHARS])
    text = strip_time_expressions(" " + frame_sentence).strip()
    text = _QUOTE_MARKS.sub("", text)
    text = _ARTICLE.sub("", text)
    # Only a verb of the first clause frames the headline: "…, demanding higher wages" is a detail.
    boundary = _CLAUSE_END.search(frame_sentence)
    first_clause = frame_sentence[:boundary.start()] if boundary else frame_sentence
    said = _SAID_THAT.search(text) if _SAID_THAT.search(first_clause + " ") else None
    if not said and len(first_clause.split()) >= 4:
        text = _ARTICLE.sub("", _QUOTE_MARKS.sub("", strip_time_expressions(" " + first_clause).strip()))
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


_ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                       "tenth", "last", "next"))


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _first_frame_sentence(reading: Reading) -> str:
    """The lead sentence with quotation marks kept but quoted words intact."""
    for view in reading.views:
        for sentence in view.sentences:
            frame = view.frame[sentence.start:sentence.end]
            if len(frame.split()) >= 4 and not frame.strip().startswith(tuple(MASKS)):
                return view.text[sentence.start:sentence.end].strip()
    view = reading.views[0]
    return view.text[view.sentences[0].start:view.sentences[0].end] if view.sentences else view.text


def make_summary(reading: Reading, stances: Sequence[Stance] = ()) -> str:
    """Who did or said what, in at most two sentences and MAX_SUMMARY_WORDS words: the lead
    sentence of the story, compressed, then the one sentence that adds most to it, which is the
    main reaction to the news when an actor the lead does not name takes a stance on it. The lead
    is shortened only as far as the second sentence needs: the words it leaves go back to the lead.

    A sentence opening with a pronoun is used only with the pronoun replaced by the name it points
    back to; one that points back otherwise ("these areas") is not used, nor a headline line.
    """
    written = [(sentence, _shortened(sentence)) for sentence in _lead_sentences(reading)]
    lead = [short for _, short in written if not _POINTS_BACK.match(short)]
    if not lead:
        return ""
    first = lead[0] if len(lead[0].split()) <= MAX_SUMMARY_WORDS else _cut(lead[0], MAX_SUMMARY_WORDS)
    known = _content_words(first)
    budget = MAX_SUMMARY_WORDS - len(first.split())
    second = _second_sentence(lead[1:], stances, known, budget)
    # The lead as written, less only its asides ("In the deadliest week of the war, …", "…, where
    # she met …" back), when it fits beside the second sentence.
    fuller = _compressed(next(sentence for sentence, short in written if short == lead[0]), keep_circumstance=True)
    if len(fuller.split()) + len(second.split()) <= MAX_SUMMARY_WORDS:
        first = fuller
    return f"{first} {second}" if second else first


def _second_sentence(lead: Sequence[str], stances: Sequence[Stance], known: set[str], budget: int) -> str:
    """What a reader learns next: the next sentence of the lead that fits and adds news, as news
    puts what matters first; else the main reaction, the stance of the actor most present in the
    article among those the first sentence leaves out."""
    for text in lead:
        if len(text.split()) <= budget and len(_content_words(text) - known) >= 3:
            return text
    ranked = sorted(_reactions(stances, known), key=lambda s: -(s.entity.mentions + s.entity.quotes + s.entity.acts))
    for stance in ranked:
        if _content_words(stance.entity.name) & known:
            continue
        sentence = _reaction(stance)
        if len(sentence.split()) <= min(budget, MAX_REACTION_WORDS) and len(_content_words(sentence) - known) >= 3:
            return sentence
    return ""


def _lead_sentences(reading: Reading):
    """The sentences of the first paragraphs that can stand on their own, pronouns named."""
    for view in reading.views[:LEAD_PARAGRAPHS]:
        if len(view.text.split()) <= MAX_TITLE_WORDS * 2 and not _ENDS_AS_PROSE.search(view.text):
            continue  # a short line that is no sentence: a headline or kicker ("Storm hits coast;")
        for sentence in view.sentences:
            text = view.text[sentence.start:sentence.end].strip()
            if len(text.split()) < 6 or _QUOTE_OPENING.match(text):
                continue
            pronoun = _PRONOUN_OPENING.match(text)
            if pronoun:
                entity = reading.cast.resolve_pronoun(pronoun.group(1), view.number * PARAGRAPH + sentence.start)
                if entity is None or not entity.named:
                    continue
                name = entity.name + ("’s" if pronoun.group(1).lower() in _POSSESSIVES else "")
                text = name + text[pronoun.end():]
            yield text


# A paragraph of prose ends as a sentence ends, perhaps inside a closing quotation mark or bracket,
# or with a colon before a list.
_ENDS_AS_PROSE = re.compile(r"[.!?…:][\"”’')\]]*\s*$")


def _shortened(text: str) -> str:
    """The sentence compressed, and cut after a clause when still too long."""
    text = _compressed(text)
    return _cut(text, MAX_LEAD_WORDS) if len(text.split()) > MAX_LEAD_WORDS else text


def _compressed(text: str, keep_circumstance: bool = False) -> str:
    """The sentence without what a summary or a headline can spare: links to sentences left behind,
    brackets, dashed asides, relative clauses and descriptions between commas, time expressions,
    and (unless kept) the circumstance that leads into the main clause."""
    text = _CONNECTIVE.sub("", text.strip())
    text = _INNER_CONNECTIVE.sub("", text)
    text = _BRACKETS.sub("", text)
    text = _DASHED_ASIDE.sub(" ", text)
    text = _RELATIVE_ASIDE.sub("", text)
    text = _EXAMPLES_ASIDE.sub("", text)
    text = _APPOSITION.sub("", text)
    text = _PLACE_TAIL.sub("", text)
    text = _WITH_TAIL.sub("", text)
    text = strip_time_expressions(" " + text).strip()
    text = text[:1].upper() + text[1:]  # with its time gone, "in the wettest week…" may lead in again
    preposed = None if keep_circumstance else _PREPOSED.match(text)
    if preposed and len(text[preposed.end():].split()) >= 6:
        # "On Friday, …", "In response to a lawsuit filed by …, the judge ordered …": the main
        # clause carries the news; what leads into it is circumstance.
        rest = text[preposed.end():]
        text = rest
    text = text[:1].upper() + text[1:]
    return " ".join(text.split()).replace(" ,", ",").replace(" .", ".")


def _cut(text: str, limit: int) -> str:
    """`text` cut after its last clause that ends within `limit` words, else before its last phrase
    that starts within them, else at `limit` words."""
    words = text.split()
    reach = len(" ".join(words[:limit]))
    cuts = [m.start() for m in _LEAD_CUT.finditer(text, 0, reach) if len(text[:m.start()].split()) >= limit // 3]
    if not cuts:
        # "…to help the rebels in their fight against …" reads better as "…to help the rebels.":
        # a phrase left out is news lost, a phrase cut off is no sentence.
        # (A phrase may start at the limit: the scan looks a word past it, and no further.)
        cuts = [m.start() for m in _PHRASE_START.finditer(text, 0, reach + 20)
                if m.start() <= reach and len(text[:m.start()].split()) >= limit // 2 and _ends_a_clause(text, m)]
    if not cuts:
        return " ".join(words[:limit]).rstrip(" ,;:") + " …"
    kept = text[:cuts[-1]].split()
    while kept and kept[-1].lower() in _DANGLING:
        kept.pop()  # "…turning away boats which, according to …": the cut leaves no "which" behind
    return " ".join(kept).rstrip(" ,;:") + "."


def _ends_a_clause(text: str, phrase: re.Match) -> bool:
    """Whether the sentence can end where `phrase` starts: no quotation left open, no clause still
    waiting for its verb ("If voters stay home, the party's hopes in …", "attacks on a judge
    overseeing two lawsuits against him have …"), no name, phrasal verb or time phrase split
    ("Minister for Defence", "come up with", "a day after")."""
    kept = text[:phrase.start()]
    before = kept.rsplit(None, 1)[-1] if kept.split() else ""
    after = text[phrase.end():phrase.end() + 120].split(",", 1)[0]
    return (not Quotations(text).open_at(phrase.start())
            and not _SUBORDINATE.search(kept)
            and not (before[:1].isupper() and phrase.group(1).isupper())
            and before.lower() not in _NO_END_BEFORE_PHRASE
            and not _FINITE.search(" ".join(after.split()[:12])))


# A word that opens a phrase the sentence can end without.
# (Not "to", "that" or "what", which may open the object a verb needs, "decided to boycott …",
# "said that …"; not "by", which may name the agent of a passive, "an order issued by …"; not a
# relative pronoun, which may follow a quantity, "some of which …".)
_PHRASE_START = re.compile(r"\s+(?:in|on|at|for|from|with|against|into|over|under|after|before|during|since|"
                           r"until|amid|because|where|when|while)\s+(?=(\S))")
_SUBORDINATE = re.compile(r"\b(?:[Ii]f|whose|which|who|whom|[Aa]lthough|[Tt]hough|[Uu]nless|[Ww]hereas)\b|"
                          r"\s[-—–]\s|^(?:While|When|As|Because|Since|After|Before|Until|Once)\b[^,]*$")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|do|did|"
                     r"said|says)\b")
_NO_END_BEFORE_PHRASE = frozenset(("up", "out", "down", "off", "away", "back", "day", "days", "week", "weeks", "month",
                                   "months", "year", "years", "hour", "hours", "minutes", "shortly", "just", "soon",
                                   "long", "moments"))
_DANGLING = frozenset(("which", "who", "whom", "whose", "that", "where", "when", "and", "or", "but", "so", "of", "to",
                       "the", "a", "an", "in", "on", "at", "for", "with", "by", "from"))


def _reactions(stances: Sequence[Stance], lead_words: set[str]) -> list[Stance]:
    """Stances to add after the lead, most telling first: those of named actors the lead does not
    name, the reporter's account of a stance before a quotation, and earlier before later, as news
    puts what matters first."""
    def rank(stance: Stance) -> tuple:
        named_in_lead = bool(_content_words(stance.entity.name) & lead_words)
        return (named_in_lead, stance.kind == "quoted", stance.paragraph)
    return sorted((s for s in stances if s.entity.named and _reads_as_a_sentence(s)), key=rank)


def _reads_as_a_sentence(stance: Stance) -> bool:
    """Whether "Name said <stance>" or "Name <stance>" makes a sentence: a reported stance must open
    with its own subject, another must open with its verb group."""
    first = stance.stance.split()[0] if stance.stance.split() else ""
    if _QUOTE_MARKS.sub('"', stance.stance).count('"') % 2:
        return False  # a quotation cut before it closes
    if stance.kind == "quoted":
        return True
    if stance.kind == "reported":
        return bool(_REPORTED_SUBJECT.match(stance.stance))
    # "Roe denying the claims" is no sentence: a participle needs a finite verb before it.
    return stance.kind == "stance verb" and first.islower() and first not in FUNCTION_WORDS \
        and not first.rstrip(",;:").endswith("ing")


def _reaction(stance: Stance) -> str:
    # A stance ending with a quotation ends its sentence inside the marks: "… “all night.”"
    text = _END_INSIDE_QUOTE.sub(r"\1", stance.stance.rstrip(" …,;:")).rstrip(" .")
    if stance.kind == "quoted":
        sentence = f"{stance.entity.name} said: “{text}.”"
    elif stance.kind == "reported":
        sentence = f"{stance.entity.name} said {text}."
    else:
        sentence = f"{stance.entity.name} {text}."
    return sentence


_END_INSIDE_QUOTE = re.compile(r"[.!?]+([”\"’]+)$")


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in FUNCTION_WORDS and len(w) > 2}


def make_keywords(reading: Reading, person_words: set[str]) -> tuple[str, ...]:
    """The article's topics, most named first: the organisations and countries it names, the places
    it names (regions, and names ending in a word such as "Sea" or "Street"), and its key phrases,
    runs of two content words it uses more than once ("minimum wage", "email server").

    Everything a reader could follow from one article to others about the same thing, so only what
    the article comes back to: each is named at least twice. A topic is never a person (the actors
    have pages of their own), a single common word, a stop word, a contraction, a number or a word
    of web page markup.
    """
    text = " ".join(view.frame for view in reading.views)
    lower_words = frozenset(_LOWER_WORD.findall(text))
    counts: Counter[str] = Counter()
    for entity in reading.cast.entities:
        name = entity.name
        if entity.merged_into is None and entity.named and entity.type in ("organization", "country") \
                and name not in AGENCIES and _names_a_topic(name, person_words, lower_words):
            counts[name] += entity.mentions
    named = set(counts)
    for match in _PROPER_NAME.finditer(text):
        name = match.group()
        words = name.lower().split()
        if (name.lower() in REGIONS or len(words) > 1 and words[-1] in PLACE_WORDS) and name not in named:
            counts[name] += 1
    ranked = [(name, n) for name, n in counts.items() if n >= 2]
    ranked += _key_phrases(reading)
    keywords: list[str] = []
    for name, _ in sorted(ranked, key=lambda item: -item[1]):  # stable: names before phrases named as often
        if len(keywords) == MAX_KEYWORDS:
            break
        if not any(_overlaps(name, kept) for kept in keywords):
            keywords.append(name)
    return tuple(keywords)


# (Each looks at the first letter before the character behind it, which is faster.)
_LOWER_WORD = re.compile(r"(?=[a-z])(?<![\w’'-])[a-z]+(?![\w’'-])")
_PROPER_NAME = re.compile(r"(?=[A-Z])(?<![\w’'-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}(?![\w’'-])")
_MARKUP_WORDS = frozenset(load_list("markup_words.txt"))
# (A run of marks at once: a masked quotation is one break, not one per character.)
_PHRASE_BREAK = re.compile(r"[^\w\s’'-]+|\s[-–—]\s")


def _names_a_topic(name: str, person_words: set[str], lower_words: frozenset[str]) -> bool:
    """Whether an organisation's or country's name can be a topic: not a person's name typed wrongly,
    not one common word the article also writes in lower case ("Latest", "South")."""
    words = name.lower().split()
    if all(word in person_words for word in words):
        return False
    return not (len(words) == 1 and not name.isupper() and words[0] in lower_words)


@lru_cache(maxsize=1 << 16)  # (an article's words recur; the checks are many)
def _is_content_word(word: str) -> bool:
    """A word a key phrase may hold: lower case letters only, and none of the words that carry no topic."""
    return (word.isalpha() and word.islower() and len(word) > 2 and word not in FUNCTION_WORDS
            and word not in SPEECH_VERBS and word not in STANCE_POLARITY and word not in DATE_WORDS
            and word not in _GENERIC and word not in _MARKUP_WORDS and not word.endswith("ly"))


def _key_phrases(reading: Reading) -> list[tuple[str, int]]:
    """Runs of two content words the article uses at least twice, with how often, most first."""
    counts: Counter[str] = Counter()
    for view in reading.views:
        for chunk in _PHRASE_BREAK.split(view.frame):
            previous = ""
            for word in chunk.split():
                if _is_content_word(word):
                    if previous:
                        counts[f"{previous} {word}"] += 1
                    previous = word
                else:
                    previous = ""
    return [(phrase, n) for phrase, n in counts.most_common() if n >= 2]


def _overlaps(phrase: str, kept: str) -> bool:
    """Whether `phrase` says again what `kept` says: the same words, or the next two of one run
    ("control measures" after "gun control")."""
    words, other = phrase.lower().split(), kept.lower().split()
    return words == other or words[0] == other[-1] or words[-1] == other[0]
