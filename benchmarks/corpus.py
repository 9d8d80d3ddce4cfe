"""Realistic synthetic news articles for benchmarks, the same for a given seed on every machine.

Each article is 600–900 words in the seed format (``date YYYY-MM-DD`` then paragraphs), dated
over several years, with a handful of people, organisations and countries, direct quotes in the
shapes news uses ("…," X said / X said: "…" / continuations / partial quotes) and background
paragraphs. Names come from fixed pools, so actors recur across articles as they do in a real
collection and actor pages join several briefings.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

FIRST = ["Maria", "Daniel", "Laila", "Tomas", "Ana", "Peter", "Sofia", "Omar", "Grace", "Ivan", "Elena",
         "Samuel", "Aisha", "Lukas", "Nadia", "Victor", "Helen", "Rafael", "Ines", "Kofi", "Marta", "Jonas",
         "Yuki", "Pablo", "Olga", "Hassan", "Clara", "Felix", "Amara", "Bruno"]
LAST = ["Okafor", "Reyes", "Haddad", "Varga", "Silva", "Novak", "Lindqvist", "Mensah", "Kowalski", "Tanaka",
        "Moreau", "Petrov", "Ibrahim", "Schmidt", "Costa", "Nakamura", "Dubois", "Jensen", "Rossi", "Adeyemi",
        "Horvat", "Kaplan", "Ortega", "Fischer", "Lambert", "Nowak", "Quinn", "Sato", "Weber", "Zhou"]
ROLES = ["Finance Minister", "Foreign Minister", "Prime Minister", "President", "Interior Minister",
         "Health Minister", "Governor", "Mayor", "opposition leader", "central bank governor"]
ORGS = ["Harbour Workers Union", "National Farmers Association", "Green Party", "Ministry of Finance",
        "Supreme Court", "Central Bank", "Chamber of Commerce", "Teachers Union", "Electoral Commission",
        "Energy Regulatory Agency", "Red Cross", "World Bank", "European Commission", "Port Authority"]
COUNTRIES = ["France", "Germany", "Brazil", "Kenya", "Japan", "Canada", "Poland", "Egypt", "India", "Chile",
             "Norway", "Turkey", "Spain", "Nigeria", "Vietnam"]
TOPICS = [("budget", "spending", "taxes", "deficit"), ("strike", "wages", "workers", "contract"),
          ("election", "voters", "ballots", "campaign"), ("drought", "harvest", "farmers", "water"),
          ("energy", "prices", "gas", "grid"), ("trade", "tariffs", "exports", "imports"),
          ("health", "hospitals", "vaccines", "nurses"), ("schools", "teachers", "exams", "funding"),
          ("housing", "rents", "construction", "mortgages"), ("transport", "railways", "ports", "roads")]
VERBS = ["said", "told reporters", "said in a statement", "added", "warned", "insisted", "argued"]
STANCES = [("rejected", "the proposal"), ("denied", "the accusations"), ("welcomed", "the agreement"),
           ("criticised", "the decision"), ("urged", "both sides to return to talks"),
           ("called for", "an independent inquiry"), ("backed", "the plan")]
QUOTES = ["We will not accept a deal that leaves {x} behind",
          "This is a serious moment for {x} and we must act together",
          "Nobody should pretend that {x} can wait another year",
          "Our priority is simple: protect families and keep {x} fair",
          "The government has listened, but it has not yet delivered on {x}",
          "There is no easy answer on {x}, and anyone who says so is not being honest",
          "We have waited long enough for a decision on {x}",
          "I am confident that an agreement on {x} is within reach"]
BACKGROUND = ["The dispute over {x} has dragged on for months, with talks breaking down twice since the "
              "spring and both sides trading blame in public.",
              "Analysts say the debate over {x} reflects deeper tensions between the capital and the "
              "regions, where many households feel left out of recent growth.",
              "Figures published last month showed that {x} had become a leading concern for voters, "
              "ahead of crime and the cost of public transport.",
              "Officials from {c} followed the negotiations closely, since their companies depend on a "
              "stable settlement of {x} in the coming years.",
              "A report by the {o} found that spending on {x} had fallen in real terms for three years in "
              "a row, despite repeated promises of new investment.",
              "Several smaller groups joined the protests on Saturday, marching through the centre of the "
              "city with banners about {x} and calling for a public vote.",
              "The {o} is expected to publish its own proposals on {x} before the end of the month, "
              "according to two aides who have seen the drafts."]


def make_article(rng: random.Random, day: dt.date) -> str:
    topic = rng.choice(TOPICS)
    people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(rng.randint(3, 5))]
    org, country = rng.choice(ORGS), rng.choice(COUNTRIES)
    lead_name, lead_role = people[0]
    stance, obj = rng.choice(STANCES)
    paragraphs = [f"date {day.isoformat()} {lead_role[0].upper() + lead_role[1:]} {lead_name} {stance} {obj} on {topic[0]} "
                  f"on {day.strftime('%A')}, as the {org} pressed for changes to {topic[1]} and {topic[2]}."]
    words = len(paragraphs[0].split())
    target = rng.randint(600, 900)
    while words < target:
        name, role = rng.choice(people)
        surname = name.split()[-1]
        kind = rng.random()
        x = rng.choice(topic)
        if kind < 0.35:
            quote = rng.choice(QUOTES).format(x=x)
            more = rng.choice(QUOTES).format(x=rng.choice(topic))
            text = (f"“{quote},” {surname if rng.random() < 0.5 else name} {rng.choice(VERBS)}. “{more}.”")
        elif kind < 0.5:
            text = f"{role[0].upper() + role[1:]} {name} said: “{rng.choice(QUOTES).format(x=x)}.”"
        elif kind < 0.65:
            s, o = rng.choice(STANCES)
            text = (f"{name}, who has served as {role} since {rng.randint(2008, 2020)}, {s} {o} and said "
                    f"the {org} would “keep fighting for {x}” in the weeks ahead.")
        else:
            text = " ".join(rng.choice(BACKGROUND).format(x=x, o=rng.choice(ORGS), c=country)
                            for _ in range(rng.randint(1, 3)))
        paragraphs.append(text)
        words += len(text.split())
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 20261127) -> int:
    """Write `count` articles into `folder`; returns the number of words written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2019, 1, 1)
    words = 0
    for n in range(count):
        day = start + dt.timedelta(days=rng.randint(0, 6 * 365))
        text = make_article(rng, day)
        (folder / f"article-{n:05d}.txt").write_text(" " + text, encoding="utf-8")
        words += len(text.split())
    return words


def prose_page(rng: random.Random, title: str, words: int) -> str:
    """A Markdown page of `words` words of plain prose: a title, then paragraphs of background
    sentences under a section heading every few paragraphs, and no links, lists or attributes, the
    cheapest page MkDocs builds."""
    lines, written, paragraphs = [f"# {title}", ""], len(title.split()), 0
    while written < words:
        if paragraphs % 4 == 3:
            heading = " ".join(rng.choice(TOPICS)).capitalize()
            lines += [f"## {heading} {paragraphs}", ""]
            written += 5
        sentences = []
        while written < words and len(sentences) < 3:
            sentence = rng.choice(BACKGROUND).format(x=rng.choice(rng.choice(TOPICS)), o=rng.choice(ORGS),
                                                     c=rng.choice(COUNTRIES))
            sentences.append(sentence)
            written += len(sentence.split())
        lines += [" ".join(sentences), ""]
        paragraphs += 1
    return "\n".join(lines)
