"""Checkers of notebook 03 (tokenising words)."""
from __future__ import annotations

from collections import Counter

from nltk.stem import SnowballStemmer
from nltk.tokenize import MWETokenizer

from ... import tokens as tk
from .nb02 import sotu_passage
from ..checks import exercise


@exercise("03.1")
def _(answer):
    passage = sotu_passage()
    expected = len(tk.tokenize(passage, "nltk")) - len(tk.tokenize(passage, "whitespace"))
    if answer != expected:
        return "subtract the number of white-space tokens from the number of NLTKWordTokenizer tokens (len of each list)."


@exercise("03.2")
def _(answer):
    vocab = sorted(set(tk.read_tokens().query("~is_punct")["norm"]))
    stemmer = SnowballStemmer("english")
    expected = [w for w in vocab if stemmer.stem(w) == "state"]
    if list(answer) != expected:
        return "keep every w in vocab with snowball.stem(w) == 'state'; vocab is already sorted."


@exercise("03.3")
def _(answer):
    mwe = MWETokenizer([("Xi", "Jinping")])
    tokens = tk.read_tokens()
    merged = [t for _, s in tokens.groupby("sent_id") for t in mwe.tokenize(list(s["token"]))]
    expected = Counter(t.lower() for t in merged)["xi"]
    if answer != expected:
        return "tokenise each sentence's tokens with mwe2, lower-case them, and count 'xi' (not 'xi_jinping')."


@exercise("03.4")
def _(answer):
    words = tk.read_tokens().query("~is_punct and voice != 'headline'")
    expected = words.groupby("voice")["norm"].agg(lambda s: s.head(62).nunique()).idxmin()
    if answer != expected:
        return "group the words by voice, take s.head(n).nunique() / n for each, and find the smallest with idxmin()."
