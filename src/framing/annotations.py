"""Reading hand-coded annotation files with strict, one-line errors."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd


class AnnotationError(ValueError):
    """A problem with an annotation file, reported as one line naming the file."""


def _read_csv(path: Path, dtype=None) -> pd.DataFrame:
    """``pd.read_csv`` with every failure turned into one line naming the file.

    Blank lines are kept as rows (so that row numbers in messages match the file), and a row with
    more fields than the header (an unquoted comma) is an error rather than a shifted table.
    """
    try:
        df = pd.read_csv(path, dtype=dtype, keep_default_na=False, skip_blank_lines=False)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as err:
        raise AnnotationError(f"{path}: not a readable CSV file ({str(err).splitlines()[0]})") from None
    if not isinstance(df.index, pd.RangeIndex):
        raise AnnotationError(f"{path}: a row has more fields than the header (an unquoted comma?)")
    return df


def read_annotations(
    path: str | Path,
    columns: Iterable[str],
    allowed: Mapping[str, Iterable[str]] | None = None,
    valid_ids: Iterable[int] | None = None,
    id_column: str = "sent_id",
    unique_ids: bool = True,
) -> pd.DataFrame:
    """Read a hand-coded CSV file and check it.

    * every column in ``columns`` is present;
    * every value of a column named in ``allowed`` is one of its labels;
    * every ``id_column`` value is an integer in ``valid_ids`` (and, with
      ``unique_ids``, appears once);
    * no cell is empty.

    Any problem raises AnnotationError with one line: ``<file>: <problem>``.
    """
    path = Path(path)
    if not path.is_file():
        raise AnnotationError(f"{path}: file not found")
    df = _read_csv(path, dtype=str)
    columns = list(columns)
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise AnnotationError(f"{path}: missing column(s) {', '.join(missing)}")
    df = df[columns]
    if df.empty:
        raise AnnotationError(f"{path}: no rows")
    for col in columns:
        blank = df.index[df[col].str.strip() == ""]
        if len(blank):
            raise AnnotationError(f"{path}: empty {col} in row {blank[0] + 2}")
    for col, labels in (allowed or {}).items():
        labels = set(labels)
        bad = df.index[~df[col].isin(labels)]
        if len(bad):
            row = bad[0]
            raise AnnotationError(
                f"{path}: unknown {col} {df.at[row, col]!r} in row {row + 2} "
                f"(allowed: {', '.join(sorted(labels))})"
            )
    if id_column in df.columns:
        ids = pd.to_numeric(df[id_column], errors="coerce")
        bad = df.index[ids.isna() | (ids % 1 != 0)]
        if len(bad):
            raise AnnotationError(f"{path}: {id_column} {df.at[bad[0], id_column]!r} in row {bad[0] + 2} is not an integer")
        df[id_column] = ids.astype(int)
        if valid_ids is not None:
            valid = set(valid_ids)
            bad = df.index[~df[id_column].isin(valid)]
            if len(bad):
                raise AnnotationError(f"{path}: unknown {id_column} {df.at[bad[0], id_column]} in row {bad[0] + 2}")
        if unique_ids:
            dup = df.index[df[id_column].duplicated()]
            if len(dup):
                raise AnnotationError(f"{path}: duplicate {id_column} {df.at[dup[0], id_column]} in row {dup[0] + 2}")
    return df


def read_derived(path: str | Path, columns: list[str], written_by: str, dtype: dict | None = None) -> pd.DataFrame:
    """Read a file of ``data/derived/`` and check that it exists, has exactly ``columns`` and has rows.

    ``written_by`` names the notebook that writes it, so that a missing file says how to make it.
    """
    path = Path(path)
    if not path.is_file():
        raise AnnotationError(f"{path}: file not found (run notebooks/{written_by} first)")
    df = _read_csv(path, dtype=dtype)
    if list(df.columns) != list(columns):
        raise AnnotationError(f"{path}: columns {list(df.columns)} differ from {list(columns)}")
    if df.empty:
        raise AnnotationError(f"{path}: no rows")
    return df
