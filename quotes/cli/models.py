"""`quotes models`: inspect, evaluate or download the Stanza models (part of the `quotes` command line)."""
from __future__ import annotations

import click


@click.group()
def models():
    """Inspect, evaluate or download the Stanza models."""


@models.command("info")
@click.option("--model-dir", default=None)
def models_info(model_dir):
    """Which model file each processor uses."""
    from ..nlp.loading import ModelError, model_info

    try:
        info = model_info(model_dir)
    except ModelError as e:
        raise click.ClickException(str(e))
    for proc, d in info.items():
        click.echo(f"{proc:9s} {d['bytes'] / 1e6:6.1f} MB  {d['path']}")


@models.command("download")
@click.option("--dir", "target", default=None, help="Where to put them (default $STANZA_RESOURCES_DIR or ~/stanza_resources).")
def models_download(target):
    """Download Stanza's official Indonesian models (needs a network). Our NER stays in use."""
    from ..nlp.loading import download_official

    try:
        where = download_official(target)
    except Exception as e:  # noqa: BLE001 - network and server errors of every kind
        raise click.ClickException(f"download failed ({e.__class__.__name__}: {e}); this needs a network")
    click.echo(f"downloaded to {where}; use it with --model-dir {where} or STANZA_RESOURCES_DIR={where}")


@models.command("evaluate")
@click.option("--ud-test", type=click.Path(exists=True), default=None, help="CoNLL-U test file (default: GSD test in ../shared).")
@click.option("--ner-test", type=click.Path(exists=True), multiple=True, help="BIO NER test file(s).")
@click.option("--model-dir", default=None)
@click.option("--lowercase-ner", is_flag=True, help="Also score NER on lower-cased input.")
def models_evaluate(ud_test, ner_test, model_dir, lowercase_ner):
    """Score the models end to end on held-out data (CoNLL 2018 scorer; NER span F1)."""
    from ..nlp.model_eval import run_all

    click.echo(run_all(ud_test, list(ner_test), model_dir))
