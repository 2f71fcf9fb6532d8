"""The analyzers a run can choose: which Stanza processors each loads and how it analyses texts.

One table instead of string switches: the command line offers its keys, the pipeline factory
(`pipeline_for`, here) loads what an entry names through `loading`, and `run.engine.analyze` calls
its `run`. This module sits above `loading` (it imports it, never the other way round).
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

import attrs

from .. import defaults
from .loading import HYBRID, PROCESSORS, get_pipeline


def _rules(texts: Sequence[str], pipeline) -> list:
    from .analysis import rule_based

    return [rule_based(t) for t in texts]


def _hybrid(texts: Sequence[str], pipeline) -> list:
    from .selection import analyze_hybrid

    return analyze_hybrid(texts, pipeline)


def _stanza(texts: Sequence[str], pipeline) -> list:
    from .selection import analyze_many

    return analyze_many(texts, pipeline, full=False)


def _full(texts: Sequence[str], pipeline) -> list:
    from .selection import analyze_many

    return analyze_many(texts, pipeline, full=True)


@attrs.frozen
class Analyzer:
    name: str
    processors: tuple[str, ...]  # the Stanza processors it reads; () = no model at all
    run: Callable  # (prepared texts, pipeline or None) -> list of Analysis
    help: str

    @property
    def needs_model(self) -> bool:
        return bool(self.processors)


ANALYZERS: dict[str, Analyzer] = {a.name: a for a in (
    Analyzer("hybrid", HYBRID, _hybrid,
             "rule tokens and sentences, Stanza's pos and ner where quotes can be"),
    Analyzer("stanza", ("tokenize", "mwt", "pos", "ner"), _stanza,
             "Stanza's tokenizer too, on the paragraphs that can hold a quote"),
    Analyzer("full", PROCESSORS, _full,
             "every processor (lemma and parser too) on every sentence: slow, for comparison"),
    Analyzer("rules", (), _rules,
             "no model: the default (as accurate as the models on unseen news, at a fifth of their CPU time)"),
)}
NAMES = tuple(ANALYZERS)
RULES = ANALYZERS["rules"]


def get(name, full: bool = False) -> Analyzer:
    """The analyzer called `name` (or an Analyzer itself); `full` (the --full flag) makes it "full"."""
    spec = name if isinstance(name, Analyzer) else ANALYZERS.get(name)
    if spec is None:
        raise ValueError(f"unknown analyzer {name!r}; expected one of: {', '.join(NAMES)}")
    if full:
        return ANALYZERS["full"]
    return spec


def processors_for(analyzer: str = defaults.ANALYZER, full: bool = False) -> tuple[str, ...]:
    """The Stanza processors a run with this analyzer reads from (see `ANALYZERS`)."""
    return get(analyzer, full).processors


def pipeline_for(analyzer=defaults.ANALYZER, model_dir: Optional[str] = None, full: bool = False):
    """The one pipeline factory: the cached pipeline an analyzer (a name from `ANALYZERS` or the
    entry itself) needs, or None for one that needs no model."""
    spec = get(analyzer, full)
    return get_pipeline(model_dir, spec.processors) if spec.needs_model else None
