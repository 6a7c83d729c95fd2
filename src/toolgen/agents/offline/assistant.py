"""The assistant's words, offline: clarifying questions, preambles, final and follow-up
answers built on tool results, error recovery, missing tools, off-topic answers,
pagination notes and closings.

Every `Fact.value` is placed as an opaque token (`masking.Vault`) and restored after the
text is tidied, so the answer cites each result exactly as the tool returned it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace

from toolgen.agents.offline import smalltalk
from toolgen.agents.offline.assistant_phrases import GRAMMAR
from toolgen.agents.offline.clauses import fact_clauses, role_of
from toolgen.agents.offline.goal_phrases import goal_phrase, past, topic, worked
from toolgen.agents.offline.grammar import tidy
from toolgen.agents.offline.masking import Vault
from toolgen.agents.offline.types import Fact, Intent, Outcome, article
from toolgen.executor.values import plural
from toolgen.records.plan import Style


def assistant_clarify(missing: Sequence[str], rng: random.Random, style: Style = "chatty") -> str:
    """Asks for the missing required values, named by their labels."""
    labels = [m for m in missing if m] or ["details"]
    joined = _join(labels, rng)
    env = {"missing": joined, "missing_is": "are" if len(labels) > 1 else "is",
           "missing_cap": joined[:1].upper() + joined[1:]}
    rule = {"formal": "clarify_formal", "terse": "clarify_terse"}.get(style, "clarify")
    return tidy(GRAMMAR.say(rule, rng, env))


def assistant_preamble(intents: Sequence[Intent], rng: random.Random) -> str | None:
    """A short line before tool calls, or None (most real turns go straight to the call)."""
    if rng.random() < 0.55:
        return None
    phrase = _yours(goal_phrase(intents[0], rng)) if intents else "look into it"
    return tidy(GRAMMAR.say("preamble", rng, {"phrase": phrase}))


def assistant_final(facts: Sequence[Fact], intents: Sequence[Intent], rng: random.Random) -> str:
    """The answer after the tools ran; every fact value appears verbatim."""
    return _answer("final", facts, intents, rng)


def assistant_follow_up_answer(
    facts: Sequence[Fact], intent: Intent | None, rng: random.Random
) -> str:
    """The answer to a follow-up request, shorter and referring back."""
    return _answer("follow", facts, [intent] if intent else [], rng)


_KINDS: tuple[tuple[str, str], ...] = (
    ("rate", "err_rate"), ("429", "err_rate"), ("throttl", "err_rate"),
    ("auth", "err_auth"), ("401", "err_auth"), ("403", "err_auth"), ("token", "err_auth"),
    ("not_found", "err_not_found"), ("notfound", "err_not_found"), ("404", "err_not_found"),
    ("empty", "err_empty"), ("wrong", "err_wrong_tool"), ("similar", "err_wrong_tool"),
    ("order", "err_order"), ("missing_input", "err_order"), ("depend", "err_order"),
    ("valid", "err_validation"), ("type", "err_validation"), ("enum", "err_validation"),
    ("missing", "err_validation"), ("argument", "err_validation"), ("4", "err_validation"),
    ("server", "err_server"), ("5", "err_server"), ("timeout", "err_server"),
)
_FIELD = re.compile(
    r"(?:field|parameter|argument|param|property)\s*[\"'`]?([A-Za-z_][\w.\-]*)"
    r"|[\"'`]([A-Za-z_][\w.\-]*)[\"'`]\s+(?:is|must|should|was)",
    re.IGNORECASE,
)


def assistant_error_recovery(kind: str, error: str, rng: random.Random) -> str:
    """Reads a failed call's error and says what it changes next (fix, retry, re-auth).

    `kind` is the fault kind ("validation", "server", "rate_limit", "auth", "not_found",
    "empty", "out_of_order"; HTTP codes work too). The error is put in the assistant's
    own words; it is never quoted raw, and an empty one is never shown as a placeholder.
    """
    low = kind.lower()
    rule = next((r for key, r in _KINDS if key in low), "err_other")
    m = _FIELD.search(error)
    field = (m.group(1) or m.group(2)) if m else ""
    if rule == "err_validation" and not field:
        rule = "err_other"
    env = {"field": _field_label(field), "reason": _reason(error, field)}
    return tidy(GRAMMAR.say(rule, rng, env))


def assistant_wrong_tool(wrong: Intent, right: Intent, rng: random.Random) -> str:
    """After calling a similar but wrong tool: says which one it was and what it does now."""
    if wrong.obj == right.obj:
        return tidy(GRAMMAR.say("err_wrong_tool_same", rng))
    env = {"wrong": topic(wrong, rng), "right": goal_phrase(right, rng)}
    return tidy(GRAMMAR.say("err_wrong_tool", rng, env))


def assistant_report(outcomes: Sequence[Outcome], rng: random.Random) -> str:
    """The answer after the tools ran: one sentence per call the user asked for, naming
    what it is; failures, not-found and empty results said plainly; every fact verbatim."""
    vault = Vault()
    parts = [_report_one(o, vault, rng) if n == 1 else _report_same(o, n, rng)
             for o, n in _same_once(outcomes)]
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
    return _one_stop(vault.restore(text))


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


# not the last dot of "..."; a quoted sentence keeps its own stop ('...account.".')
_DOUBLE_STOP = re.compile(r"(?<=[^.][.!?])\.(?=\s|$)|(?<=[.!?]\")\.(?=\s|$)")
# A sentence's stop inside a clause: "Request completed successfully., with" (an
# abbreviation's dot stays: "Northwind Ltd., with").
_STOP_COMMA = re.compile(r"\b([A-Za-z]+)\.(?=,)")
_ABBREVIATIONS = frozenset({"ltd", "inc", "corp", "co", "jr", "sr", "st", "no", "vs", "etc",
                            "dr", "mr", "mrs", "ms", "bros", "plc", "llc", "ave", "rd"})


def _one_stop(text: str) -> str:
    """A quoted value that ends a sentence keeps one stop ("...successfully." not "..");
    one inside a clause keeps none ("successfully, with")."""
    return _STOP_COMMA.sub(_comma_stop, _DOUBLE_STOP.sub("", text))


def _comma_stop(found: re.Match[str]) -> str:
    word = found.group(1)
    keep = len(word) == 1 or word.lower() in _ABBREVIATIONS
    return found.group(0) if keep else word


def said_once(outcomes: Sequence[Outcome], keep: int = 2) -> list[Outcome]:
    """Each outcome with at most `keep` facts, none already said for an earlier call of the
    same answer (two calls returning one user or one booking are reported once, not twice;
    the later one gets its other details). An outcome left with nothing new is `same`."""
    said: set[str] = set()
    texts: list[str] = []  # this answer's longer values said, where a shorter one may stand
    countries: set[str] = set()
    out: list[Outcome] = []
    asked = " " + " | ".join(o.intent.phrase.lower() for o in outcomes) + " "
    for o in outcomes:
        fresh: list[Fact] = []
        repeats = False
        for f in o.facts:
            low = _bare(f.value)
            repeats = repeats or low in said
            if low in said or (o.status == "ok" and f" {low} " in asked):
                continue  # said already, or only echoes what the user asked for
            if _stands_in(low, texts):
                # "the summary is 113 checked: 103 valid, 10 invalid" says the 103 valid:
                # "with valid 103" after it states one figure twice
                continue
            said.add(low)
            if " " in low:
                texts.append(low)
            fresh.append(f)
            if len(fresh) == max(keep, o.listed):
                break
        if repeats and (not fresh or (not o.action and all(_points(f) for f in fresh))):
            # Why: "same as above" is only true when the result holds nothing new; a
            # later item that is new is what the answer reports. An id or a count left
            # over is no news about the item said already ("the first with photo ID
            # pht_907737" of the photo just added).
            fresh = []
            for f in o.spare:
                low = _bare(f.value)
                if low not in said and not _stands_in(low, texts):
                    said.add(low)
                    fresh.append(f)
                    if len(fresh) == keep:
                        break
        out.append(replace(o, facts=tuple(_named_once(fresh, countries)),
                           same=repeats and not fresh))
    return out


def _bare(value: str) -> str:
    """A value as said, lower-cased, without the quotes a quoted text gets: the fact's
    '"This subject is covered..."' and its `text` field are one text."""
    return value.strip().strip('"\u201c\u201d').lower()


def _stands_in(low: str, texts: list[str]) -> bool:
    """Whether `low` stands as words of its own (not inside a longer number or word) in a
    longer value said already."""
    return any(len(t) > len(low) and _alone_in(low, t) for t in texts)


def _alone_in(part: str, text: str) -> bool:
    r"""Whether `re.search(rf"(?<!\w){re.escape(part)}(?!\w)", text)` finds `part`,
    answered with `str.find` and the boundary test itself: the values come from each
    record, so a pattern per value was compiled anew (and pushed others out of `re`'s
    cache) for the one or two searches it made."""
    end = len(text)
    at = text.find(part)
    while at >= 0:
        after = at + len(part)
        if not (at > 0 and _word_char(text[at - 1])) and not (
                after < end and _word_char(text[after])):
            return True
        at = text.find(part, at + 1)
    return False


def _word_char(c: str) -> bool:
    r"""Whether `c` is a word character as re's `\w` reads str patterns."""
    return c.isalnum() or c == "_"


def _named_once(facts: list[Fact], countries: set[str]) -> list[Fact]:
    """A country named by an earlier call's fact is not named again ("France has 66,987,244
    people. As for the capital, the capital is Paris"): its facts keep their plain label."""
    out = []
    named: set[str] = set()
    for f in facts:
        kind, of, country = f.label.partition(" of ")
        if of and role_of(f) == "world":
            if country in countries:
                f = Fact(label=kind, value=f.value)
            named.add(country)  # this call's facts name it once between them (`clauses`)
        out.append(f)
    countries |= named
    return out


def _points(fact: Fact) -> bool:
    """A fact that only points at a record or counts a list (an id, a total)."""
    role = role_of(fact)
    return role == "count" or (role == "reference" and fact.label.lower().endswith(" id"))


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


def _report_same(o: Outcome, n: int, rng: random.Random) -> str:
    """`n` results of one request that repeat what was said, said once."""
    about = _yours(topic(o.intent, rng))
    return GRAMMAR.say("rep_same_many", rng, {"topic": about, "n": _COUNTS.get(n, str(n))})


def _report_one(o: Outcome, vault: Vault, rng: random.Random) -> str:
    if o.echoed and o.status == "ok" and o.facts:
        # what came back only says the request back: not "it's Switzerland" for a
        # population
        about = _yours(topic(o.intent, rng))
        said = _join([vault.put(f.value) for f in o.facts], rng)
        return f"{about[:1].upper() + about[1:]} came back for {said}, with nothing else in it."
    grouped: dict[str, list[str]] = {}
    done_word = (past(o.intent.verb) or "").lower() if o.action and o.status == "ok" else ""
    kept = [f for f in o.facts if not (
        done_word and f.label == "status" and f.value.lower() in (done_word, "success"))]
    # "the booking is cancelled" already says its status is cancelled
    labels = [f.label or "result" for f in kept]
    if len(set(labels)) == len(labels):  # one value per label: said as a person would
        return _report_said(o, fact_clauses(kept, vault.put, rng), vault, rng)
    for f in kept:
        grouped.setdefault(f.label or "result", []).append(vault.put(f.value))
    facts = _sentences([
        GRAMMAR.say("fact_total" if label == "total" and o.facts[0].label != "total" else "fact",
                    rng, {"label": label, "value": values[0]}) if len(values) == 1
        else f"the {plural(label)} are {_join(values, rng)}"
        for label, values in grouped.items()], rng)
    return _report_said(o, facts, vault, rng)


def _report_said(o: Outcome, facts: str, vault: Vault, rng: random.Random) -> str:
    """One outcome's sentence around its facts text."""
    about = _yours(topic(o.intent, rng))
    env = {"topic": about, "topic_cap": about[:1].upper() + about[1:], "facts": facts,
           "phrase": _yours(goal_phrase(o.intent, rng)),
           "reason": o.reason or "the service said no"}
    if o.status == "ok" and o.action:
        done = past(o.intent.verb)
        prep = o.intent.obj.split(" ", 1)[0].lower() in ("to", "into", "from", "on", "in",
                                                          "for", "with", "of")
        obj = _yours(_determined(o.intent))  # "I've uploaded your files", not "my files"
        if done and not facts and o.facts and not prep:  # only the status, which `done` says
            env.update(past=done, past_state=done, obj=obj,
                       obj_cap=obj[:1].upper() + obj[1:], be=_be(obj))
            return GRAMMAR.say("rep_done_bare", rng, env)
        if done is None or not facts or prep:  # not "I added to order"
            return GRAMMAR.say("rep_done_plain", rng, env) if facts else (
                f"The request to {env['phrase']} went through.")
        env.update(past=done, past_state=done, obj=obj, obj_cap=obj[:1].upper() + obj[1:],
                   be=_be(obj), facts=_of_plural(facts) if _be(obj) == "are" else facts)
        return GRAMMAR.say("rep_done", rng, env)
    if o.status == "ok" and facts and worked(o.intent.verb):
        obj = _yours(_determined(o.intent))
        env.update(past=worked(o.intent.verb) or "", obj=obj,
                   facts=_of_plural(facts) if _be(obj) == "are" else facts)
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
    if not all(w.isascii() and w.islower() for w in words[:2]):
        return obj
    head = _HEAD_END.split(obj, maxsplit=1)[0]
    if head.endswith("s") and not head.endswith(("ss", "us", "is")):
        return obj
    return f"{article(words[0])} {obj}" if intent.verb in _MADE else f"the {obj}"


# The facts' opening pronoun, when it stands for what the sentence just named.
_IT_LEAD = re.compile(r"^(?:it's|its|it is|it was|it comes to|it has)\b")
_THEY = {"it's": "they're", "its": "their", "it is": "they are", "it was": "they were",
         "it comes to": "they come to", "it has": "they have"}


def _of_plural(facts: str) -> str:
    """Facts said of a plural object: "I bought tickets; they're reserved", not "its
    status is reserved" (only the opening pronoun stands for the object)."""
    return _IT_LEAD.sub(lambda m: _THEY[m.group(0)], facts, count=1)


def _yours(text: str) -> str:
    """The user's words from the assistant's side: "my order" -> "your order"."""
    return _MY.sub("your", text) if "my" in text else text


def _be(obj: str) -> str:
    """"is" or "are" for a noun phrase, by its head ("menu items for delivery" -> "are")."""
    head = _HEAD_END.split(obj, maxsplit=1)[0]
    plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
    return "are" if plural else "is"


def _field_label(field: str) -> str:
    from toolgen.agents.offline.labels import slot_label

    return slot_label(field) if field else "request"


def _reason(error: str, field: str) -> str:
    """The error in plain words: "it is required", "it must be one of a, b"."""
    low = error.lower()
    label = _field_label(field)
    if "required" in low:
        plural = _be(label) == "are"
        return f"the {label} {'are' if plural else 'is'} required and I left " \
               f"{'them' if plural else 'it'} out"
    m = re.search(r"must be one of ([^.;]+)", error)
    if m:
        return f"the {label} must be one of {m.group(1).strip()}"
    if "yyyy" in low or ("date" in low and "format" in low):
        return f"the {label} needs a YYYY-MM-DD date"
    if "type" in low or "not of type" in low or "expected" in low:
        return f"the {label} has the wrong type"
    if field:
        return f"the {label} value isn't one it accepts"
    quoted = _quote(error)
    return quoted if quoted else "the service returned an error"


def assistant_missing_tool(
    capability: str, alternatives: Sequence[Intent], rng: random.Random
) -> str:
    """Says the capability is not available and offers what the tools can do."""
    env = {"capability": capability}
    if not alternatives:
        return tidy(GRAMMAR.say("missing_none", rng, env))
    picks = list(dict.fromkeys(a.phrase for a in alternatives))[:3]
    env["alts"] = _join(picks, rng, "or")
    return tidy(GRAMMAR.say("missing", rng, env))


def assistant_irrelevant_answer(question: str, rng: random.Random) -> str:
    """Answers a question that needs no tool, from general knowledge."""
    return smalltalk.answer(question, rng)


def assistant_pagination(rng: random.Random) -> str:
    return tidy(GRAMMAR.say("pagination", rng))


# What a user's last message does: thanks ("thx", "much appreciated"; a casual user's
# typo "thnaks" still thanks), wishes the assistant well ("Have a good day."), signs off
# a letter ("Kind regards.").
_THANKS = re.compile(r"\bth\w{1,3}k|\b(?:thx|ty|cheers|appreciated?|grateful)\b", re.I)
_WISH = re.compile(r"\bhave an? (?:good|great|nice|lovely) \w+", re.I)
_SIGNED = re.compile(r"\bregards\b|\bbye\b", re.I)


def assistant_closing(heard: str, rng: random.Random) -> str:
    """The reply to the user's closing message `heard`, answering what it does: a thank-you
    gets "You're welcome", a wish gets one back ("You too!"), a sign-off a goodbye, and a
    plain "OK." or "That's all." no "You're welcome" for thanks never given."""
    thanked = bool(_THANKS.search(heard))
    part = "wish" if _WISH.search(heard) else "signed" if _SIGNED.search(heard) else ""
    rule = "closing" if thanked else "closing_plain"
    if part:
        rule = f"closing_{part}_thanked" if thanked else f"closing_{part}"
    return tidy(GRAMMAR.say(rule, rng))


def _answer(rule: str, facts: Sequence[Fact], intents: Sequence[Intent], rng: random.Random) -> str:
    vault = Vault()
    phrase = intents[0].phrase if intents else "look into it"
    if not facts:
        return tidy(GRAMMAR.say("err_empty", rng, {}))
    parts = [GRAMMAR.say("fact", rng, {"label": f.label or "result", "value": vault.put(f.value)})
             for f in facts]
    bullets = "\n".join(f"- {f.label or 'result'}: {vault.put(f.value)}" for f in facts)
    env = {"facts": _sentences(parts, rng), "bullets": bullets, "phrase": phrase}
    text = GRAMMAR.say(rule, rng, env)
    lines = [tidy(line) for line in text.split("\n")]  # bullets keep their own lines
    return _one_stop(vault.restore("\n".join(lines)))


def _sentences(parts: list[str], rng: random.Random) -> str:
    """Facts as one flowing sentence, or two or three shorter ones for longer lists."""
    if len(parts) <= 3 or rng.random() < 0.4:
        return _join(parts, rng)
    cut = 2 + int(rng.random() * (len(parts) - 2))
    return _join(parts[:cut], rng) + ". " + ("Also, " if rng.random() < 0.5 else "") + _join(
        parts[cut:], rng
    )


def _join(items: Sequence[str], rng: random.Random, conj: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    comma = "," if rng.random() < 0.3 and len(items) > 2 else ""
    return ", ".join(items[:-1]) + f"{comma} {conj} " + items[-1]


def _quote(error: str) -> str:
    """A short, brace-free excerpt of an error message, safe to quote in prose ("" when
    there is nothing to quote)."""
    line = error.strip().splitlines()[0] if error.strip() else ""
    line = re.sub(r"[{}\[\]\"]", "", line).replace("None", "none").strip(" .")
    return line[:117] + "..." if len(line) > 120 else line
