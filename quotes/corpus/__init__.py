"""Tools over many records: what a corpus of output is measured and linked with.

In: `records.Quote`s or record dicts (and gold files). Out: scores against gold
(`evaluate`, `quotes eval`), one id per person and per statement across articles
(`speaker_ids`, `quote_ids`: `quotes speakers`, `quotes link`) and typed tables (`tabular`:
DataFrame, Parquet). A new output format goes into `tabular`.
"""
from .evaluate import evaluate_dir, format_table, load_gold, select
from .inventory_eval import holder, score_inventory
from .matching import match, norm_name, same_role, same_speaker
from .quote_ids import link
from .speaker_ids import SpeakerTable, speaker_table
from .tabular import to_frame, write_parquet

__all__ = ["evaluate_dir", "format_table", "load_gold", "match", "norm_name", "select", "holder", "score_inventory",
           "same_role", "same_speaker", "link", "SpeakerTable", "speaker_table", "to_frame", "write_parquet"]
