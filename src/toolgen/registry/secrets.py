"""Credential hygiene: which parameters are auth/header plumbing, which values look secret.

Owns `is_secret_param` (dropped from tool parameters), `looks_like_secret` (defaults and
description tokens that must never reach the registry), `scrub_text` and
`collect_corpus_secrets` (the set tests and validators check for leaks).

Scanning free text is the costly part of loading a big corpus, and a loader scrubs the
very descriptions the secret collector then scans: `scan_text` finds both the scrubbed
text and the secrets it removed in one regex pass, memoised (bounded), so the second
look at a text is a dictionary hit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Sequence, Set
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import orjson

from toolgen.registry.files import read_regular

_SECRET_NAMES = frozenset(
    {
        "apikey", "xapikey", "xrapidapikey", "xrapidapihost", "rapidapikey", "authorization",
        "auth", "authkey", "authtoken", "token", "accesstoken", "refreshtoken", "apitoken",
        "bearertoken", "bearer", "idtoken", "sessiontoken", "secret", "clientsecret",
        "apisecret", "secretkey", "password", "passwd", "passphrase", "privatekey",
        "accesskey", "hapikey", "credentials", "cookie", "xauthtoken", "xaccesstoken",
        "proxyauthorization", "appkey", "appsecret", "consumerkey", "consumersecret",
    }
)
# Session identifiers are kept as parameters (an API may need one) but their corpus values
# are someone's live session: never a default, never in a record.
_SESSION_NAMES = frozenset({"sessionid", "sessionkey", "sid", "sessid", "phpsessid",
                            "jsessionid", "aspsessionid", "sessioncookie"})
_SECRET_SUFFIXES = ("apikey", "password", "secret", "privatekey", "accesskey", "passphrase",
                    "accesstoken", "authtoken", "secretkey", "apitoken")
# Pagination and workflow tokens are ordinary arguments, not credentials.
_BENIGN_TOKEN_PREFIXES = ("page", "next", "prev", "continuation", "cursor", "sync", "pagination",
                          "verification", "request", "reset", "confirm", "csrf")
_NON_ALNUM = re.compile(r"[^a-z0-9]")
_KEY_MENTION = re.compile(
    r"\b(api[\s_-]?key|access key|auth\w*\s+key|your key|secret|token|credential)",
    re.IGNORECASE,
)

# Keys a provider issues to its customer (emailed to a publisher, read-only keys of a data
# feed), whatever the description says: ToolBench's `publisherKey` is mostly undescribed.
_KEYED_CREDENTIALS = frozenset({"publisherkey", "readkey", "writekey", "userkey",
                                "licensekey", "licencekey", "subscriptionkey", "clientkey",
                                "customerkey", "partnerkey", "developerkey", "httppass",
                                "loginpass", "userpass"})
# Descriptions that name a credential besides `_KEY_MENTION`'s words: a password, and the
# Portuguese / Spanish / Japanese spellings the corpus uses ("Chave de Autenticação").
_CREDENTIAL_WORDS = re.compile(r"passw|autentica|authenticat|APIキー|認証", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"sign-?up-?for-?key|your[_\s-]?(api[_\s-]?)?(key|token)|<your[^>]*>|\{\{[^}]*\}\}",
    re.IGNORECASE,
)
_AUTH_SCHEME = re.compile(
    r"^\s*(bearer|basic|token|apikey|digest)\s+(?=\S*[\d=])\S{8,}", re.IGNORECASE
)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_HOSTNAME = re.compile(r"^[\w-]+(\.[\w-]+)*\.[a-z]{2,}$")
_URL_PART = re.compile(r"[^/?&=#:]{8,}")
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")
_VENDOR_KEY = re.compile(
    r"^(sk|pk|rk)[-_](live|test)[-_]\w+|^sk-[A-Za-z0-9_-]{20,}|^AKIA[0-9A-Z]{16}$|^AIza[\w-]{30,}"
    r"|^gh[pousr]_\w{20,}|^xox[abprs]-[\w-]{10,}"
)
_HEX = re.compile(r"^[0-9a-fA-F]{32,}$")
_TOKENISH = re.compile(r"^[A-Za-z0-9_\-+/=.]{24,}$")
# Case-insensitive only where a word is spelled: a whole-pattern IGNORECASE folds every
# character the scan passes (half its cost on a corpus's descriptions). The token class
# keeps the four non-ASCII letters IGNORECASE let it match (İ ı ſ and the Kelvin sign), so
# the matches are the same.
_TOKEN_CHARS = "A-Za-z0-9_\\-+/=.\u0130\u0131\u017f\u212a"
_CANDIDATES = re.compile(
    rf"(?i:bearer|basic)\s+[{_TOKEN_CHARS}]{{6,}}|(?i:sign-?up-?for-?key)|[{_TOKEN_CHARS}]{{20,}}")
_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")

REDACTED = "<redacted>"


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    return _NON_ALNUM.sub("", name.lower())


def is_secret_name(name: str) -> bool:
    """Auth/header plumbing by name alone: X-RapidAPI-Key, Authorization, api_key..."""
    key = normalise_name(name)
    if not key:
        return False
    if key in _SECRET_NAMES or key.endswith(_SECRET_SUFFIXES):
        return True
    return key.endswith("token") and not key.startswith(_BENIGN_TOKEN_PREFIXES)


def is_credential_name(name: str) -> bool:
    """A name whose value is a credential: secret plumbing or a session identifier."""
    key = normalise_name(name)
    return is_secret_name(name) or key in _SESSION_NAMES or key.endswith("sessionid")


def is_secret_param(name: str, type_label: object, description: str = "",
                    default: object = None) -> bool:
    """True for parameters that must not be offered to a model (credentials, auth headers):
    the tool runtime supplies them, the conversation never does."""
    if isinstance(type_label, str) and type_label.strip().upper() == "CREDENTIALS":
        return True
    if is_secret_name(name):
        return True
    key = normalise_name(name)
    if key in _KEYED_CREDENTIALS:
        return True
    # A bare 'key' (or a '...key' / '...pass' of no known kind) is a credential only when
    # its description or its default says so: locationiq's `key` defaults to
    # '{{Your_API_Key}}', a password field says "Password for HTTP access".
    if (key != "key" and not key.endswith(("key", "pass"))) or key.endswith("keyword"):
        return False
    if _KEY_MENTION.search(description) or _CREDENTIAL_WORDS.search(description):
        return True
    return isinstance(default, str) and bool(
        _PLACEHOLDER.search(default) or (len(default) >= 16 and looks_like_secret(default)))


# Up to eleven regular expressions per value; a corpus repeats its hosts, tokens and
# defaults across endpoints (and the loader and the secret scan ask about the same ones).
@lru_cache(maxsize=1 << 16)
def looks_like_secret(value: str) -> bool:
    """Heuristic: bearer/basic credentials, JWTs, vendor keys, long hex or key-like tokens."""
    text = value.strip()
    if len(text) < 8:
        return False
    if _PLACEHOLDER.search(text) or _AUTH_SCHEME.search(text) or _JWT.search(text):
        return True
    if _VENDOR_KEY.search(text) or _HEX.match(text):
        return True
    # UUIDs are ids far more often than keys; under a secret name they are caught by context.
    if _UUID.match(text) or _HOSTNAME.match(text):
        return False
    # Dotted tokens are qualified names (Java/JS methods, hosts), not keys.
    if not _TOKENISH.match(text) or "." in text or text.count("/") > 1:
        return False
    # Long unbroken tokens mixing digits and both cases are keys, not words or slugs.
    return bool(_DIGIT.search(text) and _UPPER.search(text) and _LOWER.search(text)) or (
        len(text) >= 32 and bool(_DIGIT.search(text)) and "_" not in text and "." not in text
    )


def scrub_text(text: str) -> str:
    """Replace credential-looking tokens in free text (descriptions) with '<redacted>'."""
    return scan_text(text)[0]


def scan_text(text: str) -> tuple[str, tuple[str, ...]]:
    """(`text` with credential-looking tokens redacted, the tokens redacted), one pass."""
    if len(text) < 8:
        return text, ()
    return _scan(text)


@lru_cache(maxsize=1 << 15)
def _scan(text: str) -> tuple[str, tuple[str, ...]]:
    found: list[str] = []

    def redact(match: re.Match[str]) -> str:
        token = match.group(0)
        if looks_like_secret(token):
            found.append(token)
            return REDACTED
        return token

    scrubbed = _CANDIDATES.sub(redact, text)
    return scrubbed, tuple(found)


def scrub_url(url: str) -> str:
    """Path or query segments of a URL that look like keys become '<redacted>'."""
    return _scrub_url(url) if len(url) >= 8 else url


@lru_cache(maxsize=1 << 15)
def _scrub_url(url: str) -> str:
    return _URL_PART.sub(_redact_match, url)


def _redact_match(match: re.Match[str]) -> str:
    token = match.group(0)
    return REDACTED if looks_like_secret(token) else token


def contains_secret(value: object, in_secret: bool = False) -> bool:
    """True if a (possibly nested) value holds a credential-like string or a secret-named key.

    `in_secret` says the value sits under a credential name (a session id, a token), where
    any key-strength string counts.
    """
    if value is None or isinstance(value, bool | int | float):
        return False
    if isinstance(value, str) and len(value) < 8:
        return False  # too short for any rule below (most corpus defaults are "")
    return any(True for _ in _secret_strings(value, in_secret=in_secret))


def _secret_strings(value: object, in_secret: bool) -> Iterator[str]:
    if isinstance(value, str):
        text = value.strip()
        if _is_secret_value(text, in_secret):
            yield text
        elif text.startswith(("[", "{")):
            try:
                decoded = orjson.loads(text)
            except orjson.JSONDecodeError:
                yield from _text_secrets(text)
                return
            yield from _secret_strings(decoded, in_secret)
        else:
            yield from _text_secrets(text)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _secret_strings(item, in_secret or is_credential_name(str(key)))
    elif isinstance(value, list):
        for item in value:
            yield from _secret_strings(item, in_secret)


def secrets_in_endpoint(endpoint: dict[str, object]) -> set[str]:
    """Credential-like values in one ToolBench endpoint: defaults, headers, description tokens."""
    found: set[str] = set()
    for key in ("required_parameters", "optional_parameters"):
        params = endpoint.get(key)
        if not isinstance(params, list):
            continue
        for param in params:
            if isinstance(param, dict):
                scanned = scan_param(param)
                found |= scanned.in_default
                found.update(scanned.in_description)
    return found | endpoint_own_secrets(endpoint)


def endpoint_own_secrets(endpoint: dict[str, object]) -> set[str]:
    """The part of `secrets_in_endpoint` outside its parameters: headers, description."""
    found = set(_secret_strings(endpoint.get("headers"), in_secret=False))
    found.update(_text_secrets(endpoint.get("description")))
    return found


class ParamScan(NamedTuple):
    """What the secret scan finds in one ToolBench parameter object, with the verdicts it
    reached on the way (a loader reading the same object reuses them; a named tuple, quick
    to make for every distinct parameter of a corpus)."""

    name: str
    """`str(param["name"])`, the name the verdicts are about."""
    description: str
    """`str(param["description"])`."""
    credential: bool
    """`is_credential_name(name)`."""
    secret_param: bool
    """`is_secret_param(name, param["type"], description)`."""
    in_default: frozenset[str]
    """Credential-like values of its default (any string under a secret name counts)."""
    in_description: tuple[str, ...]


def scan_param(param: dict[str, object]) -> ParamScan:
    """The secret scan of one parameter object (`secrets_in_endpoint`). A scan is shared
    by every parameter object alike in name, description, type and default (40% of a
    ToolBench corpus's parameters repeat one); nobody changes a ParamScan."""
    parts = (param.get("name", ""), param.get("description", ""), param.get("type"),
             param.get("default"))
    if all(p is None or p.__class__ is str for p in parts):
        return _scan_plain(*parts)
    return _scan_param(*parts)


@lru_cache(maxsize=1 << 15)
def _scan_plain(name: str | None, description: str | None, label: str | None,
                default: str | None) -> ParamScan:
    return _scan_param(name, description, label, default)


def _scan_param(raw_name: object, raw_description: object, label: object,
                default: object) -> ParamScan:
    name = str(raw_name)
    description = str(raw_description)
    credential = is_credential_name(name)
    secret_param = is_secret_param(name, label, description, default)
    return ParamScan(name, description, credential, secret_param,
                     frozenset(_secret_strings(default, credential or secret_param)),
                     tuple(_text_secrets(raw_description)))


def _is_secret_value(text: str, in_secret: bool) -> bool:
    if in_secret and _strong_enough(text):
        return True
    return len(text) <= 80 and " " not in text and looks_like_secret(text)


def _strong_enough(text: str) -> bool:
    """A value under a secret name counts when it could be a real key, not 'password'."""
    return (
        len(text) >= 12 and " " not in text and bool(_DIGIT.search(text))
        and bool(re.search(r"[A-Za-z]", text)) and not _HOSTNAME.match(text)
    )


def _text_secrets(text: object) -> Iterator[str]:
    if isinstance(text, str):
        yield from scan_text(text)[1]


def text_secrets(text: object) -> tuple[str, ...]:
    """The credential-like tokens of a free-text field (nothing unless it is a string)."""
    return scan_text(text)[1] if isinstance(text, str) else ()


def collect_corpus_secrets(path: Path, skip: Set[str] = frozenset()) -> set[str]:
    """Every credential-like value in a ToolBench/OpenAI/BFCL corpus (a file or a directory).

    Reads only regular files within the loaders' size limit: a FIFO would block forever
    and `/dev/zero` never ends, and a file the loaders skip holds no tool to leak from.
    Files named in `skip` (as `str(path)`) are not read: the loader scanned them already.
    """
    found: set[str] = set()
    for _file, secrets in secrets_by_file(path, skip):
        found |= secrets
    return found


def secrets_by_file(path: Path, skip: Set[str] = frozenset()) -> Iterator[tuple[str, set[str]]]:
    """(`str(file)`, its credential-like values) for every file `collect_corpus_secrets`
    reads that holds any."""
    for file in _json_files(path, skip):
        found = secrets_in_file(file)
        if found:
            yield str(file), found


def secrets_in_file(file: Path) -> set[str]:
    """The credential-like values of one corpus file (empty when it cannot be read)."""
    found: set[str] = set()
    raw = read_regular(file)
    if raw is None:
        return found
    for data in _documents(raw):
        found.update(_secrets_in_document(data))
    return found


def secret_spans(file: Path, found: Set[str]) -> list[tuple[int, int]] | None:
    """Where each of `found` (the secrets of `file`) lies verbatim in the file's bytes, so
    they can be read back without decoding and scanning the file again; None when one
    does not (written with a JSON escape) or the file cannot be read."""
    raw = read_regular(file)
    if raw is None:
        return None
    spans = []
    for secret in sorted(found):
        try:
            needle = secret.encode("utf-8")
        except UnicodeEncodeError:
            return None
        start = raw.find(needle)
        if start < 0:
            return None
        spans.append((start, start + len(needle)))
    return spans


def secrets_at(file: Path, spans: Iterable[Sequence[int]]) -> set[str] | None:
    """The secrets `secret_spans` located in `file` (unchanged since: the caller checks);
    None when the file cannot be read or a span is not text."""
    raw = read_regular(file)
    if raw is None:
        return None
    found: set[str] = set()
    for start, end in spans:
        try:
            found.add(raw[start:end].decode("utf-8"))
        except UnicodeDecodeError:
            return None
    return found


def secrets_in_document(data: object) -> set[str]:
    """Credential-like values in one decoded corpus document (any format)."""
    return _secrets_in_document(data)


def _secrets_in_document(data: object) -> set[str]:
    found: set[str] = set()
    if isinstance(data, dict) and isinstance(data.get("api_list"), list):
        for endpoint in data["api_list"]:
            if isinstance(endpoint, dict):
                found |= secrets_in_endpoint(endpoint)
        found.update(_text_secrets(data.get("tool_description")))
    else:
        found.update(_secrets_in_schema_doc(data))
    return found


def _secrets_in_schema_doc(node: object) -> Iterator[str]:
    """Defaults in OpenAI/BFCL parameter schemas (question text never reaches a registry)."""
    if isinstance(node, list):
        for item in node:
            yield from _secrets_in_schema_doc(item)
    elif isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            for name, spec in props.items():
                if isinstance(spec, dict) and "default" in spec:
                    yield from _secret_strings(spec["default"], is_credential_name(str(name)))
        for key, value in node.items():
            if key != "question":
                yield from _secrets_in_schema_doc(value)


def _documents(raw: bytes) -> Iterator[object]:
    """One JSON document, or (for BFCL-style JSON Lines) one per line."""
    try:
        yield orjson.loads(raw)
        return
    except orjson.JSONDecodeError:
        pass
    for line in raw.splitlines():
        try:
            yield orjson.loads(line)
        except orjson.JSONDecodeError:
            continue


def _json_files(path: Path, skip: Set[str] = frozenset()) -> Iterator[Path]:
    """The JSON files under `path`, but those named in `skip` (as `str(path)`)."""
    if path.is_file():
        if str(path) not in skip:
            yield path
        return
    for root, _dirs, files in os.walk(path):
        for name in sorted(files):
            # The loader decoded (and skips) nearly every file of a big corpus: no Path
            # is made for those (os.walk's join spells them as `str(Path)` does; a
            # spelling that differed would only have the file scanned again).
            if name.endswith((".json", ".jsonl")) and os.path.join(root, name) not in skip:
                yield Path(root) / name
