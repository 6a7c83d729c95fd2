"""Who the simulated user is: a pool of short persona descriptions and `pick_persona`.

Each persona reads after "I'm" or "As" ("a freelance photographer planning a shoot in
Porto"). Domain pools are matched on words of the domain/category name; everything else
draws from the general pool, so any ToolBench category gets a plausible person.
"""

# ruff: noqa: E501  (phrase data reads better one phrase per string than wrapped)

from __future__ import annotations

import random

from toolgen.agents.offline.persona_fit import EXTRA_NEUTRAL, Topic, fits, fitting

GENERAL: tuple[str, ...] = (
    "a freelance photographer planning a shoot in Porto",
    "a grad student finishing a thesis on urban mobility",
    "a small bakery owner in Leeds",
    "a high-school teacher preparing next week's lessons",
    "a retired engineer who likes to tinker with side projects",
    "a nurse working night shifts in Toronto",
    "a product manager at a fintech startup",
    "a parent organising a birthday party for two kids",
    "a backend developer debugging an integration",
    "a travel blogger heading to Southeast Asia",
    "a journalist fact-checking a story on deadline",
    "a volunteer coordinator at a food bank",
    "an architect pitching a new client",
    "a data analyst building a quarterly report",
    "a wedding planner juggling three events",
    "a startup founder preparing for an investor meeting",
    "a hobbyist podcaster researching the next episode",
    "a language learner practising Spanish every evening",
    "an amateur astronomer with a new telescope",
    "a real-estate agent showing flats this weekend",
    "a remote worker setting up a home office",
    "a marketing intern running social accounts",
    "a chess club organiser in Lyon",
    "a sous-chef designing a seasonal menu",
    "a first-time home buyer comparing neighbourhoods",
    "an indie game developer close to launch",
    "a librarian helping patrons with research",
    "a logistics coordinator for a furniture shop",
    "a medical student revising for exams",
    "a museum curator planning a new exhibit",
    "a mobile app tester chasing a flaky bug",
    "a customer support lead clearing a ticket backlog",
    "a hiking guide planning routes in the Alps",
    "a community radio host",
    "someone helping an elderly neighbour with errands",
)

_DOMAIN: dict[str, tuple[str, ...]] = {
    "travel": ("a family of four planning a summer trip to Lisbon",
               "a consultant who flies to Berlin every other week",
               "a backpacker crossing South America on a budget",
               "an event organiser booking rooms for a conference"),
    "sport": ("a fantasy football manager before the weekend deadline",
              "a sports journalist covering the playoffs", "a rugby coach scouting opponents",
              "a cycling fan following the Tour"),
    "financ": ("a retail investor rebalancing a portfolio", "an accountant closing the books",
               "a crypto trader watching the markets", "a CFO preparing a board pack"),
    "crypto": ("a crypto trader watching the markets", "a developer building a wallet app"),
    "commerce": ("an online shop owner checking competitors", "a bargain hunter before Black Friday",
                 "a reseller sourcing stock for a market stall"),
    "food": ("a home cook planning the week's meals", "a restaurant owner updating the menu",
             "a nutritionist preparing a client plan"),
    "weather": ("a farmer deciding when to harvest", "a sailor planning a weekend crossing",
                "an outdoor wedding planner watching the forecast"),
    "music": ("a DJ preparing a set for Saturday", "a music teacher building a playlist for class"),
    "movie": ("a film-club organiser choosing the next screening",
              "a critic writing a review roundup"),
    "media": ("a video editor gathering footage", "a social media manager planning posts"),
    "health": ("a physiotherapist tracking patients' progress", "a runner training for a marathon"),
    "medical": ("a pharmacist double-checking a prescription", "a GP between appointments"),
    "education": ("a tutor preparing exercises for a student", "a university admissions officer"),
    "data": ("a data engineer validating a pipeline", "a researcher collecting data for a study"),
    "email": ("a recruiter following up with candidates", "a newsletter editor"),
    "communication": ("a call-centre manager", "a recruiter following up with candidates"),
    "location": ("a delivery driver planning a route", "a city planner mapping services"),
    "map": ("a delivery driver planning a route", "a hiker planning a new trail"),
    "news": ("a political analyst tracking coverage", "a newsroom editor on the morning shift"),
    "game": ("a streamer preparing tonight's broadcast", "a tournament organiser for an esports cup"),
    "social": ("an influencer planning a campaign", "a community manager for a gaming brand"),
    "business": ("a small-business owner doing due diligence", "a procurement officer vetting suppliers"),
    "job": ("a job seeker switching careers", "an HR manager hiring two engineers"),
    "translation": ("a translator working on a tight deadline", "an expat settling into Japan"),
    "artificial": ("an ML engineer prototyping a demo", "a researcher comparing model outputs"),
    "security": ("a security analyst triaging alerts", "a sysadmin hardening a server"),
    "cyber": ("a security analyst triaging alerts", "a penetration tester on an engagement"),
    "science": ("a biology teacher planning a field trip", "a PhD student running experiments"),
    "transport": ("a commuter whose train was cancelled", "a fleet manager for a van company"),
    "entertainment": ("someone planning a fun night out with friends", "a quiz-night host"),
    "video": ("a YouTuber researching trends", "a video editor gathering footage"),
    "tool": ("a developer automating a boring task", "an office manager cleaning up files"),
}


def pick_persona(domain: str, rng: random.Random, topic: Topic | None = None) -> str:
    """A persona for `domain`: a domain one about half the time when one matches; a
    general one that names a pursuit `topic` (the chain's words, `persona_fit`) does
    not speak of gives way to one that fits, picked by the same draw."""
    key = domain.lower()
    pool: list[str] = []
    for stem, personas in _DOMAIN.items():
        if stem in key:
            pool.extend(personas)
    if pool and rng.random() < 0.55:
        return pool[int(rng.random() * len(pool))]
    r = rng.random()
    persona = GENERAL[int(r * len(GENERAL))]
    if topic is None or fits(persona, topic):
        return persona
    return fitting(topic, r, _TOPICAL)


# Domain pools a chain's words may call for: `data` and `tool` are words of any API.
_TOPICAL = {stem: personas for stem, personas in _DOMAIN.items() if stem not in ("data", "tool")}

PERSONAS: tuple[str, ...] = GENERAL + EXTRA_NEUTRAL + tuple(
    dict.fromkeys(p for personas in _DOMAIN.values() for p in personas)
)
