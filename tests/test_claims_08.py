"""Claims of notebooks/08-compare-readouts.ipynb, recomputed from data/ and the package."""
from collections import Counter

import pytest

from framing import frames, keyness, sentiment
from framing.corpus import analysed, read_sentences
from framing.tokens import read_tokens

RU, CN, J = "russian_readout", "chinese_readout", "journalist"


@pytest.fixture(scope="module")
def data():
    s = analysed(read_sentences())
    t = read_tokens()
    return s, t[~t["is_punct"] & ~t["is_stop"]]


def test_chinese_readout_nearly_three_times_the_tokens(data):
    """08: 'The Chinese readout has nearly three times the tokens for twice the sentences: its sentences are longer.'"""
    s, c = data
    ratio = (c["voice"] == CN).sum() / (c["voice"] == RU).sum()
    assert 2.5 < ratio < 3 and (s["voice"] == CN).sum() == 2 * (s["voice"] == RU).sum()


def test_jaccard_below_a_tenth_and_capped_under_a_half(data):
    """08: 'Jaccard is below 0.1, but ... it can never exceed the ratio of the two vocabulary sizes ..., under one half here.'"""
    _, c = data
    ru, cn = set(c.loc[c["voice"] == RU, "norm"]), set(c.loc[c["voice"] == CN, "norm"])
    assert keyness.jaccard(ru, cn) < 0.1 and min(len(ru), len(cn)) / max(len(ru), len(cn)) < 0.5


def test_topics_only_in_one_readout(data):
    """08: 'Only the Russian readout mentions sanctions and the West, in one sentence each; only the Chinese readout
    mentions development, the UN, BRICS, the SCO, Taiwan, Xinjiang and Hong Kong. The Russian "Ukraine and the war"
    match is the journalist's wrapper in sentence 5.'"""
    s, _ = data
    p = keyness.topic_presence(s, voices=[RU, CN])
    assert p.loc["sanctions"].tolist() == [1, 0] and p.loc["the West and the United States"].tolist() == [1, 0]
    for t in ["development", "UN", "BRICS", "SCO", "Taiwan", "Xinjiang", "Hong Kong"]:
        assert p.loc[t, RU] == 0 and p.loc[t, CN] > 0
    war = [i for i, v, x in zip(s["sent_id"], s["voice"], s["text_norm"])
           if v == RU and "Ukraine and the war" in keyness.topic_matches(x)]
    assert war == [5] and "decision to attack Kyiv" in s.set_index("sent_id").loc[5, "text_norm"]


def test_no_topic_in_common_but_economy_in_both(data):
    """08: 'The readouts seem to share no topic, but the list splits economic cooperation in two ... the topic is in both readouts.'"""
    s, _ = data
    p = keyness.topic_presence(s, voices=[RU, CN])
    assert not ((p[RU] > 0) & (p[CN] > 0)).any()
    assert (p.loc[["energy/finance/industry", "economy and trade"]].sum() > 0).all()


def test_frames_by_voice():
    """08: 'Western pressure is coded in half of the Russian readout's sentences; multipolar order and sovereignty appear
    only in the Chinese readout.'"""
    f = frames.read_frames_by_sentence()
    share = f[f["voice"].isin([RU, CN])].pivot_table(index="frame", columns="voice", values="hand_coded", aggfunc="mean")
    assert share.loc["western_pressure", RU] == 0.5
    for fr in ("multipolar_order", "sovereignty"):
        assert share.loc[fr, RU] == 0 and share.loc[fr, CN] > 0


def test_territory_namings_one_putin_sentence(data):
    """08: 'The Chinese readout's territory namings all come from one sentence it attributes to Putin; it names no war.'"""
    s, _ = data
    n = frames.match_namings(s, frames.read_naming())
    terr = n[(n["voice"] == CN) & (n["target"] == "territories")]
    assert terr["sent_id"].nunique() == 1
    assert set(s.loc[s["sent_id"].isin(terr["sent_id"]), "speaker"]) == {"Putin"}
    assert not ((n["voice"] == CN) & (n["target"] == "war")).any()


def test_russian_tone_both_sides_of_zero_and_permutation_p():
    """08: 'The Russian mean near zero hides scores on both sides of zero.' and '*p* is above 0.05: about one split in
    eight gives a gap at least this large.'"""
    se = sentiment.read_sentiment()
    ru, cn = se.loc[se["voice"] == RU, "compound"], se.loc[se["voice"] == CN, "compound"]
    assert abs(ru.mean()) < 0.05 and ru.min() < -0.3 and ru.max() > 0.3
    p = keyness.permutation_p(ru, cn)
    assert 0.05 < p and round(1 / p) == 8


def test_putin_only_published_by_the_chinese_readout(data):
    """08: 'Every sentence that reports Putin's own words was published by the *Chinese* readout.' and 'By speaker,
    Putin mentions Taiwan, Xinjiang, Hong Kong and congratulations.'"""
    s, _ = data
    assert set(s.loc[s["speaker"] == "Putin", "voice"]) == {CN}
    sp = keyness.topic_presence(s, by="speaker", voices=["Putin", "Xi", "both"])
    for t in ["Taiwan", "Xinjiang", "Hong Kong", "congratulations"]:
        assert sp.loc[t, "Putin"] > 0 and sp.loc[t, ["Xi", "both"]].sum() == 0


def test_summary_file_has_the_measures_of_the_figure():
    """08: the summary file feeds the figure (content tokens, topics, tone, frame shares, namings)."""
    s = keyness.read_summary()
    assert {"content_tokens", "topics_mentioned", "vader_compound_mean", "frame_hand_share.western_pressure",
            "namings.war"} <= set(s["measure"])
    assert set(s["voice"]) == {RU, CN, J}
