"""Phrase bank of the simulated user, as grammar rules (see `grammar.py` for notation).

Data only: `user.py` decides which rule to realise and fills the variables: `$context`
(the person's situation, possibly empty; never "I'm a <persona>"), `$core` (the asks said
inline, values woven in), `$after` (later asks as sentences), `$phrase`, `$ref`, `$value`,
`$slots`, `$fact`, `$capability`. Values arrive as opaque tokens.
"""

# ruff: noqa: E501  (phrase data reads better one phrase per string than wrapped)

from __future__ import annotations

from toolgen.agents.offline.grammar import Grammar

RULES: dict[str, list[str]] = {
    # ---- first request, one rule per style: `$core` holds every inline intent with its
    # values, `$after` later intents as sentences, `$context` the person's situation.
    "request_chatty": [
        "<hello> $context <ask_q>?$after <thanks>",
        "<hello> $context <need_cap> $core.$after <thanks>",
        "<hello> <why> <ask_q>?$after <thanks>",
        "$context <ask_q>?$after <thanks>",
        "<need_cap> $core. $context$after <thanks>",
        "<hello> <hope> <ask_q>?$after <thanks>",
        "<hello> $context <why> <ask_q>?$after [<thanks>]",
    ],
    "request_casual": [
        "<hey> <ask_q_casual>$after [<thanks_casual>]",
        "<hey> $context <ask_q_casual>$after [<thanks_casual>]",
        "<ask_q_casual>$after [<thanks_casual>]",
        "$context <ask_q_casual>$after [<thanks_casual>]",
        # an ask in the imperative is no question: "quick one - can you X?", not "quick one - X?"
        "<hey> (quick one|random one|need a hand) - (can you|could u|can u) $core?$after [<thanks_casual>]",
    ],
    "request_formal": [
        "<hello_formal> $context <ask_formal>.$after <thanks_formal>",
        "<hello_formal> <ask_formal_q>?$after <thanks_formal>",
        "<hello_formal> $context <ask_formal_q>?$after <thanks_formal>",
        "$context <ask_formal>.$after <thanks_formal>",
        "<ask_formal>.$after [<thanks_formal>]",
    ],
    # the request after the assistant said it cannot do the first ask: the chat is
    # already open, so no greeting and no situation again
    # (no "instead" or "in that case": the next ask is the user's own errand, not one
    # taken up from the assistant's offer: ToolBench seed 97 #4 took up cocktails after
    # "find the articles")
    "request_later": [
        "OK, on another matter: could you $core?$after",
        "No worries. Can you $core?$after",
        "Alright, never mind that. Could you $core?$after",
        "No problem. Separately, can you $core?$after",
        "Fair enough. On something else, can you $core?$after",
        "That's fine. Could you $core?$after",
    ],
    "request_terse": [
        "$core.$after",
        "<need_cap> $core.$after",
        "<ask_q_terse>$after",
        "$core, please.$after",
        "$context <ask_q_terse>$after",
    ],
    # ---- openings ---------------------------------------------------------------
    # no "hope" here: "<hello> <hope>" said "Hi, hope you're well. Hope you can help."
    "hello": ["Hi!", "Hello!", "Hey there!", "Hi there,", "Hello,", "Good morning!",
              "Hiya!", "Hey!", "Afternoon!", "Hi, how's it going?", "Hello again!",
              "Morning!", "Hi hi!", "Greetings!"],
    # a greeting is set off from the ask by a comma ("hiya, can you"), as even a hurried
    # typist does; "ok so" and "so" lead straight in
    "hey": ["hey,", "hi,", "yo,", "heya,", "hey there,", "hiya,", "ok so", "hey,", "hi,",
            "sup,", "morning,", "hello,", "okay so", "so", "right,"],
    "hello_formal": ["Good morning.", "Good afternoon.", "Good evening.", "Hello.",
                     "Dear assistant,", "Greetings.", "To whom it may concern,"],
    "hope": ["Hope your day's going well.", "Hope you can help.", "Long week here.",
             "Sorry if this is a lot.", "Bear with me.", "I could use some help."],
    # ---- why: a reason, never an introduction of who the user is ------------------
    "why": ["", "", "I've been putting this off all week.", "It's a bit urgent.",
            "This would save me a lot of time.", "I need this sorted before tomorrow.",
            "My manager is waiting on it.", "I want to get it right the first time.",
            "It's for something I'm planning this weekend.", "No rush, but soon-ish would be great.",
            "I tried doing it by hand and gave up.", "It's part of a bigger project."],
    # ---- the ask ----------------------------------------------------------------
    "need": ["I need to", "I'd like to", "I want to", "I have to", "I'm trying to",
             "I'm hoping to", "I'm looking to", "my goal is to", "I'd love to", "I must",
             "I've got to", "I'm supposed to", "I plan to", "I wanna", "I'd really like to"],
    "need_cap": ["I need to", "I'd like to", "I want to", "I have to", "I'm trying to",
                 "I'm hoping to", "I'm looking to", "My goal is to", "I'd love to",
                 "Need to", "Wanted to", "Trying to", "I must", "Gotta"],
    "ask_q": ["Can you $core", "Could you $core", "Would you mind helping me $core",
              "Could you help me $core", "Can you please $core", "Would you be able to $core",
              "I was wondering if you could $core", "Is there a way to $core",
              "Any chance you could $core", "Do you think you could $core",
              "Can you help me $core", "Could you possibly $core", "Mind helping me $core",
              "Could I get your help to $core", "Would you $core"],
    "ask_q_casual": ["can u $core?", "can you $core?", "could you $core?", "pls $core",
                     "need to $core", "wanna $core", "help me $core", "any way to $core?",
                     "trying to $core", "i need to $core", "gotta $core",
                     "could u $core?", "can you quickly $core?",
                     "lemme know if you can $core"],
    "ask_q_terse": ["Can you $core?", "Could you $core?", "Please $core.",
                    "Need to $core.", "Want to $core.", "Help me $core.",
                    "$core, please.", "Quick one: can you $core?"],
    "ask_formal_q": ["Could you kindly $core", "Would you please $core", "May I ask you to $core",
                     "Would it be possible to $core", "Might you be able to $core",
                     "Could I trouble you to $core"],
    "ask_formal": ["I would be grateful if you could $core",
                   "I would like to request that you $core", "Please $core",
                   "I kindly ask you to $core",
                   "I would appreciate your help to $core", "I wish to $core",
                   "I should like to $core", "I am writing to $core",
                   "It would be most helpful if you could $core",
                   "I require assistance to $core"],
    # ---- thanks -----------------------------------------------------------------
    "thanks": ["Thanks!", "Thank you!", "Thanks so much!", "Thanks in advance.",
               "Appreciate it!", "Cheers!", "Much appreciated.", "You're a lifesaver.",
               "Thanks a bunch!", "Many thanks!", "Thank you in advance!", "", ""],
    "thanks_casual": ["thx", "ty!", "thanks!!", "cheers", "ta", "appreciate it",
                      "thank u", "thanks a ton", "ur the best", "many thx"],
    "thanks_formal": ["Thank you in advance.", "Kind regards.", "With thanks.",
                      "I appreciate your assistance.", "Thank you for your help.",
                      "Many thanks for your time.", "Best regards."],
}

# Later intents: `with` runs alongside the one before (independent), `then` comes after it
# without needing its result, `then_it` builds on an earlier result. Inline forms join
# `$core`; sentence forms become `$after`.
CONNECTOR_RULES: dict[str, list[str]] = {
    "with_in": [" and also $phrase", ", and $phrase as well", ", plus $phrase",
                " and $phrase too", ", and separately $phrase"],
    "then_in": [", and then $phrase", " and after that $phrase", ", then $phrase",
                " and afterwards $phrase"],
    "then_it_in": [", and once you have that, $phrase $ref", ", then $phrase $ref",
                   " and then $phrase $ref"],
    "with_s": ["Also, $phrase.", "Separately, could you $phrase?", "I'd also like to $phrase.",
               "Could you also $phrase?", "On top of that, $phrase.", "And $phrase too, please."],
    "then_s": ["After that, $phrase.", "Then please $phrase.", "Next, $phrase.",
               "Then I'd like to $phrase.", "After that, could you $phrase?"],
    "then_it_s": ["Once you have that, $phrase $ref.", "Then $phrase $ref.",
                  "When that's done, $phrase $ref.", "After that, please $phrase $ref.",
                  "With that, could you $phrase $ref?"],
    # never "with the result": after a noun it reads as part of the thing asked for
    # ("the report on the scan with the result"); never "for that one" or "for it" either:
    # a result whose path says what it is gets named (`referents`), and these are for the
    # rest
    "ref": ["using that result", "using what you find", "based on that"],
}

# Later user turns.
TURN_RULES: dict[str, list[str]] = {
    "clar_one": ["$value.", "It's $value.", "$value, please.", "Oh right, it's $value.",
                 "Sure, it's $value.", "Let's go with $value.",
                 "Sorry, should have said - it's $value.", "That would be $value.",
                 "Make it $value.", "Ah, $value.", "Oops, it's $value.", "$value is the one.",
                 "Good point - $value."],
    "clar_many": ["Sure - $slots.", "Right, $slots.", "Sorry! It's $slots.",
                  "Okay, $slots.", "Of course - $slots."],
    "clar_formal": ["Certainly. It is $value.", "Of course: $value.",
                    "Apologies for the omission; it is $value.", "That would be $value."],
    "clar_formal_many": ["Certainly - $slots.", "Apologies for the omission: $slots."],
    "ack": ["Great!", "Perfect, thanks.", "Nice.", "That's helpful.", "Awesome.", "Okay, good.",
            "Thanks, that works.", "Got it.", "Excellent.", "Cool.", "Brilliant.", "Super.",
            "Alright.", "Looks good.", "Oh nice.", "Thank you!", "Wonderful."],
    "also_q": ["Can you also", "Could you also", "Would you also", "Now can you",
               "Next, could you", "While you're at it, can you", "One more thing: can you",
               "Can you now", "Could you then", "Any chance you can also", "Would you mind if we also"],
    "follow_up": ["<ack> <also_q> $core$ref?$after", "<ack> Now $core$ref.$after",
                  "<ack> (Next|Now|Then), I'd like to $core$ref.$after",
                  "<also_q> $core$ref too?$after",
                  "<ack> (And|Also), please $core$ref.$after",
                  "(Okay|OK|Right), (so|and) now $core$ref.$after"],
    # what the first request made is taken back: plans changed in between (`changed_mind`)
    "follow_up_undo": ["(Actually|Hmm, actually|Oh, wait), (my plans have changed|plans have "
                       "changed|something's come up|I've changed my mind) - (can you|could "
                       "you) $core?$after",
                       "(Change of plans|Slight change of plans|Sorry, change of plans): "
                       "please $core.$after",
                       "<ack> (Actually|Hmm), (my plans have changed|something's come up), "
                       "so please $core.$after"],
    # what was opened is closed: the matter was sorted in between (`changed_mind`)
    "follow_up_closed": ["(Actually|Oh, actually|Good news), (it's sorted now|that's been "
                         "sorted|the issue sorted itself out) - (can you|could you) "
                         "$core?$after",
                         "<ack> (It's|That's) (sorted|resolved) now, so please $core.$after"],
    "follow_up_on": ["<ack> (About|For|Regarding) $fact, (can you also|could you also|could you now|would you also) $core?$after",
                     "<ack> (Building on that|Following on from that|With that), $core.$after"],
    "closing": ["Thanks, that's all I needed!", "Perfect, thank you!", "Great, thanks a lot.",
                "That's everything, cheers!", "Awesome, thanks for the help.",
                "Thank you, this is really helpful.", "Brilliant, that sorts it.",
                "Got it, thanks!", "Super helpful, thanks.", "Great, that works for me.",
                "Nice one, thanks!", "That's exactly what I needed.", "Many thanks!",
                "Okay, that's it for now. Thanks!", "Lovely, thank you so much."],
    "closing_casual": ["thx!", "cool thanks", "perfect ty", "awesome, cheers", "nice, thx!!",
                       "sweet, that's it", "great ty", "ok cool", "legend, thanks", "amazing ty",
                       "sorted, cheers!", "that's it, thx", "ok perfect", "nice one!!", "great stuff, ty"],
    "closing_terse": ["Thanks.", "Done, thanks.", "OK.", "Good. Thanks.", "That's all.", "Fine, thanks.",
                      "Got it.", "Enough, thanks.", "OK, thanks.", "All set.", "Noted."],
    "closing_formal": ["<cf_a> <cf_b>", "<cf_a>", "<cf_b>"],
    "cf_a": ["Thank you very much for your assistance.", "That is all, thank you.",
             "Much appreciated; that concludes my request.", "Thank you, that is most helpful.",
             "Excellent, thank you kindly.", "I am grateful for your help.", "Very good."],
    "cf_b": ["Kind regards.", "Best regards.", "Have a good day.", "That will be all.",
             "I have everything I need."],
    # A request no tool can serve, as the opening message of a conversation.
    "missing": ["<hello> Can you $capability?", "Could you $capability for me?",
                "<hello> I'd like to $capability.", "Is it possible to $capability?",
                "<hey> can you $capability?", "<hello> Would you be able to $capability?",
                "Hi, I need to $capability. Can you do that?",
                "<hello_formal> I would like to $capability, please."],
}

GRAMMAR = Grammar({**RULES, **CONNECTOR_RULES, **TURN_RULES})
