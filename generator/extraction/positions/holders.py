"""Holders: whether the actor a verb's subject names is the one who holds its stance, and what their name, role
and pronouns tell about the stance."""

from __future__ import annotations

import re

from ...data import load_list
from ..actors import Entity
from ..clauses import cue_verbs
from ..discourse import Reading
from ..lexicon import FUNCTION_WORDS, GROUP_NOUNS, REFLEXIVES, SPEECH, SPEECH_VERBS, STANCE_POLARITY
from .shared import _GERUND_TAKERS, _GROUP_WORD, _PASSIVE_AUXILIARY, _QUOTED, _WORD, _first_word
from .stance_text import _clause_end

# Things news quotes as if they spoke ("the filing says", "the memo reads", "the clip says").
_THINGS = frozenset(w.lower() for name in ("speaking_things.txt", "document_nouns.txt", "work_nouns.txt")
                    for w in load_list(name))
_ARTICLE = re.compile(r"^(?:the|a|an|that|this|these|those)\s+", re.I)
# The words that join a thing to its maker or subject: "a clip from the office", "a memo by the union".
_MAKER = re.compile(r"\s(?:from|by|of|for|about|on)\s", re.I)
# A name, then a word in lower case right before the verb group: "the party rules require", "Roe
# supporters say". (A name has no such word after it in "Roe, 52, said" or "Roe also said".)
_NAME_THEN_NOUN = re.compile(r"[A-Z][\w’'.-]*\s+([a-z][a-z’'-]+)\s+$")
_DOCUMENTS = frozenset(w.lower() for w in load_list("document_nouns.txt"))
_NOT_NOUNS = FUNCTION_WORDS | REFLEXIVES | frozenset("today yesterday tonight now then again alone too also still".split())


def _name_qualifies_a_noun(frame: str, sentence_start: int, group_start: int, holder: Entity) -> bool:
    """Whether the subject of the verb group at `group_start` is a noun that a name only qualifies
    ("the Valmora party rules require …", "Roe supporters say …"): the noun's verb is not the named
    one's stance. A holder whose own name ends with that noun ("the Roe campaign") keeps it, and so
    does a body whose officers the noun names ("Valmora Port executives") and a holder whose document
    it names ("the ministry letter")."""
    before = _NAME_THEN_NOUN.search(frame, max(sentence_start, group_start - 60), group_start)
    if before is None:
        return False
    noun = before.group(1)
    if noun in _NOT_NOUNS or noun.endswith(("ly", "ed", "ing")) or _GROUP_WORD.match(noun) \
            or noun in STANCE_POLARITY or noun in SPEECH_VERBS or noun in _GERUND_TAKERS:
        return False  # ("Roe stopped supporting it": a verb governing the next)
    if holder.type != "person" and (noun in _ROLE_HEADS or noun.removesuffix("s") in _ROLE_HEADS):
        return False  # "Valmora Port executives have admitted …": people speaking for the body
    if noun in _DOCUMENTS:
        return False  # "the ministry letter reads …": the holder's own document
    return not any(name.lower().endswith(noun) for name in (holder.name, *holder.aliases) if name)


def _no_one(holder: Entity) -> bool:
    """Whether the holder is no one a reader could name: a word such as "one" or "another" standing
    for a speaker the article does not name ("“…,” said another"), or a document, a filing or a
    clip left without the one who issued it ("the memo reads", "the filing says", "This memo says", "a
    short clip posted by the Roe office says": what its maker holds, the maker's own words would tell)."""
    name = _ARTICLE.sub("", holder.name).strip()
    words = name.split()
    if name.lower() in FUNCTION_WORDS:
        return True
    head = _MAKER.split(f" {name} ", maxsplit=1)[0].split()[-1:]
    return bool(words) and (name == name.lower() or not holder.named) and bool(head) and head[0].lower() in _THINGS


def _hearsay(reading: Reading, paragraph: int, frame: str, sentence_start: int, verb_start: int,
             holder: Entity, cue: re.Match | None) -> bool:
    """Whether the verb at `verb_start` is part of what someone else is reported to have said of
    the person holding it: "Roe said Lund rejected the deal", "Roe was told that Lund intended to
    …". What the holder did is then the reporter's claim, not a stance the article gives the
    holder, whoever reports it: a body's verb of saying too ("the union said Lund had filed …"), but not
    a news outlet's, which reports facts. (A spokesperson speaks for a body, so a body's stance told by a
    person or a group stays; but not what someone asks of the body, "called on the port to release the
    logs", "said the port should release the logs", whoever the holder: the release is wanted, not done.)
    `cue` is the reporting verb nearest before the verb (`_last_cue`)."""
    if cue is None or _clause_end(frame, cue.end(), verb_start) < verb_start:
        return False
    reporter = reading.verb_subjects.get((paragraph, cue.start()))
    if (_DEMANDING_CUE.match(cue.group()) or _OBLIGED.search(frame, cue.end(), verb_start)) \
            and (reporter is None or reading.cast.canonical(reporter) is not holder):
        return True
    if holder.type != "person":
        return False
    if reporter is None:
        return bool(_PASSIVE_AUXILIARY.search(frame, max(sentence_start, cue.start() - 30), cue.start()))
    reporter = reading.cast.canonical(reporter)
    if reporter.type in ("person", "group"):
        return reporter is not holder
    # A body's other verbs ("the court ordered the suspension of Roe's order") act on the holder's acts,
    # and a word such as "state" or "call" is more often a noun than a body's verb of saying.
    return cue.group().lower() in _BODY_SAYS and not _is_news_outlet(reporter)


# Verbs of asking someone to act: what follows is wanted of the one named, not done by them.
_DEMANDING_CUE = re.compile(r"(?:demand|urg|ask|press|implor|appeal|call(?:s|ed|ing)?\s+(?:on|upon|for))", re.I)
# An obligation put on the verb's subject, right before its verb: "… the port should release".
_OBLIGED = re.compile(r"\b(?:should|must|ought\s+to)\s+(?:(?:not|\w+ly)\s+)*$", re.I)


def _last_cue(frame: str, sentence_start: int, verb_start: int) -> re.Match | None:
    """The reporting verb nearest before the verb at `verb_start` in its sentence, or None."""
    cue = None
    for cue in cue_verbs(frame, sentence_start, verb_start):
        pass
    return cue


def _unsaid(frame: str, sentence_start: int, verb_start: int, cue: re.Match | None) -> bool:
    """Whether the verb at `verb_start` stands in what a negated verb of saying reports: "has not said
    that she would back the plan", "did not claim he opposed it". Nobody voiced that stance, and shown
    alone it would say someone had. `cue` is the reporting verb nearest before the verb (`_last_cue`)."""
    return cue is not None and not _CLAUSE_BREAK.search(frame, cue.end(), verb_start) \
        and _NEGATED_BEFORE.search(frame, max(sentence_start, cue.start() - 25), cue.start()) is not None


# "Not only said" affirms what was said and adds to it.
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:(?!only\b)\w+ly\s+)?$", re.I)
# (What a verb of saying reports runs on with no comma or dash: "did not mention it, but said …" and "did
# not reply - stating …" say something.)
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\s-\s")
_BODY_SAYS = frozenset("said says told alleged alleges claimed claims stated announced".split())


def _tells_an_account(content: str) -> bool:
    """Whether reported content, its holder's pronoun taken off, tells what the holder was doing or
    went through: a past progressive ("was driving his sister to …") or a past verb of no list
    followed by where or how ("escaped by swimming to …", "climbed through a window"). A past verb
    with an object ("regretted the walkout") may well be a stance."""
    if _PAST_IDENTITY.match(content):
        return True  # "was a deckhand until the yard closed", "I’ve been a union man since …": biography
    if _PAST_TIME_CLAUSE.match(content):
        return True  # "When we called him that night, he …": what happened then
    if _MEETING.match(content):
        return True  # "spoke with the mayor after the vote", "still meets up with his old crew each summer": whom they saw
    opening = _PAST_OPENING.match(content)
    if opening is None:
        return False
    if opening.group(3):
        return True  # what was seen or not recognised: testimony, whatever else the verb can mean
    verb = (opening.group(1) or opening.group(2)).lower()
    return verb not in STANCE_POLARITY and verb not in SPEECH_VERBS


# ("closing the mill is …": an -ing form opening a clause is its subject, not a past verb.)
# (What was seen or heard is testimony too: "saw smoke over the hill", "heard the sirens"; and so is
# what is remembered having done: "remembers celebrating with the crews".)
_PAST_OPENING = re.compile(r"(?:was|were|had\s+been)\s+(?:\w+ly\s+)?([a-z]+ing)\b|(?:\w+ly\s+)?([a-z]+ed|[a-z]+(?:ght|ok|ew|ove|ode|ank))"
                           r"\s+(?:by|from|to|into|through|across|out|away|back|home|after)\b"
                           r"|(?:\w+ly\s+)?(?:did\s+not\s+|didn['’]t\s+)?(saw|see|heard|hear|watched|witnessed|noticed|notice|"
                           r"recogni[sz]e|recogni[sz]ed|(?:remember|recall)(?:s|ed)?(?=\s+[a-z]+ing\b))\b")
# A clause of time opening on the speaker's own past act or state.
_PAST_TIME_CLAUSE = re.compile(r"[\"“‘']*(?:when|after|before|once)\s+(?:i|we)\s+(?:\w+ly\s+)?(?:[a-z]+ed|spoke|met|saw|went|"
                               r"came|got|told|heard|left|took|sat|ran|began|found|knew|was|were)\b", re.I)
# Meeting or talking with someone, by itself: "spoke with the mayor", "still meets up each summer with …".
_MEETING = re.compile(r"(?:(?:still|often|also|later|first|\w+ly)\s+)?(?:met|meets|meet|spoke|speaks|talked|talks|"
                      r"sat|sits|dined|dines)\s+(?:up\s+|down\s+)?(?:[\w’'-]+\s+){0,3}?with\b", re.I)


# What the holder was or has been: "was a deckhand", "I was a pilot once", "she’s been a union woman
# all her life". (Of the speaker only: "he was a liar" said of someone else judges him.)
_PAST_IDENTITY = re.compile(r"[\"“‘']*(?:(?:i|we)\s+|(?:he|she)(?=['’]))?(?:was|were|['’]?(?:had|has|have|s|ve|d)\s+been)"
                            r"\s+(?:(?:\w+ly|long)\s+)?(?:a|an)\s", re.I)
# A year in the past tense of an act: "voted for the levy in 2009".
_YEAR = re.compile(r"\b(?:in|since|until)\s+(?:19|20)\d\d\b")
_NOT_PAST = re.compile(r"\b(?:will|would|shall|plans?|intends?|going\s+to)\b|['’]ll\b", re.I)


def _tells_a_past_act(stance: str, polarity: str, holder: Entity) -> bool:
    """Whether a person's or a group's act is told with the year it was done ("voted for the levy in
    2009", "joined the union in 1998"): their history, not a stance they take in the article. (A body's act with
    a year, "the court ruled in 2015", is a decision still in force.)"""
    return polarity == "action" and holder.type in ("person", "group") and _YEAR.search(stance) is not None \
        and not _NOT_PAST.search(stance)


def _side(holder: Entity) -> frozenset[str]:
    """The words of a person's role that name the body they speak for ("spokesman for the Port
    Authority": port, authority). A spokesperson speaks for no one else, so the ministry or
    department they name by its head noun alone is theirs, whatever the body's own name."""
    words = frozenset(w.lower() for w in _WORD.findall(holder.role or ""))
    return words - FUNCTION_WORDS - _ROLE_HEADS | (_BODY_HEADS if words & _SPOKESPERSONS else frozenset())


# Words of a role that name the person's post, not the body ("the spokesman will …" is someone else).
_ROLE_HEADS = frozenset(w.lower() for w in load_list("person_nouns.txt"))
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"})
_BODY_HEADS = frozenset(load_list("body_nouns.txt"))


def _in_object_relative(frame: str, sentence_start: int, group_start: int) -> bool:
    """Whether the verb group at `group_start` is in a relative clause whose object is the noun before
    it ("in the letter that Roe signed, …", "the plan, which she backs, …"): what
    the verb says is of that noun, and what follows the clause is the sentence's main clause, not the
    holder's words. After a verb "that" opens what was said ("said that Roe …", "told the crowd that
    he …"), and after a noun of saying or thinking what the noun holds ("the claim that Roe …")."""
    window = frame[max(sentence_start, group_start - 100):group_start]
    clause = _OBJECT_RELATIVE.search(window) if any(pronoun in window for pronoun in _RELATIVE_PRONOUNS) else None
    if clause is None:
        return False
    before, noun = (clause.group("before") or "").lower(), clause.group("noun").lower()
    if noun in _NOT_NOUNS or noun in _SAYING_NOUNS:
        return False
    lead = clause.start("lead") if clause.group("lead") else -1
    verb_form = noun.endswith(("ed", "ing")) or noun.endswith("s") and (noun in SPEECH_VERBS or noun in STANCE_POLARITY)
    if clause.group("pronoun").lower() == "that" and lead >= 0 and not verb_form and (
            clause.group("comma") or clause.group("possessor") or _OWNED.search(window, lead, clause.start("noun"))
            or before in FUNCTION_WORDS) \
            and not any(True for _ in SPEECH.find(window, max(0, lead - _SAID_WHERE_REACH), lead)):
        # "Norland, a port that Roe wanted to sell", "the town's old mills that she hopes a buyer will
        # reopen": a noun set off by a comma, owned or after a preposition is what the clause is about,
        # whoever it names, unless a verb of saying and where or to whom it was said come just before
        # ("said in a statement that she …", "told the crowd that he …"). (After its determiner "a plan"
        # is a noun; "the committee suggests that he …" has a verb.)
        return True
    if noun in SPEECH_VERBS or noun in STANCE_POLARITY:
        return False
    if noun in _ADDRESSEES or noun.removesuffix("s") in _ADDRESSEES:
        return False  # ("told reporters before he met the committee that he …": whom it was said to)
    return clause.group("pronoun").lower() != "that" or before in FUNCTION_WORDS and before not in SPEECH_VERBS


def _someone_elses_relative(frame: str, sentence_start: int, group_start: int, holder: Entity) -> bool:
    """Whether the verb group at `group_start` is the second verb of a relative clause about someone
    other than the holder ("she was met by Roe, who shook her hand and asked …"): its subject is the
    one the clause is about."""
    window = frame[max(sentence_start, group_start - 150):group_start]
    clause = _RELATIVE_THEN_AND.search(window) if "who" in window or "which" in window else None
    if clause is None:
        return False
    antecedent = clause.group("antecedent").lower()
    return not any(antecedent in name.lower().split() for name in (holder.name, *holder.aliases) if name)


def _named_in_a_relative(frame: str, sentence_start: int, group_start: int, holder: Entity) -> bool:
    """Whether the holder's name stands inside a relative clause that runs on, with no comma to close it,
    up to the verb group at `group_start` ("a cousin of the clerk who sued Roe rejected …"): the
    verb's subject is the noun the clause describes, not the one it names."""
    start = max(sentence_start, group_start - 150)
    clause = _RELATIVE_RUNNING_ON.search(frame, start, group_start) if frame.find("wh", start, group_start) >= 0 else None
    if clause is None:
        return False
    words = set(_WORD.findall(clause.group(1)))
    return any(set(name.split()[-1:]) <= words for name in (holder.name, *holder.aliases) if name and name[:1].isupper())


def _part_of_a_group(frame: str, sentence_start: int, group_start: int, holder: Entity) -> bool:
    """Whether the verb group at `group_start` is in a clause that picks out some of a group
    ("Democrats who oppose the fees …", "residents who want the pier closed"): what it says is true
    of those members by definition, not a stance the group takes. (Set off by a comma, "the union,
    who oppose …", the clause speaks of the whole group.)"""
    return holder.type != "person" and _RESTRICTIVE_WHO.search(frame, max(sentence_start, group_start - 20),
                                                               group_start) is not None


# "who" or "which" as the subject of its clause (no name, pronoun or determiner after it: "who Roe would
# like to see win" has a subject of its own), then a clause with no comma, stop, dash or quotation in it up
# to the verb group.
_RELATIVE_RUNNING_ON = re.compile(r"\b(?:who|which)\s+(?![A-Z]|(?:he|she|they|we|it|you|the|a|an|his|her|their|its)\b)"
                                  r"((?:(?!\s-\s)[^,;:.!?“”\"()–—])+)$")
_RESTRICTIVE_WHO = re.compile(r"(?<=[\w’'])\s+who\s+(?:\w+ly\s+)?$")
# A word, "who" or "which", then a clause with no stop, comma or quotation in it ending on "and".
# (After a comma the clause may have ended: "Roe, who chaired the hearing, said … and ordered …".)
_RELATIVE_THEN_AND = re.compile(r"\b(?P<antecedent>[\w’'-]+),?\s+(?:who|which)\s+[^.,;:!?“”\"]*?\s+and\s+(?:\w+ly\s+)?$")


# A noun, "that", "which" or "whom", then a name or a pronoun right before the verb group; a "that"
# with its noun's determiner and the word before it, which tells a relative clause from what a verb
# reports to someone ("told the crowd that …").
_OBJECT_RELATIVE = re.compile(r"(?:(?:^|(?P<comma>,)\s+|(?P<before>\b[\w’'-]+)\s+)(?P<lead>a|an|the|this|these|those|his|"
                              r"her|their|its|our|my|your|(?P<possessor>(?!(?i:he|she|it|that|who|what|there|here|where|one|let)['’])"
                              r"[\w.’'&-]+['’]s))\s+(?:[\w’'.-]+\s+){0,2}?)?"
                              r"\b(?P<noun>[a-z][\w’'-]*)(?:,\s+(?=which|whom)|\s+)"
                              r"(?P<pronoun>that|which|whom)\s+(?:(?:[A-Z][\w.’'-]*\s+){1,6}|(?:he|she|they|we|i)\s+)"
                              r"(?:\w+ly\s+)?$")
# (Most stretches before a verb hold none of its pronouns, which a search for the whole pattern tries
# each word in turn to find out.)
_RELATIVE_PRONOUNS = ("that", "which", "whom")
# A possessive inside the noun phrase: "the night ferry's crews".
_OWNED = re.compile(r"\w['’]s\s")
_SAID_WHERE_REACH = 30  # characters before a noun phrase in which a verb of saying makes its "that" a complement
# People and bodies, to whom a "that" clause is said more often than they are what a clause is about.
_ADDRESSEES = _ROLE_HEADS | _BODY_HEADS | GROUP_NOUNS | frozenset(
    "crowd crowds audience audiences panel jury reporters people voters".split())
# Nouns whose "that" opens what they hold, not a relative clause: "the fact that …", "the hope that …".
# (A speech, a statement or a video is more often what the clause is about: "the video that Roe posted".)
_SAYING_NOUNS = frozenset("fact idea hope belief notion news sign signs evidence view fear fears possibility argument "
                          "chance claim claims allegation allegations accusation assertion charge charges suggestion "
                          "report reports warning promise pledge assurance insistence word".split())


def _names_itself(holder: Entity, stance: str) -> bool:
    """Whether reported content opens with its holder's own name: a speaker speaks of themselves
    as "I", "we", "he" or "it", so a subject named as the holder is someone else's report of it."""
    return any(stance.startswith(name + " ")
               for name in (holder.name, *holder.aliases) if name and name[:1].isupper())


def _names_its_holder(holder: Entity, stance: str) -> bool:
    """Whether what a verb's subject holds names that person in full: "he nominated Judge Jo Lund to
    the bench" is not Lund's own act, whoever "he" was taken for. People act of themselves as "I",
    "he" or "she", not by their full name; their own quoted words may name them, and a name after a
    comma may be a work's title ("his film, Jo Lund at Sea")."""
    if holder.type != "person" or " " not in holder.name:
        return False
    unquoted = _QUOTED.sub(" ", stance)
    # (A pattern is built for each name: looking for the name first spares compiling most of them.)
    return holder.name in unquoted and \
        re.search(rf"(?<![\w’'-])(?<![,:] ){re.escape(holder.name)}(?![\w’'-])", unquoted) is not None


def _own_pronoun(holder: Entity, stance: str) -> bool:
    """Whether the pronoun opening `stance` can be the holder's own: not "he" of a woman."""
    pronoun = _first_word(stance)
    return holder.gender is None or _PRONOUN_GENDER.get(pronoun, holder.gender) == holder.gender


_PRONOUN_GENDER = {"he": "m", "she": "f"}
_OUTLET_WORDS = tuple(f" {w.lower()} " for w in load_list("news_outlet_words.txt"))


def _is_news_outlet(holder: Entity) -> bool:
    words = " " + " ".join(_WORD.findall(f"{holder.name} {holder.role or ''}".lower())) + " "
    return any(w in words for w in _OUTLET_WORDS)
