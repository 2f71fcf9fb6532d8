"""Running on a Dask cluster: one task per input file, one Stanza pipeline per worker process.

`extract_partition` is the unit of work: one input file in, per article its output lines, error
and warnings out. It reads with the same reader (`inputs.read_source`) and extracts with the same
batches (`runner.process_batch`) as a local run, so the records, doc ids included, are the same.
The per-article time limit works in Dask's worker threads (`engine.time_limit`).

    quotes extract shards/ --dask tcp://scheduler:8786 -o out/     # out/part-00000.jsonl, ...
    quotes extract shards/ --dask local --workers 2 -o out/
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import attrs
import orjson

from ..nlp.loading import ModelError
from .inputs import Item, Keys, Source, read_source, sources
from .runner import Options, Summary, manifest_record, process_batch

# Dask settings for workers that run one long CPU-bound task at a time
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 128 * 2**20,
}


@attrs.frozen
class Fatal:
    """A worker that cannot run at all (no model): one message for the run, not one per article."""

    message: str


def extract_partition(source: Source, opts: Options, keys: Keys = Keys()):
    """Per article of one input file: (item without its text, output lines, error record or None,
    warning records); or a Fatal when the worker has no usable model."""
    from ..nlp.analyzers import get, pipeline_for

    try:
        pipeline = pipeline_for(opts.analyzer, opts.model_dir) if get(opts.analyzer).needs_model else None
    except ModelError as e:
        return Fatal(str(e))
    items = list(read_source(source, keys))
    out = []
    for k in range(0, len(items), opts.batch):
        batch = items[k:k + opts.batch]
        for it, (lines, error, warnings) in zip(batch, process_batch(batch, opts, pipeline)):
            out.append((attrs.evolve(it, article=None), lines, error, warnings))
    return out


def _client(address: str, workers: int):
    from dask.distributed import Client, LocalCluster

    if address != "local":
        return Client(address), None
    import dask

    # a worker runs its task in a thread beside its event loop; the loop's sampling profiler
    # (every 10 ms) and health tick (every 20 ms) take the GIL from the task, and Dask's
    # malloc trimming adds system time: on 600 articles, 65 s -> 55 s without them
    # (the same settings help on a real cluster: see the README)
    with dask.config.set(WORKER_CONFIG):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    return Client(cluster), cluster


def run_dask(inputs: list[str], output: str, errors: Optional[str], opts: Options, keys: Keys, address: str,
             *, manifest: Optional[str] = None) -> Summary:
    """Extract on a cluster: `output` is a folder of part-NNNNN.jsonl, one per input file, in input order."""
    from ..nlp.analyzers import get
    from ..nlp.loading import resolve_models

    start = time.perf_counter()
    if get(opts.analyzer).needs_model:
        resolve_models(opts.model_dir)  # a missing model here is one clear error before the cluster starts
    srcs = sources(inputs)
    client, cluster = _client(address, opts.workers)
    out_dir = Path(output)
    out_dir.mkdir(parents=True, exist_ok=True)
    summary = Summary(noun="quotes" if opts.job == "quotes" else "inventories")
    err_fh = open(errors, "wb") if errors else None
    man_fh = open(manifest, "wb") if manifest else None
    try:
        futures = client.map(extract_partition, srcs, opts=opts, keys=keys, pure=False) if srcs else []
        for k, fut in enumerate(futures):
            results = fut.result()
            if isinstance(results, Fatal):
                raise ModelError(results.message)
            with open(out_dir / f"part-{k:05d}.jsonl", "wb") as fh:
                for item, lines, error, warnings in results:
                    _account(summary, item, lines, error, warnings, err_fh, man_fh)
                    fh.writelines(lines)
        return summary
    finally:
        for f in (err_fh, man_fh):
            if f is not None:
                f.close()
        client.close()
        if cluster is not None:
            cluster.close()
        summary.seconds = time.perf_counter() - start


def _account(summary: Summary, item: Item, lines, error, warnings, err_fh, man_fh) -> None:
    import sys

    summary.articles += 1
    summary.quotes += len(lines)
    summary.warnings += len(warnings)
    if error is None:
        summary.ok += 1
    else:
        summary.failed += 1
    for rec in [*warnings, *([error] if error else [])]:
        if err_fh is not None:
            err_fh.write(orjson.dumps(rec) + b"\n")
        else:
            what = rec.get("error") or "warning: " + rec.get("warning", "")
            print(f"quotes: {item.source}{':' + str(item.line) if item.line else ''}: {what}", file=sys.stderr)
    if man_fh is not None:
        man_fh.write(orjson.dumps(manifest_record(item, error, lines, warnings)) + b"\n")
