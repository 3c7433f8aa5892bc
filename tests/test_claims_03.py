"""Claims in the markdown of notebooks/03-tokenise-words.ipynb (and the header of data/stopwords.txt),
recomputed from data/ and the package."""
from collections import Counter

import pytest
from nltk.stem import PorterStemmer, SnowballStemmer
from nltk.tokenize import MWETokenizer
from nltk.util import ngrams

from framing import paths, tokens as tk
from framing.corpus import analysed, read_sentences

NB = "03-tokenise-words.ipynb"
REMOVED = ["against", "no", "nor", "not", "only", "over", "under", "more", "most", "very", "same", "few", "own"]


@pytest.fixture(scope="module")
def tokens():
    return tk.read_tokens()


@pytest.fixture(scope="module")
def words(tokens):
    return tokens[~tokens["is_punct"]]


@pytest.fixture(scope="module")
def content(words):
    return words[~words["is_stop"]]


def test_commonest_disagreement_is_attached_punctuation():
    """03: "The commonest kind ... is a comma or full stop attached to a word." """
    body = analysed(read_sentences())
    kinds = tk.disagreements(zip(body["sent_id"], body["text_norm"]))["kind"].value_counts()
    assert kinds.idxmax() == "punctuation"


def test_only_nltk_keeps_hyphen_and_splits_possessive():
    """03: "`WordPunctTokenizer` cuts every hyphenated word apart ... Only `NLTKWordTokenizer` keeps
    "China-Russia" whole and separates `'s`" """
    assert tk.tokenize("China-Russia", "wordpunct") == ["China", "-", "Russia"]
    assert tk.tokenize("Putin's", "wordpunct") == ["Putin", "'", "s"]
    keeps = [n for n in tk.TOKENIZERS if tk.tokenize("China-Russia's call", n) == ["China-Russia", "'s", "call"]]
    assert keeps == ["nltk"]


def test_stop_words_remove_most(words, content):
    """03: "Removing stop words takes out the most tokens and types." """
    types = [words["token"].nunique(), words["norm"].nunique(), content["norm"].nunique(), content["stem"].nunique()]
    drops = [a - b for a, b in zip(types, types[1:])]
    assert drops.index(max(drops)) == 1 and len(words) - len(content) > 0


def test_case_folding_merges_names_with_words(words):
    """03: case folding merges "Cooperation" (Shanghai Cooperation Organization) with "cooperation", and
    "United" (United States) with the Kremlin's "united" positions."""
    forms = set(words["token"])
    assert {"Cooperation", "cooperation", "United", "united"} <= forms
    assert words.loc[words["token"] == "united", "voice"].eq("russian_readout").all()


def test_eight_removed_words_occur(words):
    """03: "Eight occur; *no*, *nor*, *only*, *most* and *few* never do" (and the same in data/stopwords.txt)."""
    occur = sorted(set(words["norm"]) & set(REMOVED))
    assert occur == ["against", "more", "not", "over", "own", "same", "under", "very"]
    header = (paths.DATA / "stopwords.txt").read_text(encoding="utf-8")
    assert "Eight of them occur in the seed article: " + ", ".join(occur) in header
    assert "no, nor, only, most and few never occur in it" in header
    assert not set(REMOVED) & tk.stopwords()


def test_porter_mode_and_differences():
    """03: "its `mode` is `NLTK_EXTENSIONS`"; "Porter cuts "has" to "ha" and "this" to "thi", which Snowball
    leaves alone; the original algorithm also gives "todai" for "today"." """
    porter, original, snow = PorterStemmer(), PorterStemmer(mode=PorterStemmer.ORIGINAL_ALGORITHM), SnowballStemmer("english")
    assert porter.mode == "NLTK_EXTENSIONS"
    assert (porter.stem("has"), porter.stem("this"), snow.stem("has"), snow.stem("this")) == ("ha", "thi", "has", "this")
    assert original.stem("today") == "todai" and porter.stem("today") == "today"
    assert porter.stem("sanctions") == porter.stem("sanction") == snow.stem("sanctions") == original.stem("sanctions")


def test_face_shares_the_top_of_the_kremlin_readout(content, tokens):
    """03: "*face* shares the top with *kremlin* and *two*, and both of its occurrences are the idiom "in the
    face of"" """
    counts = content.loc[content["voice"] == "russian_readout", "norm"].value_counts()
    top = sorted(counts[counts == counts.max()].index)
    assert top == ["face", "kremlin", "two"]
    sentences = read_sentences().set_index("sent_id")
    texts = " ".join(sentences.loc[sentences["voice"] == "russian_readout", "text_norm"])
    assert texts.lower().count("face") == texts.count("in the face of") == counts["face"]


def test_mwe_changes(tokens):
    """03: "*face* is gone ... *cooperation* loses the organisation's name, and *united* keeps only the
    Kremlin's "united" positions." """
    mwe = MWETokenizer([("in", "the", "face", "of"), ("Shanghai", "Cooperation", "Organization"), ("United", "States")])
    merged = [t for _, s in tokens.groupby("sent_id") for t in mwe.tokenize(list(s["token"]))]
    before, after = Counter(tokens["norm"]), Counter(t.lower() for t in merged)
    assert (before["face"], after["face"], after["in_the_face_of"]) == (2, 0, 2)
    assert after["cooperation"] == before["cooperation"] - 1
    assert after["united"] == before["united"] - 1 == 1


def test_bigrams(tokens):
    """03: "The repeated bigrams are names and formulas of diplomatic reporting, none more than three times.
    "illegal western" and "special military" occur once, like most bigrams" """
    bigrams = Counter()
    for _, s in tokens.groupby("sent_id"):
        terms = [None if st or p else w for w, st, p in zip(s["norm"], s["is_stop"], s["is_punct"])]
        bigrams.update(b for b in ngrams(terms, 2) if None not in b)
    assert max(bigrams.values()) == 3
    assert bigrams[("illegal", "western")] == bigrams[("special", "military")] == 1
    assert sum(c == 1 for c in bigrams.values()) > len(bigrams) / 2


def test_ttr_chinese_lowest_by_one_type(words):
    """03: "The Chinese readout has the most words and the lowest TTR. Over the first 28 words (the headline's
    length) it is still the lowest, by one type: 24 types against 25 for the Kremlin readout and the headline." """
    g = words.groupby("voice")["norm"]
    size, ttr = g.size(), g.nunique() / g.size()
    assert size.idxmax() == ttr.idxmin() == "chinese_readout"
    assert size.min() == size["headline"] == 28
    first = g.agg(lambda s: s.head(28).nunique())
    assert first.idxmin() == "chinese_readout" and first["chinese_readout"] == 24
    assert first.drop("chinese_readout").min() == 25 == first["russian_readout"] == first["headline"]


def test_rank_frequency_claims(words):
    """03: "Stop words make the top of the curve, and about two thirds of the types occur only once" """
    counts = words["norm"].value_counts()
    assert set(counts.head(3).index) <= tk.stopwords()
    assert 0.6 < (counts == 1).mean() < 0.7
