"""Sentences shortened for a headline or a summary without breaking them: what can be spared left
out (links to sentences left behind, asides, times, circumstance), and a cut only where a clause or
a phrase ends, never inside a quotation, and never where it would drop what corrects or sources the
words kept.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import FINITE_AUXILIARIES, IRREGULAR_PAST, PAST_TENSE_VERBS, ROLE_WORDS, SPEECH, alternation
from .text import WORD, Quotations, strip_time_expressions

# "However, …", "…, meanwhile, …": a link to a sentence the summary leaves behind.
_INNER_CONNECTIVE = re.compile(r",\s+(?:however|meanwhile|moreover|furthermore|nevertheless|nonetheless|though),"
                               r"(?=\s)")
_CONNECTIVE = re.compile(r"^(?:However|Meanwhile|Moreover|Furthermore|Also|Still|Nevertheless|Nonetheless|"
                         r"In addition|Additionally|Separately|Instead|Indeed|Likewise|Similarly|Besides|Initially),\s+"
                         r"|^(?:But|And|Yet)\s+(?!,)")  # ("So far" is no link)
# "VALMORA - …", "PORTELA, Norland — …": where the story was filed, not part of it.
# "VALMORA (AP) —", "PORTELA, Norl., May 4 —" too.
_DATELINE = re.compile(r"^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[\w.]+)?){0,3}"
                       r"(?:\s*\([^()]{1,20}\))?\s*[-—–]+\s+"
                       # "Valmora – …", "Port Elna, Norland (AP) — …" written as a name is, before a dash that
                       # opens no aside the sentence closes with a second one ("Roe – not Lind – won").
                       r"|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z.]+){0,2}(?:\s*\([^()]{1,20}\))?\s+[—–-]\s+(?=[A-Z])"
                       r"(?![^—–]*\s[—–]\s)")
# "PORT STRIKE ENDS The three-week strike …": a heading in capitals run into the paragraph it heads.
_CAPITALS_HEADING = re.compile(r"^(?:[A-Z0-9][A-Z0-9’'.,:&-]*\s+){3,}(?=[“\"]?[A-Z][a-z])")
_BRACKETS = re.compile(r"\s*\([^()]{0,120}\)")
_DASHED_ASIDE = re.compile(r"\s+[—–]\s+[^—–.]{1,120}?\s+[—–]\s+")
# One relative clause may follow another ("X, who heads the council, which was formed in May,
# said"): both go, or the second would be left hanging on the name.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose)\s+[^,;.]{1,120}(?:,\s+(?:who|which|whose)\s+[^,;.]{1,120})*,")
FINITE_AUXILIARY = alternation(FINITE_AUXILIARIES)
# "a ferry with forty passengers, among them two pilots, has run aground": an aside between a
# subject and its verb (a list going on after the comma is no aside).
_EXAMPLES_ASIDE = re.compile(rf",\s+(?:including|among them|such as)\s+[^,;.]{{1,120}},(?=\s+(?:{FINITE_AUXILIARY})\b)")
# "Valmora's council, the oldest assembly, voted", "Silva, accompanied by her aides, began": a
# description or a participle between a name and its verb (a list, "X, Y and Z", goes on with
# "and" and is no aside). One with a finite verb of its own is the main clause after an opening
# one ("As the minister spoke on Monday, a protester was hurt, police said"), not an aside, nor is
# one whose past tense takes an object ("After weeks of protests, the strike forced Roe to resign,
# a day before the vote") unless a relative clause holds it ("…, the union that forced the vote,").
# A role with no article counts too when a phrase ties it to a body: "Lena Varga, head of the
# harbour police, said". (The comma is looked for before the letters behind it.)
_APPOSITION = re.compile(r"(?=,)(?<=[A-Za-z])(?<![a-z]s)(?<!\bin)(?<!\bon)(?<!\bat),\s+(?:(?:the|a|an|his|her|its|their)\s+|"
                         r"(?:accompanied|joined|backed|flanked|led|surrounded|speaking|writing)\s+|"
                         rf"(?:[A-Z][a-z]+\s+){{0,2}}(?i:{alternation(ROLE_WORDS)})\s+(?:of|for|at|to)\s+)"
                         rf"(?![^,;.“”\"]*\b(?:{FINITE_AUXILIARY})\b)"
                         rf"(?!(?:(?!\b(?:who|which|that|whose)\b)[^,;.“”\"])*\b(?:[a-z]+ed|{alternation(IRREGULAR_PAST)})\s+"
                         r"(?:the|a|an|his|her|its|their|him|them|[A-Z]))"
                         r"[^,;.“”\"]{1,100},(?=\s+(?!(?:and|or|but|so|yet|then|thus|because|if|unless|although|"
                         r"though|while|whereas|when|as)\b)[a-z])")
_NAMES_SOMEONE = re.compile(r"\s[A-Z][a-z]")
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|them)\b")
# "…in Portela, west of the capital Valmora.": where a place lies, after the place.
# "…has risen to four, with a baby among the dead.": a detail hung on the end of the sentence.
_WITH_TAIL = re.compile(r",\s+with\s+[^,;.]{1,80}(?=\.?$)")
_PLACE_TAIL = re.compile(r",\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|near|outside)\s+of\b[^,;.]{1,80}"
                         r"(?=[.;]?$|[.;]\s)", re.I)
_PREPOSED = re.compile(r"(?:(?:On|In|At|After|Before|During|Following|Despite|Amid|Since|Until|Under|With|Without|"
                       r"As|When|While|Once|Although|Though|Because|Earlier|Later|Last|This|Late|Early|"
                       # (Not a name spelt like a participle: "Rashed Omar, …".)
                       r"[A-Z][a-z]+(?:ed|ing)\b(?!(?:\s+[A-Z][\w'’-]*)+,))\b[^,;:]{0,160}?"
                       r"|The\s+(?:day|week|month|year|night|morning|evening)"
                       r"\s+(?:before|after)\b[^,;:]{0,160}?),\s+(?=[A-Z\d]|(?:the|a|an)\s|[a-z]+(?:\s+[a-z]+)?\s+[A-Z][a-z])")
# "According to the union, …", "As the mayor said, …": the source of what the main clause says;
# without it, someone's view reads as the reporter's fact.
_SOURCE = re.compile(r"^According\b|^As\b.*\b(?:said|says|say|noted|notes|reported|reports|told|wrote|writes|put it)$")
# (A relative may open on its preposition: "…, in which …", "…, under whom …".)
_LEAD_CUT = re.compile(r",\s+(?:and|but|while|whereas|as|after|before|when|where|which|who|according|saying|adding|"
                       r"including|(?:in|on|at|by|for|from|with|under|during|through)\s+(?:which|whom))\b|;")


def without_subject(text: str) -> bool:
    """Whether the article wrote a reported clause with no subject ("said on Monday that wants to
    …"): no compression can mend it, so the summary does without the sentence."""
    # (Only "that" then a verb tells it: "the man police said was armed" leaves out its subject by
    # right, and "an order could …" holds no reporting verb.)
    text = strip_time_expressions(" " + text)
    return bool(_after_said(text, _reporting_verbs(text), _VERB_AFTER_THAT))


def compress(text: str, keep_circumstance: bool = False) -> str:
    """The sentence without what a summary or a headline can spare: links to sentences left behind,
    brackets, dashed asides, relative clauses and descriptions between commas, time expressions,
    and (unless kept) the circumstance that leads into the main clause."""
    text = _DATELINE.sub("", text.strip())
    text = _CAPITALS_HEADING.sub("", text)
    text = _CONNECTIVE.sub("", text)
    text = _INNER_CONNECTIVE.sub("", text)
    text = _BRACKETS.sub("", text)
    text = _DASHED_ASIDE.sub(" ", text)
    # (Never inside a quotation, whose words are the speaker's and stay as they were said, nor one
    # naming whom a later "him" or "them" may stand for: "Roe, who had long criticised Lind, attacked
    # him" needs Lind.)
    quoted = Quotations(text)
    text = _RELATIVE_ASIDE.sub(lambda aside: aside.group() if quoted.open_at(aside.start())
                               or _NAMES_SOMEONE.search(aside.group()) and _OBJECT_PRONOUN.search(text, aside.end())
                               else "", text)
    text = _EXAMPLES_ASIDE.sub("", text)
    text = _APPOSITION.sub("", text)
    text = _PLACE_TAIL.sub("", text)
    text = _WITH_TAIL.sub("", text)
    timeless = strip_time_expressions(" " + text).strip()
    if not _BARE_TIME_HEAD.match(text):
        # "Sometime this week, …", "Early Monday, …": the word that led the time goes with it.
        timeless = _BARE_TIME_HEAD.sub("", timeless)
    # A time may be the subject of its clause ("officials said Friday was the deadline"), or all a
    # participle between commas says ("the poll, conducted May 2-4, found"): the sentence keeps
    # its times rather than lose a subject or leave "the poll, conducted, found".
    # Nor does it lose a time a word needs: "a meeting on the quay in early May," is no "a meeting on the quay in,",
    # and "spent Thursday discussing" no "spent discussing".
    # (Most sentences hold no time to take out: they need not be weighed.)
    if timeless != text and _subjectless_clauses(timeless) <= _subjectless_clauses(text) \
            and len(_BARE_PARTICIPLE.findall(timeless)) <= len(_BARE_PARTICIPLE.findall(text)) \
            and len(_NEEDS_ITS_TIME.findall(timeless)) <= len(_NEEDS_ITS_TIME.findall(text)):
        text = timeless
    text = text[:1].upper() + text[1:]  # with its time gone, "in the wettest week…" may lead in again
    preposed = None if keep_circumstance else _PREPOSED.match(text)
    if preposed and len(text[preposed.end():].split()) >= 6 and not _SOURCE.search(preposed.group().rstrip(", ")):
        # "On Friday, …", "After a complaint from the dockers, the port closed …": the main
        # clause carries the news; what leads into it is circumstance.
        rest = text[preposed.end():]
        text = rest
    text = text[:1].upper() + text[1:]
    return " ".join(text.split()).replace(" ,", ",").replace(" .", ".")


# A reported clause that opens on its verb: a finite auxiliary or an irregular past straight after
# the reporting verb ("said will decide …", "said was …"), or a present in -s before "to" or a
# determiner after "that" ("said that wants to …"; "said that costs rose" has its subject, and
# "said that is why" its demonstrative). A sentence opening on an auxiliary has lost its subject too.
# (Each pattern is what follows the reporting verb, which `_after_said` finds.)
_VERB = rf"(?:{FINITE_AUXILIARY}|{alternation(IRREGULAR_PAST)})\b"
_VERB_AFTER_SAID = re.compile(rf"\s+{_VERB}")
_AUXILIARY_OPENING = re.compile(rf"(?i:{FINITE_AUXILIARY})\s")
# ("said that was …" may be a demonstrative, but not where a time before the verb was taken out.)
_VERB_AFTER_SAID_THAT = re.compile(rf"\s+that\s+{_VERB}")
_VERB_AFTER_THAT = re.compile(r"\s+that\s+(?!(?:is|was|has|does|this|his|its|us)\s)[a-z]+s\s+"
                              r"(?:to|the|a|an|its|his|her|their|our)\s")
# A word in lower case before a space, where a reporting verb may start: the verbs are looked up in
# the vocabulary, as an alternation of their forms compiles in milliseconds for each pattern.
_WORD_BEFORE_SPACE = re.compile(r"\b[a-z]+(?=\s)")
_SAYING_STARTS = SPEECH.words | frozenset(SPEECH.phrases)


def _reporting_verbs(text: str) -> list[tuple[int, list[str]]]:
    """Where reporting verbs start in `text`, each place with the verbs that start there, longest
    first ("go on to say", "go")."""
    found = []
    for word in _WORD_BEFORE_SPACE.finditer(text):
        first = word.group()
        if first in _SAYING_STARTS:
            at = word.start()
            verbs = [p for p in SPEECH.phrases.get(first, ()) if text.startswith(p, at)]
            found.append((at, verbs + [first] if first in SPEECH.words else verbs))
    return found


def _after_said(text: str, verbs: list[tuple[int, list[str]]], after: re.Pattern, start: int = 0) -> list[int]:
    """Where the reporting verbs (`verbs` of `text`) that `after` follows start from `start`, as a
    pattern joining the verbs' alternation and `after` finds them: left to right, none overlapping,
    the longest verb first."""
    found, resume = [], start
    for at, forms in verbs:
        match = next((m for m in (after.match(text, at + len(form)) for form in forms) if m), None) \
            if at >= resume else None
        if match is not None:
            found.append(at)
            resume = match.end()
    return found


_BARE_TIME_HEAD = re.compile(r"^(?:Sometime|Some time|Early|Late|Around|Shortly)\s*,\s+")
_BARE_PARTICIPLE = re.compile(r",\s+[a-z]+(?:ed|en|wn|ld|lt|ht|ne)\s*,")
# A preposition with nothing after it, or "spend" with an "-ing" verb straight after it.
_NEEDS_ITS_TIME = re.compile(r"\b(?:in|on|at|by|since|until|from|during|of)\s*(?:[,.;:]|$)"
                             r"|\b(?:spent|spend|spends|spending)\s+[a-z]+ing\b", re.I)


@lru_cache(maxsize=4096)  # (each way of cutting the summary weighs the same sentences again)
def _subjectless_clauses(text: str) -> int:
    """How many clauses of `text` may lack their subject, the verb following on the reporting verb."""
    verbs = _reporting_verbs(text)
    said = _after_said(text, verbs, _VERB_AFTER_SAID)
    # ("Will decide …": a sentence opening on an auxiliary, unless on a reporting verb.)
    opening = _AUXILIARY_OPENING.match(text) if not said or said[0] != 0 else None
    if opening:
        said = _after_said(text, verbs, _VERB_AFTER_SAID, opening.end())
    return bool(opening) + len(said) + sum(len(_after_said(text, verbs, pattern))
                                           for pattern in (_VERB_AFTER_SAID_THAT, _VERB_AFTER_THAT))


@lru_cache(maxsize=1024)  # (each way of sharing the summary's words cuts the same lead again)
def cut_to(text: str, limit: int) -> str:
    """`text` cut after its last clause that ends within `limit` words, else before its last phrase
    that starts within them, else at `limit` words."""
    words = text.split()
    reach = len(" ".join(words[:limit]))
    # (A clause may end on the limit's last word, its link word just past it.)
    # (Not inside a quotation, which the cut would leave open and break off mid-phrase.)
    quoted = Quotations(text)
    cuts = [m.start() for m in _LEAD_CUT.finditer(text, 0, reach + 20) if m.start() <= reach
            and len(text[:m.start()].split()) >= limit // 3 and not _OPENS_SUBORDINATE.match(text)
            and not quoted.open_at(m.start())]
    cuts += [m.start() for m in _AFTER_A_NAME.finditer(text, 0, reach)
             if len(text[:m.start()].split()) >= limit // 2 and _name_before(text, m.start())
             and not Quotations(text).open_at(m.start())]
    cuts.sort()
    # ("The attack on the pier in May, the fire at the depot in June, and … all had" cut before its
    # verb is no sentence.)
    cuts = [cut for cut in cuts if not cuts_off_the_verb(text, text[:cut])]
    if not cuts:
        # "…to send boats to the islanders in their dispute with …" reads better as "…to send boats
        # to the islanders.":
        # a phrase left out is news lost, a phrase cut off is no sentence.
        # (A phrase may start at the limit: the scan looks a word past it, and no further.)
        cuts = [m.start() for m in _PHRASE_START.finditer(text, 0, reach + 20)
                if m.start() <= reach and len(text[:m.start()].split()) >= limit // 2 and _ends_a_clause(text, m)]
    if not cuts:
        broken = " ".join(words[:limit]).rstrip(" ,;:") + " …"
        return broken + _closing_mark(broken)
    kept = text[:cuts[-1]].split()
    while kept and kept[-1].lower() in DANGLING:
        kept.pop()  # "…turning away boats which, according to …": the cut leaves no "which" behind
    kept_text = " ".join(kept).rstrip(" ,;:")
    return kept_text if kept_text.endswith(".") else kept_text + "."  # ("…Docks Inc." has its stop)


def leaves_out_source(sentence: str, kept: str) -> bool:
    """Whether cutting `sentence` to `kept` left out the source it names ("…, according to the
    police."), so that what the source says would read as the reporter's own fact."""
    if _MAIN_CLAUSE_SOURCE.search(sentence) and not _ACCORDING.search(kept):
        return True
    # "…, the fund said." at the end is the source too.
    said = _SOURCE_AT_THE_END.search(sentence)
    return bool(said) and said.group(1) not in kept


_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_SOURCE_AT_THE_END = re.compile(r",[”\"’]?\s+((?:the\s+|a\s+|an\s+)?[^,;.“”\"]{1,60}?\s+(?:said|says|told|added|wrote|reported|announced|stated))"
                                r"(?:\s+[^,;.]{1,40})?[.!?]?[”\"’]?$")
# (Not the source of a relative clause, "…, which, according to the board, cost …", which goes with it.)
_MAIN_CLAUSE_SOURCE = re.compile(r"(?<!\bwhich)(?<!\bwho)(?<!\bthat),\s+according to\b|^According to\b")


def broken_off(text: str) -> bool:
    """Whether `text` is a sentence `cut_to` could end nowhere but mid-phrase."""
    return text.rstrip("”\"").endswith("…")


def _closing_mark(text: str) -> str:
    """The quotation mark that closes a quotation `text` leaves open, if it does."""
    if text.count("“") > text.count("”"):
        return "”"
    return '"' if text.count('"') % 2 else ""


# What follows a name and can go with all after it: a description ("…the Harbour Workers Union,
# the union that …") or a participle ("a decree signed by Jane Roe closing …").
_AFTER_A_NAME = re.compile(r",\s+(?:the|a|an)\s+(?=[a-z])|\s+(?=[a-z]+ing\s)")


def _name_before(text: str, at: int) -> bool:
    """Whether the word before `at` is part of a name, not the start of the sentence."""
    before = text[:at].split()
    return len(before) > 1 and before[-1][:1].isupper()


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
            and before.lower() not in _NO_END_BEFORE_PHRASE and not before.endswith(("ing", "ly"))
            and not _INFINITIVE_END.search(kept)
            and not FINITE.search(" ".join(after.split()[:12])))


# A word that opens a phrase the sentence can end without.
# (Not "to", "that" or "what", which may open the object a verb needs, "decided to boycott …",
# "said that …"; not "by", which may name the agent of a passive, "an order issued by …"; not
# "into", which completes "turn … into …"; not a relative pronoun, which may follow a quantity,
# "some of which …".)
_PHRASE_START = re.compile(r"\s+(?:in|on|at|for|from|with|against|over|under|after|before|during|since|"
                           r"until|amid|because|where|when|while)\s+(?=(\S))")
# (A clause opened so after "that" waits for its main clause too: "said that while X …".)
_SUBORDINATE = re.compile(r"\b(?:[Ii]f|whose|which|who|whom|[Aa]lthough|[Tt]hough|[Uu]nless|[Ww]hereas)\b|"
                          r"\s[-—–]\s|(?:^|\bthat\s+)(?i:while|when|as|because|since|after|before|until|once)\b[^,]*$")
# "decided to look at how …": an infinitive's phrase may be the complement it cannot do without.
_INFINITIVE_END = re.compile(r"\bto\s+[a-z]+$")
# "While crane repairs, paint…": a clause opened so waits for the main clause after its comma.
_OPENS_SUBORDINATE = re.compile(r"(?:(?:Yet|But|And|So)\s+)?(?i:while|when|as|although|though|because|since|if|unless|"
                                r"after|before|until|once|whereas)\b")
FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|do|did|"
                     r"said|says)\b")
_NO_END_BEFORE_PHRASE = frozenset(("up", "out", "down", "off", "away", "back", "day", "days", "week", "weeks", "month",
                                   "months", "year", "years", "hour", "hours", "minutes", "shortly", "just", "soon",
                                   "long", "moments"))
DANGLING = frozenset(("which", "who", "whom", "whose", "that", "where", "when", "and", "or", "but", "so", "of", "to",
                       "the", "a", "an", "in", "on", "at", "for", "with", "by", "from"))


def cuts_off_the_verb(text: str, kept: str) -> bool:
    """Whether `text` cut to `kept` lost its verb. (Only a verb `has_verb` can see: a present tense,
    "X shares …", is not told from a plural noun.)"""
    return has_verb(_SPELT_LIKE_A_PAST.sub("", text)) and not has_verb(kept)


# (Sure of no verb the cut left out, the test leaves out these words, not verbs: "two hundred", "the need".)
_SPELT_LIKE_A_PAST = re.compile(r"\b(?:hundred|kindred|sacred|naked|wicked|red|bed|need|speed|seed|feed|greed|creed|"
                                r"deed|breed|weed)\b")


@lru_cache(maxsize=4096)  # (each way of cutting the summary weighs the same sentences again)
def has_verb(text: str) -> bool:
    """Whether `text` holds a finite verb: an auxiliary, a past tense, regular or not ("spoke")."""
    return bool(_HAS_VERB.search(text)) or any(word.lower() in _PAST for word in WORD.findall(text))


_HAS_VERB = re.compile(rf"{FINITE.pattern}|\b[a-z]+ed\b")
_PAST = PAST_TENSE_VERBS | IRREGULAR_PAST
