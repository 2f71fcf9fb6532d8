"""The `quotes` command: one click command per function of the library (`quotes.api`), the
same inputs, errors and exit codes for all (`commands`); `quotes models` in `models`.
"""
from .commands import main

__all__ = ["main"]
