"""Independent checks of issue 6's robustness records, written against the JSON alone.

Like `record_checks`, nothing here imports toolgen. The records' own labels (a step's
`mistake` and `effect`, `metadata.paraphrases`) say what a step claims to be; these
checks verify the behaviour the claim implies from the messages and tool outputs.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from .record_checks import Rec, calls, occurs_in_text, tool_outputs

ROBUSTNESS_PATTERNS = (
    "error_recovery",
    "rate_limited",
    "auth_refresh",
    "pagination",
    "stateful",
    "missing_tool",
    "irrelevance",
)

_ID_KEY = re.compile(r"(?:^|_)id$|Id$|^id$", re.IGNORECASE)


def _norm(key: str) -> str:
    return re.sub(r"[^a-z0-9]", "", key.lower())


def _flat(obj: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Scalar fields by normalised dotted key (`total.amount`), ids and lists left out."""
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if _is_id_key(key):
            continue
        name = prefix + _norm(key)
        if isinstance(value, dict):
            out.update(_flat(value, name + "."))
        elif _scalar(value):
            out[name] = value
    return out


def _is_id_key(key: str) -> bool:
    return bool(_ID_KEY.search(key))


def _is_id_value(value: Any) -> bool:
    return (isinstance(value, str) and len(value) >= 3) or (
        isinstance(value, int) and not isinstance(value, bool))


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from _dicts(v)
    elif isinstance(value, list):
        for v in value:
            yield from _dicts(v)


def _ids_of(obj: dict[str, Any]) -> set[Any]:
    return {v for k, v in obj.items() if _is_id_key(k) and _is_id_value(v)}


def _own_id(obj: dict[str, Any]) -> Any:
    """The id of the thing `obj` describes: its `id`, else its first id-like field (a
    later `user_id` in a site object is a reference, not the object)."""
    if _is_id_value(obj.get("id")):
        return obj["id"]
    return next((v for k, v in obj.items() if _is_id_key(k) and _is_id_value(v)), None)


# -- weight-0 turns -------------------------------------------------------------------------


def check_weight0_recovery(record: Rec) -> tuple[int, list[str]]:
    """(weight-0 calls checked, problems).

    Each deliberate mistake fails (its tool message is an error; a wrong-but-similar tool
    may answer), is followed, before the
    user speaks again, by an assistant turn that says something and carries on, and is
    recovered: the same function later succeeds in a trained turn (for a wrong tool, a
    different function does). An out-of-order call is preceded in recovery by a
    successful call whose output the retried call cites.
    """
    problems: list[str] = []
    checked = 0
    msgs = record["messages"]
    steps = {s["call_id"]: s for s in record["step_trace"]}
    outputs = tool_outputs(record)
    cid = record["conversation_id"]
    trained = [(i, tc) for i, tc, w in calls(record) if w != 0]
    for i, tc, weight in calls(record):
        if weight != 0:
            continue
        checked += 1
        where = f"{cid} msg {i} {tc['function']['name']}"
        step = steps.get(tc["id"])
        if step is None or not step.get("intended"):
            problems.append(f"{where}: weight-0 call not marked intended in step_trace")
            continue
        output = outputs.get(tc["id"])
        failed = step["status"] != "ok" and isinstance(output, dict) and "error" in output
        # A wrong-but-similar tool may well answer; the mistake is calling it at all.
        if not failed and step.get("mistake") != "wrong_tool":
            problems.append(f"{where}: the deliberate mistake did not fail ({step['status']})")
        nxt = next((j for j in range(i + 1, len(msgs)) if msgs[j]["role"] != "tool"), None)
        if nxt is None or msgs[nxt]["role"] != "assistant" or not msgs[nxt].get("content"):
            problems.append(f"{where}: not followed by an assistant turn reading the error")
            continue
        if not msgs[nxt].get("tool_calls") or msgs[nxt].get("weight") == 0:
            problems.append(f"{where}: the next assistant turn is not a trained retry")
        later = [(j, c) for j, c in trained if j > i and
                 steps.get(c["id"], {}).get("status") == "ok"]
        name = tc["function"]["name"]
        if step.get("mistake") == "wrong_tool":
            ok = any(c["function"]["name"] != name for _, c in later[:1])
        else:
            ok = any(c["function"]["name"] == name for _, c in later)
        if not ok:
            problems.append(f"{where}: no later successful call recovers ({step.get('mistake')})")
        if step.get("mistake") == "out_of_order":
            problems += _check_out_of_order(where, name, later, steps)
    return checked, problems


def _check_out_of_order(
    where: str, name: str, later: list[tuple[int, dict[str, Any]]], steps: dict[str, Any]
) -> list[str]:
    if not later or later[0][1]["function"]["name"] == name:
        return [f"{where}: out-of-order recovery does not call the missing producer first"]
    producer = later[0][1]["id"]
    retry = next((c for _, c in later if c["function"]["name"] == name), None)
    if retry is None:
        return []  # reported as no recovery
    cites = {a.get("call_id") for a in steps[retry["id"]]["arguments"].values()}
    if producer not in cites:
        return [f"{where}: the retried call does not use the producer's output"]
    return []


# -- state ----------------------------------------------------------------------------------


def _reads_cancelled(obj: dict[str, Any]) -> bool:
    """A cancelled booking is looked up as cancelled (`session`: a cancel whose schema
    answers the new status leaves the booking to read), not as gone."""
    status = obj.get("status")
    return isinstance(status, str) and status.lower() in ("cancelled", "canceled")


def check_state(record: Rec) -> tuple[int, list[str]]:
    """(comparisons made, problems): a later read agrees with every earlier write.

    Writes are the successful steps marked `effect`. A create's answer and its scalar
    arguments become the fields of the one id its output introduces (a create answering
    with several new ids is ambiguous and skipped); an update's arguments overwrite the
    fields of the id it targets (when it names exactly one known id); a delete removes
    its target. Every object a later successful read returns that describes a written
    id must show the written value under the same key; no read may return a deleted id
    (but as cancelled: a cancelled booking is looked up),
    and no update or delete of one may succeed.

    A record that states a language has one view per language: a write or read asking
    for another language (`language: "ja"`) is about that language's view, so a read in
    Japanese is compared with what was written in Japanese, not with the English record.
    """
    problems: list[str] = []
    checked = 0
    outputs = tool_outputs(record)
    cid = record["conversation_id"]
    seen: set[Any] = set()
    # id -> its language (None: states none) and, per language view, its written fields
    home: dict[Any, Any] = {}
    fields: dict[tuple[Any, Any], dict[str, Any]] = {}
    deleted: set[Any] = set()
    for step in sorted(record["step_trace"], key=lambda s: s["step"]):
        args = {k: a["value"] for k, a in step["arguments"].items()}
        asked = _language(args)
        output = outputs.get(step["call_id"])
        where = f"{cid} step {step['step']} {step['function_name']}"
        effect = step.get("effect")
        if step["status"] == "ok" and effect is None:  # a read
            checked += bool(deleted)
            for obj in _dicts(output):
                ident = _own_id(obj)
                if ident in deleted and not _reads_cancelled(obj):
                    problems.append(f"{where}: reads deleted id {ident!r}")
                key = _view(ident, asked or _language(obj), home)
                if key in fields:
                    for name, value in _flat(obj).items():
                        want = fields[key].get(name, _ABSENT)
                        if want is _ABSENT:
                            continue
                        checked += 1
                        if want != value:
                            problems.append(f"{where}: {name} of {ident!r} is {value!r}, "
                                            f"an earlier write set {want!r}")
        if step["status"] == "ok":
            targets = {v for k, v in args.items() if _is_id_key(k) and _is_id_value(v)}
            if effect in ("update", "delete") and targets & deleted:
                problems.append(f"{where}: {effect} of a deleted id succeeded")
            written = {_norm(k): v for k, v in args.items() if _scalar(v) and not _is_id_key(k)}
            fresh = _ids_of(output) - seen if isinstance(output, dict) else set()
            if effect == "create" and len(fresh) == 1:
                ident = fresh.pop()
                # What the create answered is the new entity's state, then what was sent.
                state = {**_flat(output), **written}
                home[ident] = _language(state)
                fields[(ident, _fold(home[ident]))] = state
                deleted.discard(ident)
            elif effect == "update" and len(targets & seen) == 1:
                ident = next(iter(targets & seen))
                fields.setdefault(_view(ident, asked, home), {}).update(written)
            elif effect == "delete":
                deleted |= targets & seen
                for ident in targets:
                    for key in [k for k in fields if k[0] == ident]:
                        del fields[key]
        seen |= {v for v in args.values() if _is_id_value(v)}
        seen |= {i for obj in _dicts(output) for i in _ids_of(obj)}
    return checked, problems


_LANGUAGE_KEYS = frozenset({"language", "lang", "languagecode", "langcode", "locale"})


def _language(obj: dict[str, Any]) -> Any:
    """The language an object or a call's arguments state, else None."""
    return next((v for k, v in obj.items()
                 if _norm(k) in _LANGUAGE_KEYS and isinstance(v, str) and v), None)


def _fold(language: Any) -> Any:
    return language.casefold() if isinstance(language, str) else language


def _view(ident: Any, language: Any, home: dict[Any, Any]) -> tuple[Any, Any]:
    """The (id, language) view a step is about: a record that states no language has
    only itself; one that does is seen in the language asked for, else in its own."""
    if home.get(ident) is None:
        return (ident, None)
    return (ident, _fold(language or home[ident]))


_ABSENT = object()


def stateful_shows_a_created_id(record: Rec) -> bool:
    """A later successful read returns an id an earlier create introduced."""
    outputs = tool_outputs(record)
    created: set[Any] = set()
    for step in sorted(record["step_trace"], key=lambda s: s["step"]):
        if step["status"] != "ok":
            continue
        output = outputs.get(step["call_id"])
        ids = {i for obj in _dicts(output) for i in _ids_of(obj)}
        if step.get("effect") is None and ids & created:
            return True
        if step.get("effect") == "create":
            created |= ids
    return False


# -- paraphrase -----------------------------------------------------------------------------


def check_paraphrase_grounding(record: Rec) -> tuple[int, list[str]]:
    """(values checked, problems): every user value cited in a paraphrased message was
    stated in the text before paraphrase and is still stated after it."""
    problems: list[str] = []
    checked = 0
    msgs = record["messages"]
    before = {p["message_index"]: p["before"] for p in record["metadata"].get("paraphrases", ())}
    for step in record["step_trace"]:
        for name, arg in step["arguments"].items():
            idx = arg.get("message_index")
            if arg["source"] not in ("user", "clarification") or idx not in before:
                continue
            checked += 1
            where = f"{record['conversation_id']} step {step['step']}.{name} msg {idx}"
            if not occurs_in_text(arg["value"], before[idx]):
                problems.append(f"{where}: {arg['value']!r} not in the text before paraphrase")
            if not occurs_in_text(arg["value"], msgs[idx].get("content") or ""):
                problems.append(f"{where}: paraphrase lost {arg['value']!r}")
    return checked, problems


def first_user_texts(records: list[Rec], *, before_paraphrase: bool) -> list[str]:
    out: list[str] = []
    for r in records:
        edits = {p["message_index"]: p["before"] for p in r["metadata"].get("paraphrases", ())}
        for i, m in enumerate(r["messages"]):
            if m["role"] == "user" and m.get("content"):
                out.append(edits.get(i, m["content"]) if before_paraphrase else m["content"])
                break
    return out


def distinct_2(texts: list[str]) -> float:
    """Distinct bigrams over all bigrams, on lower-cased word tokens."""
    grams = [tuple(words[k:k + 2]) for t in texts
             for words in [re.findall(r"[\w']+", t.lower())] for k in range(len(words) - 1)]
    return len(set(grams)) / len(grams) if grams else 0.0


# Name words of a call that books, writes or removes something: a slip to such a look-alike
# leaves a second booking (or a deletion) behind that the recovery never undoes.
_WRITES = frozenset({"book", "create", "add", "delete", "remove", "cancel", "update", "send",
                     "post", "reserve", "pay", "purchase", "buy", "order", "submit", "upload"})


def check_wrong_tool_slips(record: Rec) -> tuple[int, list[str]]:
    """(wrong-tool slips checked, problems): a slip calls a look-alike that only reads and
    does something else than the call that recovers (not a copy of the same function),
    with the values the user gave wherever it takes the same parameter, and no value
    no one gave."""
    problems: list[str] = []
    checked = 0
    steps = {s["call_id"]: s for s in record["step_trace"]}
    listed = list(calls(record))
    for n, (i, tc, weight) in enumerate(listed):
        if weight != 0 or steps.get(tc["id"], {}).get("mistake") != "wrong_tool":
            continue
        checked += 1
        name = tc["function"]["name"]
        where = f"{record['conversation_id']} msg {i} {name}"
        words = set(re.findall(r"[a-z]+", name.lower().split("_for_")[0]))
        if words & _WRITES:
            problems.append(f"{where}: the look-alike slipped to changes data")
        nxt = next((c for _, c, w in listed[n + 1:] if w != 0), None)
        if nxt is None:
            continue
        sent = _arguments(tc)
        retried = _arguments(nxt)
        if _own_words(name) == _own_words(nxt["function"]["name"]):
            problems.append(f"{where}: the look-alike is the same function as "
                            f"{nxt['function']['name']}")
        answer = _answer_to(record, tc["id"])
        if any(_an_id(k) for k in sent) and '"error"' not in answer:
            # a tweet read by the user's id came back as a tweet with that id, the user's
            # name on it (ToolBench seed 7 #78): the look-alike finds no such thing
            problems.append(f"{where}: the look-alike found a thing by another's id")
        for key in sent.keys() - retried.keys():
            problems.append(f"{where}: {key}={sent[key]!r} is a value no one gave")
        for key in sent.keys() & retried.keys():
            if sent[key] != retried[key]:
                problems.append(f"{where}: {key}={sent[key]!r}, the user said "
                                f"{retried[key]!r}")
    return checked, problems


def _an_id(name: str) -> bool:
    low = name.lower()
    return low == "id" or low.endswith("_id") or (name.endswith("Id") and len(name) > 2)


def _answer_to(record: Rec, call_id: str) -> str:
    return next((m.get("content") or "" for m in record["messages"]
                 if m["role"] == "tool" and m.get("tool_call_id") == call_id), "")


def _own_words(function_name: str) -> list[str]:
    """A function's name without its ToolBench tool (`_for_...`) or hex copy tail."""
    head = re.sub(r"_[0-9a-f]{8}$", "", function_name.split("_for_")[0])
    return re.findall(r"[a-z]+", re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", head).lower())


def _arguments(call: dict[str, Any]) -> dict[str, Any]:
    args = call["function"]["arguments"]
    out = json.loads(args) if isinstance(args, str) else args
    return out if isinstance(out, dict) else {}
