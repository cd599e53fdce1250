"""Observations from hand-built blocks and tables, for the recognition tests."""
from __future__ import annotations

from typing import Optional

from pipeline.model import Block, Cell, Table
from pipeline.recognize import Context, Recognizer


def cell(text: str) -> Cell:
    return Cell(text, (0, 0, 1, 1))


def text_observations(rec: Recognizer, *texts: str, period: Optional[str] = "2018",
                      kind: str = "paragraph", ctx: Optional[Context] = None) -> list:
    """What rec finds in paragraphs read one after another under one context."""
    ctx = ctx or Context("r.pdf", "abc", period)
    return [o for t in texts for o in rec.recognize_block(Block(t, [], (0, 0, 1, 1), kind), 1, ctx)]


def table_observations(rec: Recognizer, table: Table, period: Optional[str] = "2018") -> list:
    return rec.recognize_table(table, Context("r.pdf", "abc", period))
