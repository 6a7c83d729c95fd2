"""A tiny phrase table: what a mock translation can honestly translate.

`translate(text, target)` returns the common phrase (`hello`, `thank you`, `good
morning`...) in the target language (an ISO code like `es`, `de-DE`, `FR` or a name like
`Spanish`), or None when the phrase or the language is not in the table: the caller then
answers with the source text rather than invent a sentence. Never touches the network.
"""

from __future__ import annotations

_LANG_NAMES = {
    "spanish": "es", "espanol": "es", "french": "fr", "francais": "fr", "german": "de",
    "deutsch": "de", "italian": "it", "italiano": "it", "portuguese": "pt", "dutch": "nl",
    "japanese": "ja", "english": "en",
}
_LANGS = ("es", "fr", "de", "it", "pt", "nl", "ja")
# English phrase -> its translation in _LANGS order.
_TABLE: dict[str, tuple[str, ...]] = {
    "hello": ("hola", "bonjour", "hallo", "ciao", "olá", "hallo", "こんにちは"),
    "hi": ("hola", "salut", "hallo", "ciao", "oi", "hoi", "こんにちは"),
    "good morning": ("buenos días", "bonjour", "guten Morgen", "buongiorno", "bom dia",
                     "goedemorgen", "おはようございます"),
    "good evening": ("buenas tardes", "bonsoir", "guten Abend", "buonasera", "boa tarde",
                     "goedenavond", "こんばんは"),
    "good night": ("buenas noches", "bonne nuit", "gute Nacht", "buonanotte", "boa noite",
                   "welterusten", "おやすみなさい"),
    "goodbye": ("adiós", "au revoir", "auf Wiedersehen", "arrivederci", "adeus", "tot ziens",
                "さようなら"),
    "thank you": ("gracias", "merci", "danke", "grazie", "obrigado", "dank je", "ありがとう"),
    "thanks": ("gracias", "merci", "danke", "grazie", "obrigado", "bedankt", "ありがとう"),
    "please": ("por favor", "s'il vous plaît", "bitte", "per favore", "por favor",
               "alstublieft", "お願いします"),
    "yes": ("sí", "oui", "ja", "sì", "sim", "ja", "はい"),
    "no": ("no", "non", "nein", "no", "não", "nee", "いいえ"),
    "how are you": ("¿cómo estás?", "comment ça va ?", "wie geht's?", "come stai?",
                    "como vai?", "hoe gaat het?", "お元気ですか"),
    "good luck": ("buena suerte", "bonne chance", "viel Glück", "buona fortuna", "boa sorte",
                  "veel succes", "頑張って"),
    "welcome": ("bienvenido", "bienvenue", "willkommen", "benvenuto", "bem-vindo", "welkom",
                "ようこそ"),
    "happy birthday": ("feliz cumpleaños", "joyeux anniversaire", "alles Gute zum Geburtstag",
                       "buon compleanno", "feliz aniversário", "gefeliciteerd",
                       "お誕生日おめでとう"),
    "i love you": ("te quiero", "je t'aime", "ich liebe dich", "ti amo", "eu te amo",
                   "ik hou van jou", "愛してる"),
    "where is the train station": (
        "¿dónde está la estación de tren?", "où est la gare ?", "wo ist der Bahnhof?",
        "dov'è la stazione?", "onde fica a estação de trem?", "waar is het station?",
        "駅はどこですか"),
}


def language_code(target: str | None) -> str | None:
    """`es`, `ES`, `es-ES`, `Spanish` -> es; None for what is not a language we know."""
    if not target:
        return None
    low = target.strip().lower()
    if low in _LANG_NAMES:
        return _LANG_NAMES[low]
    code = low.replace("_", "-").split("-")[0]
    return code if code in _LANGS or code == "en" else None


def translate(text: str, target: str | None) -> str | None:
    """`text` in `target` when it is a phrase of the table, else None."""
    code = language_code(target)
    if code is None:
        return None
    key = text.strip().strip("!?.¡¿").strip().lower()
    row = _TABLE.get(key)
    if row is None:
        return None
    if code == "en":
        return text
    out = row[_LANGS.index(code)]
    return out[0].upper() + out[1:] if text[:1].isupper() else out
