"""The realism kinds that are reported and scored but do not gate generation, and why.

A kind stays here while the generator still produces it often enough that gating would
only reject records regeneration cannot mend (each group says what was measured); once the
generator stops producing it, the kind leaves this set and `policy.GATING_KINDS` rejects
a record that still trips it.
"""

from __future__ import annotations

# Not gating yet: their validators still miss some plain reports ("a find is booked") and
# some corpus-derived goal phrases; regeneration re-plans the same chain, so gating them
# would only reject about 1.5 % more records. They are still scored and reported.
# place_contradiction: a user-given city next to a country carried over from an earlier
# result at run time (about 2 % of ToolBench records) is not the executor's to reconcile.
# The tool's own words where a value, request, name, type, description or number belongs:
# 66-86 % of ToolBench and BFCL records at seeds 7 and 13 carry one while the generator's
# values, outputs and user text are being fixed. Repair cannot rewrite a value or an
# output and regeneration re-plans the same chain, so gating keeps 90 of 300 ToolBench and
# 136 of 300 BFCL records (seed 7); as errors they cap overall at 3 instead.
_OWN_WORDS = frozenset({"own_word_argument", "garbled_request", "invented_name",
                        "echoed_type", "template_description", "meaningless_number"})
# What a result is and says (deferred_answer ... error_as_result): found by reading 300
# records per corpus at seeds 7 and 13; the generator still writes them (up to about 8 %
# of ToolBench records), so they cap overall at 3 and are reported, not gated, until it
# stops.
_RESULTS = frozenset({"deferred_answer", "paged_total_mismatch", "wrong_entity",
                      "postcode_place", "answered_elsewhere", "error_as_result",
                      "sum_mismatch", "identity_mismatch", "unanswered_name",
                      "same_result", "echoed_control", "function_word_value"})
# Coherence of what a result holds (hollow_result ... title_misfit): found reading
# 40 records scored 4.5 or more at seed 7 on ToolBench and BFCL; the generator still
# writes them, so they cap overall at 3 and are reported, not gated, until it stops.
_COHERENCE = frozenset({"hollow_result", "weather_incoherent", "same_id_two_things",
                        "title_misfit"})
# What a careful reviewer still refused (filter_contradiction ... glued_identifier): found
# reading records scored 4.5 or more at seed 7 on ToolBench and BFCL; the generator still
# writes them, so they cap overall at 3 and are reported, not gated, until it stops.
_OVERRATED = frozenset({"filter_contradiction", "asked_omitted", "unit_mismatch",
                        "wrong_kind_value", "borrowed_shape", "glued_identifier"})
# Untrainable records the judge praised (ids_only_answer ... text_misfit): found reading
# records scored 4.85-5.0 at seed 7 on ToolBench and BFCL; the generator still writes them
# (the world, calculation and state lanes are fixing the outputs), so they cap overall at
# 3 and are reported, not gated, until it stops. A calculation's wrong figure likewise:
# the executor still answers some calculators it has no formula for with a drawn figure.
_PRAISED = frozenset({"ids_only_answer", "asked_absent", "stale_read", "text_misfit",
                      "calculation_wrong"})
# A fact about the real world contradicted (world_fact_contradiction): the executor now
# answers capitals, populations and city distances from GeoNames, but a corpus's own
# answer shape (a COVID table's `population`) still draws them; reported, not gated, until
# no generated record trips it.
_WORLD = frozenset({"world_fact_contradiction"})
# An event's dates against its title (event_span_misfit): found reading ToolBench seed 7
# records scored 5.0 (a film night running three weeks, "Autumn" in June); reported, not
# gated, until other corpora's event shapes are read.
_EVENTS = frozenset({"event_span_misfit"})
# Wording no person writes (broken_wording) gates: found reading the first user turn and
# the answer of 110 ToolBench, BFCL and bundled records at seed 7 (33-53 records per 300
# before qphrase), the generator no longer writes it: 0 of 1,798 records at seeds 7 and 8.
# State across calls (used_after_removal, paid_again, total_off_price): found reading
# bundled seed 7 (34 of 300 records plan one, 11 price a purchase off an earlier price);
# the planner plans such records again and the executor prices purchases from what it
# stated, but a plan's last draw stands and a read's drawn status can be settled, so they
# cap overall at 3 and are reported, not gated.
_STATE = frozenset({"used_after_removal", "paid_again", "total_off_price", "total_restated",
                    "refund_over_paid", "line_off_price"})
# Places, money and companies that do not belong together (city_coordinates ...
# asset_price_implausible): found reading ToolBench, BFCL and bundled seed 7 records scored
# 5.0; the generator now answers from the named city, place and company, but corpus
# example shapes may still carry them: reported, not gated, until no record trips them.
_BELONGING = frozenset({"city_coordinates", "city_postcode", "city_country", "place_currency",
                        "ticker_mismatch", "asset_price_implausible",
                        "airline_code_mismatch", "booked_after_start",
                        "flight_row_misfit", "shared_product_code",
                        "part_over_whole", "fuel_price_misfit", "flight_fare_misfit",
                        "keyed_entry_mismatch",
                        "record_two_currencies", "checkout_off_cart"})
# A yes/no question's answer left unsaid or said the other way (unsaid_verdict,
# wrong_verdict): found reading ToolBench seed 7 #85 ("I checked whether it's prime: its
# number is 439"); the offline answer now says it ("439 is prime"), but a corpus's own
# answer shape may hold booleans the question does not name: reported, not gated.
_VERDICTS = frozenset({"unsaid_verdict", "wrong_verdict"})
# One value checked or fetched again by a twin function (redundant_call): found reading
# BFCL seed 7 #245 and ToolBench seed 8307853 #3; the sampler no longer steps to a
# purpose its chain holds, but a plan's parallel group or a redraw may: reported, not gated.
_TWINS = frozenset({"redundant_call"})
# A web domain named like a shop (domain_misnamed, ToolBench seed 8307853 #3): the
# executor now names a domain object by the email's domain; reported, not gated.
_DOMAINS = frozenset({"domain_misnamed"})
# What the generator now fixes at the source but the judge passed (airline_off_route ...
# height_misfit: executor.airline_routes, event_categories, vocab titles, player_heights):
# a corpus's own shapes (an airline the user asked for, a category field named otherwise)
# may still carry them, so they cap overall at 3 and are reported, not gated.
_TAUGHT = frozenset({"airline_off_route", "event_category_misfit", "titles_one_city",
                     "height_misfit"})
# Record bookkeeping on a fact (padded_fact) and a corpus author's placeholder as a value
# (placeholder_value): found by the seed 11 review (96 ToolBench and 45 BFCL records
# padded; 6 ToolBench records with "SAMPLE"); inferred shapes now stamp only kept records
# and the pools drop placeholders, but corpus-given shapes may still carry them: reported,
# not gated.
_PADDING = frozenset({"padded_fact", "placeholder_value"})
# A quoted text reworded in the answer (misquoted_text, BFCL seed 11 #31): the offline
# paraphrase now keeps a quote whose closing stop the sentence dropped; a live assistant may
# still reword one: reported, not gated.
_QUOTES = frozenset({"misquoted_text"})
# A status the dates beside it contradict (status_time): found reading BFCL seed 7 #160;
# the executor now fits flight statuses and update stamps to the session's now, but a
# corpus shape's other stamps may still trip it: reported, not gated.
_TIMES = frozenset({"status_time"})
# Two tools tied by an attribute the first is not about (incidental_link, ToolBench seed 7
# #21): the planner builds such chains again, but a plan's last draw stands and an
# overlay's call may still take one: reported, not gated. A country, city or currency
# passed to a tool of another corpus category no errand goes on to (cross_domain_link,
# `graph.goals`; ToolBench seed 71 #0, #9) is gated: the planner no longer passes such a
# value (`goals.ties`; 42 of 300 ToolBench records at seed 71 before, none after).
_SUBJECT = frozenset({"incidental_link"})
# A cell's, molecule's or compartment's fact the textbook contradicts (BFCL seed 7 #120:
# a hepatocyte "in the endoplasmic reticulum"): the executor now answers from
# `executor.cell_facts`; reported, not gated (a live answer may phrase it otherwise).
_CELLS = frozenset({"cell_fact_contradiction"})
# A list given a size it does not show (ToolBench seed 7 #53: "heads a list of 4" beside
# three airports): the offline answer now says a larger total as found ("4 found; the
# first is ..."); reported, not gated.
_COUNTS = frozenset({"count_contradiction"})
# Answer template seams (answer_seam, qsay): found reading seed 11 records (64 of 899 hold
# a seam the templates wrote); the offline answer no longer writes them: reported, not
# gated, until a seed shows none.
_SEAMS = frozenset({"answer_seam"})
# A thing made "confirmed" that is never confirmed (made_confirmed: a folder, a sent OTP;
# 44 kinds in 300 ToolBench and BFCL records, seed 13): the executor now gives a create
# its kind's status (`executor.created_status`), but an endpoint whose noun it cannot read
# still says "confirmed": reported, not gated.
_MADE = frozenset({"made_confirmed"})
# An act on an item the record's own search did not find (qpage, BFCL seed 7 #77: a
# book reserved the search never listed): the planner now links the act to the search's
# results; reported, not gated, until a seed shows none.
# A next page fetched after a last page (ToolBench seed 7 #42: a city's one airport,
# "has_more": false, then "Let me load the next page"): the assistant now looks ahead
# and pages only a first page that has more; reported, not gated, likewise.
_PICKS = frozenset({"act_off_listing", "page_after_last"})
# A figure out of its currency's scale (off_currency_scale, qdates): found reading BFCL
# seed 7 #163; the executor now writes drawn money in the object's currency
# (`executor.currency_scale`), but a corpus example's figures and a price a filter bounds
# may still trip it: reported, not gated.
# A stay's price against its nights (stay_price_misfit, BFCL seed 7 #21): the executor now
# prices a stay by its nights (`executor.stay_price`): reported, not gated, likewise.
_SCALES = frozenset({"off_currency_scale", "stay_price_misfit"})
# A schema's sample text sent as the user's message (unsaid_text, ToolBench seed 7 #55)
# and a code off its default's form (code_off_form, seed 7 #21 "MM5328" for "EU"): the
# planner no longer sends a text default unsaid and draws codes from their default's
# table, but a live assistant may still copy a default; a place filter answered from
# another country (filter_place_misfit, seed 7 #21: Kenyan forests for "Bangkok") now gets
# the API's own regions, but a corpus shape may still echo a city: reported, not gated.
_ODD = frozenset({"unsaid_text", "code_off_form", "filter_place_misfit"})
# What an endpoint's words promise, missing from its result (promise_unkept): found reading
# ToolBench seeds 13 and 21 and BFCL seed 13 (a QR generator answering its text, a current
# time answering zone names); the executor now answers what is promised, but a corpus's
# own shape may still lack it: reported, not gated, until no record trips it.
_PROMISED = frozenset({"promise_unkept"})
# A client's key or a response format the user recites, an object's fields quoted as one
# text (recited_client_key, joined_fields; qrecite, ToolBench seed 21 #101, BFCL #11):
# the planner now leaves client keys and formats to the assistant and the user names each
# field; a live user may still recite one: reported, not gated.
_RECITED = frozenset({"recited_client_key", "joined_fields"})
# A thing read back in another state than it was left in (state_drifted, BFCL seed 21
# #171) and one user under two ids (one_user_two_ids, BFCL seed 21 #11): the executor now
# reads a remembered status in the read's enum and the planner gives a user's id its first
# form, but a corpus example may still state a status: reported, not gated (qsame).
# A text stating a figure its field holds otherwise (text_contradicts_field, ToolBench
# seed 21 #202): the executor now writes the fields' figures into the text
# (`executor.stated_fields`); a corpus example's text may still state others.
_SAME = frozenset({"state_drifted", "one_user_two_ids", "text_contradicts_field"})
# A situation set in another place than the request (situation_elsewhere, BFCL seed 31
# #290): the offline user now leaves such a situation unsaid, but one stated in a later
# clarification (BFCL seed 31 #203) is not yet read: reported, not gated.
_SITUATED = frozenset({"situation_elsewhere"})
# A history lookup answering events to come (history_misdated, BFCL seed 31 #222): the
# executor now answers such lookups from a table of real events (`executor.past_events`);
# a corpus example may still date one ahead: reported, not gated.
_PAST = frozenset({"history_misdated"})
# A state, a currency or a category the user names by a made-up id (named_thing_by_id,
# ToolBench seed 31 #233, #42): the planner now draws the real code where the schema shows
# one and leaves an optional one out, but a required category id of no known form (a
# Foursquare venue's) is still the user's to state: reported, not gated (qids).
_NAMED_IDS = frozenset({"named_thing_by_id"})
# What a result says was asked, against the call (echo_contradiction,
# place_filter_contradiction; qecho, ToolBench seed 31 #271 and #233): the executor now
# keeps a sent figure in an echo block and moves a filtered row into the county or state
# asked (`executor.place_rows`), but a county it knows no city of keeps its rows' cities:
# reported, not gated.
_ECHOED = frozenset({"echo_contradiction", "place_filter_contradiction"})
# Some of a list said as all of it (partial_list, ToolBench seed 31 #188) and an answer
# citing only a result's echo of its request (echo_headline, #271): the offline answer now
# says a list of values whole or counted (`policy.scalar_list`) and leaves echo blocks out
# (`policy.echo_block`); a live assistant may still do either: reported, not gated (qhead).
_HEADLINES = frozenset({"partial_list", "echo_headline"})
# A value set off with nothing saying what it is (bare_aside) and a start and an end said
# without their direction (span_unmarked): found reading BFCL seed 31 #57, #123, #244;
# the offline user now says a value's role (`agents.offline.value_roles`) and a span
# (`agents.offline.spans`), but an id-keyed aside and a corpus's unknown role may still
# trip them: reported, not gated, until a seed shows none.
_ASIDES = frozenset({"bare_aside", "span_unmarked"})
# An action answered as a listing of other things, as its verb read as a noun, or without
# what it was sent (action_listed, action_misread, action_unsent; qact: ToolBench seed 31
# #42 and #150, BFCL seed 31 #244): the executor now answers one result holding what was
# sent (`executor.acted_once`), but a corpus's own shape may still list: reported, not gated.
_ACTED = frozenset({"action_listed", "action_misread", "action_unsent"})
REPORTED_ONLY = frozenset({"unreported_state_change", "parameter_label",
                           "place_contradiction"}) \
    | _OWN_WORDS | _RESULTS | _COHERENCE | _OVERRATED | _PRAISED | _WORLD | _EVENTS \
    | _STATE | _BELONGING | _VERDICTS | _TWINS | _DOMAINS | _TAUGHT | _PADDING | _QUOTES \
    | _TIMES | _SUBJECT | _CELLS | _COUNTS | _SEAMS | _MADE | _PICKS | _SCALES | _ODD \
    | _PROMISED \
    | _RECITED | _SAME | _SITUATED | _PAST | _NAMED_IDS | _ECHOED | _HEADLINES | _ASIDES \
    | _ACTED
