"""The status a thing has just after it is made, by what kind of thing it is.

"Confirmed" is the state of a commitment: a booking, an order, a reservation. A folder, a
user, an uploaded file or a sent e-mail is not confirmed: 44 kinds of created thing came
back "confirmed" in 300 ToolBench and BFCL records (a `mkdir`, a to-do, a Telegraph page,
a support ticket), and the answer said "its status is confirmed". A kind this module
does not know keeps "confirmed".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# kind of thing (the endpoint's entity) -> the status it is made in
_BY_KIND: dict[str, str] = {}
for _status, _kinds in (
    ("active", "user account member customer contact profile signup registration register "
               "client driver agent friend player subscriber subscription webhook "
               "watchlist alert monitor track tracking category product item venue "
               "project channel team campaign domain link url tag template device "
               "setting configuration config credential token key playlist collection "
               "board space"),
    ("sent", "sms email message mail notification otp broadcast viber invite invitation "
             "newsletter reminder"),
    ("uploaded", "file image document audio video avatar icon png photo attachment "
                 "upload picture"),
    ("published", "comment note review article page recipe checkin entry post topic "
                  "tweet story tip feedback"),
    ("open", "task todo issue incident request submission application invoice"),
    ("new", "lead opportunity"),
    ("created", "entry folder directory mkdir album gallery calendar forum group inbox list "
                "cart"),
    ("scheduled", "event meeting"),
    ("ready", "painting sculpture chart histogram map backup database scan report "
                  "generation"),
):
    for _kind in _kinds.split():
        _BY_KIND[_kind] = _status

# A ticket is a support request when it is described; bought, it is a commitment.
_DESCRIBED = ("subject", "title", "description", "body", "priority", "message")


def created_status(entity: str, args: Mapping[str, Any]) -> str:
    """The status a new `entity` is in ("confirmed" for a commitment or an unknown kind)."""
    if entity in _BY_KIND and any(_own_id(k, entity) for k in args):
        # `add_recipe_to_grocery_list(recipeId)` files a recipe that exists: it is added
        # to the list, not published again.
        return "added"
    if entity == "ticket":
        return "open" if any(k in args for k in _DESCRIBED) else "confirmed"
    return _BY_KIND.get(entity, "confirmed")


def fit_made_status(output: Any, entity: str, args: Mapping[str, Any]) -> None:
    """A "confirmed" the shape's status drew for a new `entity` (read from the result's
    own id key, `file_id`, where the endpoint's path named none) made its kind's status.
    In place; a status the call sent stays."""
    if not isinstance(output, dict):
        return
    status = output.get("status")
    if status != "confirmed" or status in args.values():
        return
    output["status"] = created_status(entity, args)


def _own_id(key: str, entity: str) -> bool:
    low = key.lower().replace("_", "")
    return low == f"{entity}id"
