"""Rewrite tables for `paraphrase`: phrase synonyms, contractions, disfluencies.

Data only. Each synonym group lists interchangeable phrasings; any member may be replaced
by any other, so the table works in both directions. Groups hold whole phrases where a
single word would be ambiguous ("get" alone is not safe; "can you get" is).
"""

# ruff: noqa: E501  (phrase data reads better one group per line)

from __future__ import annotations

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("can you", "could you", "would you", "are you able to"),
    ("could you please", "would you kindly", "can you please", "could you kindly"),
    ("i need to", "i have to", "i've got to", "i must"),
    ("i'd like to", "i would like to", "i want to", "i'd love to", "i wish to"),
    ("i'm trying to", "i'm attempting to", "i'm looking to", "i'm hoping to"),
    ("help me", "assist me to", "give me a hand to"),
    ("thanks!", "thank you!", "cheers!", "much appreciated!", "thanks a lot!"),
    ("thanks in advance.", "thank you in advance.", "many thanks in advance."),
    ("thank you", "thanks", "many thanks"),
    ("hi!", "hello!", "hey!", "hi there!"),
    ("hello,", "hi,", "hey,", "hi there,"),
    ("after that,", "afterwards,", "then,", "next,", "following that,"),
    ("and then", "and after that", "and afterwards", "then"),
    ("finally,", "lastly,", "to finish,", "last of all,"),
    ("also,", "additionally,", "on top of that,", "in addition,", "plus,"),
    ("for context,", "as background,", "some context:", "to give you context,"),
    ("it's a bit urgent.", "it's somewhat urgent.", "it's kind of urgent.", "time is a bit tight."),
    # Verbs only before an article: "what you find" or "get it right" must stay as is.
    ("find the", "look for the", "search for the", "track down the"),
    ("find a", "look for a", "search for a"),
    ("get the", "fetch the", "pull up the", "retrieve the"),
    ("get a", "fetch a", "pull up a", "retrieve a"),
    ("get me", "fetch me", "pull up for me"),
    # The user's grammar says "look up" and "find out about" itself: swapped only with each
    # other they add no wording the sample lacks (a fifth of seed 11's rewrites).
    ("look up", "find out about", "look into", "dig up"),
    ("book a", "reserve a"),
    # plural and mass nouns apart: "the details are" must not become "the information are"
    ("the details", "the specifics"),
    ("the info", "the information"),
    ("with those details", "with that", "using those details", "with what you got"),
    ("using that result", "using the result", "using what comes back"),
    ("based on that", "using that", "going off that"),
    ("using what you find", "with whatever you find", "using what comes back", "using your findings"),
    ("for whatever comes up first", "for the first thing that comes up", "for the top result", "for the first hit"),
    ("to wrap up", "to round things off", "to finish up", "as a last step"),
    ("i have in mind", "i'm thinking of", "i'd like to use", "i've picked"),
    ("once that's sorted", "once that's done", "when that's finished", "after that's done"),
    ("i appreciate your assistance", "i appreciate the help", "thanks for your help", "grateful for the help"),
    ("allow me to introduce myself", "let me introduce myself", "a quick intro", "first, about me"),
    ("here's my situation", "here's the situation", "here's where i'm at", "a bit of background"),
    ("quick", "fast", "brief"),
    ("a lot of", "lots of", "plenty of", "a great deal of"),
    # not "just now": it means a moment ago ("the case is just now closed" for "currently")
    ("right now", "at the moment", "currently"),
    ("here's what i found:", "this is what i found:", "here is what came back:", "here's the result:"),
    ("let me know", "tell me", "give me a shout"),
    ("anything else?", "anything more?", "need anything else?", "what else can i do?"),
    ("happy to help", "glad to help", "always happy to help", "my pleasure"),
    ("i'll", "i will", "let me"),
    ("please", "kindly"),
    ("great", "awesome", "excellent", "wonderful", "fantastic"),
    ("perfect", "ideal", "spot on"),
    ("sure thing", "of course", "certainly", "absolutely"),
    ("okay", "alright", "ok", "all right"),
    ("is there a way to", "is it possible to", "can i"),
    ("as well", "too"),
    ("should be", "needs to be", "must be", "ought to be"),
    ("please use", "go with", "pick"),
    # not "the output": it heads compounds ("the output template" is no "findings template")
    ("the results", "the findings"),
    ("one moment", "just a moment", "one second", "hang on"),
    ("unfortunately", "sadly", "regrettably"),
    ("sorry", "apologies", "my apologies"),
    ("i was wondering if you could", "i wondered whether you could", "i'd be glad if you could"),
    ("no rush", "no hurry", "whenever you can"),
)

# Word runs a swap must not create (searched lower-case around the swapped phrase): a
# synonym fits its group but not every neighbour. "would you mind" is no "can you mind",
# "thanks so much" no "many thanks so much", "I kindly ask" no "I please ask", "(yes,
# please)" no "(yes, kindly)", "quick one" no "brief one", "with thanks" no "with thank you",
# "would you be able" no "can you be able", "would you please" no "are you able to please".
CLASHES: tuple[str, ...] = (
    r"\b(?:can|could) you mind\b",
    r"\bable to mind\b",
    r"\bmany thanks (?:so much|a bunch|a ton|a lot|very much|kindly|again)\b",
    r"\bthank you (?:a bunch|a ton|a lot)\b",
    r"\bwith thank you\b",
    r"\bi please\b",
    r"\bthank(?:s| you) please\b",
    r"\b(?:yes|no|ok|okay|sure),? kindly\b",
    r"\b(?:fast|brief) (?:one|question)\b",
    r"\b(?:can|could|would) you be able\b",
    r"\bable to (?:please|be able)\b",
    r"\bhi (?:hi there|hello|hey)\b",
    # "Could you then see" made "Could you and then see" (bundled seed 7 #1)
    r"\b(?:you|able to) and (?:then|after that|afterwards)\b",
)

# Full form and contraction; `paraphrase` picks one direction per text.
CONTRACTIONS: tuple[tuple[str, str], ...] = (
    ("i am", "i'm"), ("i would", "i'd"), ("i will", "i'll"), ("i have", "i've"),
    ("it is", "it's"), ("that is", "that's"), ("there is", "there's"), ("you are", "you're"),
    ("do not", "don't"), ("does not", "doesn't"), ("cannot", "can't"), ("is not", "isn't"),
    ("will not", "won't"), ("we are", "we're"), ("let us", "let's"), ("what is", "what's"),
    ("here is", "here's"),
)

DISFLUENCIES: tuple[str, ...] = (
    "um, ", "uh, ", "so, ", "well, ", "actually, ", "okay, ", "right, ", "hmm, ",
    "basically, ", "honestly, ", "oh, ", "alright, ", "anyway, ",  # users only
)

# Greetings, pleasantries and sign-offs: they frame a message, so `paraphrase` never moves
# one (a sign-off stays last, a greeting first) nor puts a filler word before one.
SOCIAL = ("hi", "hello", "hey", "hiya", "heya", "yo", "sup", "greetings", "good morning",
          "good afternoon", "good evening", "good day", "morning", "afternoon", "evening",
          "dear", "to whom", "oh hello", "oh hi", "oh hey", "thanks", "thank you", "thx",
          "ty", "ta", "cheers", "many thanks", "much appreciated", "appreciate",
          "i appreciate", "best regards", "kind regards", "regards", "with thanks",
          "have a good", "that will be all", "i have everything", "you're a lifesaver",
          "ur the best", "hope", "long week", "sorry if", "bear with me", "i could use some help",
          "grateful", "apologies")

# Sentences opening with these lean on the one before, so they never move.
ANCHORED = ("after", "then", "finally", "also", "once", "next", "lastly", "to finish",
            "when", "and", "additionally", "on top", "plus", "following", "in addition",
            "to wrap", "last", "btw", "oh, and", "the ", "my ", "it ", "its ", "that",
            "this", "for the", "use", "set", "go with", "take", "please use", "so ",
            "could you also", "would you also", "can you also", "i'd also", "i would also",
            "separately", "with that", "with what", "using those", "and ", "lastly")
