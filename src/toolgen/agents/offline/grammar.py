r"""A tiny composable phrase grammar: choice, optional, sequence, rule references, slots.

Rule bodies are strings in a small notation, compiled once on first use:

    "(hi|hello|hey)[ there], <ask> $thing"

- `(a|b|c)` choose one alternative (each equally likely; repeat one to weight it),
- `[x]` optional, included half of the time; they nest,
- `<rule>` expand another rule of the same grammar (itself a list of alternatives),
- `$name` insert the caller's variable `name` as is,
- `\x` the character x literally (for real parentheses: `\(like this\)`).

Because choices nest and rules call rules, a few lines multiply into thousands of
phrasings. Realising only draws from the given `random.Random`, so it is deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from typing import Union

# A compiled node: a literal, a rule ref, a variable, an optional sequence, or a choice.
Node = Union[str, "Ref", "Var", "Opt", "Alt"]
Seq = tuple[Node, ...]


class Ref:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class Var:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class Opt:
    __slots__ = ("body",)

    def __init__(self, body: Seq) -> None:
        self.body = body


class Alt:
    __slots__ = ("options",)

    def __init__(self, options: tuple[Seq, ...]) -> None:
        self.options = options


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class GrammarError(ValueError):
    pass


def _parse(src: str) -> Seq:
    """Parse one rule body; raises GrammarError on unbalanced brackets."""
    pos = 0

    def seq(stop: str) -> tuple[Seq, str]:
        nonlocal pos
        out: list[Node] = []
        buf: list[str] = []

        def flush() -> None:
            if buf:
                out.append("".join(buf))
                buf.clear()

        while pos < len(src):
            ch = src[pos]
            if ch in stop:
                flush()
                pos += 1
                return tuple(out), ch
            pos += 1
            if ch == "\\" and pos < len(src):
                buf.append(src[pos])  # escaped: a literal bracket, bar or sigil
                pos += 1
            elif ch == "(":
                flush()
                options: list[Seq] = []
                while True:
                    body, end = seq("|)")
                    options.append(body)
                    if end == ")":
                        break
                out.append(Alt(tuple(options)))
            elif ch == "[":
                flush()
                body, _ = seq("]")
                out.append(Opt(body))
            elif ch in "<$":
                m = _NAME.match(src, pos)
                if not m:
                    raise GrammarError(f"bad name at {pos} in {src!r}")
                flush()
                pos = m.end()
                if ch == "<":
                    if not src.startswith(">", pos):
                        raise GrammarError(f"unclosed <{m.group(0)} in {src!r}")
                    pos += 1
                    out.append(Ref(m.group(0)))
                else:
                    out.append(Var(m.group(0)))
            elif ch in ")]|>":
                raise GrammarError(f"unbalanced {ch!r} in {src!r}")
            else:
                buf.append(ch)
        if stop:
            raise GrammarError(f"missing one of {stop!r} in {src!r}")
        flush()
        return tuple(out), ""

    body, _ = seq("")
    return body


class Grammar:
    """Named rules, each a list of alternative bodies; compiled lazily, then cached."""

    __slots__ = ("_compiled", "_raw")

    def __init__(self, rules: Mapping[str, Sequence[str]]) -> None:
        self._raw = rules
        self._compiled: dict[str, tuple[Seq, ...]] | None = None

    def _rules(self) -> dict[str, tuple[Seq, ...]]:
        if self._compiled is None:
            compiled = {k: tuple(_parse(b) for b in v) for k, v in self._raw.items()}
            for alts in compiled.values():
                _check_refs(alts, compiled)
            self._compiled = compiled
        return self._compiled

    def has(self, rule: str) -> bool:
        return rule in self._raw

    def say(self, rule: str, rng: random.Random, env: Mapping[str, str] | None = None) -> str:
        """Realise `rule` with variables from `env` (raw: see `tidy` for spacing)."""
        rules = self._rules()
        out: list[str] = []
        alts = rules[rule]
        _emit(alts[int(rng.random() * len(alts))], rules, rng, env or {}, out)
        return "".join(out)


def _check_refs(alts: tuple[Seq, ...], rules: Mapping[str, object]) -> None:
    stack: list[Seq] = list(alts)
    while stack:
        for node in stack.pop():
            if isinstance(node, Ref) and node.name not in rules:
                raise GrammarError(f"unknown rule <{node.name}>")
            if isinstance(node, Opt):
                stack.append(node.body)
            elif isinstance(node, Alt):
                stack.extend(node.options)


def _emit(
    seq: Seq,
    rules: Mapping[str, tuple[Seq, ...]],
    rng: random.Random,
    env: Mapping[str, str],
    out: list[str],
) -> None:
    for node in seq:
        if type(node) is str:
            out.append(node)
        elif type(node) is Alt:
            opts = node.options
            _emit(opts[int(rng.random() * len(opts))], rules, rng, env, out)
        elif type(node) is Opt:
            if rng.random() < 0.5:
                _emit(node.body, rules, rng, env, out)
        elif type(node) is Ref:
            alts = rules[node.name]
            _emit(alts[int(rng.random() * len(alts))], rules, rng, env, out)
        elif type(node) is Var:
            out.append(env[node.name])


_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.!?;:])")
_DOUBLE_PUNCT = re.compile(r"([,;:])(?:\s*[,;:])+|,\s*([.!?])|\.\s*\.(?!\.)")
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")


def tidy(text: str, capitalize: bool = True) -> str:
    """Spacing and punctuation clean-up after optional parts dropped out.

    Runs on masked text (values are opaque tokens), so it never touches a value.
    """
    text = text.strip()
    # Cheap substring checks first: most sentences need none of these passes.
    if "  " in text or "\t" in text:
        text = _SPACES.sub(" ", text)
    if " " in text and (" ," in text or " ." in text or " ?" in text or " !" in text
                        or " ;" in text or " :" in text):
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if ",," in text or ", " in text or ".." in text or ". ." in text or ";" in text or ":" in text:
        text = _DOUBLE_PUNCT.sub(lambda m: m.group(1) or m.group(2) or ".", text)
    # A sentence start to raise is the first character or one after a stop that is not
    # the last character: most texts end with their only stop and start upper-case.
    if capitalize and ("a" <= text[:1] <= "z" or "." in text[:-1] or "!" in text[:-1]
                       or "?" in text[:-1]):
        text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    return text
