"""The weights files of `quotes train`: one JSON object with a section per model, the shipped one in
quotes/data/weights.json. Weights learned from model analyses (pos and entity tags: hybrid,
stanza, full) sit under "neural" beside those learned from the rules analysis; an analysis asks
for its own kind first. Read once per file and process (a run asks for them per article)."""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Optional, Sequence


@functools.lru_cache(maxsize=8)
def _read(path: Optional[str]) -> dict:
    if path is None:
        raw = resources.files("quotes").joinpath("data").joinpath("weights.json")
        return json.loads(raw.read_text(encoding="utf-8")) if raw.is_file() else {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def section(name: str, features: Sequence[str], path: Optional[str] = None,
            neural: bool = False) -> Optional[tuple[float, ...]]:
    """The weights of model `name` in the file at `path` (None: the shipped file; "": none), for a
    model analysis (`neural`) or the rules', or None when the file has no such model or the model
    stepped aside (`"use": false`). Weights for other features are an error that says to retrain."""
    if path == "":
        return None  # no learned weights at all (what `quotes train` reads its examples with)
    data = _read(path)
    model = (data.get("neural") or {}).get(name) if neural else None
    model = model if model is not None else data.get(name)
    if model is None or not model.get("use", True):
        return None
    if tuple(model.get("features", ())) != tuple(features):
        raise ValueError(f"{path or 'weights.json'}: the {name} weights are for other features; "
                         "retrain them with `quotes train`")
    return tuple(model["weights"])
