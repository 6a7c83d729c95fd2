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
    # the sentences users ask to have translated (agents/planner/values_domain "say")
    "where is the nearest train station": (
        "¿Dónde está la estación de tren más cercana?", "Où est la gare la plus proche ?",
        "Wo ist der nächste Bahnhof?", "Dov'è la stazione ferroviaria più vicina?",
        "Onde fica a estação de trem mais próxima?",
        "Waar is het dichtstbijzijnde treinstation?", "一番近い駅はどこですか？"),
    "i would like to book a table for two at eight o'clock": (
        "Me gustaría reservar una mesa para dos a las ocho.",
        "Je voudrais réserver une table pour deux à huit heures.",
        "Ich möchte einen Tisch für zwei Personen um acht Uhr reservieren.",
        "Vorrei prenotare un tavolo per due alle otto.",
        "Gostaria de reservar uma mesa para dois às oito horas.",
        "Ik wil graag een tafel voor twee reserveren om acht uur.",
        "8時に2名でテーブルを予約したいです。"),
    "the meeting has been moved to thursday afternoon": (
        "La reunión se ha trasladado al jueves por la tarde.",
        "La réunion a été déplacée à jeudi après-midi.",
        "Das Meeting wurde auf Donnerstagnachmittag verschoben.",
        "La riunione è stata spostata a giovedì pomeriggio.",
        "A reunião foi transferida para quinta-feira à tarde.",
        "De vergadering is verplaatst naar donderdagmiddag.",
        "会議は木曜日の午後に変更されました。"),
    "thank you so much for your help yesterday": (
        "Muchas gracias por tu ayuda ayer.", "Merci beaucoup pour ton aide hier.",
        "Vielen Dank für deine Hilfe gestern.", "Grazie mille per il tuo aiuto di ieri.",
        "Muito obrigado pela sua ajuda ontem.", "Heel erg bedankt voor je hulp gisteren.",
        "昨日は手伝ってくれて本当にありがとう。"),
    "how much does a ticket to the museum cost": (
        "¿Cuánto cuesta una entrada al museo?", "Combien coûte un billet pour le musée ?",
        "Wie viel kostet eine Eintrittskarte für das Museum?",
        "Quanto costa un biglietto per il museo?", "Quanto custa um ingresso para o museu?",
        "Hoeveel kost een kaartje voor het museum?", "博物館のチケットはいくらですか？"),
    "please send me the report by the end of the week": (
        "Por favor, envíame el informe antes del final de la semana.",
        "Merci de m'envoyer le rapport d'ici la fin de la semaine.",
        "Bitte schick mir den Bericht bis Ende der Woche.",
        "Per favore, mandami il rapporto entro la fine della settimana.",
        "Por favor, envie-me o relatório até o fim da semana.",
        "Stuur me alsjeblieft het rapport voor het einde van de week.",
        "週末までに報告書を送ってください。"),
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
