import math
from collections import Counter

import pandas as pd
import pytest

from framing import paths
from framing.annotations import AnnotationError
from framing.article import normalise, normalise_text, read_article
from framing.corpus import read_sentences
from framing.tokens import (TOKEN_COLUMNS, TOKENIZERS, ascii_quote_punkt, boundaries, boundary_errors,
                            boundary_scores, changed_terms, check_tokens, chunk_tokens, compare_segmenters,
                            count_changes, differs_from, disagreement_kind, disagreements, is_punct,
                            library_spans, naive_sentence_spans, norm, normalisation_stages, punkt_spans,
                            rank_frequency, rank_of, read_tokens, reassemble, reassembles, sentence_ngrams,
                            stage_sizes, stem, stem_groups, stem_with, stopwords, ties_left_out, to_original,
                            token_spans, token_table, tokenize, top_terms, ttr_curve, type_token_ratio, untrained_punkt, word_tokens)


@pytest.fixture(scope="module")
def sentences():
    return read_sentences()


@pytest.fixture(scope="module")
def tokens():
    return read_tokens()


# --- the four word tokenizers on the article's tricky cases ----------------

@pytest.mark.parametrize("text, expected", [
    # possessives: the curly apostrophe of the raw text defeats the Treebank rules
    ("Putin\u2019s decision", {"whitespace": ["Putin\u2019s", "decision"],
                               "regexp": ["Putin", "s", "decision"],
                               "wordpunct": ["Putin", "\u2019", "s", "decision"],
                               "nltk": ["Putin", "\u2019", "s", "decision"]}),
    ("Putin's decision", {"whitespace": ["Putin's", "decision"],
                          "regexp": ["Putin's", "decision"],
                          "wordpunct": ["Putin", "'", "s", "decision"],
                          "nltk": ["Putin", "'s", "decision"]}),
    # hyphenated names
    ("the Heihe-Blagoveshchensk Bridge", {"whitespace": ["the", "Heihe-Blagoveshchensk", "Bridge"],
                                          "regexp": ["the", "Heihe-Blagoveshchensk", "Bridge"],
                                          "wordpunct": ["the", "Heihe", "-", "Blagoveshchensk", "Bridge"],
                                          "nltk": ["the", "Heihe-Blagoveshchensk", "Bridge"]}),
    ("China-Russia, the Xi-Putin call", {"whitespace": ["China-Russia,", "the", "Xi-Putin", "call"],
                                         "regexp": ["China-Russia", "the", "Xi-Putin", "call"],
                                         "wordpunct": ["China", "-", "Russia", ",", "the", "Xi", "-", "Putin", "call"],
                                         "nltk": ["China-Russia", ",", "the", "Xi-Putin", "call"]}),
    # numbers: every tokenizer keeps them whole
    ("of 59 articles since early 2022", {n: ["of", "59", "articles", "since", "early", "2022"] for n in TOKENIZERS}),
    # a space before a comma
    ("the UN , BRICS and", {"whitespace": ["the", "UN", ",", "BRICS", "and"],
                            "regexp": ["the", "UN", "BRICS", "and"],
                            "wordpunct": ["the", "UN", ",", "BRICS", "and"],
                            "nltk": ["the", "UN", ",", "BRICS", "and"]}),
    # the stray guillemet
    ("Organization \u00bb.", {"whitespace": ["Organization", "\u00bb."],
                              "regexp": ["Organization"],
                              "wordpunct": ["Organization", "\u00bb."],
                              "nltk": ["Organization", "\u00bb", "."]}),
])
def test_tokenizers_on_tricky_cases(text, expected):
    for name, tokens in expected.items():
        assert tokenize(text, name) == tokens, name


def test_straight_double_quotes_become_treebank_quotes():
    assert word_tokens('by "actions," which') == ["by", "``", "actions", ",", "''", "which"]
    # curly quotes are kept as they are
    assert word_tokens("by \u201cactions,\u201d which") == ["by", "\u201c", "actions", ",", "\u201d", "which"]


def test_full_stop_inside_a_string_stays_attached():
    # NLTKWordTokenizer splits off only the string-final full stop: a blind spot in sentence 25
    assert word_tokens('with China." to strengthen".') == ["with", "China.", "''", "to", "strengthen", "''", "."]


def test_cleaning_resolves_possessive_space_and_guillemet():
    assert word_tokens(normalise_text("Putin\u2019s decision")) == ["Putin", "'s", "decision"]
    assert word_tokens(normalise_text("the UN , BRICS")) == ["the", "UN", ",", "BRICS"]
    assert word_tokens(normalise_text("Organization \u00bb.")) == ["Organization", "."]


def test_unknown_tokenizer():
    with pytest.raises(ValueError, match="unknown tokenizer 'spacy'"):
        tokenize("a b", "spacy")


def test_token_spans_carry_the_converted_quotes():
    text = 'say "no"'
    assert token_spans(text) == [(0, 3, "say"), (4, 5, "``"), (5, 7, "no"), (7, 8, "''")]


def test_chunk_tokens_groups_by_white_space():
    assert chunk_tokens("Xi-Putin call, today", "wordpunct") == [
        ("Xi-Putin", ["Xi", "-", "Putin"]), ("call,", ["call", ","]), ("today", ["today"])]
    assert chunk_tokens("UN , BRICS", "regexp") == [("UN", ["UN"]), (",", []), ("BRICS", ["BRICS"])]


@pytest.mark.parametrize("chunk, kind", [
    ("Organization\u00bb.", "guillemet"), ("Putin\u2019s", "possessive"), ("Xi's", "possessive"),
    ("China-Russia,", "hyphen"), ("\u201cactions", "quotation mark"), ('close."', "quotation mark"),
    (",", "lone punctuation"), ("Kyiv,", "punctuation"),
])
def test_disagreement_kind(chunk, kind):
    assert disagreement_kind(chunk) == kind


def test_disagreements_table():
    table = disagreements([(1, "Putin's call, 59 times")])
    assert list(table.columns) == ["sent_id", "chunk", "kind", *TOKENIZERS]
    assert list(table["chunk"]) == ["Putin's", "call,"]       # "59" and "times": all agree
    assert table.loc[0, "nltk"] == "Putin | 's"
    assert table.loc[1, "regexp"] == "call"
    counts = differs_from(table)
    assert counts.loc["possessive", "wordpunct"] == 1 and counts.loc["punctuation", "whitespace"] == 1


def test_disagreements_rejects_unknown_tokenizer():
    with pytest.raises(ValueError, match="unknown tokenizer"):
        disagreements([(1, "a")], names=["nltk", "bert"])


# --- normalisation steps ---------------------------------------------------

def test_norm_stem_and_punct():
    assert norm("China-Russia") == "china-russia"
    assert stem("sanctions") == stem("sanction") == "sanction"
    assert stem("cooperation") == stem("cooperate") == "cooper"
    assert stem("security") == stem("secure") == "secur"
    assert is_punct("``") and is_punct(",") and is_punct("\u00bb") and not is_punct("59") and not is_punct("'s")


def test_porter_and_snowball_differ_on_short_words():
    assert stem_with("has", "porter") == "ha" and stem_with("has", "snowball") == "has"
    assert stem_with("constantly", "porter") == "constantli" and stem_with("constantly", "snowball") == "constant"
    with pytest.raises(ValueError, match="unknown stemmer 'lancaster'"):
        stem_with("has", "lancaster")


def test_stem_groups():
    words = ["internal", "international", "sanctions", "sanction", "has", "sanction"]
    assert stem_groups(words) == {"intern": ["internal", "international"], "sanction": ["sanction", "sanctions"]}
    assert stem_groups(["constant", "constantly"], "porter") == {}
    assert stem_groups(["constant", "constantly"], "snowball") == {"constant": ["constant", "constantly"]}
    with pytest.raises(ValueError, match="unknown stemmer"):
        stem_groups(["a"], "lancaster")


def test_stopword_list_keeps_framing_words():
    stops = stopwords()
    assert {"the", "and", "'s", "she", "can"} <= stops
    framing = {"against", "no", "nor", "not", "only", "over", "under", "more", "most", "very", "same", "few",
               "own", "illegal", "western", "special", "sanctions", "n't"}
    assert not framing & stops
    assert all(w == w.lower() and " " not in w for w in stops)


def test_stopword_file_is_documented():
    header = [l for l in (paths.DATA / "stopwords.txt").read_text(encoding="utf-8").splitlines() if l.startswith("#")]
    text = " ".join(header)
    assert "Snowball" in text and "against" in text and "illegal" in text


def test_stopwords_bad_files(tmp_path):
    with pytest.raises(AnnotationError, match=r"none\.txt: file not found"):
        stopwords(tmp_path / "none.txt")
    p = tmp_path / "empty.txt"
    p.write_text("# only a comment\n\n", encoding="utf-8")
    with pytest.raises(AnnotationError, match=r"empty\.txt: no stop words"):
        stopwords(p)


def test_normalisation_stages(sentences, tokens):
    stages = normalisation_stages(sentences)
    assert list(stages) == ["raw text", "cleaned text", "case folded", "punctuation removed",
                            "stop words removed", "stemmed"]
    assert stages["cleaned text"] == list(tokens["token"])
    assert stages["case folded"] == list(tokens["norm"])
    assert stages["stemmed"] == list(tokens.loc[~tokens["is_punct"] & ~tokens["is_stop"], "stem"])
    assert "\u2019" in stages["raw text"] and "\u2019" not in stages["cleaned text"]
    sizes = stage_sizes(stages)
    assert list(sizes["tokens"]) == [len(v) for v in stages.values()]
    assert sizes["token_change"].iloc[0] == 0
    assert (sizes["tokens"].diff().fillna(0) == sizes["token_change"]).all()


def test_changed_terms_and_count_changes():
    words = ["The", "the", "The", "Xi", "and"]
    folded = changed_terms(words, str.lower)
    assert folded.values.tolist() == [["The", "the", 2], ["Xi", "xi", 1]]
    removed = changed_terms(words, lambda t: None if t in {"and"} else t)
    assert removed.values.tolist() == [["and", "", 1]]
    changes = count_changes(words, [w.lower() for w in words])
    assert changes.values.tolist() == [["The", 2, 0, -2], ["the", 1, 3, 2], ["Xi", 1, 0, -1], ["xi", 0, 1, 1]]


# --- sentence splitters ----------------------------------------------------

def test_naive_splitter():
    text = "One. Two?  Three!\n\nHeading\n\nFour. "
    assert [text[s:e] for s, e in naive_sentence_spans(text)] == ["One.", "Two?", "Three!", "Heading\n\nFour."]
    assert naive_sentence_spans("use of force.The initiative") == [(0, 27)]
    assert len(naive_sentence_spans('stability." The move')) == 1


def test_curly_quotes_and_punkt():
    curly, straight = "regional stability.\u201d The move comes.", 'regional stability." The move comes.'
    assert len(punkt_spans(curly, ascii_quote_punkt())) == 1       # Punkt before nltk PR #3728
    assert len(punkt_spans(straight, ascii_quote_punkt())) == 2
    assert len(punkt_spans(curly, untrained_punkt())) == 2          # the pinned NLTK handles curly quotes
    assert len(punkt_spans(normalise_text(curly), ascii_quote_punkt())) == 2


def test_run_on_sentence_needs_the_cleaning_step():
    raw = "by use of force.The initiative comes."
    for spans in (naive_sentence_spans(raw), punkt_spans(raw), punkt_spans(raw, ascii_quote_punkt())):
        assert len(spans) == 1
    assert len(punkt_spans(normalise_text(raw))) == 2


def test_boundary_scores():
    reference = [(0, 5), (6, 10), (11, 15)]
    assert boundaries(reference) == {6, 11}
    scores = boundary_scores([(0, 10), (11, 13), (13, 15)], reference)
    assert scores == {"sentences": 3, "cuts": 2, "correct": 1, "missed": 1, "spurious": 1,
                      "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert math.isnan(boundary_scores([(0, 15)], reference)["f1"])  # no cut found: precision undefined
    with pytest.raises(ValueError, match="fewer than two sentences"):
        boundary_scores(reference, [(0, 15)])


def test_boundary_errors_context():
    text = "Aa. Bb. Cc."
    errors = boundary_errors(text, [(0, 7), (8, 11)], [(0, 3), (4, 11)], width=3)
    assert errors.values.tolist() == [[4, "missed", "a. |Bb."], [8, "spurious", "b. |Cc."]]


def test_to_original_maps_cleaned_spans():
    text = "use of force.The initiative"
    cleaned = normalise(text)
    spans = to_original(punkt_spans(cleaned.text), cleaned)
    assert [text[s:e] for s, e in spans] == ["use of force.", "The initiative"]


def test_segmenters_on_the_article():
    text = read_article()
    table = compare_segmenters(text).set_index(["segmenter", "input"])
    assert table.loc[("library (segment)", "raw"), "f1"] == 1.0
    assert len(library_spans(text)) == len(read_sentences())
    # cleaning helps every splitter, and never hurts
    for name in ("naive regex", "Punkt, untrained", "Punkt, curly quotes ignored"):
        assert table.loc[(name, "cleaned"), "recall"] > table.loc[(name, "raw"), "recall"]
    # without the quote fix, Punkt on the raw text is no better than the naive regex
    assert table.loc[("Punkt, curly quotes ignored", "raw"), "recall"] == table.loc[("naive regex", "raw"), "recall"]


# --- counting --------------------------------------------------------------

def small_table():
    rows = [(1, 0, "Illegal", "illegal", "illeg", False, False, "journalist"),
            (1, 1, "Western", "western", "western", False, False, "journalist"),
            (1, 2, "sanctions", "sanctions", "sanction", False, False, "journalist"),
            (1, 3, ".", ".", ".", False, True, "journalist"),
            (2, 0, "western", "western", "western", False, False, "headline"),
            (2, 1, "and", "and", "and", True, False, "headline"),
            (2, 2, "sanctions", "sanctions", "sanction", False, False, "headline")]
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)


def test_top_terms():
    t = small_table()
    assert top_terms(t, 2).values.tolist() == [["sanctions", 2], ["western", 2]]
    by = top_terms(t, 1, by="voice")
    assert by.values.tolist() == [["headline", "and", 1], ["journalist", ".", 1]]


def test_ties_left_out():
    t = small_table()
    assert ties_left_out(t, 1).values.tolist() == [[2, 1]]          # "western" ties with "sanctions"
    assert ties_left_out(t, 3).values.tolist() == [[1, 2]]          # "." shown; "and", "illegal" cut
    by = ties_left_out(t, 1, by="voice")
    assert by.values.tolist() == [["headline", 1, 2], ["journalist", 1, 3]]


def test_ngrams_stay_inside_sentences_and_skip_stop_words():
    t = small_table()
    bigrams = sentence_ngrams(t, 2)
    assert bigrams == Counter({("illegal", "western"): 1, ("western", "sanctions"): 1})
    assert ("sanctions", "western") not in bigrams            # would cross sentences 1 and 2
    assert sentence_ngrams(t, 3) == Counter({("illegal", "western", "sanctions"): 1})
    with pytest.raises(ValueError, match="at least 1"):
        sentence_ngrams(t, 0)


def test_rank_of():
    counts = Counter({("a",): 3, ("b",): 1, ("c",): 1})
    assert rank_of(counts, ("b",)) == {"ngram": "b", "count": 1, "rank": 2, "tied": 2, "ngrams": 3}
    assert rank_of(counts, ("z",))["rank"] is None


def test_type_token_ratio_and_curve():
    assert type_token_ratio(["a", "b", "a", "a"]) == 0.5
    assert ttr_curve(["a", "b", "a", "a"]) == [1.0, 1.0, 2 / 3, 0.5]
    with pytest.raises(ValueError, match="empty"):
        type_token_ratio([])


def test_rank_frequency():
    rf = rank_frequency(["b", "a", "b", "c"])
    assert rf.values.tolist() == [[1, "b", 2], [2, "a", 1], [3, "c", 1]]


# --- reassembly and the tokens.csv contract ---------------------------------

def test_reassembly_undoes_treebank_quotes():
    text = 'he said "no, never" today.'
    assert reassemble(word_tokens(text)) == 'hesaid"no,never"today.'
    assert reassembles(word_tokens(text), text)
    assert not reassembles(["he", "said"], "he says")


def test_tokens_csv_schema(tokens):
    assert list(tokens.columns) == TOKEN_COLUMNS
    assert tokens["position"].ge(0).all()
    assert set(tokens["is_stop"]) <= {True, False} and set(tokens["is_punct"]) <= {True, False}
    assert (tokens["norm"] == tokens["token"].str.lower()).all()
    assert (tokens["stem"] == tokens["norm"].map(stem)).all()
    assert (tokens["is_stop"] == tokens["norm"].isin(stopwords())).all()


def test_tokens_csv_against_sentences(tokens, sentences):
    check_tokens(tokens, sentences, source="data/derived/tokens.csv")
    dup = sentences.loc[sentences["is_duplicate"], "sent_id"]
    assert not tokens["sent_id"].isin(dup).any()
    for sent_id, group in tokens.groupby("sent_id"):
        text = sentences.set_index("sent_id").at[sent_id, "text_norm"]
        assert reassembles(group["token"], text), sent_id


def test_committed_tokens_match_the_library(tokens, sentences):
    pd.testing.assert_frame_equal(tokens, token_table(sentences), check_dtype=False)


@pytest.mark.parametrize("change, message", [
    (lambda t: t.assign(sent_id=t["sent_id"].replace(3, 99)), "sent_id 99 is not in sentences.csv"),
    (lambda t: t[t["sent_id"] != 3], "sentence 3 has no tokens"),
    (lambda t: t.drop(index=t.index[1]), "positions of sentence 1 are not"),
    (lambda t: t.assign(token=t["token"].replace("Putin", "Putine")), "do not reassemble"),
    (lambda t: t.assign(voice=t["voice"].replace("journalist", "headline")), "voice of sentence 3"),
    (lambda t: t.assign(is_stop="maybe"), "is_stop must be True or False"),
    (lambda t: t.drop(columns="stem"), "columns"),
    (lambda t: t.iloc[0:0], "no tokens"),
])
def test_check_tokens_reports_problems(tokens, sentences, change, message):
    with pytest.raises(AnnotationError, match=message) as info:
        check_tokens(change(tokens.copy()), sentences, source="tokens.csv")
    assert str(info.value).startswith("tokens.csv: ") and "\n" not in str(info.value)


def test_check_tokens_rejects_the_duplicate_headline(tokens, sentences):
    extra = tokens[tokens["sent_id"] == 1].assign(sent_id=2)
    with pytest.raises(AnnotationError, match="sent_id 2 is a duplicate"):
        check_tokens(pd.concat([tokens, extra]), sentences)


def test_read_tokens_errors(tmp_path):
    with pytest.raises(AnnotationError, match="file not found"):
        read_tokens(tmp_path / "none.csv")
    p = tmp_path / "t.csv"
    pd.DataFrame({"sent_id": [1], "token": ["a"]}).to_csv(p, index=False)
    with pytest.raises(AnnotationError, match="columns"):
        read_tokens(p)
