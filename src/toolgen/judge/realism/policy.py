"""The realism policy, in one place: each finding kind's severity and which kinds gate generation.

`SEVERITY` decides how `evaluate` and the heuristic scorer treat a kind (an error caps
overall at 3, so the default threshold rejects it). `GATING_KINDS` is the subset that
also rejects (or sends to repair) a freshly generated record; realism kinds outside it
are reported and scored but do not stop generation. Tune both here after the generator
stops producing a defect: take its kind out of `reported.REPORTED_ONLY`.
"""

from __future__ import annotations

from toolgen.judge.realism.reported import REPORTED_ONLY
from toolgen.records import Finding
from toolgen.records.dialogue import Severity

CRITERIA = ("outputs", "arguments", "chains", "honesty", "actions", "parallel", "language",
            "values", "naming", "entities", "own_words", "garbled", "invented_names",
            "type_fields", "boilerplate", "field_scales", "deferred", "paged_totals",
            "returned_entity", "postcodes", "asked_place", "error_results", "sums",
            "identity", "asked", "request_words", "reasked",
            # coherence of what a result holds (cjudge)
            "hollow", "weather", "same_id", "titles",
            # what a careful reviewer still refused among records scored 4.5 or more
            "filters", "omitted", "units", "value_kinds", "shapes",
            # untrainable records the judge praised (qjudge)
            "ids_only", "absent", "stale", "misfit",
            # a calculation's figure a reviewer recomputes (qcalc)
            "calculations",
            # a capital, a population or a distance the real world contradicts
            "world_facts",
            # a record-keeping remark or a placeholder reported as content (qstub)
            "notes",
            # an event's dates that contradict its title (a night running three weeks)
            "events",
            # wording no person writes: swapped phrases that clash, run-on asks (qphrase)
            "wording",
            # a call that contradicts the state earlier calls left; a purchase whose total
            # does not follow an earlier price (qstate)
            "state_order", "bought",
            # places, money and companies that do not belong together (qworld3)
            "city_fit", "local_money", "stocks",
            # a flight numbered with another airline's code; a trip booked after it began
            "airline_codes", "booked_late",
            # a flight dated apart from its departure, or with another thing's status
            "flight_rows",
            # different items sharing the one product code a call sent (a cart's lines)
            "shared_codes",
            # a call asking the chance of more outcomes than there are
            "part_whole",
            # a fuel price no pump charges (petrol at 16.22 rupees a litre)
            "fuel_price",
            # a seat no airline sells at that price (Auckland to Lisbon for 25 EUR)
            "flight_fares",
            # a status the dates beside it contradict (a flight boarding months later)
            "status_time",
            # a yes/no question answered without its yes or no; one thing done twice in a
            # row by twin functions (qcheck)
            "verdicts", "twins",
            # a web domain named like a shop ("Maple Hour" for weiss-pena.info)
            "domains",
            # an airline off its countries' routes, a concert titled as a summit, every
            # collection named after one city, a 7 ft 2 in guard (qjudge)
            "flown_routes", "event_kinds", "city_titles", "player_heights",
            # bookkeeping stamps on a fact; an API author's placeholder as a value (qpad)
            "padding", "placeholder_values",
            # a currency, religion or medicine with a made-up name ("Silver Ridge") (qpad)
            "known_kinds",
            # a refund above what was paid; a cart line off the price read before (qmoney)
            "reconciled",
            # a text from a result quoted in the answer with its words changed (qmoney)
            "quotes",
            # a call fed an attribute of another tool's result that call is not about
            # (a campaign's time zone into a holiday calendar) (qchain)
            "off_subject",
            # a cell's, a molecule's or a compartment's facts the textbook contradicts
            "cell_facts",
            # an answer giving a list a size the list it shows does not have
            "said_counts",
            # a folder, a file or an e-mail made "confirmed", a booking's state
            "made_status",
            # an act on an item the record's own search did not find; a next page fetched
            # after a page that said it was the last (qpage)
            "listed_pick", "last_page",
            # a price out of its currency's scale (296.19 KRW for thirteen nights); a
            # stay's price its nights contradict (fourteen nights for 247 AUD)
            "money_scale", "stay_prices",
            # a schema's sample text sent as the user's; a code off its default's form (qodd)
            "odd_values",
            # a result holding nothing of what its endpoint's words promise (a current
            # time without a time, a QR generator without an image) (qhollow)
            "promised",
            # a client's request id or a `format` the user recites; an object's fields
            # quoted as one text (qrecite)
            "recited_keys",
            # a thing read back in another state than it was left in; one user under two
            # ids of different forms; a text stating a figure its field holds otherwise (qsame)
            "kept_state", "id_forms", "stated_text",
            # a user's situation set in another place than the one they ask about
            "situation",
            # a history lookup answering events dated after today or outside its years
            "past_dates",
            # a state, a currency or a category the user names by a made-up id (qids)
            "named_by_id",
            # an echo of the request, or a filtered listing's place, not what was sent (qecho)
            "echoed_asks",
            # a ticker map's entry holding another ticker; one cart or order in two
            # currencies; a checkout charging another sum than its cart (qkeys)
            "keyed_entries", "one_currency", "cart_checkout",
            # some of a list's values said as the whole list; an answer reporting only
            # what its result says was asked (qhead)
            "whole_lists", "echo_cited",
            # a value set off in brackets or dashes with nothing saying what it is; a
            # start and an end said without their direction (qphrase)
            "asides", "spans",
            # an action answered as a listing of other things, as the thing its verb
            # names, or without what it was sent (qact)
            "acted_result")
"""Validator names of the realism checks (one module each)."""

SEVERITY: dict[str, Severity] = {
    # outputs: tool-output plausibility
    "filler_text": "error",
    "generic_stub": "error",
    "value_out_of_range": "error",
    # arguments
    "argument_out_of_range": "error",
    "date_order": "error",
    "same_currency_rate": "error",
    "same_currency_conversion": "error",
    "default_identifier": "error",
    "label_as_value": "error",
    "implausible_argument": "error",
    "list_size": "error",
    # chains
    "entity_mismatch": "error",
    "cross_api_link": "error",
    # honesty
    "claim_unsupported": "error",
    "ignored_failure": "error",
    "false_empty": "error",
    "unreported_state_change": "error",
    "unkept_promise": "error",
    # actions
    "unrequested_action": "error",
    # parallel
    "parallel_dependent": "error",
    # language
    "parameter_label": "error",
    "recited_client_key": "error",
    # "Minecraft - Nintendo Switch - in Masovia", "starting 2026-04-23 (parking)" (BFCL
    # seed 31 #244, #123): a value set off with nothing saying what it is; "the travel
    # distance in Bengaluru for Mumbai" (#57): a start and an end said without direction
    "bare_aside": "error",
    "span_unmarked": "error",
    "joined_fields": "error",
    "enum_literal": "error",
    "label_prefix": "error",
    "assistant_disfluency": "error",
    "template_fragment": "error",
    "repeated_fact": "error",
    "repeated_label": "error",
    # values: numbers, totals, names and places a reader does not believe
    "implausible_number": "error",
    "inflated_total": "error",
    "repeated_name": "error",
    "place_contradiction": "error",
    "placeholder_name": "error",
    # naming: an API's raw name in prose; a create/booking answered as a search
    "raw_function_name": "error",
    "create_as_list": "error",
    # entities: one real airport / team / country per object, figures in quantity fields
    "entity_contradiction": "error",
    "quantity_word": "error",
    # the tool's own words where a value, a request, a name or a type belongs
    "own_word_argument": "error",
    "garbled_request": "error",
    "invented_name": "error",
    "echoed_type": "error",
    "template_description": "error",
    "meaningless_number": "error",
    # what a result is and says: a pointer "above" for new figures, pages whose totals
    # disagree, another kind of thing or place than asked, an error passed on as a result,
    # figures that do not add up, a handle and a name of two different people
    "deferred_answer": "error",
    "paged_total_mismatch": "error",
    "wrong_entity": "error",
    "postcode_place": "error",
    "answered_elsewhere": "error",
    "error_as_result": "error",
    "sum_mismatch": "error",
    "identity_mismatch": "error",
    # asked: a result holding nothing of what the endpoint's name asks for (a status
    # call with no status), or the very object another endpoint returned
    "unanswered_name": "error",
    "same_result": "error",
    # request_words: the request's controls or the endpoint's prose as a result's values
    "echoed_control": "error",
    "function_word_value": "error",
    # a question for an input the user already gave, or for the id of a thing a call
    # of the conversation just made (only the tool could know it)
    "asked_again": "error",
    "asked_unknowable": "error",
    # coherence of what a result holds: nothing but ids and the request echoed; weather
    # no sky could have; one id standing for two different things
    "hollow_result": "error",
    # promised: a current time without a time, a QR code generator without an image
    "promise_unkept": "error",
    "weather_incoherent": "error",
    "same_id_two_things": "error",
    # verdicts: the yes or no a yes/no question came back with
    "unsaid_verdict": "error",
    "wrong_verdict": "error",
    # twins: one thing done twice in a row by two functions with the same purpose
    "redundant_call": "error",
    # domains: a web domain called by a made-up name, not its address
    "domain_misnamed": "error",
    # cell_facts: a hepatocyte "in the endoplasmic reticulum", Catalase in the nucleus
    "cell_fact_contradiction": "error",
    # listed_pick: a book reserved that the search before it never found
    "act_off_listing": "error",
    # last_page: "More results are available" after a page with "has_more": false
    "page_after_last": "error",
    # said_counts: "Miami International Airport heads a list of 4" beside three airports
    "count_contradiction": "error",
    # whole_lists: "the zip codes are 02-636 and 00-826" beside three zip codes
    "partial_list": "error",
    # echo_cited: "its lat is 49.34" of a solar estimate's echoed inputs
    "echo_headline": "error",
    "unsaid_text": "error",
    "code_off_form": "error",
    "filter_place_misfit": "error",
    "title_misfit": "error",
    # a population with `version: 7`; "3 SAMPLE Drive" as a lab's address
    "padded_fact": "error",
    "placeholder_value": "error",
    # a result for other filters than asked; an answer leaving out the very figure
    # asked for; one quantity in two units that disagree; a value of the wrong kind
    # (a made-up name as a fuel, "basic" as a unit, "boolean" as a value, a stock quote as
    # a player's goals); a user reciting a function name glued into one word
    "filter_contradiction": "error",
    "asked_omitted": "error",
    "unit_mismatch": "error",
    "wrong_kind_value": "error",
    "borrowed_shape": "error",
    "glued_identifier": "error",
    # an answer reporting a result by its ids and counts only; a result without the
    # quantity asked for (a population, a capital, a flight's status); a read that
    # returns none of what a write in the same record just stored; a fact, review or
    # description holding social chatter ("Thanks for the update!")
    "ids_only_answer": "error",
    "asked_absent": "error",
    "stale_read": "error",
    "text_misfit": "error",
    # a calculation off by more than 1 % from its recomputation, or answered with records
    "calculation_wrong": "error",
    # a known country's capital or population, or a known city pair's distance, wrong
    "world_fact_contradiction": "error",
    # "the first with description For internal use only": a remark about who keeps a
    # record, or a corpus placeholder, reported as what a result holds (gating: the
    # offline policy no longer says one, 0 of 300 ToolBench, BFCL and bundled records at
    # seed 7; a live assistant's is repaired or regenerated)
    "note_as_content": "error",
    # an evening running for weeks, a market for months, "Autumn" starting in June
    "event_span_misfit": "error",
    # "Can you mind helping me", "Many thanks so much!", "Brief one: delete the payment?",
    # "... using the result Once you have that, ...", "the prompt prompt", "the today's"
    "broken_wording": "error",
    # "About MarShon, can you also see the airports?" (ToolBench seed 7 #42): a follow-up
    # opening on an earlier result none of its calls uses
    "unmoored_follow_up": "error",
    # "the first has scheme ACH; the first is at 74.78 USD", "A product to cart is added",
    # "the ways I can pay" in an answer (`seams`)
    "answer_seam": "error",
    # a deleted card charged, a cancelled order returned; a refund, a paid booking or one
    # amount paid again
    "used_after_removal": "error",
    "paid_again": "error",
    # a flight read at 426.5 booked for 22.9; three nights at 561 a night for 172.3
    "total_off_price": "error",
    # order ord_0392 made for 85.9 and read back at 175.28
    "total_restated": "error",
    # ord_3166 paid 144.47 and refunded 155.98; a backpack read at 84.00 whose cart line
    # of three is 87.98
    "refund_over_paid": "error",
    "line_off_price": "error",
    # the tweet "Please find the invoice attached." answered as "Kindly search for the
    # invoice attached"
    "misquoted_text": "error",
    # Florence at Rome's coordinates or Milan's postcode; a Sao Paulo order in euros; the
    # ticker of another company than the one named, IBM shares at 2.73
    "city_coordinates": "error",
    "city_postcode": "error",
    "city_country": "error",
    "place_currency": "error",
    # "MXNJPY:cur" holding the INRKRW cross; a cart read in EUR checked out in CHF
    "keyed_entry_mismatch": "error",
    "record_two_currencies": "error",
    "checkout_off_cart": "error",
    "ticker_mismatch": "error",
    "asset_price_implausible": "error",
    # a KLM flight numbered AA1492; a flight booked after it departed
    "airline_code_mismatch": "error",
    "flight_row_misfit": "error",
    "shared_product_code": "error",
    "part_over_whole": "error",
    "fuel_price_misfit": "error",
    "flight_fare_misfit": "error",
    # "I'm planning a summer trip to Lisbon." before a hotel booked in Zurich
    "situation_elsewhere": "error",
    # the moon landing dated 2026-02-17
    "history_misdated": "error",
    "booked_after_start": "error",
    # 296.19 KRW for a stay: a dollar figure beside the won's code, in cents it lacks
    "off_currency_scale": "error",
    # fourteen nights in Melbourne for 247.06 AUD: 12 dollars a night
    "stay_price_misfit": "error",
    # Qantas from Edinburgh to Rome; "Annual Book Summit" as a concert; collections "The
    # Roads of Cairo", "The Harbor of Cairo"; a 7 ft 2 in guard
    "airline_off_route": "error",
    "event_category_misfit": "error",
    "titles_one_city": "error",
    "height_misfit": "error",
    # a flight "boarding" by an update four months after it left; an update before creation
    "status_time": "error",
    # SMSto's last campaign's `timezone` fed to Checkiday's events of the day
    "incidental_link": "error",
    # a publisher's country into a Covid history; a market's currency into a transfer
    "cross_domain_link": "error",
    # a new folder, upload or to-do "confirmed" like a booking
    "made_confirmed": "error",
    # an order placed "confirmed" read back "Cancelled" with nothing done to it
    "state_drifted": "error",
    # user 21565 edited, then the mandates of user usr_686d8b asked for
    "one_user_two_ids": "error",
    # a recipe of six servings and 32 minutes described "ready in 30 minutes; serves four"
    "text_contradicts_field": "error",
    # "the zips in the state stt_3b4709", "the rate for my currency crr_6b4c50"
    "named_thing_by_id": "error",
    # solar inputs lat "49.34" for a call sent 25.2048; a Los Angeles County ZIP in San Jose
    "echo_contradiction": "error",
    "place_filter_contradiction": "error",
    # `walmart_purchase(["Eco Notebook"])` answered three other purchases "of 15";
    # `place_order` answered an address and a latitude; 57.95 MXN converted as 74.53
    "action_listed": "error",
    "action_misread": "error",
    "action_unsent": "error",
}

GATING_KINDS: frozenset[str] = frozenset(SEVERITY) - REPORTED_ONLY
"""Realism kinds that reject a generated record (repair, then regeneration): every kind
the generator no longer produces (each under 0.5 % of records on the shared ToolBench,
BFCL and bundled corpora at seed 7), so a record that still trips one is not written."""


def finding(criterion: str, kind: str, index: int | None, reason: str) -> Finding:
    """A realism finding with the policy's severity for `kind`."""
    where = f"message {index}: " if index is not None else ""
    return Finding(
        validator=criterion,
        kind=kind,
        message=f"{where}{reason}"[:400],
        severity=SEVERITY[kind],
        message_index=index,
    )


def is_realism(f: Finding) -> bool:
    return f.validator in CRITERIA


def gates(f: Finding) -> bool:
    """True when `f` rejects a generated record: a rule error, or a gating realism error."""
    if f.severity != "error":
        return False
    return not is_realism(f) or f.kind in GATING_KINDS
