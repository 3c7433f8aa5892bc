"""Voices and speakers: the codebook and a cue-based attributor.

*Voice* is whose account a sentence belongs to (the journalist's, or a readout
the article relays); *speaker* is the leader whose words or positions it
reports. The *publisher* is the outlet, which prints every voice. They differ: Putin's words in
the CCTV report belong to the Chinese readout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pandas as pd

from . import paths
from .annotations import read_annotations

VOICES = {
    "russian_readout": "The Kremlin's account of the call, relayed by TASS.",
    "chinese_readout": "The Chinese account of the call, as broadcast by CCTV (whoever speaks in it).",
    "chinese_state_media": "Chinese state media (Xinhua) on the military order Xi signed; not part of the call.",
    "journalist": "The reporter's own narration, context and framing.",
    "headline": "Display text written by the news desk: the headline and the subheadings.",
}
SPEAKERS = {
    "Putin": "Reports Putin's (or Moscow's) words or positions from the call.",
    "Xi": "Reports Xi's (or Beijing's) words or positions from the call.",
    "both": "Reports what the two leaders said or agreed together in the call.",
    "none": "Reports no leader's words from the call (narration, display text, state media, terms quoted in passing).",
}
READOUT_VOICES = ("russian_readout", "chinese_readout", "chinese_state_media")


def read_attribution(path: str | Path | None = None, valid_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """The hand coding (``data/attribution.csv``), checked against the codebook."""
    return read_annotations(
        path or paths.DATA / "attribution.csv",
        columns=["sent_id", "voice", "speaker", "justification"],
        allowed={"voice": VOICES, "speaker": SPEAKERS},
        valid_ids=valid_ids,
    )


# --------------------------------------------------------------------------
# Cues
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Cue:
    pattern: str
    label: str
    doc: str

    def search(self, text: str) -> re.Match | None:
        return re.search(self.pattern, text)


SOURCE_CUES: tuple[Cue, ...] = (
    Cue(r"\b(?:Kremlin|TASS)\b", "russian_readout", "'according to the Kremlin', 'as ... TASS reports'"),
    Cue(r"\bCCTV\b", "chinese_readout", "'in a report by ... CCTV', 'in the CCTV report'"),
    Cue(r"\bXinhua\b", "chinese_state_media", "'according to the Xinhua Agency'"),
)

_WHO = {
    r"Xi(?: Jinping)?|the Chinese (?:president|side)": "Xi",
    r"Putin|the Russian (?:president|side)|Moscow": "Putin",
    r"the two(?: leaders| sides| presidents)?|the respective presidents|both leaders": "both",
}
REPORTING_VERBS = r"(?:said|says|added|stated|stressed|noted|confirmed|agreed|underlined|declared)"

SPEAKER_CUES: tuple[Cue, ...] = tuple(
    Cue(rf"(?i)\b(?:{who})(?:\s+\w+){{0,2}}?\s+{REPORTING_VERBS}\b", speaker,
        "a speaker followed by a reporting verb: 'Xi added', 'the two leaders also stressed'")
    for who, speaker in _WHO.items()
) + tuple(
    Cue(rf"(?i)\b(?:{who})\s+\"", speaker, "a speaker followed by a quotation: 'Moscow \"also supports'")
    for who, speaker in _WHO.items()
)

BACKWARD_CUE = Cue(r"(?i)\b(?:said|stated|added) (?:this|so)\b", "backward",
                   "'Xi said this': the previous sentence belongs to the same voice and speaker")


def find_speaker(text: str) -> str | None:
    """The speaker named next to a reporting verb, the closest match winning."""
    best: tuple[int, str] | None = None
    for cue in SPEAKER_CUES:
        for m in re.finditer(cue.pattern, text):
            length = m.end() - m.start()
            if best is None or length < best[0]:
                best = (length, cue.label)
    return best[1] if best else None


def find_source(text: str) -> str | None:
    """The readout voice named by a source cue, if any."""
    for cue in SOURCE_CUES:
        if cue.search(text):
            return cue.label
    return None


def has_quote(text: str) -> bool:
    return '"' in text


RULES = {
    "A1": "A1 display text",
    "A2": "A2 source cue",
    "A3": "A3 speaker cue, readout continues",
    "A4": "A4 quote carries over",
    "A5": "A5 no cue: journalist",
    "A6": "A6 backward cue",
}
"""The attributor's rules as :attr:`Attribution.rule` reports them (see :func:`attribute`)."""


@dataclass(frozen=True)
class Attribution:
    voice: str
    speaker: str
    rule: str


def attribute(sentences: pd.DataFrame, carry_quotes: bool = True) -> list[Attribution]:
    """Cue-based attribution of every sentence, in article order.

    ``sentences`` needs the columns ``kind``, ``para_id`` and ``text_norm``.
    Attributor rules A1-A6 (named apart from the codebook's rules C1-C7 in
    ``data/README.md``); the first of A1-A5 that matches wins, and
    ``Attribution.rule`` names the rule that decided:

    A1. headlines and subheadings are ``headline``;
    A2. a source cue (Kremlin/TASS, CCTV, Xinhua) sets the voice; the speaker
        comes from a speaker cue, else ``none``;
    A3. a speaker cue without a source cue continues the most recent readout
        or state-media voice (the reported passage goes on);
    A4. a sentence with quoted words but no cue continues the previous
        sentence's voice and speaker when that voice is a readout or state
        media (carry-over; switched off by ``carry_quotes=False``);
    A5. anything else is the journalist's.

    A6, afterwards: a backward cue ('Xi said this') gives the previous
    sentence, if A4 or A5 decided it, the same voice and speaker.
    """
    out: list[Attribution] = []
    last_readout: str | None = None
    for row in sentences.itertuples(index=False):
        text = row.text_norm
        speaker = find_speaker(text)
        source = find_source(text)
        if row.kind in ("headline", "subheading"):
            att = Attribution("headline", "none", RULES["A1"])
        elif source:
            att = Attribution(source, speaker or "none", RULES["A2"])
        elif speaker and last_readout:
            att = Attribution(last_readout, speaker, RULES["A3"])
        elif carry_quotes and has_quote(text) and out and out[-1].voice in READOUT_VOICES:
            att = Attribution(out[-1].voice, out[-1].speaker, RULES["A4"])
        else:
            att = Attribution("journalist", "none", RULES["A5"])
        if row.kind == "body" and BACKWARD_CUE.search(text) and out and att.voice != "journalist":
            prev = out[-1]
            if prev.rule in (RULES["A4"], RULES["A5"]):
                out[-1] = Attribution(att.voice, att.speaker, RULES["A6"])
        if att.voice in READOUT_VOICES:
            last_readout = att.voice
        out.append(att)
    return out
