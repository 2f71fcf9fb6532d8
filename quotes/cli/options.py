"""What every `quotes` command shares: exit codes, input and output checks, the progress bar."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import click

# One convention for every command (README, "Exit codes"):
EXIT_OK = 0  # everything was processed
EXIT_FATAL = 1  # the run could not go on (a missing or broken model, an unwritable output)
EXIT_USAGE = 2  # the command line is wrong: unknown option, missing input, a file of the wrong kind
EXIT_SOME_FAILED = 3  # the run finished, but some articles (or records, lines) failed or were skipped

# inputs must exist ('-' is stdin); checked by click before any model loads
INPUT = click.Path(exists=True, allow_dash=True)
INPUT_FILE = click.Path(exists=True, dir_okay=False, allow_dash=True)


class Usage(click.UsageError):
    """A usage error (exit 2) that names the argument and says what was expected."""


def output_path(ctx, param, value):
    """An output path whose folder exists (checked before any work is done)."""
    if value is None or value == "-":
        return value
    path = Path(value)
    if path.is_dir() and not (param.name == "output" and ctx.params.get("dask_address")):
        raise click.BadParameter(f"{value} is a folder; expected a file name", ctx, param)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise click.BadParameter(f"folder {parent} does not exist", ctx, param)
    return value


def encoding_name(ctx, param, value):
    import codecs

    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r} (for example utf-8, latin-1, cp1252)", ctx, param)
    return value


def progress_bar(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    def make(total=None, initial=0):
        return tqdm(total=total, initial=initial, unit="art", file=sys.stderr, dynamic_ncols=True,
                    desc="quotes")

    return make


def count_articles(paths: list[str]) -> Optional[int]:
    # a total (for the ETA) is known only for folders of .txt files and single files
    n = 0
    for p in paths:
        path = Path(p)
        if p == "-":
            return None
        if path.is_dir():
            for _, _, files in os.walk(path):
                if any(f.endswith((".jsonl", ".jsonl.gz")) for f in files):
                    return None
                n += sum(1 for f in files if f.endswith(".txt"))
        elif path.suffix == ".txt":
            n += 1
        else:
            return None
    return n
