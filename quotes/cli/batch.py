"""`quotes extract` and `quotes people`: the two batch runs, with one set of options, one reader
of inputs, and the same errors and exit codes (the library's `extract_many` and `people`)."""
from __future__ import annotations

import os
import sys

import click

from .. import defaults
from ..nlp.analyzers import ANALYZERS, NAMES
from ..run.inputs import STDIN_FORMATS
from .options import (
    EXIT_SOME_FAILED,
    INPUT,
    Usage,
    count_articles,
    encoding_name,
    output_path,
    progress_bar,
)


def run_options(f):
    """The options of a batch run, shared by `extract` and `people`."""
    for d in reversed(RUN_OPTIONS):
        f = d(f)
    return f


RUN_OPTIONS = [
    click.argument("inputs", nargs=-1, required=True, type=INPUT),
    click.option("-o", "--output", default="-", show_default=True, callback=output_path,
                 help="JSON lines out ('-' for stdout; a folder with --dask)."),
    click.option("--errors", "errors_path", default=None, callback=output_path,
                 help="Write failed articles and warnings here (JSON lines)."),
    click.option("--manifest", default=None, callback=output_path,
                 help="Write one line per input article: status and quote count."),
    click.option("--workers", type=click.IntRange(min=0), default=0, show_default=True,
                 help="Worker processes (0: one per core)."),
    click.option("--batch-size", type=click.IntRange(min=1), default=defaults.BATCH, show_default=True,
                 help="Articles per batch."),
    click.option("--resume", is_flag=True, help="Finish an interrupted run with the same arguments."),
    click.option("--id-key", default="id", show_default=True),
    click.option("--text-key", default="text", show_default=True),
    click.option("--keep-meta", is_flag=True, help="Carry other JSON keys to the output under 'meta'."),
    click.option("--format", "stdin_format", type=click.Choice(STDIN_FORMATS), default="auto", show_default=True,
                 help="What '-' (stdin) holds: JSON lines, one plain-text article, or auto (JSON lines if it "
                      "starts with '{')."),
    click.option("--encoding", default="utf-8", show_default=True, callback=encoding_name,
                 help="Encoding of .txt files and of plain text on stdin (JSON lines are UTF-8)."),
    click.option("--model-dir", default=None, help="Folder of Stanza models (ours or an official download)."),
    click.option("--max-chars", type=click.IntRange(min=1), default=defaults.MAX_CHARS, show_default=True,
                 help="Larger articles are errors."),
    click.option("--timeout", type=click.FloatRange(min=0), default=defaults.TIMEOUT, show_default=True,
                 help="Seconds the analysis of a batch and the extraction of an article may take; an article "
                      "out of time is done again from the rules analysis and kept (0: no limit)."),
    click.option("--analyzer", type=click.Choice(NAMES), default=defaults.ANALYZER, show_default=True,
                 help="; ".join(f"{a.name}: {a.help}" for a in ANALYZERS.values()) + "."),
    click.option("--full", is_flag=True, help="The same as --analyzer full."),
    click.option("--weights", default=None, type=click.Path(exists=True, dir_okay=False),
                 help="Weights of `quotes train` (default: the shipped ones)."),
    click.option("--dask", "dask_address", default=None, is_eager=True,
                 help="Run on a Dask cluster: scheduler address or 'local'."),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
]


@click.command()
@run_options
def extract(**kwargs):
    """Extract quotes from INPUTS (.txt files, folders, .jsonl/.jsonl.gz, or '-' for stdin)."""
    _run("quotes", **kwargs)


@click.command()
@run_options
def people(**kwargs):
    """Everyone INPUTS mention: one JSON line per article with its people, organisations, unnamed
    speakers and the things that cannot speak (names, types, roles, every form with offsets)."""
    _run("people", **kwargs)


def _run(job, inputs, output, errors_path, manifest, workers, batch_size, resume, id_key, text_key, keep_meta,
         stdin_format, encoding, model_dir, max_chars, timeout, analyzer, full, weights, dask_address, quiet):
    from ..nlp.loading import ModelError
    from ..run.inputs import Keys, read
    from ..run.runner import Options, run
    from ..speakers.confidence import load

    if weights:
        try:
            load(weights)
        except (ValueError, KeyError, OSError) as e:
            raise Usage(f"--weights {weights}: {e}")
    keys = Keys(id_key, text_key, keep_meta, encoding, stdin_format)
    opts = Options(workers=workers or os.cpu_count() or 1, batch=batch_size, model_dir=model_dir,
                   analyzer="full" if full else analyzer, max_chars=max_chars, timeout=timeout or None,
                   job=job, weights=weights)
    if dask_address and "-" in inputs:
        raise Usage("--dask reads files on the workers: give files or folders, not '-' (stdin)")
    if dask_address and resume:
        raise Usage("--resume is not available with --dask; run again without --resume")
    if resume and output == "-":
        raise Usage("--resume needs an output file (-o), not stdout")
    try:
        if dask_address:
            try:
                from ..run.cluster import run_dask
            except ImportError as e:
                raise click.ClickException(f"Dask is not installed: pip install 'quotes-id[dask]' ({e})")
            summary = run_dask(list(inputs), output, errors_path, opts, keys, dask_address, manifest=manifest)
        else:
            summary = run(read(list(inputs), keys), output, errors_path, opts, manifest=manifest, resume=resume,
                          progress=progress_bar(quiet), total=count_articles(list(inputs)))
    except ModelError as e:
        raise click.ClickException(str(e))
    click.echo(summary.line(), err=True)
    if summary.failed:
        where = f" (see {errors_path})" if errors_path else ""
        click.echo(f"quotes: {summary.failed} article(s) failed{where}", err=True)
        sys.exit(EXIT_SOME_FAILED)


