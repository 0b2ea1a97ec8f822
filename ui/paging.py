"""Batches of a big list (clients, the audit log): the bookkeeping every such model needs
once, so that each model only says how to fetch a page.

A new search starts a new generation; an answer of an older one (she typed on) is
dropped. One batch is on its way at a time, and another is asked for only while the last
one came back full. The model calls `start()` for a new search, `next_batch()` from
`fetchMore`, and `arrived(number, full)` / `failed(number)` when the worker answers:
each returns False for an answer that no longer counts.
"""

from __future__ import annotations


class Pager:
    def __init__(self, batch: int):
        self.batch = batch
        self.generation = 0
        self.fetching = False
        self.more = False

    def start(self) -> int:
        """A new search: what is on its way is forgotten. Returns its number."""
        self.generation += 1
        self.fetching, self.more = True, False
        return self.generation

    def can_fetch_more(self) -> bool:
        return self.more and not self.fetching

    def next_batch(self) -> int:
        self.fetching = True
        return self.generation

    def arrived(self, number: int, more: bool) -> bool:
        """A page of search `number` came back; `more`: there may be rows after it."""
        if number != self.generation:
            return False
        self.fetching, self.more = False, more
        return True

    def failed(self, number: int) -> bool:
        if number != self.generation:
            return False
        self.fetching = False
        return True
