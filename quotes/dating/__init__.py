"""When each statement was made.

In: the `find.Candidate`s with their `speakers.Resolved`, the publication date. Out: `dates`
(every date expression with its day, `find_dates`; `parse_published`) and
`statement.StatementDate` per candidate (the day and the text it was read from).
"""
from .dates import Calendar, DateMention, find_dates, parse_published
from .statement import StatementDate, statement_dates

__all__ = ["Calendar", "DateMention", "find_dates", "parse_published", "StatementDate", "statement_dates"]
