"""What the neural models are given: sentences and tokens of bounded length.

Stanza's taggers read every word as characters, and pad a batch to its longest word and its
longest sentence: one 5,000-character token (a pasted base64 image, a table scraped without its
spaces, words glued together) makes its whole batch cost as if every word were that long. As
Stanza users do, what goes into the models is capped. A token longer than MAX_TOKEN_CHARS is given
by its first MAX_TOKEN_CHARS characters (no word that long is a name or a verb of saying; the
tagger reads it as an unknown word either way), and a sentence of more than MAX_SENTENCE_TOKENS
tokens is given in windows of that many tokens. The tokens keep their own offsets into the
article, and the tags come back to them one for one.
"""
from __future__ import annotations

from typing import Sequence

MAX_TOKEN_CHARS = 50
MAX_SENTENCE_TOKENS = 200


def windows(n_tokens: int, size: int = MAX_SENTENCE_TOKENS) -> list[tuple[int, int]]:
    """(first, one past last) token positions of each window of a sentence of n_tokens tokens."""
    return [(lo, min(n_tokens, lo + size)) for lo in range(0, n_tokens, size)]


def model_words(tokens: Sequence) -> list[dict]:
    """One pretokenised Stanza sentence: each token's text (capped) and its offsets as fields (not
    in "misc": Stanza parses misc strings one by one)."""
    return [{"id": j + 1, "text": t.text[:MAX_TOKEN_CHARS], "start_char": t.start, "end_char": t.end}
            for j, t in enumerate(tokens)]
