"""The defaults of a run, in one place: the command line, the library and Dask read them here."""

MAX_CHARS = 500_000  # characters per article; larger ones are errors, never silently cut
TIMEOUT = 60.0  # seconds for the analysis of a batch and the extraction of an article (then: rules)
BATCH = 16  # articles per batch (Stanza batches the sentences of a whole batch together)
# the analysis: the rules, no model. The models (--analyzer hybrid) score no better on the gold
# batches not developed on and on PFSA-ID, at 4x the CPU time (README "Analyzers", MODELS.md)
ANALYZER = "rules"
