"""Running on a Dask cluster: one partition per input file, one Stanza pipeline per worker process.

`extract_partition` is the unit of work: JSON lines (or .txt paths) in, output lines out. The
same batches and the same code as a local run, so the records are the same.

    quotes extract shards/ --dask tcp://scheduler:8786 -o out/     # out/part-00000.jsonl, ...
    quotes extract shards/ --dask local --workers 2 -o out/
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import orjson

from .inputs import Item, Keys, _walk, parse_line
from .runner import Options, Summary, process_batch


def _items_from_partition(part, source: str, keys: Keys) -> list[Item]:
    items = []
    if source.endswith(".txt"):
        text = Path(source).read_bytes()
        try:
            items.append(Item(source, None, Path(source).stem, {"id": Path(source).stem,
                                                                 "text": text.decode("utf-8-sig")}))
        except UnicodeDecodeError as e:
            items.append(Item(source, None, Path(source).stem, error=f"not UTF-8: {e}"))
        return items
    for n, line in enumerate(part, 1):
        raw = line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line
        if raw.strip():
            items.append(parse_line(raw, source, n, keys))
    return items


def extract_partition(part, source: str, opts: Options, keys: Keys) -> list[bytes]:
    """Output lines for one partition: quotes as they are, errors wrapped as {"_error": {...}}."""
    from .pipeline import get_pipeline, processors_for

    pipeline = get_pipeline(opts.model_dir, processors_for(opts.analyzer, opts.full)) if opts.analyzer != "rules" else None
    items = _items_from_partition(part, source, keys)
    out: list[bytes] = [orjson.dumps({"_stats": {"articles": len(items)}}) + b"\n"]
    for k in range(0, len(items), opts.batch):
        batch = items[k:k + opts.batch]
        for lines, error in process_batch(batch, opts, pipeline):
            if error is not None:
                out.append(orjson.dumps({"_error": error}) + b"\n")
            out.extend(lines)
    return out


# Dask settings for workers that run one long CPU-bound task at a time
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": 128 * 2**20,
}


def _sources(inputs: list[str]) -> list[str]:
    files: list[str] = []
    for p in inputs:
        path = Path(p)
        if path.is_dir():
            files += [str(f) for f in sorted(_walk(path))]
        else:
            files.append(str(path))
    return files


def run_dask(inputs: list[str], output: str, errors: Optional[str], opts: Options, keys: Keys,
             address: str) -> Summary:
    import time

    import dask
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    start = time.perf_counter()
    if address == "local":
        # a worker runs its task in a thread beside its event loop; the loop's sampling profiler
        # (every 10 ms) and health tick (every 20 ms) take the GIL from the task, and Dask's
        # malloc trimming adds system time: on 600 articles, 65 s -> 55 s without them
        # (the same settings help on a real cluster: see the README)
        with dask.config.set(WORKER_CONFIG):
            cluster = LocalCluster(n_workers=opts.workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(address)
    try:
        sources = _sources(inputs)
        parts = []
        for src in sources:
            if src.endswith(".txt"):
                parts.append(db.from_sequence([src], npartitions=1).map_partitions(
                    extract_partition, src, opts, keys))
            else:
                # one partition per file keeps line numbers exact for the errors file
                parts.append(db.read_text(src, blocksize=None, encoding="utf-8", errors="surrogateescape")
                             .map_partitions(extract_partition, src, opts, keys))
        results = client.compute([p for p in parts]) if parts else []
        out_dir = Path(output)
        out_dir.mkdir(parents=True, exist_ok=True)
        summary = Summary()
        err_fh = open(errors, "wb") if errors else None
        try:
            for k, fut in enumerate(results):
                lines = fut.result()
                with open(out_dir / f"part-{k:05d}.jsonl", "wb") as fh:
                    for line in lines:
                        if line.startswith(b'{"_stats":'):
                            summary.articles += orjson.loads(line)["_stats"]["articles"]
                        elif line.startswith(b'{"_error":'):
                            summary.failed += 1
                            if err_fh is not None:
                                err_fh.write(orjson.dumps(orjson.loads(line)["_error"]) + b"\n")
                        else:
                            fh.write(line)
                            summary.quotes += 1
            summary.ok = summary.articles - summary.failed
        finally:
            if err_fh is not None:
                err_fh.close()
        summary.seconds = time.perf_counter() - start
        return summary
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
