"""Loading Stanza: the bundled Indonesian models (default), a directory of ours, or the official ones.

Nothing here touches the network: models load with `download_method=None` and explicit paths.
The pipeline is cached once per process (the only global state in the package), and torch is
imported only when a pipeline is first built.
"""
from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Optional

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
NEURAL = ("pos", "lemma", "depparse", "ner")
# the default path hands Stanza sentences already split into words: "tokenize" only passes them
# through (no model is loaded), and the parser, lemmatiser and multi-word expander are not needed
HYBRID = ("tokenize", "pos", "ner")
ENV_MODEL_DIR = "QUOTES_MODEL_DIR"


class ModelError(RuntimeError):
    """A model is missing or cannot be read. The message says what to run."""


def bundled_dir() -> Path:
    return Path(str(resources.files("quotes.nlp").joinpath("models").joinpath("id")))


def _official_dir(stanza_dir: Path) -> Optional[Path]:
    """The `id` folder of an official Stanza download, if `stanza_dir` holds one."""
    if (stanza_dir / "resources.json").exists() and (stanza_dir / "id").is_dir():
        return stanza_dir / "id"
    return None


def resolve_models(model_dir: Optional[str] = None) -> dict[str, str]:
    """Model file per processor. Order: `model_dir` argument, $QUOTES_MODEL_DIR, then the
    official Stanza models in $STANZA_RESOURCES_DIR (for all but NER), then the bundled ones."""
    paths: dict[str, str] = {}
    bundled = bundled_dir()
    chosen = model_dir or os.environ.get(ENV_MODEL_DIR)
    if chosen:
        d = Path(chosen)
        if not d.is_dir():
            raise ModelError(f"model directory {d} does not exist (set by --model-dir or ${ENV_MODEL_DIR})")
        official = _official_dir(d)
        if official is not None:
            paths.update(_official_paths(official))
        else:
            for p in PROCESSORS:
                f = d / f"{p}.pt"
                if f.exists():
                    paths[p] = str(f)
    elif os.environ.get("STANZA_RESOURCES_DIR"):
        official = _official_dir(Path(os.environ["STANZA_RESOURCES_DIR"]))
        if official is not None:
            paths.update(_official_paths(official))
    for p in PROCESSORS:
        if p not in paths:
            paths[p] = str(bundled / f"{p}.pt")
    missing = [p for p, f in paths.items() if not Path(f).exists()]
    if missing:
        raise ModelError(
            "missing Stanza model(s) for " + ", ".join(missing) + f" (looked in {bundled}"
            + (f" and {chosen}" if chosen else "") + "). Reinstall the package, run "
            "`python scripts/train_models.py all install` to build them, or `quotes models download` "
            "(needs a network) for the official ones."
        )
    return paths


def _official_paths(official: Path) -> dict[str, str]:
    out = {}
    default = official / "default.zip"
    for p in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        files = sorted((official / p).glob("*.pt")) if (official / p).is_dir() else []
        if files:
            out[p] = str(files[0])
    if not out and default.exists():
        raise ModelError(f"{official} holds an unpacked download only as default.zip; unzip it first")
    return out


PRETRAIN_FILE = "pretrain.pt"  # our word vectors, beside the models trained with them
USES_PRETRAIN = ("pos", "depparse", "ner")


def pretrain_for(model_file: str) -> Optional[str]:
    """The word vectors a pos, depparse or ner model was trained with: `pretrain.pt` beside one of
    ours (bundled or a --model-dir), the download's own for an official model (id/pos/x.pt ->
    id/pretrain/*.pt), None for a model trained without (older bundles)."""
    here = Path(model_file).parent
    if (here / PRETRAIN_FILE).exists():
        return str(here / PRETRAIN_FILE)
    official = here.parent / "pretrain"
    if not (here.parent.parent / "resources.json").exists():  # not an official download
        return None
    files = sorted(official.glob("*.pt")) if official.is_dir() else []
    return str(files[0]) if files else None


def vector_cache(pretrains: set[str]):
    """Stanza's shared cache of word vectors, filled here so that fp16 vector files (how we ship
    them, half the bytes) reach the models as fp32: Stanza feeds them to fp32 layers as read."""
    import torch
    from stanza.models.common.foundation_cache import FoundationCache
    from stanza.models.common.pretrain import Pretrain

    cache = FoundationCache(local_files_only=True)
    for f in pretrains:
        pt = Pretrain(f)
        if pt.emb.dtype != torch.float32:
            pt._emb = pt.emb.float()  # Pretrain has no setter; the cast is the whole point
        cache.pretrains[f] = pt
    return cache


def build_pipeline(model_dir: Optional[str] = None, processors=PROCESSORS, use_gpu: bool = False):
    """A fresh Stanza pipeline. Prefer `get_pipeline`, which caches it."""
    paths = resolve_models(model_dir)
    try:
        import stanza
    except ImportError as e:  # pragma: no cover - stanza is a dependency
        raise ModelError("stanza is not installed: pip install stanza") from e
    res_dir = Path(os.environ.get("QUOTES_CACHE_DIR", Path.home() / ".cache" / "quotes"))
    try:
        res_dir.mkdir(parents=True, exist_ok=True)
        if not (res_dir / "resources.json").exists():
            (res_dir / "resources.json").write_text("{}")
    except OSError:
        import tempfile

        res_dir = Path(tempfile.mkdtemp(prefix="quotes-"))
        (res_dir / "resources.json").write_text("{}")
    kwargs = {f"{p}_model_path": paths[p] for p in processors}
    for p in USES_PRETRAIN:
        if p in processors:
            kwargs[f"{p}_pretrain_path"] = pretrain_for(paths[p])
    try:
        pretrains = {f for k, f in kwargs.items() if k.endswith("_pretrain_path") and f}
        return stanza.Pipeline(
            "id", dir=str(res_dir), download_method=None, allow_unknown_language=True,
            processors=",".join(processors), use_gpu=use_gpu, logging_level="ERROR",
            tokenize_no_ssplit=False, tokenize_pretokenized="mwt" not in processors,
            foundation_cache=vector_cache(pretrains), **kwargs,
        )
    except Exception as e:
        raise ModelError(
            f"could not load the Stanza models ({e.__class__.__name__}: {e}). The model files may be "
            "corrupt: reinstall the package or rebuild them with `python scripts/train_models.py all install`."
        ) from e


@functools.lru_cache(maxsize=4)
def get_pipeline(model_dir: Optional[str] = None, processors: tuple[str, ...] = PROCESSORS):
    """The pipeline for this process, built on first use. `processors_for(analyzer)` gives the
    smallest one a run needs (the default analyzer loads two of the six models)."""
    return build_pipeline(model_dir, processors)


def model_info(model_dir: Optional[str] = None) -> dict:
    paths = resolve_models(model_dir)
    info = {p: {"path": f, "bytes": Path(f).stat().st_size} for p, f in paths.items()}
    # the word vectors, once per file (ours serve pos, depparse and ner)
    for f in dict.fromkeys(pretrain_for(paths[p]) for p in USES_PRETRAIN):
        if f:
            name = "pretrain" if Path(f).name == PRETRAIN_FILE else f"pretrain ({Path(f).stem})"
            info[name] = {"path": f, "bytes": Path(f).stat().st_size}
    return info


def download_official(target: Optional[str] = None) -> str:
    """Download the official Stanza Indonesian models (needs a network)."""
    import stanza

    target = target or os.environ.get("STANZA_RESOURCES_DIR") or str(Path.home() / "stanza_resources")
    stanza.download("id", model_dir=target, processors="tokenize,mwt,pos,lemma,depparse")
    return target
