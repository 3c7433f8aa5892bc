"""Checkers of notebook 03 (tokenising words)."""
from __future__ import annotations

from collections import Counter

from nltk.stem import SnowballStemmer
from nltk.tokenize import MWETokenizer

from ... import tokens as tk
from .nb02 import sotu_passage
from ..checks import exercise


def _words(answer):
    """A sorted list of strings from a list, tuple or set of them; None if it is none of these."""
    if isinstance(answer, (list, tuple, set, frozenset)) and all(isinstance(w, str) for w in answer):
        return sorted(answer)
    return None


@exercise("03.1")
def _(answer):
    passage = sotu_passage()
    n_white = len(tk.tokenize(passage, "whitespace"))
    n_nltk = sum(len(tk.tokenize(passage[s:e], "nltk")) for s, e in tk.punkt_spans(passage))
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
    words = _words(answer)
    if words is None:
        return "answer with a list of words (strings) from vocab."
    if words != expected:
        return "compare snowball.stem(w) with 'state' for every w in vocab, and keep the words where they are equal."


@exercise("03.3")
def _(answer):
    mwe = MWETokenizer([("Xi", "Jinping")])
    tokens = tk.read_tokens()
    merged = []
    for _, sentence in tokens.groupby("sent_id"):
        merged += mwe.tokenize(list(sentence["token"]))
    expected = Counter(t.lower() for t in merged)["xi"]
    if answer == expected:
        return None
    if answer == Counter(tokens["norm"])["xi"]:
        return "that is the count before joining: tokenise each sentence's tokens with mwe2 first."
    return "count the lower-case 'xi' after joining: 'xi_jinping' is a different token."


def chinese_opening(n: int = 62):
    """The ``norm`` of the Chinese readout's first ``n`` words (exercise 03.4)."""
    tokens = tk.read_tokens()
    return tokens.loc[~tokens["is_punct"] & (tokens["voice"] == "chinese_readout"), "norm"].head(n)


@exercise("03.4")
def _(answer):
    first = chinese_opening()
    counts = first.value_counts()
    expected = sorted(counts[counts > 1].index)
    words = _words(answer)
    if words is None:
        return "answer with a list of words (strings)."
    if words == expected:
        return None
    if any(tk.is_punct(w) for w in words):
        return ("a punctuation mark is in your list: start from voices (the words, punctuation left out), "
                "not from tokens.")
    everything = tk.read_tokens().query("~is_punct and voice == 'chinese_readout'")["norm"].value_counts()
    if words == sorted(everything[everything > 1].index):
        return "that covers the whole readout; take only its first 62 words with .head(62)."
    if set(words) < set(expected):
        return "some are missing: count every word, stop words included, as the type counts of the TTR do."
    return "keep only the words counted more than once among the first 62 (a mask on value_counts())."
