"""Checkers of notebook 03 (tokenising words)."""
from __future__ import annotations

from collections import Counter
from numbers import Number

from nltk.stem import SnowballStemmer
from nltk.tokenize import MWETokenizer

from ... import tokens as tk
from .nb02 import sotu_passage
from ..checks import exercise


def _words(answer):
    """A list of strings from a list or tuple of them; None if it is none of these."""
    if isinstance(answer, (list, tuple)) and all(isinstance(w, str) for w in answer):
        return list(answer)
    return None


@exercise("03.1")
def _(answer):
    passage = sotu_passage()
    n_white = len(tk.tokenize(passage, "whitespace"))
    n_nltk = sum(len(tk.tokenize(passage[s:e], "nltk")) for s, e in tk.punkt_spans(passage))
    if isinstance(answer, bool) or not isinstance(answer, Number):
        return "answer with a number: how many more tokens NLTKWordTokenizer makes than the whitespace tokenizer."
    if answer == n_nltk - n_white:
        return None
    if answer == len(tk.tokenize(passage, "nltk")) - n_white:
        return ("that tokenises the whole paragraph at once, and NLTKWordTokenizer splits off only the last full "
                "stop of its input ('much.' stays one token): tokenise each sentence of sentences_sotu and add up.")
    if answer == n_white - n_nltk:
        return "the wrong way round: NLTKWordTokenizer makes more tokens, so the difference is positive."
    if answer in (n_nltk, n_white):
        return "that is one tokenizer's count; the question asks for the difference between the two."
    return "tokenise each sentence of sentences_sotu with 'nltk', add up the numbers of tokens, then subtract n_white."


@exercise("03.2")
def _(answer):
    vocab = sorted(set(tk.read_tokens().query("~is_punct")["norm"]))
    stemmer = SnowballStemmer("english")
    expected = [w for w in vocab if stemmer.stem(w) == "state"]
    if isinstance(answer, (set, frozenset)):
        answer = list(answer)
    words = _words(answer)
    if words is None:
        return "answer with a list of words (strings) from vocab."
    if sorted(set(words)) != expected or len(words) != len(expected):
        return "compare snowball.stem(w) with 'state' for every w in vocab, and keep the words where they are equal."


@exercise("03.3")
def _(answer):
    mwe = MWETokenizer([("Xi", "Jinping")])
    tokens = tk.read_tokens()
    merged = []
    for sentence in tk.sentence_tokens(tokens):
        merged += mwe.tokenize(sentence)
    expected = Counter(t.lower() for t in merged)["xi"]
    if answer == expected:
        return None
    if isinstance(answer, (str, bool)):
        return "answer with a number (an int), not a string: the count of 'xi' after joining."
    before = Counter(tokens["norm"])["xi"]
    if answer == before - expected:
        return ("that is how many 'xi' the joining took away (each became 'xi_jinping'): answer with how many "
                "lower-case 'xi' tokens are left after joining.")
    if answer == before:
        return ("that is the count before joining: after joining, some 'xi' became 'xi_jinping'. If your count did not "
                "change, nothing was joined: ('Xi', 'Jinping') has capitals, so it never matches the lower-case norm "
                "column. Join the lists of per_sentence (the token column, as in the loop above), then lower-case to count.")
    return ("count the tokens left after joining that are 'xi' once lower-cased; 'xi_jinping' is a different token "
            "and does not count.")


def chinese_opening(n: int = 62):
    """The Chinese readout's first ``n`` words (rows of the token table, punctuation left out; exercise 03.4)."""
    tokens = tk.read_tokens()
    return tokens[~tokens["is_punct"] & (tokens["voice"] == "chinese_readout")].head(n)


@exercise("03.4")
def _(answer):
    first = chinese_opening()
    counts = first.loc[~first["is_stop"], "norm"].value_counts()
    expected = sorted(counts[counts > 1].index)
    if not isinstance(answer, (list, tuple, set, frozenset)) or not all(isinstance(w, str) for w in answer):
        return "answer with a list of words (strings)."
    if sorted(set(answer)) == expected:                  # any order, as in 03.2
        if len(answer) == len(expected):
            return None
        return "a word is in your list twice: list each word once."
    tokens = tk.read_tokens()
    content = tokens[~tokens["is_punct"] & ~tokens["is_stop"] & (tokens["voice"] == "chinese_readout")]
    c62 = content["norm"].head(62).value_counts()
    whole = content["norm"].value_counts()
    if sorted(set(answer)) == sorted(whole[whole > 1].index):
        return ("that counts the whole readout: keep only its first 62 words (first, stop words included), "
                "then drop the stop words and count.")
    if sorted(answer) == sorted(c62[c62 > 1].index):
        return ("you took the first 62 content words, which reach further into the readout: take the first 62 "
                "words (first), then drop its stop words.")
    every = first["norm"].value_counts()
    if sorted(answer) == sorted(every[every > 1].index):
        return "stop words are in your list: keep only the rows of first where is_stop is False."
    if any(tk.is_punct(w) for w in answer):
        return "a punctuation mark is in your list: start from first (words, punctuation left out)."
    stems = first.loc[~first["is_stop"], "stem"].value_counts()
    if sorted(set(answer)) == sorted(stems[stems > 1].index):
        return "those are stems: count the norm column, not stem."
    return "count the norm of first's content words with Counter, and keep those counted more than once."
