"""A database query's conditions name the table's columns and values that fit them.

`database.query(table="customers", conditions=[{"field": "standard", "operation": "<",
"value": "standard"}])` (BFCL seed 31 #170): each field of the condition was drawn alone,
so the user asked for customers whose "standard" is less than "standard". A condition
object (`field`/`column` beside `operation`/`operator`/`op` and `value`) gets a column of
the table (its noun: customers, employees, orders, products, students, else a column
any table has), an ordering comparison a numeric column and a figure, equality a column
and one of its values. `conditions_for(stated)` returns the fix (argument name -> the
new list); its operations stay those drawn. Pure; keyed on the parameters' names.
"""

from __future__ import annotations

import zlib
from typing import Any

from toolgen.records import PlannedArg

# (numeric columns with a typical figure, text columns with a typical value) per table noun.
_COLUMNS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]] = {
    "customer": ((("age", "30"), ("orders_count", "5"), ("signup_year", "2022")),
                 (("country", "Canada"), ("city", "Chicago"), ("status", "active"))),
    "user": ((("age", "25"), ("login_count", "10")),
             (("country", "Germany"), ("role", "admin"), ("status", "active"))),
    "employee": ((("salary", "60000"), ("age", "40"), ("years_of_service", "5")),
                 (("department", "Engineering"), ("job", "engineer"), ("city", "Boston"))),
    "order": ((("total", "100"), ("quantity", "3")),
              (("status", "shipped"), ("country", "France"))),
    "product": ((("price", "50"), ("stock", "20"), ("rating", "4")),
                (("category", "electronics"), ("brand", "Acme"))),
    "student": ((("grade", "85"), ("age", "18"), ("year", "2")),
                (("major", "Biology"), ("city", "Austin"))),
}
_ANY = ((("id", "100"), ("created_year", "2023")), (("status", "active"), ("name", "Smith")))
_FIELDS = ("field", "column", "column_name", "field_name", "attribute", "key")
_OPERATIONS = ("operation", "operator", "op", "comparison")
_VALUES = ("value", "val", "target", "compare_value")
_TABLES = ("table", "table_name", "collection", "db_table")
_ORDERING = frozenset({"<", ">", "<=", ">=", "lt", "gt", "lte", "gte", "less than",
                       "greater than"})


def _table(stated: dict[str, PlannedArg]) -> str:
    name = next((str(stated[k].value) for k in _TABLES if k in stated), "")
    noun = name.strip().lower().rstrip("s")
    return noun if noun in _COLUMNS else ""


def _key(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    return next((k for k in obj if k.lower() in names), None)


def _condition(obj: dict[str, Any], table: str, at: int) -> dict[str, Any]:
    field, op, value = _key(obj, _FIELDS), _key(obj, _OPERATIONS), _key(obj, _VALUES)
    if field is None or op is None or value is None:
        return obj
    numeric, text = _COLUMNS.get(table, _ANY)
    ordering = str(obj[op]).strip().lower() in _ORDERING
    pool = numeric if ordering else numeric + text
    column, figure = pool[(zlib.crc32(table.encode()) + at) % len(pool)]
    typed: Any = figure
    if not isinstance(obj[value], str):
        typed = float(figure) if isinstance(obj[value], float) else int(figure)
    return {**obj, field: column, value: typed}


def conditions_for(stated: dict[str, PlannedArg]) -> dict[str, object]:
    """Each user-stated list of condition objects, made of the table's columns."""
    table = _table(stated)
    out: dict[str, object] = {}
    for arg in stated.values():
        items = arg.value
        if not isinstance(items, list) or not items or not all(
                isinstance(i, dict) and _key(i, _FIELDS) and _key(i, _OPERATIONS)
                for i in items):
            continue
        out[arg.name] = [_condition(i, table, at) for at, i in enumerate(items)]
    return out
