"""Off-topic turns that need no tool: general-knowledge questions with their answers.

`question` draws a question (with a varied lead-in); `answer` finds the known question
inside a user's text and answers it, or falls back to a polite tool-free reply.
"""

# ruff: noqa: E501  (phrase data reads better one phrase per string than wrapped)

from __future__ import annotations

import random

from toolgen.agents.offline.grammar import Grammar, tidy

QA: tuple[tuple[str, str], ...] = (
    ("what's the difference between a latte and a flat white",
     "a flat white has less milk and a thinner layer of microfoam than a latte, so the coffee tastes stronger"),
    ("why is the sky blue",
     "sunlight scatters off air molecules, and shorter blue wavelengths scatter far more than red ones"),
    ("how many continents are there",
     "there are usually said to be seven: Africa, Antarctica, Asia, Australia, Europe, North America and South America"),
    ("what does HTTP stand for", "it stands for Hypertext Transfer Protocol"),
    ("who wrote Pride and Prejudice", "Jane Austen wrote it; it was published in 1813"),
    ("how do I boil an egg properly",
     "put it in boiling water for about 7 minutes for a jammy yolk or 9 to 10 for hard-boiled, then cool it in cold water"),
    ("what's a good way to stay focused while working",
     "short timed blocks like the Pomodoro technique help: 25 minutes of focus, then a 5-minute break"),
    ("what is the capital of Australia", "it's Canberra, not Sydney as many people think"),
    ("how far is the Moon from Earth", "on average about 384,400 kilometres"),
    ("what's the boiling point of water in Fahrenheit", "212 degrees Fahrenheit at sea level"),
    ("can you tell me a fun fact",
     "octopuses have three hearts, and their blood is blue because it uses copper to carry oxygen"),
    ("what's the difference between weather and climate",
     "weather is what happens over hours or days; climate is the average pattern over decades"),
    ("how many minutes are in a week", "there are 10,080 minutes in a week"),
    ("what does RSVP mean", "it's from the French 'répondez s'il vous plaît', meaning please reply"),
    ("is a tomato a fruit or a vegetable",
     "botanically it's a fruit, since it grows from the flower and holds seeds, but cooks treat it as a vegetable"),
    ("what's the best way to learn a new language",
     "a little every day beats long sessions: speak early, use spaced repetition for vocabulary and listen to native content"),
    ("how do vaccines work",
     "they train the immune system to recognise a germ safely, so it can respond quickly to the real thing"),
    ("what's a haiku", "a short Japanese poem of three lines with five, seven and five syllables"),
    ("why do we have leap years",
     "a year is about 365.24 days, so an extra day every four years keeps the calendar in step with the seasons"),
    ("how are you today", "I'm doing well, thanks for asking! Happy to help whenever you're ready"),
    ("what's the tallest mountain in the world",
     "Mount Everest, at about 8,849 metres above sea level"),
    ("what is compound interest",
     "it's interest earned on both the original amount and the interest already added, so growth speeds up over time"),
    ("tell me a joke",
     "why don't scientists trust atoms? Because they make up everything"),
    ("how long should I steep green tea",
     "about 2 to 3 minutes in water around 80 °C; longer or hotter makes it bitter"),
    ("what's the speed of light", "about 299,792 kilometres per second in a vacuum"),
    ("who painted the Mona Lisa", "Leonardo da Vinci, in the early 1500s"),
    ("what does a VPN do",
     "it encrypts your traffic and routes it through another server, hiding it from your local network"),
    ("how many bones are in the human body", "an adult has 206 bones"),
    ("what's the difference between affect and effect",
     "'affect' is usually the verb and 'effect' the noun: the weather affects my mood; it has an effect"),
    ("how do I stop my houseplants from dying",
     "most die from overwatering: let the top of the soil dry out between waterings and give them bright, indirect light"),
)

_G = Grammar({
    "q": ["<lead>$q?", "$q?", "<lead>$q?", "<lead>$q? <why>"],
    "lead": ["Random question, but ", "Unrelated, but ", "Quick question: ", "Out of curiosity, ",
             "Before I forget, ", "Off topic: ", "Hey, ", "Just wondering, ", "Totally unrelated: ",
             "Silly question, but ", "By the way, ", "While I have you, "],
    "why": ["", "Always wondered.", "My kid asked me.", "It came up at dinner.",
            "Settle a debate for me.", "No tools needed, I think."],
    "a": ["<open>$a.", "$a.", "<open>$a. <close>", "$a. <close>"],
    "open": ["Good question! ", "Sure - ", "Happy to answer that: ", "No lookup needed for this one: ",
             "Ah, ", "From general knowledge, ", "Easy one: ", "Of course. ", "Great question - "],
    # no "Want me to get back to your original request?": the answer does not know
    # whether that request is done (BFCL seed 59 #2 asked it after finishing it)
    "close": ["Anything else I can help with?", "Let me know if you want more detail.",
              "Hope that helps!", "Happy to help with anything else."],
    "fallback": ["<open><fb_body> <close>", "<fb_body> <close>", "<fb_body>"],
    "fb_body": ["I can answer that without any of my tools, but I don't have a reliable answer to hand.",
                 "That one doesn't need a tool call. I'd rather not guess, though - could you tell me a bit more?",
                 "No tool is needed for that; from general knowledge I can only say it depends on the details.",
                "That is general knowledge rather than a tool task, and honestly it depends on who you ask.",
                "I can chat about that without a tool, though I have no definitive answer."],
})


def question(rng: random.Random) -> str:
    q, _ = QA[int(rng.random() * len(QA))]
    return tidy(_G.say("q", rng, {"q": q}))


def answer(question_text: str, rng: random.Random) -> str:
    low = question_text.lower()
    for q, a in QA:
        if q.lower() in low:
            return tidy(_G.say("a", rng, {"a": a}))
    return tidy(_G.say("fallback", rng))
