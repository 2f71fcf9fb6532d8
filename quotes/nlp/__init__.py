"""The analysis: sentences and tokens, with Stanza's tags where a model runs.

In: prepared texts (`text`). Out: one `analysis.Analysis` per text (frozen: `Token`, `Sentence`).
`analyzers.ANALYZERS` is the table of ways to analyse (rules, hybrid, stanza, full) and
`pipeline_for` the one factory of the cached Stanza pipeline (`loading`, the only global state of
the package; the bundled Indonesian models are in `models/id`). `selection` picks the paragraphs
a model reads; `model_eval` scores the models (`quotes models evaluate`).
"""
from .analysis import Analysis, Sentence, Token, rule_based
from .analyzers import ANALYZERS, Analyzer, get, pipeline_for, processors_for
from .loading import ModelError, build_pipeline, get_pipeline, resolve_models
from .model_eval import clean_conllu

__all__ = ["Analysis", "Sentence", "Token", "rule_based", "ANALYZERS", "Analyzer", "get", "pipeline_for",
           "processors_for", "ModelError", "build_pipeline", "get_pipeline", "resolve_models",
           "clean_conllu"]
