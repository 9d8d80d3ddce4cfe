"""Title, summary and keywords, built from the article's own sentences and words.

News puts the story in its lead, so the lead sentence is the raw material: compressed to a
headline when the article has none, and followed in the summary by the first sentence naming the
main actor when the lead only describes them.
"""

from __future__ import annotations

import re
from collections import Counter

from .discourse import Reading
from ..data import load_list
from .lexicon import DEMONYM_OF, FUNCTION_WORDS, SPEECH_VERBS, STANCE_POLARITY
from .text import DATE_WORDS, MASKS, strip_time_expressions

MAX_TITLE_WORDS = 12
MAX_SUMMARY_WORDS = 70
MAX_KEYWORDS = 6
MAX_LEAD_CHARS = 2000
# Each `\s+` starts only where a run of spaces starts, so that no run is rescanned from each of
# its characters (quadratic on a long run of spaces).
_TAIL = re.compile(r",?(?<!\s)\s+(?:but|while|whereas|although|which|who|as|after|adding|saying|because)\b|[,;:(—–]")
_SAID_THAT = re.compile(rf"(?<!\s)\s+({'|'.join(sorted(SPEECH_VERBS, key=len, reverse=True))})(?:\s+that)?\s+", re.I)
_PLAIN_REPORTING = frozenset({"said", "says", "say", "told", "tells", "stated", "states", "added", "adds"})
_CLAUSE_END = re.compile(r"[,;:(—–]")
# A reported clause that opens with its own subject rather than a verb.
_OWN_SUBJECT = re.compile(r"(?i:the|a|an|this|these|those|its|their|our|we|it|there)\b|[A-Z]")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W_]|[^\W\d_]")
_GENERIC = frozenset(load_list("generic_words.txt"))
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_SUBJECT_CUT = re.compile(r"\s(?:of|from|in|at|with|for)\s")
_PRONOUN_START = re.compile(r"^(?:he|she|it|they)\s+", re.I)


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
    frame_sentence = _first_frame_sentence(reading)[:MAX_LEAD_CHARS]
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
    tail = _TAIL.search(content)
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
        words = words[:MAX_TITLE_WORDS]
        while words and words[-1].lower() in FUNCTION_WORDS:
            words.pop()
    title = " ".join(words).strip(" ,;:")
    return title[:1].upper() + title[1:] if title else sentences[0][1][:80]


def _first_frame_sentence(reading: Reading) -> str:
    """The lead sentence with quotation marks kept but quoted words intact."""
    for view in reading.views:
        for sentence in view.sentences:
            frame = view.frame[sentence.start:sentence.end]
            if len(frame.split()) >= 4 and not frame.strip().startswith(tuple(MASKS)):
                return view.text[sentence.start:sentence.end].strip()
    view = reading.views[0]
    return view.text[view.sentences[0].start:view.sentences[0].end] if view.sentences else view.text


def make_summary(reading: Reading, main_names: list[str]) -> str:
    """One to three lead sentences; the first naming the main actor is added if the lead does not."""
    sentences = lead_sentences(reading, 3)
    if not sentences:
        return ""
    chosen = [sentences[0][1]]
    names = [n for n in main_names if n]
    if names and not any(n in chosen[0] for n in names):
        naming = next((s for _, s in sentences[1:] if any(n in s for n in names)), None)
        if naming and len(" ".join(chosen + [naming]).split()) <= MAX_SUMMARY_WORDS:
            chosen.append(naming)
    if len(chosen) == 1 and len(sentences) > 1:
        second = sentences[1][1]
        if len(" ".join(chosen + [second]).split()) <= MAX_SUMMARY_WORDS:
            chosen.append(second)
    summary = " ".join(chosen)
    words = summary.split()
    if len(words) > MAX_SUMMARY_WORDS:
        summary = " ".join(words[:MAX_SUMMARY_WORDS]).rstrip(",;:") + " …"
    return summary


def make_keywords(reading: Reading, person_words: set[str]) -> tuple[str, ...]:
    """The most frequent content words of the narrative, the lead counting double."""
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    verdicts: dict[str, str | None] = {}  # word as written -> its key, or None when not a keyword
    for view in reading.views:
        weight = 2 if view.number <= 2 else 1
        # Counted per form first: the checks below run once per distinct word, not per token.
        for word, n in Counter(_WORD.findall(view.frame)).items():
            if word not in verdicts:
                low = word.lower().replace("’", "'")
                verdicts[word] = None if (
                    len(low) < 4 or low in FUNCTION_WORDS or low in SPEECH_VERBS or low in STANCE_POLARITY
                    or low in person_words
                    or low.endswith("'s") or "-" in low or low in _GENERIC or low in DEMONYM_OF or low in DATE_WORDS) \
                    else low  # hyphenated words are mostly adjectives ("Russian-backed"), demonyms describe
            low = verdicts[word]
            if low is None:
                continue
            counts[low] += weight * n
            first_seen.setdefault(low, len(first_seen))
    ranked = sorted(counts, key=lambda w: (-counts[w], first_seen[w]))
    return tuple(w for w in ranked if counts[w] >= 2)[:MAX_KEYWORDS] or tuple(ranked[:3])
