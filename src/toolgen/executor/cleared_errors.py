"""An answer that worked reports no error.

`address_for_address_correction_and_geocoding` answered `{"ErrorCode": 1, "ErrorMessage":
"Missing UserKey. Make sure to include a valid UserKey in your YAddress API calls...",
"Street": ...}` and the assistant said the address "went through" (ToolBench seed 31 #43,
#95, #250): the corpus's example response was a failed one, and its error fields were
kept in every successful answer. `clear_errors(output)` empties the top-level error
fields of a successful answer: an error code becomes 0, an error message empty (`None`
where it was None). Faults are made elsewhere (`faults`) and never pass here. In place.
"""

from __future__ import annotations

from typing import Any

from toolgen.executor.values import normalize_key

_CODES = frozenset({"error_code", "errorcode", "error_number", "err_code", "error_no"})
_MESSAGES = frozenset({"error_message", "errormessage", "error_msg", "err_msg",
                       "error_description", "error_text", "error_detail", "error_details"})


def clear_errors(output: Any) -> None:
    """The top-level error fields of successful answer `output`, emptied (module doc)."""
    if not isinstance(output, dict):
        return
    for key, value in output.items():
        nk = normalize_key(key)
        if nk in _CODES and isinstance(value, int) and not isinstance(value, bool):
            output[key] = 0
        elif nk in _CODES and isinstance(value, str) and value.strip() not in ("", "0"):
            output[key] = "0"
        elif nk in _MESSAGES and isinstance(value, str) and value:
            output[key] = ""
