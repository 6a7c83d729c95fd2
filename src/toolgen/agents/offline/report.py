"""The assistant's report after the tools ran: one sentence per call the user asked for,
naming what it is, with failures, not-found and empty results said plainly; and the
sentence pieces every assistant answer shares (joined lists, one stop after a quoted
value, the user's "my" said as "your", "is" or "are" for a noun phrase).

Every `Fact.value` is placed as an opaque token (`masking.Vault`) and restored after the
text is tidied, so the report cites each result exactly as the tool returned it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import partial

from toolgen.agents.offline.among import among_clause
from toolgen.agents.offline.assistant_phrases import GRAMMAR
from toolgen.agents.offline.clauses import fact_clauses
from toolgen.agents.offline.goal_phrases import definite, goal_phrase, past, topic, worked
from toolgen.agents.offline.grammar import tidy
from toolgen.agents.offline.masking import Vault
from toolgen.agents.offline.repeats import fresh, stock
from toolgen.agents.offline.types import Intent, Outcome, article
from toolgen.executor.values import plural, singular


def assistant_report(outcomes: Sequence[Outcome], rng: random.Random) -> str:
    """The answer after the tools ran: one sentence per call the user asked for, naming
    what it is; failures, not-found and empty results said plainly; every fact verbatim."""
    vault = Vault()
    parts: list[str] = []
    said: set[str] = set()

    def one(o: Outcome, n: int) -> str:
        return _one_colon(
            _report_one(o, vault, rng) if n == 1 else _report_same(o, n, vault, rng))

    for o, n in _same_once(outcomes):
        # each call's sentence says no stock phrase an earlier one said ("I checked the
        # ..., there are 4 in all" twice): redrawn, `repeats`
        part = fresh(partial(one, o, n), said) if parts else one(o, n)
        said |= stock(part)
        parts.append(part)
    if not parts:
        return tidy(GRAMMAR.say("rep_close", rng) or "Anything else?")
    lead = ""
    if len(parts) > 1 and rng.random() < 0.35:
        all_ok = all(o.status == "ok" for o in outcomes)
        lead = GRAMMAR.say("rep_lead_ok" if all_ok else "rep_lead", rng)
    close = GRAMMAR.say("rep_close", rng)
    body = " ".join(_done_once([tidy(p) for p in parts]))
    if lead.startswith(("All", "Done")) and (body.startswith(
            ("All done", "That went through")) or _DONE.search(body)):
        lead = ""  # not "All done. Done: I've ..." nor "Done! I've ... Done: I've ..."
    text = " ".join(x for x in (tidy(lead), body, tidy(close)) if x)
    return one_stop(vault.restore(text))


_DONE = re.compile(r"\bDone\b")
# "Done: I've ...", "Done - I ...": the opener a report may say once
_DONE_OPENER = re.compile(r"^Done(?::| -) (?=\S)")


def _done_once(parts: list[str]) -> list[str]:
    """The reports of one answer, "Done" opening at most the first of them: a second
    "Done: I've created a ticket" after "Done - I updated the contact" reads as a tic."""
    out: list[str] = []
    said = False
    for part in parts:
        if said and _DONE_OPENER.match(part):
            rest = _DONE_OPENER.sub("", part)
            part = rest[:1].upper() + rest[1:]
        said = said or _DONE.search(part) is not None
        out.append(part)
    return out


def _same_once(outcomes: Sequence[Outcome]) -> list[tuple[Outcome, int]]:
    """Each outcome with how many calls it stands for: repeats of one request that came
    back the same (`same`, one intent phrase) are said once, not once each ("nothing
    new: it matches..." twice in a row)."""
    out: list[tuple[Outcome, int]] = []
    for o in outcomes:
        last = out[-1][0] if out else None
        if (o.same and last is not None and last.same and o.status == last.status == "ok"
                and o.intent.phrase == last.intent.phrase):
            out[-1] = (last, out[-1][1] + 1)
        else:
            out.append((o, 1))
    return out


_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five"}


# A status that says only that the call worked: "I analyzed the grammar, and it's
# success" (ToolBench seed 71 #16) tells nothing the answer does not.
_SUCCESS = ("success", "successful", "succeeded", "ok")
# States that say again what was just done: "the timer is stopped - it's ended".
_SAME_STATE = {"stopped": ("ended", "finished", "terminated", "halted"),
               "started": ("running", "active", "in_progress"),
               "enabled": ("active", "on"), "disabled": ("inactive", "off"),
               "paused": ("on_hold",), "resumed": ("running", "active")}


def _report_same(o: Outcome, n: int, vault: Vault, rng: random.Random) -> str:
    """`n` results of one request that repeat what was said, said once."""
    about = _about(o, vault, rng)
    return GRAMMAR.say("rep_same_many", rng, {"topic": about, "n": _COUNTS.get(n, str(n))})


def _one_colon(sentence: str) -> str:
    """"I pulled up the stocks - 3 came back: GOOGL, ...", not two colons in a row
    ("I pulled up the stocks: 3 came back: GOOGL, ...")."""
    head, colon, tail = sentence.partition(": ")
    return f"{head} - {tail}" if colon and ": " in tail else sentence


def _report_one(o: Outcome, vault: Vault, rng: random.Random) -> str:
    if o.status == "ok" and o.verdict is not None:
        return _report_verdict(o, o.verdict, vault, rng)
    if o.echoed and o.status == "ok" and o.facts:
        # what came back only says the request back: not "it's Switzerland" for a
        # population
        about = _about(o, vault, rng)  # its facts say back the inputs: `which` rarely
        said = join([vault.put(f.value) for f in o.facts], rng)
        return f"{about[:1].upper() + about[1:]} came back for {said}, with nothing else in it."
    grouped: dict[str, list[str]] = {}
    done_word = (past(o.intent.verb) or "").lower() if o.action and o.status == "ok" else ""
    kept = [f for f in o.facts if not (
        (f.label == "status" or f.label.endswith(" status"))
        and f.value.lower() in (done_word, *_SUCCESS, *_SAME_STATE.get(done_word, ())))]
    # "the booking is cancelled" already says its status is cancelled
    among = among_clause(kept, vault.put, o.intent.obj, rng)
    if among is not None:  # "there are 8 cities, among them Auckland, ..."
        return _report_said(o, among, vault, rng)
    labels = [f.label or "result" for f in kept]
    if len(set(labels)) == len(labels):  # one value per label: said as a person would
        return _report_said(o, fact_clauses(kept, vault.put, rng), vault, rng)
    for f in kept:
        grouped.setdefault(f.label or "result", []).append(vault.put(f.value))
    facts = sentences([
        GRAMMAR.say("fact_total" if label == "total" and o.facts[0].label != "total" else "fact",
                    rng, {"label": label, "value": values[0]}) if len(values) == 1
        else f"the {plural(label)} are {join(values, rng)}"
        for label, values in grouped.items()], rng)
    return _report_said(o, facts, vault, rng)


_NO = ("is not ", "does not ", "cannot ")


def _report_verdict(o: Outcome, verdict: tuple[str, str], vault: Vault,
                    rng: random.Random) -> str:
    """A yes/no question's answer: "Yes - 439 is prime", not "its number is 439"."""
    subject, predicate = verdict
    said = vault.put(subject) if subject else "it"
    word = "No" if predicate.startswith(_NO) else "Yes"
    about = _about(o, vault, rng)
    # "As for whether it's prime: ..." names the question; any other topic would say the
    # predicate twice ("As for NFI library is member readable: it is not member readable")
    options = [f"{word} - {said} {predicate}.", f"I checked, and {said} {predicate}."]
    if about.startswith("whether "):
        options.append(f"As for {about}: {said} {predicate}.")
    return rng.choice(options)


def _report_said(o: Outcome, facts: str, vault: Vault, rng: random.Random) -> str:
    """One outcome's sentence around its facts text."""
    about = _about(o, vault, rng)
    env = {"topic": about, "topic_cap": about[:1].upper() + about[1:], "facts": facts,
           "phrase": yours(goal_phrase(o.intent, rng)),
           "reason": o.reason or "the service said no"}
    if o.status == "ok" and o.action:
        done = past(o.intent.verb)
        prep = o.intent.obj.split(" ", 1)[0].lower() in ("to", "into", "from", "on", "in",
                                                          "for", "with", "of")
        obj = yours(_determined(o.intent))  # "I've uploaded your files", not "my files"
        plural = be(obj)
        obj += _which(o, vault)
        if done and not facts and o.facts and not prep:  # only the status, which `done` says
            env.update(past=done, obj=obj, be=plural, **_passive(obj, done))
            return GRAMMAR.say("rep_done_bare", rng, env)
        if done is None or not facts or prep:  # not "I added to order"
            return GRAMMAR.say("rep_done_plain", rng, env) if facts else (
                f"The request to {env['phrase']} went through.")
        env.update(past=done, obj=obj, be=plural, **_passive(obj, done),
                   facts=_of_plural(facts) if plural == "are" else facts)
        return GRAMMAR.say("rep_done", rng, env)
    if o.status == "ok" and facts and worked(o.intent.verb):
        obj = yours(_determined(o.intent))
        env.update(past=worked(o.intent.verb) or "", obj=obj + _which(o, vault),
                   facts=_of_plural(facts) if be(obj) == "are" else facts)
        return GRAMMAR.say("rep_worked", rng, env)
    if o.status == "ok" and o.same:
        return GRAMMAR.say("rep_same", rng, env)
    if o.status == "ok":
        return GRAMMAR.say("rep_read", rng, env) if facts else (
            f"{env['topic_cap']} came through, with nothing worth quoting in it.")
    rule = {"empty": "rep_empty", "not_found": "rep_not_found", "failed": "rep_failed"}.get(
        o.status, "rep_error")
    if rule == "rep_failed" and not facts:
        rule = "rep_error"
    return GRAMMAR.say(rule, rng, env)


def _about(o: Outcome, vault: Vault, rng: random.Random) -> str:
    """What an outcome is about, as the answer names it: its topic, and the inputs that
    tell it from another call of its endpoint ("the recipes (dairy free, dessert)")."""
    return yours(definite(topic(o.intent, rng))) + _which(o, vault)


def _which(o: Outcome, vault: Vault) -> str:
    """" (dairy free, dessert)", or "" when the outcome's facts say those inputs already
    ("the signs (end 581) - its end is 581" states one figure twice, BFCL seed 71 #218)."""
    if not o.which:
        return ""
    said = {f.value.lower() for f in o.facts}
    if all(part.lower() in said or part.rsplit(" ", 1)[-1].lower() in said
           for part in o.which.split(", ")):
        return ""
    return f" ({vault.put(o.which)})"


_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "all", "some", "every", "any", "this",
                          "that", "these", "those", "each", "one"})
_MADE = frozenset({"create", "add", "make", "book", "reserve", "order", "generate", "send",
                   "upload", "post", "schedule", "place", "register", "submit"})
# Where a noun phrase's head ends ("menu items | for delivery").
_HEAD_END = re.compile(r" (?:for|of|to|in|on|from|with|at|by) ")
_MY = re.compile(r"\bmy\b")


def _determined(intent: Intent) -> str:
    """The intent's object as the answer says it: "validated the global address", "created
    a note"; plurals, names and phrases that already have a determiner stay as they are."""
    obj = intent.obj
    words = obj.split()
    if not words or words[0].lower() in _DETERMINERS or not words[0].isalpha():
        return obj
    if words[0] == "whether":  # "I checked whether it's prime", not "the whether"
        return obj
    if not all(w.isascii() and w.islower() for w in words[:2]) and not _acronym_led(words):
        return obj
    obj = _of_the(obj)  # "details of the lawsuit case", never "of lawsuit case"
    head = _HEAD_END.split(obj, maxsplit=1)[0]
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        # "I verified the details of the lawsuit case"; bare plurals stay ("uploaded files")
        return f"the {obj}" if " of the " in obj else obj
    return f"{article(words[0])} {obj}" if intent.verb in _MADE else f"the {obj}"


def _acronym_led(words: list[str]) -> bool:
    """"SMS", "PDF report": a thing named by an acronym takes a determiner too ("I sent
    an SMS", not "I sent SMS": ToolBench seed 4270842 #7)."""
    head = words[0]
    return (head.isupper() and head.isalpha() and 2 <= len(head) <= 5
            and all(w.isascii() and w.islower() for w in words[1:2]))


def _of_the(obj: str) -> str:
    """`obj` with "the" before a bare singular noun after "of" ("the factorial of number"
    read as a form's label: BFCL seed 59 #21, "verified details of lawsuit case" #16)."""
    head, sep, tail = obj.partition(" of ")
    words = tail.split()
    if (not sep or not words or words[0] in _DETERMINERS or not words[0].isalpha()
            or not words[0].islower() or (words[-1].endswith("s")
                                           and not words[-1].endswith(("ss", "us", "is")))):
        return obj
    return f"{head} of the {tail}"


def _passive(obj: str, done: str) -> dict[str, str]:
    """The object and the verb of "<obj> is <done>": a place the object went to follows
    the verb ("A product is added to cart"), never "A product to cart is added"."""
    head, sep, tail = obj.partition(" to ")
    if not sep or not head or not tail.strip():
        return {"obj_cap": obj[:1].upper() + obj[1:], "past_state": done}
    return {"obj_cap": head[:1].upper() + head[1:], "past_state": f"{done} to {tail}"}


# The facts' opening pronoun, when it stands for what the sentence just named.
_IT_LEAD = re.compile(r"^(?:it's|its|it is|it was|it comes to|it has)\b")
_THEY = {"it's": "they're", "its": "their", "it is": "they are", "it was": "they were",
         "it comes to": "they come to", "it has": "they have"}


def _of_plural(facts: str) -> str:
    """Facts said of a plural object: "I bought tickets; they're reserved", not "its
    status is reserved" (only the opening pronoun stands for the object)."""
    return _IT_LEAD.sub(lambda m: _THEY[m.group(0)], facts, count=1)


def yours(text: str) -> str:
    """The user's words from the assistant's side: "my order" -> "your order", "the ways I
    can pay" -> "the ways you can pay"."""
    if "I " in text:
        text = _I_DO.sub(r"you \1", text)
    if " me" in text:  # "let me show me the briefs" is no English
        text = _TO_ME.sub(r"\1 you", text)
    return _MY.sub("your", text) if "my" in text else text


# The user's "I" before a verb, said from the assistant's side as "you".
_I_DO = re.compile(r"\bI (can|could|need|want|have|use|pay|own|follow|like|saved|ordered|"
                   r"booked|bought|made|placed|reserved|paid|added|created|sent)\b")
# The user's "me" after a verb that gives them something ("show me the briefs").
_TO_ME = re.compile(r"\b(show|send|give|tell|get|find|remind|email|text|bring|let) me\b")


def be(obj: str) -> str:
    """"is" or "are" for a noun phrase, by its head ("menu items for delivery" -> "are")."""
    head = _HEAD_END.split(obj, maxsplit=1)[0]
    last = head.rsplit(" ", 1)[-1]
    # "diabetes" and "news" end in "s" and are one thing: "its likelihood", not "their"
    plural = (head.endswith("s") and not head.endswith(("ss", "us", "is"))
              and singular(last) != last.lower())
    return "are" if plural else "is"


# not the last dot of "..."; a quoted sentence keeps its own stop ('...account.".'), in
# any script ('...ですか？".')
_DOUBLE_STOP = re.compile(r"(?<=[^.][.!?])\.(?=\s|$)|(?<=[.!?。？！]\")\.(?=\s|$)"
                          r"|(?<=[。？！])\.(?=\s|$)")
# A sentence's stop inside a clause: "Request completed successfully., with" (an
# abbreviation's dot stays: "Northwind Ltd., with").
_STOP_COMMA = re.compile(r"\b([A-Za-z]+)\.(?=,)")
_ABBREVIATIONS = frozenset({"ltd", "inc", "corp", "co", "jr", "sr", "st", "no", "vs", "etc",
                            "dr", "mr", "mrs", "ms", "bros", "plc", "llc", "ave", "rd"})


def one_stop(text: str) -> str:
    """A quoted value that ends a sentence keeps one stop ("...successfully." not "..");
    one inside a clause keeps none ("successfully, with")."""
    return _STOP_COMMA.sub(_comma_stop, _DOUBLE_STOP.sub("", text))


def _comma_stop(found: re.Match[str]) -> str:
    word = found.group(1)
    keep = len(word) == 1 or word.lower() in _ABBREVIATIONS
    return found.group(0) if keep else word


def sentences(parts: list[str], rng: random.Random) -> str:
    """Facts as one flowing sentence, or two or three shorter ones for longer lists."""
    if len(parts) <= 3 or rng.random() < 0.4:
        return join(parts, rng)
    cut = 2 + int(rng.random() * (len(parts) - 2))
    return join(parts[:cut], rng) + ". " + ("Also, " if rng.random() < 0.5 else "") + join(
        parts[cut:], rng
    )


def join(items: Sequence[str], rng: random.Random, conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    comma = "," if rng.random() < 0.3 and len(items) > 2 else ""
    return ", ".join(items[:-1]) + f"{comma} {conj} " + items[-1]
