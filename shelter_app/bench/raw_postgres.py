"""The summary baselines (raw_summary.py, raw_sections.py, raw_department.py) as
PostgreSQL says them, for `bench --server`: the same statements, rewritten mechanically
where SQLite's dialect differs (named parameters, strftime/julianday, summing booleans,
subqueries without an alias), so that both engines run one hand-written baseline."""

from __future__ import annotations

import re
from typing import Any

_KEYWORDS = ("GROUP", "WHERE", "ORDER", "JOIN", "LIMIT", "UNION", ")", "")
_BOOLEAN = (" OR ", " AND ", "!=", " BETWEEN ", " LIKE ")


def _close(sql: str, opened: int) -> int:
    """The index of the parenthesis closing the one at `opened`."""
    depth = 0
    for i in range(opened, len(sql)):
        depth += {"(": 1, ")": -1}.get(sql[i], 0)
        if depth == 0:
            return i
    raise ValueError("unbalanced parentheses")


def _sum_booleans(sql: str) -> str:
    """SQLite sums a condition as 0/1; PostgreSQL needs it cast."""
    out, at = [], 0
    while (found := sql.find("sum(", at)) >= 0:
        end = _close(sql, found + 3)
        inner = sql[found + 4 : end]
        if inner == "a.present" or any(op in inner for op in _BOOLEAN):
            inner = f"({_sum_booleans(inner)})::int"
        out.append(sql[at:found] + f"sum({inner})")
        at = end + 1
    return "".join(out) + sql[at:]


def _alias_subqueries(sql: str) -> str:
    """PostgreSQL 15 wants a name for every subquery in FROM."""
    out, at, n = [], 0, 0
    while (found := sql.find("FROM (", at)) >= 0:
        end = _close(sql, found + 5)
        rest = sql[end + 1 :].lstrip()
        named = not any(rest.upper().startswith(k) for k in _KEYWORDS if k) and rest != ""
        n += 1
        out.append(sql[at : end + 1] + ("" if named else f" AS sub{n}"))
        at = end + 1
    return "".join(out) + sql[at:]


def postgres(sql: str) -> str:
    sql = sql.replace("strftime('%Y-%m', starts_at)", "to_char(starts_at, 'YYYY-MM')")
    sql = re.sub(r"CAST\(julianday\((\w+)\) - julianday\((\w+)\) AS INTEGER\)", r"(\1 - \2)", sql)
    sql = _alias_subqueries(_sum_booleans(sql))
    sql = sql.replace("%", "%%")
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)


class NamedCursor:
    """A psycopg connection taking raw_summary's `:name` statements."""

    def __init__(self, conn: Any):
        self.conn = conn

    def execute(self, sql: str, params: Any = None) -> Any:
        return self.conn.execute(postgres(sql), params or {})
