"""The stance as shown: where the clause of a cue verb ends, and how its words are cut and tidied."""

from __future__ import annotations

import re

from ..lexicon import SPEECH_VERBS, alternation
from ..text import MASKS, sentence_stop, strip_time_expressions
from .shared import _DASH_ASIDE, _NEGATION, _VERB_SIGN

# Single-word reporting verbs in their finite and participle forms.
_REPORTING_FORMS = alternation(w for w in SPEECH_VERBS if " " not in w
                               and w.endswith(("s", "ed", "ing", "id", "ote", "old", "ound", "ught")))
# (Every end opens on a space or a mark: the look at it first spares the engine the other places.)
_CLAUSE_END = re.compile(
    r"(?=[\s;:—–,])\s*(?:[;—–]|(?<!\d):|\s-{1,2}(?=\s)|,?\s+and\s+(?:whose|who|whom|which)\b|,\s+(?:but|which|who|whom|whose|while|whereas|although|(?:even\s+)?though|as|adding|saying|according|where|"
    r"(?:in|of|for|by|under|through|during|after|with) which)\b"
    r"|\s+but\b|,?\s+and\s+(?:that\s+|then\s+)?(?=(?:\w+ly\s+)?(?:has|have|had|is|was|were|will|would|said|told|"
    r"(?:say|warn|argue|insist|add|note|contend|claim|predict)\s+that|"
    # (A word in -s after "and" is a verb only with an object or a clause after it: in "for economic
    # and jobs policy advice" it is a noun.)
    r"[a-z]+ed\b(?!\s+(?:of|and|in|to)\b)|[a-z]+s\s+(?:the|a|an|his|her|its|their|our|my|it|them|him|us|that|no|not|"
    r"all|\w+ly)\b))"
    # "Roe backed the deal and Lund, as usual, fought it", "backed the plan, and the old quarrel …
    # kept him away": "and" opening a clause with a subject of its own.
    r"|\s+and\s+(?=(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s+(?:as|like|unlike|despite|though|although|meanwhile|"
    r"however|in\s+turn)\b)|,\s+and\s+(?=(?:the|a|an|his|her|their|its|this|these|those|many|some|most|several)\s)"
    # "welcomed the deal and the union called it a betrayal": without the comma, a noun phrase
    # after "and" opens a clause only when a past verb and its object follow it ("backed the plan
    # and the revised budget" joins two objects).
    r"|\s+and\s+(?=(?:the|a|an|his|her|their|its|this|these|those|many|some|most|several)\s+(?:[\w’'-]+\s+){1,3}?"
    r"[a-z]+ed\s+(?:it|them|him|her|the|a|an|his|their|its)\b)"
    # "said the talks had failed and that the crews had left": a second content clause of its own.
    r"|,?\s+and\s+that\s+(?=(?:the|a|an|his|her|its|their|our|[A-Z][\w’'-]*|[a-z]+s)\s)"
    # "… and others have said …", "…, and his staff has made …": a subject of its own and an
    # auxiliary. (Without the comma, "that Roe and her aides had …" is one subject of two.)
    r"|,?\s+and\s+(?=others\s+(?:has|have|had|are|were|will|would)\b)"
    # (Other determiners after ", and" end the clause by the branch above, whatever follows.)
    r"|,\s+and\s+(?=other\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+(?:has|have|had|is|are|was|were|will|would)\b)"
    # "…, and Roe later called it weak", "…, and The Herald has proof": a name and a finite verb.
    r"|,\s+and\s+(?=(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:later\s+|also\s+|then\s+|still\s+|\w+ly\s+)?"
    r"(?:[a-z]+ed|said|says|told|has|had|have|is|was|will|would)\b)"
    # "…, with Roe stating": a clause of its own.
    r"|,\s+with\s+[^,;]{1,60}?\s+[a-z]+ing\b"
    # ", two union officials said.": a reporting clause of a few words closing the sentence.
    r"|,\s+(?:[\w’'.-]+\s+){1,6}?(?:said|says|say|told|added|wrote)(?=\s*(?:[.;]|$))"
    # The speaker's own reporting clause after the content: ", he replied"; or a participle
    # opening what is said next: ", stating that …" (", reminding voters of …" goes on).
    # (One branch holds both, as the forms are slow to compile: the callers ask where a clause ends,
    # not which branch found it.)
    rf"|,\s+(?:(?P<subject>he|she|they|it|we|I|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+)?(?:{_REPORTING_FORMS})"
    rf"(?(subject)\b|(?=,?\s+(?:that\b|[“\"{MASKS}]))))")
# Every clause end holds one of these (the pattern minds case): most stretches of a clause hold none,
# and a mark or a word is found far faster than the pattern is tried at each space.
_CLAUSE_END_NEEDS = (",", ";", ":", "—", "–", "-", "and", "but")
MAX_STANCE_WORDS = 20
# A dash, or a hyphen standing for one between spaces.
_DASH = re.compile(r"\s*(?:[—–]|\s-{1,2}(?=\s))\s*")
# What opens a clause of its own: a conjunction, a name or a subject pronoun.
_OWN_CLAUSE_NEXT = re.compile(r"[\"“‘]?(?:(?:and|but|or|so|yet|he|she|they|we|I|it|there)\b|[A-Z])")
_DASHES = ("—", "–", "-")  # (a text with none of them holds no aside)
# "… moved to Washington D.C. Its staff …": the full stop of an abbreviation that also ends its sentence.
_NEW_SENTENCE = re.compile(r"\.(?=\s+(?:The|They|He|She|It|We|I|This|That|These|Those|But|And|His|Her|Their|Its|Our)"
                           r"\s)")
_NEW_MAIN_CLAUSE = re.compile(r",\s+(?:he|she|they|we|I)\s+(?:\w+ly\s+)?(?:[a-z]+ed|has|had|was|were|is|are|will|would)\b")
_SUBORDINATOR = re.compile(r"\b(?:if|unless|when|whenever|while|after|before|because|since|as|although|though|once|"
                           r"until|whether)\b", re.I)


def _clause_end(frame: str, start: int, limit: int) -> int:
    """Where the clause from `start` ends: at a clause boundary, or at a full stop that is not that
    of "U.S." or "Roe v." """
    stops = [m.start() for m in (sentence_stop(frame, start, limit), _NEW_SENTENCE.search(frame, start, limit)) if m]
    stop = min(stops, default=limit)
    found = _next_clause_end(frame, start, stop)
    while found and found.group().strip() and not found.group().strip(" -—–"):
        # "said the strike — which began in May — would go on": a dash that another closes
        # sets an aside inside the clause, which goes on after it; a dash left open ends it, and
        # so does one closed before a clause of its own ("— and the crews …", "— Lund said …").
        closing = _DASH.search(frame, found.end(), stop)
        if closing is None or _OWN_CLAUSE_NEXT.match(frame, closing.end()):
            break
        found = _next_clause_end(frame, closing.end(), stop)
    stop = found.start() if found else stop
    # "would refuse to work under him, he quit": a new main clause after a comma, unless
    # what comes before it is a condition or a time clause it completes.
    main = _NEW_MAIN_CLAUSE.search(frame, start, stop) if frame.find(",", start, stop) >= 0 else None
    if main and not _SUBORDINATOR.search(frame, start, main.start()):
        return main.start()
    return stop


def _next_clause_end(frame: str, start: int, stop: int) -> re.Match | None:
    """The first clause end between `start` and `stop`, looked for only where the marks and words it needs are."""
    stretch = frame[start:stop]
    return _CLAUSE_END.search(frame, start, stop) if any(need in stretch for need in _CLAUSE_END_NEEDS) else None


def _tidy(phrase: str) -> str | None:
    """The stance as shown: its first sentence, time expressions dropped and cut to MAX_STANCE_WORDS
    words, or None when what remains is no proposition (a subordinate clause without its main clause)."""
    # A quotation inside reported speech hides its full stops from the clause's end: "wrote, “The
    # plan failed. Since then …”" states its point in the first sentence, and one cut in the second
    # loses it.
    stop = next((m.end() for m in _INNER_STOP.finditer(phrase) if _ends_a_sentence(phrase, m.start())), None)
    if stop is not None and len(phrase[:stop].split()) < 3:
        return None  # "“Right. In my twenty years …”": an answer to a question the stance does not give
    phrase = phrase[:stop] if stop is not None else phrase
    # A phrase that ends on its own punctuation ends where its clause does, even on a preposition
    # ("whom they voted for,").
    ended = _ENDED.search(phrase) is not None
    if any(dash in phrase for dash in _DASHES):
        phrase = _DASH_ASIDE.sub(" ", phrase)
    phrase = " ".join(strip_time_expressions(" " + phrase).split()).strip(" ,;:")
    words = phrase.split()
    point = _point_after_but(words)
    if point is not None:
        # "The board has worked on the pier for years and spent a fortune, but the plan will ruin the trade": too long to
        # show whole, it shows the point it makes after "but", marked as following something left out.
        words = ["…", *words[point:]]
        phrase = " ".join(words)
    if len(words) > MAX_STANCE_WORDS:
        # Cut a long stance where a phrase ends (the last comma in reach that keeps a clause and
        # drops no correction: "is not a threat, but a promise"), else at the limit.
        comma = max((i for i, w in enumerate(words[:MAX_STANCE_WORDS]) if w.endswith(",") and i >= 5
                     and _VERB_SIGN.search(" ".join(words[:i + 1])) and _ends_a_clause(words, i)
                     and not (_CORRECTION_AFTER.match(" ".join(words[i + 1:i + 3]))
                              and (_NEGATION.search(" ".join(words[:i + 1])) or words[i + 1].lower() == "but"))),
                    default=-1)
        kept = words[:comma + 1] if comma >= 0 else words[:MAX_STANCE_WORDS]
        ended = comma >= 0
        while not ended and len(kept) > 3 and kept[-1].strip(",").lower() in _CANNOT_END:
            kept.pop()
        phrase = " ".join(kept).rstrip(",") + ("" if comma >= 0 else " …")
    words = phrase.split()
    while not ended and len(words) > 3 and words[-1].lower() in _DANGLING:
        words.pop()  # "wants it to": the rest of the clause is elsewhere
    phrase = " ".join(words)
    opening = _SUBORDINATE_OPENING.match(phrase)
    if opening and not any(_VERB_SIGN.search(rest) and not _VERB_SIGN.match(rest.strip())
                           for rest in phrase[opening.end():].split(",")[1:]):
        # "If the council recognises the rights of …": the condition without what follows; "Whether you
        # sit on the board, have friends there, …": a verb with no subject after the comma goes on the
        # condition, whose main clause is still to come.
        return None
    return phrase or None


def _point_after_but(words: list[str]) -> int | None:
    """Where the clause after ", but" starts in a stance too long to show whole, when a cut at the
    limit would keep less than half of that clause, and it fits in MAX_STANCE_WORDS words, has a verb
    and sets no condition of its own; else None. ("I'm against it, but …" keeps what it grants.)"""
    if len(words) <= MAX_STANCE_WORDS:
        return None
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower() == "but" and words[i - 1].endswith(",") and len(words) - i <= MAX_STANCE_WORDS \
                and 2 * (MAX_STANCE_WORDS - i) < len(words) - i:
            rest = " ".join(words[i + 1:])
            if _VERB_SIGN.search(rest) and not _SUBORDINATE_OPENING.match(rest) and not _CORRECTION_AFTER.match(rest):
                return i
    return None


# A full stop inside a phrase, before the next sentence.
_INNER_STOP = re.compile(r"(?<=[A-Za-z0-9\])])[.!?][\"”’]?(?=\s+[\"“‘]?[A-Z])")
_WORD_BEFORE = re.compile(r"\w*$")
_ABBREVIATIONS = frozenset("mr mrs ms dr st jr sr gov sen rep gen col lt sgt capt prof rev jan feb mar apr jun jul aug sep "
                           "sept oct nov dec inc co corp ltd no vol ft mt vs".split())


def _ends_a_sentence(phrase: str, stop: int) -> bool:
    """Whether the full stop at `stop` ends a sentence: not one of an initial ("U.S.", "Roe v. Wade")
    or an abbreviation ("Mr.", "Dec.")."""
    word = _WORD_BEFORE.search(phrase, 0, stop).group()
    return (len(word) > 1 or word.isdigit()) and word.lower() not in _ABBREVIATIONS


_ENDED = re.compile(r"[.!?,”\"’]\s*$")


def _ends_a_clause(words: list[str], comma: int) -> bool:
    """Whether cutting after the comma ending `words[comma]` keeps a clause whole: not right after a
    verb of saying ("wrote and said,"), not inside a clause still waiting for what it introduced
    ("The truth is, if the vote fails,", "hold that, frankly,"), not in a condition or time clause
    opened after "but" ("…, but when the fees rise,"), not inside a quotation it opens."""
    if words[comma][:1].islower() and words[comma].rstrip(",") in SPEECH_VERBS:
        return False  # ("the Harbour States," names no verb of saying)
    start = max((i + 1 for i in range(comma) if words[i].endswith(",")), default=0)
    if not start and words[0].lower().strip("\"“‘'(") in _FRONTING_PREPOSITIONS:
        return False  # "Of the captains who can win the race, …": a phrase put before its main clause, still to come
    if start and words[start - 1].rstrip(",").lower() in _WAITING:
        return False
    kept = " ".join(words[:comma + 1])
    last = " ".join(words[start:comma + 1])
    if start and not _VERB_SIGN.search(last) and (comma - start < 3 or _CONJUNCTION_OPENING.match(last)):
        return False  # ", in short,", ", but in the meantime,": an aside or a clause not yet begun
    if _OPENED_SUBORDINATE.search(last):
        return False  # "Our worry is that once the river floods,": its main clause is after the comma
    if start and _NON_FINITE_OPENING.match(last) and not _VERB_SIGN.search(" ".join(words[:start])):
        return False  # "the new rules, to be drafted by May,": an aside after a subject still waiting for its verb
    return not _COORDINATED_SUBORDINATE.match(last) \
        and kept.count("“") <= kept.count("”") and kept.count('"') % 2 == 0


_FRONTING_PREPOSITIONS = frozenset("of among for from in at on to with by under".split())
# An infinitive or a participle opening a phrase: "to be drafted …", "drafted by …", "following …".
_NON_FINITE_OPENING = re.compile(r"(?:to\s+\w+|\w+ed|\w+ing)\b", re.I)
_CONJUNCTION_OPENING = re.compile(r"(?:but|and|or|so|yet)\b", re.I)
# Words before a comma that leave their clause waiting for what comes after it.
_WAITING = frozenset("that is are was were who which whom whose".split())
_COORDINATED_SUBORDINATE = re.compile(r"(?:but|and|or|so)\s+(?:if|unless|when|whenever|while|although|though|because|"
                                      r"since|after|before|once|until|whereas|as)\b", re.I)
# ("We long hoped if the vote came,": what was hoped is the main clause after the comma.)
_OPENED_SUBORDINATE = re.compile(r"\b(?:that|is|was|are|were|believe|believes|believed|think|thinks|thought|knew|know|"
                                 r"knows|felt|feel|feels|hope|hoped|hopes|said|say|says)\s+(?:\w+ly\s+)?(?:if|unless|when|"
                                 r"whenever|once|because|although|though|while|until)\b", re.I)
# A clause that cannot stand alone: a condition, a time, a concession, a preposed phrase.
_SUBORDINATE_OPENING = re.compile(r"[\"“‘'(]*(?:if|unless|when|whenever|while|although|though|because|since|after|"
                                  r"before|once|until|whereas|with|without|despite|given|following|as|whether|"
                                  r"even\s+(?:if|though|as|when|while|after|before)|so\s+that|in\s+order\s+to|to\s+the\s+(?:degree|extent))\b",
                                  re.I)
_DANGLING = frozenset(("to", "of", "the", "a", "an", "by", "for", "with", "that"))
# Words a phrase cut short cannot end on ("the wishes of the harbour people," keeps "people").
_CANNOT_END = _DANGLING | frozenset("and or nor but from in on at as into onto about than which who whom whose if "
                                    "because while although though when where whether his its their our my your "
                                    "these those is are was were be been being has have had will would shall "
                                    "should can could may might must do does did not very".split())
# What follows a comma when the words after it correct those before: "not X, but Y".
_CORRECTION_AFTER = re.compile(r"(?:but|rather|not|instead)\b", re.I)
