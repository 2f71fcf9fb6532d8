"""Candidate quotes: where somebody's words are reported, before it is decided who said them.

In: an `nlp.Analysis`, its `text.Paragraph`s. Out: `marks.Span` (paired quotation marks, over
several paragraphs) and `candidates.Candidate` (direct, indirect or mixed, with its cue
`CueSite`, the speaker phrase read as a `names.Mention`, and where its date may stand), plus
`Passive` cues ("disampaikan X") that date a speaker's words. A new reporting pattern goes here.
"""
from .candidates import Candidate, CueSite, Passive, candidates, passives
from .marks import Span, find_spans

__all__ = ["Span", "find_spans", "Candidate", "CueSite", "Passive", "candidates", "passives"]
