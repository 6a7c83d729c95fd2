"""Notes that say nothing of what a record is: record-keeping remarks and placeholders.

"For internal use only.", "Draft; details to follow.", "Maintained by the operations
team." are what people write on a record of any kind (who keeps it, where it came from);
"No description", "N/A", "string", "test", "Lorem ipsum..." are what a corpus's example
bodies hold where the content was never filled in. Either can sit in a tool's answer, but
neither is the content a user asked for: a medical panel answered "the first with
description For internal use only" tells them nothing about the panel.

`RECORD_NOTES` is the generator's pool of such remarks (`descriptions` draws from it);
`is_note(text)` recognises a remark of that pool or a placeholder, for the executor (never
to count it as a record's content), the offline policy (never to report it) and the judge
(a record reporting one as its answer). Pure; never touches the network.
"""

from __future__ import annotations

import re

# What people write on a record of any kind: who it is for, where it came from.
RECORD_NOTES = ("Shared with the whole team.", "Maintained by the operations team.",
                "Imported from the previous system.", "Last reviewed in March.",
                "For internal use only.", "Draft; details to follow.",
                "Archived copy of the original.", "Created for the spring campaign.")

# Placeholders a corpus's example bodies hold where content was never written: the
# whole value is one of these (a description "Test of the new API" is content).
_PLACEHOLDER = re.compile(
    r"(?:no|without)\s+(?:description|details?|info(?:rmation)?|content|data)"
    r"(?:\s+(?:available|provided|given|yet))?"
    r"|(?:description|details?|content|text)\s+(?:here|goes here|to follow)"
    r"|sample\s+text|to be (?:announced|determined|added)|coming soon|not available"
    r"|lorem ipsum\b.*",
    re.IGNORECASE)
# One-word placeholders: notes only where content belongs (a `description` of "N/A", a
# `name` of "string"); under any other key they are values (`format: "text"`,
# `reason: "unknown"`, `type: "string"`).
_WORD_PLACEHOLDER = re.compile(
    r"n/?a|none|null|nil|undefined|string|str|test(?:ing)?|sample|example|placeholder"
    r"|tbd|tba|todo|unknown|unavailable|description|details?|-+|\.+|\?+",
    re.IGNORECASE)
# Keys (their last word) under which content belongs.
_CONTENT_KEYS = frozenset({"description", "desc", "summary", "about", "bio", "overview",
                           "note", "notes", "comment", "details", "name", "title",
                           "content", "body", "remark", "remarks", "info", "definition"})
_NOTES = frozenset(n.lower() for n in RECORD_NOTES)
_KEY_WORD = re.compile(r"[A-Za-z][a-z]*")


def is_note(text: object, key: str = "") -> bool:
    """Whether `text` is a record-keeping remark or a placeholder, not content; a one-word
    placeholder only under a content `key` (`description`, `name`...)."""
    if not isinstance(text, str):
        return False
    said = text.strip()
    if not said:
        return False
    if said.lower() in _NOTES:
        return True
    bare = said.rstrip(".!").strip()
    if _PLACEHOLDER.fullmatch(bare) is not None:
        return True
    words = _KEY_WORD.findall(key)
    return bool(words) and words[-1].lower() in _CONTENT_KEYS \
        and _WORD_PLACEHOLDER.fullmatch(bare) is not None
