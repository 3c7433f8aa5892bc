
import pandas as pd
import pytest

from framing import paths
from framing import tokens as tk
from framing.annotations import AnnotationError
from framing.article import normalise_text, read_article
from framing.corpus import read_sentences
from framing.tokens import (TOKEN_COLUMNS, TOKENIZERS, boundaries, boundary_errors, check_tokens, chunk_tokens,
                            disagreement_kind, disagreements, is_punct, library_spans, naive_sentence_spans, norm,
                            punkt_spans, read_boundaries, read_tokens, reassemble, reassembles, stem, stopwords,
                            token_spans, token_table, tokenize, trained_punkt, word_tokens)


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


# --- sentence splitters ----------------------------------------------------

def test_naive_splitter():
    text = "One. Two?  Three!\n\nHeading\n\nFour. "
    assert [text[s:e] for s, e in naive_sentence_spans(text)] == ["One.", "Two?", "Three!", "Heading\n\nFour."]
    assert naive_sentence_spans("use of force.The initiative") == [(0, 27)]
    assert len(naive_sentence_spans('stability." The move')) == 1


def test_run_on_sentence_needs_the_cleaning_step():
    raw = "by use of force.The initiative comes."
    for spans in (naive_sentence_spans(raw), punkt_spans(raw)):
        assert len(spans) == 1
    assert len(punkt_spans(normalise_text(raw))) == 2


def test_trained_punkt_learns_from_the_text_it_splits():
    text = read_article()
    params = trained_punkt(text)._params
    assert params.abbrev_types == {"ccp"}                    # a false abbreviation: "the top of the CCP."
    cut = text.index("China-Russia, the Xi-Putin")
    assert cut in boundaries(punkt_spans(text)) and cut not in boundaries(punkt_spans(text, trained_punkt(text)))


def test_boundaries_and_library_spans():
    assert boundaries([(0, 5), (6, 10), (11, 15)]) == {6, 11}
    assert len(library_spans(read_article())) == len(read_sentences())


def test_boundary_errors_table():
    text = "Aa. Bb. Cc."
    table = boundary_errors(text, {"one": {8}, "two": {4, 8}}, {4}, width=3)
    assert table.values.tolist() == [[4, "a. |Bb.", "missed", ""], [8, "b. |Cc.", "spurious", "spurious"]]
    assert boundary_errors(text, {"same": {4}}, {4}).empty


# --- the hand-marked sentence boundaries ------------------------------------

def test_sentence_boundaries_file_is_well_formed():
    text = read_article()
    ref = read_boundaries()
    assert list(ref.columns) == ["offset", "justification"]
    offsets = list(ref["offset"])
    assert offsets == sorted(set(offsets)) and all(0 < o < len(text) for o in offsets)
    assert all(text[o].isalnum() or text[o] in "\u201c\"" for o in offsets)
    assert ref["justification"].str.match(r"B[1-6] ").all()


GOOD = "offset,justification\n4,B3 full stop\n"


@pytest.mark.parametrize("content, message", [
    ("offset,why\n4,x\n", "missing column 'justification'"),
    ("offset,justification\n", "no boundaries"),
    ("offset,justification\nfour,B3\n", "offset 'four' is not a whole number"),
    ("offset,justification\n99,B3\n", "offset 99 is outside the text"),
    ("offset,justification\n5,B3\n", "offset 5 does not start a word"),
    ("offset,justification\n4, \n", "empty justification"),
    ("offset,justification\n8,B3\n4,B3\n", "sorted and unique"),
    ("offset,justification\n4,B3\n4,B3\n", "sorted and unique"),
    ("offset,justification\n4,B3,extra\n", "more fields than the header"),
])
def test_read_boundaries_bad_files(tmp_path, content, message):
    p = tmp_path / "b.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationError, match=message) as info:
        read_boundaries(p, text="Aa. Bb. Cc.")
    assert str(info.value).startswith(str(p)) and "\n" not in str(info.value)


def test_read_boundaries_good_and_missing(tmp_path):
    p = tmp_path / "b.csv"
    p.write_text(GOOD, encoding="utf-8")
    assert read_boundaries(p, text="Aa. Bb. Cc.")["offset"].tolist() == [4]
    with pytest.raises(AnnotationError, match="none.csv: file not found"):
        read_boundaries(tmp_path / "none.csv", text="Aa. Bb.")


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


def test_sentence_tokens_and_types_in_first():
    df = pd.DataFrame({"sent_id": [2, 1, 1, 2], "position": [0, 1, 0, 1], "token": ["c", "b", "a", "d"],
                       "norm": ["x", "x", "x", "y"], "voice": ["v", "w", "w", "v"]})
    assert tk.sentence_tokens(df) == [["a", "b"], ["c", "d"]]
    assert tk.sentence_tokens(df, "norm") == [["x", "x"], ["x", "y"]]
    with pytest.raises(KeyError, match="no column"):
        tk.sentence_tokens(df, "lemma")
    assert tk.types_in_first(df, 2).to_dict() == {"v": 2, "w": 1}
    assert tk.types_in_first(df, 1).name == "types in first 1"
    with pytest.raises(ValueError, match="at least 1"):
        tk.types_in_first(df, 0)
