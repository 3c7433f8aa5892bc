"""Tests of framing.frames: patterns, KWIC, naming, frame detection, validation, outputs."""
import math

import pandas as pd
import pytest

from framing import agreement as A
from framing import frames as F
from framing import paths, tokens
from framing.annotations import AnnotationError
from framing.article import normalise_text
from framing.attribution import VOICES
from framing.corpus import analysed, read_sentences
from framing.tokens import read_tokens, word_tokens


@pytest.fixture(scope="module")
def sentences():
    return analysed(read_sentences())


@pytest.fixture(scope="module")
def codebook(sentences):
    return F.load_codebook(valid_ids=sentences["sent_id"])


@pytest.fixture(scope="module")
def indicators(codebook):
    return F.read_indicators(frames=codebook["frame"])


@pytest.fixture(scope="module")
def coding(codebook, sentences):
    return F.read_frame_coding(frames=codebook["frame"], valid_ids=sentences["sent_id"])


def toy(*texts, voice="journalist"):
    """A sentence table of original texts and their cleaned copies."""
    return pd.DataFrame({"sent_id": range(1, len(texts) + 1), "voice": voice, "text": list(texts),
                         "text_norm": [normalise_text(t) for t in texts]})


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# --------------------------------------------------------------------------
# The pattern language
# --------------------------------------------------------------------------

def matched(pattern, text):
    return [text[a:b] for a, b in F.find(pattern, text)]


def test_word_boundaries():
    text = "The war; warmest wishes; post-war; a war-time; awar"
    assert matched("war", text) == ["war", "war", "war"]
    assert matched("West", "Western countries and the West") == ["West"]
    assert matched("UN", "the UN, BRICS; unusual; fun") == ["UN"]


def test_wildcard_suffix():
    assert matched("sanction*", "Sanctions, sanctioned and sanction") == ["Sanctions", "sanctioned", "sanction"]
    assert matched("West*", "Western and West and Westerners") == ["Western", "West", "Westerners"]
    assert matched("operation*", "military operations other than war") == ["operations"]


def test_case_is_ignored():
    assert matched("sanction*", "SANCTIONS and sanctions") == ["SANCTIONS", "sanctions"]
    assert matched("united", "the United States") == ["United"]


def test_regular_plurals():
    assert matched("Western country", "Western countries; a Western country") == ["Western countries", "Western country"]
    assert matched("external challenge", "external challenges") == ["external challenges"]
    assert matched("tension", "rising tensions") == ["tensions"]
    assert matched("illegal Western sanction", "illegal Western sanctions") == ["illegal Western sanctions"]
    assert matched("day", "days") == ["days"]  # vowel + y: plain +s
    assert matched("country", "countrys") == []


def test_hyphens_and_spaces_are_interchangeable():
    assert matched("China-Russia", "the China-Russia alliance") == ["China-Russia"]
    assert matched("China-Russia", "the China Russia alliance") == ["China Russia"]
    assert matched("China Russia", "the China\u2013Russia alliance") == ["China\u2013Russia"]
    assert matched("long term", "long-term development") == ["long-term"]
    assert matched("anti-sanctions", "More anti sanctions") == ["anti sanctions"]
    # a hyphen in the text ends a word
    assert matched("initiated", "the Russian-initiated conflict") == ["initiated"]
    assert matched("Russian-initiated conflict", "the Russian-initiated conflict") == ["Russian-initiated conflict"]


def test_apostrophes():
    assert matched("China's", "China\u2019s internal affairs and China's") == ["China\u2019s", "China's"]
    assert matched("China", "China's affairs") == []  # possessive is part of the word
    assert matched("so-called", "the so-called Xinjiang") == ["so-called"]


@pytest.mark.parametrize("bad", ["", "   ", "*", "a*b", "war|peace", "(war)", "war?", "sanction**", "'"])
def test_bad_patterns_are_rejected_in_one_line(bad):
    with pytest.raises(F.PatternError) as err:
        F.compile_pattern(bad)
    assert "\n" not in str(err.value)


# --------------------------------------------------------------------------
# Matching and KWIC
# --------------------------------------------------------------------------

def quoted(text, pattern):
    """The quoted flag of each match of ``pattern`` in one sentence."""
    return F.match_table(toy(text), [pattern])["quoted"].tolist()


def test_quoted_flags_follow_the_original_quotation_marks():
    t = "He said \u201cwar is peace\u201d and \u201cmore war"
    assert quoted(t, "war") == [True, True]  # the second quote is never closed: it runs to the end
    assert quoted(t, "said") == [False]
    assert quoted("no war here", "war") == [False]


def test_quoted_flag_after_an_orphan_closing_quote():
    # sentence 25: a closing mark without an opener quotes back to the previous closing mark
    t = "Moscow \u201csupports cooperation with China.\u201d to strengthen\u201d. The end"
    assert quoted(t, "supports") == [True]
    assert quoted(t, "strengthen") == [True]
    assert quoted(t, "end") == [False]
    # sentence 17: a stray closing guillemet (deleted from text_norm) quotes back to the sentence start
    assert quoted("China is ready to cooperate \u00bb.", "cooperate") == [True]


def test_quoted_flag_in_the_article(sentences):
    m = F.match_table(sentences, ["strengthen", "Moscow", "cooperation"])
    s25 = m[m["sent_id"] == 25].set_index("match")["quoted"]
    assert s25.to_dict() == {"Moscow": False, "cooperation": True, "strengthen": True}
    assert m.loc[m["sent_id"] == 17, "quoted"].all()  # Xi's words, closed by the guillemet


def test_match_table_rejects_text_norm_that_is_not_the_cleaned_text():
    s = toy("The war goes on.").assign(text_norm="The war went on.")
    with pytest.raises(ValueError, match="sentence 1: text_norm is not the cleaned text"):
        F.match_table(s, ["war"])


def test_match_table_gives_token_index_and_quotes():
    s = toy("Moscow calls it a \u201cspecial military operation\u201d.", "The war goes on.")
    m = F.match_table(s, ["special military operation", "war"])
    assert list(m["sent_id"]) == [1, 2]
    first = m.iloc[0]
    assert word_tokens(s.text_norm[0])[first["token"]] == "special"
    assert bool(first["quoted"]) and not bool(m.iloc[1]["quoted"])
    assert m.iloc[1]["match"] == "war"


def test_match_table_needs_columns():
    with pytest.raises(ValueError, match="text, text_norm"):
        F.match_table(pd.DataFrame({"sent_id": [1], "voice": ["journalist"]}), ["war"])
    with pytest.raises(ValueError, match="lacks column\\(s\\) text$"):
        F.kwic(toy("war").drop(columns="text"), ["war"])


def test_kwic_columns_and_windows():
    s = toy("one two three four war five six seven eight", "no match here", "war at the start")
    k = F.kwic(s, ["war"], window=2)
    assert list(k.columns) == F.KWIC_COLUMNS
    assert k.iloc[0][["left", "node", "right"]].tolist() == ["three four", "war", "five six"]
    assert k.iloc[1][["left", "node", "right"]].tolist() == ["", "war", "at the"]
    assert list(k["sent_id"]) == [1, 3]
    assert (k["term"] == "war").all()


def test_kwic_keeps_punctuation_and_several_matches():
    s = toy('Talk of war, "war" and warmest war.')
    k = F.kwic(s, ["war"], window=3)
    assert len(k) == 3  # not "warmest"
    assert k.iloc[0]["right"].startswith(",")
    assert k.iloc[2]["left"].endswith("warmest")


def test_kwic_tokenizes_each_sentence_once_with_the_shared_tokenizer(monkeypatch):
    calls = []

    def counting(text, *args):
        calls.append(text)
        return tokens.token_spans(text, *args)

    monkeypatch.setattr(F, "token_spans", counting)
    s = toy("war and war and war", "no match", "one war")
    k = F.kwic(s, ["war", "and"], window=1)
    assert len(k) == 6
    assert calls == ["war and war and war", "one war"]
    assert k.iloc[1][["left", "node", "right"]].tolist() == ["and", "war", "and"]


def test_kwic_orders_by_term_then_sentence_and_handles_no_match():
    s = toy("peace then war", "war then peace")
    k = F.kwic(s, ["war", "peace"])
    assert list(zip(k["term"], k["sent_id"])) == [("war", 1), ("war", 2), ("peace", 1), ("peace", 2)]
    empty = F.kwic(s, ["sanction*"])
    assert empty.empty and list(empty.columns) == F.KWIC_COLUMNS
    with pytest.raises(ValueError):
        F.kwic(s, ["war"], window=-1)


def test_token_index_agrees_with_tokens_csv(sentences):
    tokens = read_tokens()
    m = F.match_table(sentences, ["sanction*", "war", "Taiwan", "China-Russia"])
    d = F.dispersion(m, tokens)
    glob = tokens.sort_values(["sent_id", "position"]).reset_index(drop=True)
    for r in d.itertuples():
        tok = glob.loc[r.position]
        assert tok["sent_id"] == r.sent_id
        assert r.match.lower().startswith(tok["norm"].split("-")[0])


# --------------------------------------------------------------------------
# Naming
# --------------------------------------------------------------------------

NAMING_HEADER = "target,naming,pattern,strategy,expected,justification\n"


def test_read_naming_rejects_unknown_target(tmp_path):
    p = write(tmp_path, "naming.csv", NAMING_HEADER + "wars,the war,war,noun,present,why\n")
    with pytest.raises(AnnotationError, match=r"naming\.csv: unknown target 'wars' in row 2"):
        F.read_naming(p)


def test_read_naming_rejects_unknown_expected_and_bad_pattern(tmp_path):
    p = write(tmp_path, "naming.csv", NAMING_HEADER + "war,the war,war,noun,maybe,why\n")
    with pytest.raises(AnnotationError, match="unknown expected 'maybe'"):
        F.read_naming(p)
    p = write(tmp_path, "naming2.csv", NAMING_HEADER + "war,the war,war|conflict,noun,present,why\n")
    with pytest.raises(AnnotationError, match=r"row 2: pattern 'war\|conflict'"):
        F.read_naming(p)
    p = write(tmp_path, "naming3.csv", NAMING_HEADER + "war,the war,war,noun,present,why\nwest,a war,war,noun,present,why\n")
    with pytest.raises(AnnotationError, match="duplicate pattern 'war' in row 3"):
        F.read_naming(p)


def test_read_naming_needs_a_justification(tmp_path):
    p = write(tmp_path, "naming.csv", NAMING_HEADER + "war,the war,war,noun,present,\n")
    with pytest.raises(AnnotationError, match="empty justification in row 2"):
        F.read_naming(p)


def test_overlapping_namings_keep_the_longer():
    s = toy("They oppose illegal Western sanctions and sanctions.")
    naming = pd.DataFrame({"target": ["west", "west"], "naming": ["bare", "full"],
                           "pattern": ["sanction*", "illegal Western sanction"], "strategy": ["x", "y"]})
    m = F.match_namings(s, naming)
    assert list(zip(m["naming"], m["match"])) == [("full", "illegal Western sanctions"), ("bare", "sanctions")]


def test_overlaps_are_resolved_within_a_target_only():
    s = toy("the so-called Taiwan issue")
    naming = pd.DataFrame({"target": ["territories", "west"], "naming": ["Taiwan", "so-called Taiwan"],
                           "pattern": ["Taiwan", "so-called Taiwan"], "strategy": ["x", "y"]})
    assert len(F.match_namings(s, naming)) == 2


def test_every_naming_pattern_matches_or_is_expected_absent(sentences):
    naming = F.read_naming()
    cov = F.pattern_coverage(sentences, naming, ["target", "naming"])
    bad = cov.loc[~cov["ok"], ["naming", "expected", "sentences"]].to_dict("records")
    assert not bad, f"naming patterns that contradict their 'expected' label: {bad}"
    assert set(naming["target"]) == set(F.NAMING_TARGETS)


def test_the_contested_phrases_are_found_with_their_voices(sentences):
    m = F.match_namings(sentences, F.read_naming())
    sanctions = m[m["naming"] == "illegal Western sanctions"]
    smo = m[m["naming"] == "special military operation"]
    assert sanctions[["voice", "quoted"]].values.tolist() == [["russian_readout", True]]
    assert smo[["voice", "quoted"]].values.tolist() == [["journalist", True]]


# --------------------------------------------------------------------------
# Codebook, indicators and hand coding
# --------------------------------------------------------------------------

FRAMES_HEADER = "frame,label,definition,entman,policy_frames,example_sent_id,justification\n"


def test_codebook_shape(codebook):
    assert 5 <= len(codebook) <= 8
    for r in codebook.itertuples():
        assert r.indicators, f"{r.frame} has no indicators"
        assert set(F._split(r.entman)) <= set(F.ENTMAN_FUNCTIONS)


def test_load_codebook_without_absent_indicators(tmp_path):
    frames = write(tmp_path, "frames.csv", FRAMES_HEADER + "western_pressure,W,def,moral_evaluation,economic,1,why\n"
                   + "sovereignty,S,def,moral_evaluation,political,1,why\n")
    head = "frame,pattern,expected,justification\n"
    ind = write(tmp_path, "ind.csv", head + "western_pressure,sanction*,present,why\n"
                + "western_pressure,pressure,present,why\nsovereignty,sovereign*,present,why\n")
    cb = F.load_codebook(frames, ind)
    assert list(cb.columns) == F.FRAME_COLUMNS + ["indicators", "absent"]
    assert cb["indicators"].tolist() == ["sanction*; pressure", "sovereign*"]
    assert cb["absent"].tolist() == ["", ""]
    ind = write(tmp_path, "ind2.csv", head + "western_pressure,sanction*,present,why\n"
                + "sovereignty,sovereign*,present,why\nsovereignty,inalienable,absent,why\n")
    assert F.load_codebook(frames, ind)["absent"].tolist() == ["", "inalienable"]
    ind = write(tmp_path, "ind3.csv", head + "western_pressure,sanction*,present,why\n"
                + "sovereignty,inalienable,absent,why\n")
    with pytest.raises(AnnotationError, match="frame 'sovereignty' has no indicator expected present"):
        F.load_codebook(frames, ind)


def test_read_frames_rejects_bad_rows(tmp_path):
    ok = "western_pressure,W,def,moral_evaluation,economic,9,why\n"
    p = write(tmp_path, "f1.csv", FRAMES_HEADER + ok.replace("moral_evaluation", "moral_judgement"))
    with pytest.raises(AnnotationError, match="unknown entman 'moral_judgement' in row 2"):
        F.read_frames(p)
    p = write(tmp_path, "f2.csv", FRAMES_HEADER + ok.replace(",economic,", ",economy,"))
    with pytest.raises(AnnotationError, match="unknown policy_frames 'economy'"):
        F.read_frames(p)
    p = write(tmp_path, "f3.csv", FRAMES_HEADER + ok + ok)
    with pytest.raises(AnnotationError, match="duplicate frame 'western_pressure' in row 3"):
        F.read_frames(p)
    p = write(tmp_path, "f4.csv", FRAMES_HEADER + ok)
    with pytest.raises(AnnotationError, match="unknown example_sent_id 9"):
        F.read_frames(p, valid_ids=[1, 2])
    p = write(tmp_path, "f5.csv", FRAMES_HEADER + ok.replace("western_pressure", "Western Pressure"))
    with pytest.raises(AnnotationError, match="snake_case"):
        F.read_frames(p)


def test_read_indicators_rejects_unknown_frame_and_duplicates(tmp_path):
    head = "frame,pattern,expected,justification\n"
    p = write(tmp_path, "i1.csv", head + "west_pressure,sanction*,present,why\n")
    with pytest.raises(AnnotationError, match="unknown frame 'west_pressure' in row 2"):
        F.read_indicators(p, frames=["western_pressure"])
    p = write(tmp_path, "i2.csv", head + "w,war,present,why\nw,war,absent,why\n")
    with pytest.raises(AnnotationError, match="duplicate pattern 'war' for frame 'w' in row 3"):
        F.read_indicators(p)


def test_read_frame_coding_errors(tmp_path):
    head = "sent_id,frame,justification\n"
    frames = ["western_pressure", "sovereignty"]
    cases = [
        (head + "1,western_presure,why\n", "unknown frame 'western_presure' in row 2"),
        (head + "99,sovereignty,why\n", "unknown sent_id 99 in row 2"),
        (head + "1,sovereignty,why\n1,sovereignty,again\n", "sentence 1 coded twice for 'sovereignty' in row 3"),
        (head + "1,none,why\n1,sovereignty,why\n", "sentence 1 is coded both 'none' and with frames"),
        (head + "1,sovereignty,why\n", r"sentence\(s\) 2 not coded"),
        (head + "x,sovereignty,why\n", "sent_id 'x' in row 2 is not an integer"),
    ]
    for i, (text, message) in enumerate(cases):
        p = write(tmp_path, f"c{i}.csv", text)
        with pytest.raises(AnnotationError, match=message) as err:
            F.read_frame_coding(p, frames=frames, valid_ids=[1, 2])
        assert str(err.value).startswith(str(p)) and "\n" not in str(err.value)


def test_every_indicator_matches_or_is_expected_absent(sentences, indicators):
    cov = F.pattern_coverage(sentences, indicators, ["frame"])
    bad = cov.loc[~cov["ok"], ["frame", "pattern", "expected", "sentences"]].to_dict("records")
    assert not bad, f"indicators that contradict their 'expected' label: {bad}"


def test_every_frame_is_hand_coded_somewhere_and_examples_agree(codebook, coding):
    coded = set(zip(coding["sent_id"], coding["frame"]))
    for r in codebook.itertuples():
        assert (r.example_sent_id, r.frame) in coded, f"example sentence of {r.frame} is not hand-coded with it"


def test_frame_matching_uses_the_pattern_language():
    s = toy("There were warmest wishes.", "The war in Ukraine.", "Western countries", "Russian initiated conflicts")
    ind = pd.DataFrame({"frame": ["aggr", "aggr", "west"], "pattern": ["war", "Russian-initiated conflict", "West"]})
    hits = F.detect_frames(s, ind)
    assert set(zip(hits["sent_id"], hits["frame"])) == {(2, "aggr"), (4, "aggr")}


# --------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------

def test_precision_recall_f1_known_values():
    r = A.precision_recall_f1([1, 1, 0, 0, 1], [1, 0, 1, 0, 1])
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (2, 1, 1, 1)
    assert r["precision"] == pytest.approx(2 / 3) and r["recall"] == pytest.approx(2 / 3)
    assert r["f1"] == pytest.approx(2 / 3)


def test_precision_recall_f1_edge_cases():
    r = A.precision_recall_f1([0, 0], [0, 0])
    assert math.isnan(r["precision"]) and math.isnan(r["recall"]) and math.isnan(r["f1"])
    r = A.precision_recall_f1([1, 0], [0, 1])
    assert r["precision"] == 0 and r["recall"] == 0 and r["f1"] == 0
    with pytest.raises(ValueError, match="gold has 2 labels, predicted 1"):
        A.precision_recall_f1([1, 0], [1])


def test_frames_by_sentence_and_evaluate():
    s = toy("a", "b", "c")
    hits = pd.DataFrame({"sent_id": [1, 2], "frame": ["x", "x"], "match": ["a", "b"]})
    coding = pd.DataFrame({"sent_id": [1, 3], "frame": ["x", "none"]})
    fbs = F.frames_by_sentence(s, ["x", "y"], hits, coding)
    assert list(fbs.columns) == F.FRAMES_BY_SENTENCE_COLUMNS and len(fbs) == 6
    ev = F.evaluate(fbs, ["x", "y"])
    assert ev.loc["x", ["tp", "fp", "fn"]].tolist() == [1, 1, 0]
    assert math.isnan(ev.loc["y", "precision"])
    assert ev.loc["all frames", "tp"] == 1
    err = F.disagreements(fbs, hits)
    assert err[["sent_id", "frame", "error", "fired"]].values.tolist() == [[2, "x", "false hit", "b"]]
    with pytest.raises(ValueError, match="not in the table"):
        F.frames_by_sentence(s, ["x"], hits, pd.DataFrame({"sent_id": [9], "frame": ["x"]}))


def test_removal_cost():
    # frame x: sentence 1 correct via a+b, sentence 2 correct via a only, sentence 3 false hit via a
    fbs = pd.DataFrame({"sent_id": [1, 2, 3, 4], "voice": "v", "frame": "x",
                        "matched": [True, True, True, False], "hand_coded": [True, True, False, True]})
    hits = pd.DataFrame({"sent_id": [1, 1, 2, 3], "frame": "x", "pattern": ["a", "b", "a", "a"]})
    cost = F.removal_cost(fbs, hits)
    assert cost[["sent_id", "patterns", "lost", "n_lost"]].values.tolist() == [[3, "a", "2", 1]]
    fbs2 = fbs.assign(hand_coded=[True, False, False, True])
    cost2 = F.removal_cost(fbs2, hits)
    assert cost2[["sent_id", "lost", "n_lost"]].values.tolist() == [[2, "", 0], [3, "", 0]]
    assert F.removal_cost(fbs.assign(matched=False), hits).empty
    with pytest.raises(ValueError, match="lacks column"):
        F.removal_cost(fbs, hits.drop(columns="pattern"))


# --------------------------------------------------------------------------
# Collocations and dispersion
# --------------------------------------------------------------------------

def test_bigram_table():
    docs = [["xi", "jinping", "said", "the", "war"], ["xi", "jinping", "called"], ["the", "war"]]
    t = F.bigram_table(docs, min_freq=2)
    assert set(zip(t["w1"], t["w2"])) == {("xi", "jinping"), ("the", "war")}
    assert (t["freq"] == 2).all() and list(t.columns) == ["w1", "w2", "freq", "log_likelihood", "pmi"]
    t = F.bigram_table(docs, min_freq=2, stopwords={"the"})
    assert list(zip(t["w1"], t["w2"])) == [("xi", "jinping")]
    assert ("war", "xi") not in set(zip(F.bigram_table(docs)["w1"], F.bigram_table(docs)["w2"]))  # within sentences
    with pytest.raises(ValueError):
        F.bigram_table(docs, min_freq=0)


def test_dispersion_positions():
    tokens = pd.DataFrame({"sent_id": [1, 1, 1, 2, 2], "position": [0, 1, 2, 0, 1]})
    m = pd.DataFrame({"sent_id": [1, 2], "token": [2, 1]})
    assert F.dispersion(m, tokens)["position"].tolist() == [2, 4]
    with pytest.raises(ValueError, match=r"\[3\]"):
        F.dispersion(pd.DataFrame({"sent_id": [3], "token": [0]}), tokens)


# --------------------------------------------------------------------------
# The output files (kwic.csv by notebooks/04-find-keywords.ipynb, frames_by_sentence.csv by 05-code-frames)
# --------------------------------------------------------------------------

def test_kwic_csv_schema_and_content(sentences):
    path = paths.DERIVED / "kwic.csv"
    k = F.read_kwic(path)
    assert list(k.columns) == F.KWIC_COLUMNS
    assert set(k["sent_id"]) <= set(sentences["sent_id"])
    assert set(k["voice"]) <= set(VOICES)
    assert set(F.KWIC_TERMS) <= set(k["term"])
    fresh = F.kwic(sentences, F.KWIC_TERMS)
    pd.testing.assert_frame_equal(k, fresh)


def test_frames_by_sentence_csv_schema_and_content(sentences, codebook, indicators, coding):
    fbs = F.read_frames_by_sentence(paths.DERIVED / "frames_by_sentence.csv", frames=codebook["frame"])
    assert list(fbs.columns) == F.FRAMES_BY_SENTENCE_COLUMNS
    assert len(fbs) == len(sentences) * len(codebook)
    assert set(fbs["sent_id"]) == set(sentences["sent_id"])
    voices = dict(zip(sentences["sent_id"], sentences["voice"]))
    assert (fbs["voice"] == fbs["sent_id"].map(voices)).all()
    fresh = F.frames_by_sentence(sentences, codebook["frame"], F.detect_frames(sentences, indicators), coding)
    pd.testing.assert_frame_equal(fbs, fresh)


@pytest.mark.parametrize("reader, content, message", [
    ("read_kwic", "term,sent_id,voice,left,node\nwar,1,journalist,a,war\n", "columns"),
    ("read_kwic", "term,sent_id,voice,left,node,right\nwar,1,journalist,a,warmest,b\n",
     "node 'warmest' is not matched by term 'war'"),
    ("read_frames_by_sentence", "sent_id,voice,frame,matched,hand_coded\n1,journalist,x,yes,True\n",
     "matched is not True/False"),
    ("read_frames_by_sentence", "sent_id,voice,frame,matched,hand_coded\n1,reporter,x,True,True\n",
     "unknown voice 'reporter'"),
    ("read_kwic", None, "file not found"),
])
def test_read_outputs_reject_bad_schemas(tmp_path, reader, content, message):
    p = write(tmp_path, "out.csv", content) if content is not None else tmp_path / "missing.csv"
    with pytest.raises(AnnotationError, match=message):
        getattr(F, reader)(p)


def test_concordance_and_frame_voice_counts():
    k = pd.DataFrame({"term": ["war"], "sent_id": [4], "voice": ["journalist"],
                      "left": ["the position on the"], "node": ["war"], "right": ["in Ukraine"]})
    assert F.concordance(k, width=8) == ["  4  n on the [war] in Ukrai"]
    with pytest.raises(ValueError):
        F.concordance(k, width=0)
    fbs = pd.DataFrame({"sent_id": [1, 1, 2, 2], "voice": ["a", "a", "b", "b"], "frame": ["x", "y", "x", "y"],
                        "matched": [True, False, True, True], "hand_coded": [False, False, True, False]})
    t = F.frame_voice_counts(fbs, "matched", voices=["a", "b", "c"])
    assert t.loc["x"].tolist() == [1, 1, 0] and t.loc["y"].tolist() == [0, 1, 0]
    assert F.frame_voice_counts(fbs, "hand_coded").loc["x"].tolist() == [0, 1]
    with pytest.raises(ValueError):
        F.frame_voice_counts(fbs, "voice")


def test_single_matches_keeps_indicators_of_one_sentence_and_marks_the_confirmed():
    hits = pd.DataFrame({"sent_id": [1, 1, 2, 3, 3], "frame": ["a", "a", "a", "b", "c"],
                         "pattern": ["x", "x", "y", "y", "z"]})
    indicators = pd.DataFrame({"frame": ["a", "a", "b", "c"], "pattern": ["x", "y", "y", "z"]})
    coding = pd.DataFrame({"sent_id": [1, 3], "frame": ["a", "c"]})
    single = F.single_matches(hits, indicators, coding)
    # x matches sentence 1 twice (one sentence); a/y, b/y and c/z one sentence each
    assert list(zip(single["sent_id"], single["frame"], single["pattern"], single["confirmed"])) == [
        (1, "a", "x", True), (2, "a", "y", False), (3, "b", "y", False), (3, "c", "z", True)]
    two = pd.concat([hits, pd.DataFrame({"sent_id": [4], "frame": ["a"], "pattern": ["x"]})])
    assert "x" not in set(F.single_matches(two, indicators, coding)["pattern"])
    only_a = F.single_matches(hits, indicators[indicators["frame"] == "a"], coding)
    assert set(only_a["frame"]) == {"a"}


def test_single_matches_needs_columns():
    with pytest.raises(ValueError, match="hits lacks column"):
        F.single_matches(pd.DataFrame({"sent_id": [1]}), pd.DataFrame(columns=["frame", "pattern"]),
                         pd.DataFrame(columns=["sent_id", "frame"]))
