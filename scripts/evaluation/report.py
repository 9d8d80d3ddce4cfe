"""The printed tables of scripts/evaluate.py, made from its JSON figures."""

from __future__ import annotations

from .errors import QUOTE_OUTCOMES
from .styles import STYLES

PART_NAMES = {"dev": "dev", "aside": "set aside"}

# (label, figure key, target); a figure is figures[section][part][key].
SECTIONS = [
    ("PolNeAR quotes (quotes-dev-large.jsonl)", "polnear", [
        ("gold quotes", "gold_quotes", ""),
        ("quotes exact precision", "exact_precision", ""),
        ("quotes exact recall", "exact_recall", ""),
        ("quotes exact F1", "exact_f1", ">= 0.96"),
        ("quotes lenient F1", "lenient_f1", ""),
        ("speaker accuracy (attributable)", "speaker_accuracy_attributable", ">= 0.88"),
        ("speaker accuracy (all matched)", "speaker_accuracy", ""),
        ("speaker accuracy (named)", "speaker_accuracy_named", ""),
    ]),
    ("Wikinews briefings (articles-dev/)", "wikinews", [
        ("gold quotes (fragments not counted)", "gold_quotes", ""),
        ("quotes exact F1", "quote_exact_f1", ""),
        ("quotes lenient precision", "quote_lenient_precision", ""),
        ("quotes lenient recall", "quote_lenient_recall", ""),
        ("quotes lenient F1", "quote_lenient_f1", ""),
        ("speaker accuracy", "speaker_accuracy", ">= 0.88"),
        ("actors precision", "actor_precision", ">= 0.90"),
        ("actors recall", "actor_recall", ""),
        ("actors F1", "actor_f1", ">= 0.80"),
        ("actor type accuracy", "actor_type_accuracy", ">= 0.95"),
        ("role coverage", "role_coverage", ">= 0.70"),
    ]),
    ("Wikinews positions and summaries (positions-dev/)", "positions", [
        ("gold positions", "gold_positions", ""),
        ("positions precision", "precision", ">= 0.85"),
        ("positions recall", "recall", ">= 0.50"),
        ("positions F1", "f1", ""),
        ("key-stance recall", "key_recall", ">= 0.60"),
        ("polarity accuracy (one-to-one pairs)", "polarity_accuracy", ">= 0.85"),
        ("positions by non-actors (share)", "non_gold_actor_share", "<= 0.03"),
        ("positions another of the actor's contains (both sets)", "repeated", "0"),
        ("summary points covered", "summary_point_coverage", ">= 0.80"),
        ("summary length, mean words", "summary_words_mean", "<= 45"),
    ]),
]
STYLE_TARGET = 0.02
SPEED_TARGET = 80_000


def render(rows: list[list[str]]) -> str:
    """Columns padded to their widest cell, the first left-aligned and the others right-aligned;
    a one-cell row is a heading and is printed as it is."""
    widths = [max(len(row[k]) for row in rows if len(row) > 1 and k < len(row))
              for k in range(max(len(row) for row in rows))]
    lines = []
    for row in rows:
        if len(row) == 1:
            lines.append(row[0])
        else:
            cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
            lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


WORD_COUNTS = {"summary_words_mean"}  # figures in words, not shares
ORIGINS = ("source-name", "coref-name", "source-text", "pronoun", "no-source")


def _value(value, key: str = "") -> str:
    if isinstance(value, int):
        return str(value)
    return f"{value:.1f}" if key in WORD_COUNTS else f"{value:.4f}"


def _difference(value, key: str = "") -> str:
    return f"{value:+.1f}" if key in WORD_COUNTS else f"{value:+.4f}"


def figures_table(figures: dict, parts: tuple[str, ...]) -> str:
    """Each figure for each part, and with both parts their gap (set aside minus dev), which
    estimates how far the rules fit the articles read while writing them."""
    gap = parts == ("dev", "aside")

    def row(label: str, values: list, key: str, target: str) -> list[str]:
        differs = gap and not isinstance(values[0], int)
        gap_cell = [_difference(values[1] - values[0], key) if differs else ""] if gap else []
        return [label, *(_value(v, key) for v in values), *gap_cell, target]

    rows = [["measure", *(PART_NAMES[p] for p in parts), *(["gap"] if gap else []), "target"]]
    for title, section, measures in SECTIONS:
        rows.append([title])
        if section != "positions":
            rows.append(row("  articles", [figures["articles"][section][p] for p in parts], "", ""))
        rows += [row(f"  {label}", [figures[section][p][key] for p in parts], key, target)
                 for label, key, target in measures]
    rows += [["Both sets"], row("  quotes that are not verbatim", [figures["non_verbatim"][p] for p in parts], "", "0")]
    speed = figures.get("speed")
    if speed is None:  # a language model's cost is its tokens, in the grounding table
        return render(rows)
    best = f", best of {speed['repeat']}" if speed["repeat"] > 1 else ""
    return (render(rows) + f"\n\nExtraction speed, one process: {speed['words_per_second']:,} words/s over "
            f"{speed['words']:,} words{best} (target >= {SPEED_TARGET:,})")


GROUNDING = [
    ("briefings made with the model", "by_model"),
    ("made by the built-in backend instead (no usable answer)", "fell_back"),
    ("quotes dropped (paraphrased, invented or ambiguous)", "quotes_dropped"),
    ("quotes repaired (a near miss replaced by the article's words)", "quotes_repaired"),
    ("speakers rejected (not an actor)", "speakers_rejected"),
    ("positions without evidence", "positions_without_evidence"),
    ("positions dropped (unknown actor, paragraph or polarity)", "positions_dropped"),
    ("actors dropped (not named in the article)", "actors_dropped"),
    ("roles rejected (not the article's words)", "roles_rejected"),
    ("quotes the model gives to another speaker", "disagreements"),
]


def grounding_table(figures: dict, parts: tuple[str, ...]) -> str:
    """What the checks against the articles dropped or repaired of the model's answers, both sets
    together, and the tokens the server reported."""
    rows = [["grounding of the model's answers, both sets", *(PART_NAMES[p] for p in parts)]]
    rows += [[f"  {label}", *(str(figures["grounding"][p].get(key, 0)) for p in parts)] for label, key in GROUNDING]
    tokens = figures["tokens"]
    asked = tokens["answers"]
    line = (f"Tokens, as the server reported them: {tokens['prompt_tokens']:,} prompt and "
            f"{tokens['completion_tokens']:,} completion tokens for {asked} answers"
            + (f", {tokens['prompt_tokens'] / asked:,.0f} and {tokens['completion_tokens'] / asked:,.0f} an article"
               if asked else ""))
    return render(rows) + "\n\n" + line


def _share(count: int, total: int) -> str:
    return f"{count} {100 * count / total:5.1f}%" if total else str(count)


def _of(count: int, total: int, what: str) -> str:
    return f"{count} of {total} {what}" + (f" ({100 * count / total:.1f}%)" if total else "")


def quote_errors_table(errors: dict, articles: int) -> str:
    origins = sorted(errors["by_origin"], key=lambda o: (ORIGINS + (o,)).index(o))
    totals = {o: sum(errors["by_origin"][o].values()) for o in origins}
    every = sum(totals.values())
    rows = [[f"Quote outcomes on the PolNeAR dev part ({articles} articles, {every} gold quotes), "
             "by gold speaker_origin; shares of the column's gold quotes"],
            ["outcome", *origins, "all"]]
    for outcome in QUOTE_OUTCOMES:
        counts = [errors["by_origin"][o].get(outcome, 0) for o in origins]
        rows.append([outcome, *(_share(c, totals[o]) for c, o in zip(counts, origins)), _share(sum(counts), every)])
    rows.append(["gold quotes", *(str(totals[o]) for o in origins), str(every)])
    matched = every - sum(errors["by_origin"][o].get(QUOTE_OUTCOMES[0], 0) for o in origins)
    bands = [["Speakers given to attributable gold quotes, by their confidence"], ["confidence", "speakers", "right"]]
    for band, counts in errors["by_confidence"].items():
        given = counts["right"] + counts["wrong"]
        bands.append([band, str(given), f"{counts['right'] / given:.3f}" if given else "-"])
    return (render(rows) + f"\nspurious predicted quotes (no gold quote matched): "
            f"{_of(errors['spurious'], errors['predicted'], 'predicted')}"
            f"\nmatched leniently but not exactly (boundaries differ): "
            f"{_of(errors['matched_not_exact'], matched, 'matched')}\n\n" + render(bands))


def actor_errors_table(errors: dict, articles: int) -> str:
    kinds = sorted(set(errors["predicted"]) | set(errors["gold"]))
    specs = [("predicted, not in gold (of predicted)", "false_positive", "predicted"),
             ("gold, not found (of gold)", "missed", "gold"),
             ("found, wrong type (of found)", "wrong_type", "matched"),
             ("found, role missing (of found with a gold role)", "role_missing", "with_role")]
    rows = [[f"Actor errors on the Wikinews dev part ({articles} articles), by type"], ["error", *kinds, "all"]]
    for label, key, of in specs:
        counts, totals = errors[key], errors[of]
        rows.append([label, *(_share(counts.get(k, 0), totals.get(k, 0)) for k in kinds),
                     _share(sum(counts.values()), sum(totals.values()))])
    confusions = ", ".join(f"{pair} {n}" for pair, n in errors["type_confusions"].items()) or "none"
    return render(rows) + f"\ntype confusions (gold -> predicted): {confusions}"


STYLE_COLUMNS = {"PolNeAR": ("polnear", [("exact_f1", "exact F1"), ("speaker_accuracy_attributable", "speaker"),
                                         ("doubtful", "doubtful"), ("non_verbatim", "not verbatim")]),
                 "Wikinews": ("wikinews", [("quote_lenient_f1", "lenient F1"), ("speaker_accuracy", "speaker"),
                                           ("actor_precision", "actors P"), ("actor_recall", "actors R"),
                                           ("actor_f1", "actors F1"), ("doubtful", "doubtful"),
                                           ("non_verbatim", "not verbatim")])}


def styles_table(styles: dict, articles: dict) -> str:
    """The plain figures, then each style's difference from them; counts are shown as they are."""
    columns = [(section, key) for section, keys in STYLE_COLUMNS.values() for key, _ in keys]
    plain = styles["plain"]
    rows = [[f"Style robustness on the dev parts (PolNeAR {articles['polnear']} articles, Wikinews "
             f"{articles['wikinews']}): plain figures, then each style's difference from them, which should "
             f"stay within {STYLE_TARGET}; doubtful: gold quotes whose marks the rule could not rewrite for certain"],
            ["", *(title if k == 0 else "" for title, (_, keys) in STYLE_COLUMNS.items() for k in range(len(keys)))],
            ["style", *(label for _, keys in STYLE_COLUMNS.values() for _, label in keys)],
            ["plain", *(_value(plain[s][k]) for s, k in columns)]]
    for style, (label, _) in STYLES.items():
        figures = styles[style]
        rows.append([label, *(str(figures[s][k]) if isinstance(plain[s][k], int)
                              else _difference(figures[s][k] - plain[s][k]) for s, k in columns)])
    return render(rows)


def linearity_table(ratios: dict[str, float]) -> str:
    """How extraction time grows from 50 to 200 KB of each adversarial text; linear work gives 4."""
    rows = [["adversarial text", "time at 200 KB / at 50 KB"]]
    rows += [[name, f"{ratio:.1f}"] for name, ratio in sorted(ratios.items(), key=lambda item: -item[1])]
    return ("Extraction time on adversarial texts, 4 times longer (linear: about 4; the same run times both)\n"
            + render(rows))


def speaker_paths_table(by_path: dict[str, dict[str, int]], articles: int) -> str:
    """Attributable gold quotes of the PolNeAR dev part by the rule that gave their speaker."""
    rows = [[f"Speakers of attributable PolNeAR dev quotes ({articles} articles) by the rule that found them"],
            ["rule", "quotes", "right", "wrong, in paragraph", "wrong, elsewhere", "share right"]]
    for path, outcomes in by_path.items():
        total = sum(outcomes.values())
        right = outcomes.get(QUOTE_OUTCOMES[1], 0)
        elsewhere = outcomes.get(QUOTE_OUTCOMES[4], 0) + outcomes.get(QUOTE_OUTCOMES[5], 0)
        rows.append([path, str(total), str(right), str(outcomes.get(QUOTE_OUTCOMES[3], 0)), str(elsewhere),
                     f"{right / total:.3f}"])
    return render(rows)
