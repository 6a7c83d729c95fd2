"""The table `contents` reads: what a record of a noun holds, and the scale of a quantity
an endpoint's name asks for.

Values come from the lists and ranges here (a ship's flag is a flag state, its length
a ship's length), never from the tool's own words. Data only.
"""

from __future__ import annotations

from typing import Any

_STR = {"type": "string"}


def _enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


def _int(lo: int, hi: int) -> dict[str, Any]:
    return {"type": "integer", "minimum": lo, "maximum": hi}


def _num(lo: float, hi: float) -> dict[str, Any]:
    return {"type": "number", "minimum": lo, "maximum": hi}


_YEAR = _int(1950, 2024)

# Quantity words -> the scale of the figure a name asking for them answers.
QUANTITIES: dict[str, dict[str, Any]] = {
    "valuation": _num(250_000, 45_000_000), "worth": _num(1_000_000, 900_000_000),
    "velocity": _num(0.5, 3_000), "speed": _num(1, 300), "force": _num(0.001, 5_000),
    "intensity": _int(40, 650), "income": _num(18_000, 140_000), "gdp": _num(1e11, 2.6e13),
    "depreciation": _num(500, 90_000), "population": _int(1_000, 40_000_000),
    "elevation": _int(0, 4_800), "altitude": _int(0, 12_000),
    "experience": _int(1, 35), "tax": _num(0, 4_800),
}

NOUN_FIELDS: dict[str, dict[str, Any]] = {
    "ship": {"name": _enum("Maersk Elba", "MSC Aurora", "Nordic Star", "Ever Gentle",
                           "Atlantic Pioneer", "CMA CGM Rhone", "Stena Britannica"),
             "ship_type": _enum("Container ship", "Bulk carrier", "Oil tanker",
                                "LNG carrier", "Ro-Ro cargo", "General cargo"),
             "flag": _enum("Panama", "Liberia", "Marshall Islands", "Malta", "Bahamas",
                           "Singapore", "Norway"),
             "length_m": _int(90, 400), "year_built": _int(1995, 2023)},
    # `elements.real_elements` sets the symbol, number and weight of the drawn name.
    "element": {"name": _enum("Hydrogen", "Carbon", "Nitrogen", "Oxygen", "Sodium",
                              "Iron", "Copper", "Silver", "Gold", "Helium"),
                "symbol": _STR, "atomic_number": _int(1, 92),
                "atomic_mass": _num(1, 240)},
    "medicine": {"name": _enum("Amoxicillin", "Ibuprofen", "Paracetamol", "Metformin",
                               "Atorvastatin", "Omeprazole", "Lisinopril", "Cetirizine"),
                 "dosage_form": _enum("tablet", "capsule", "syrup", "injection", "cream"),
                 "strength": _enum("250 mg", "500 mg", "20 mg", "10 mg", "5 mg/ml"),
                 "prescription_required": {"type": "boolean"}},
    "drug": {"name": _enum("Amoxicillin", "Ibuprofen", "Paracetamol", "Metformin"),
             "dosage_form": _enum("tablet", "capsule", "syrup", "injection"),
             "strength": _enum("250 mg", "500 mg", "20 mg", "10 mg")},
    "president": {"president": _enum("George W. Bush", "Barack Obama", "Bill Clinton",
                                "Ronald Reagan", "Jimmy Carter", "Donald Trump",
                                "Joe Biden"),
                  "office": _enum("President of the United States")},
    "monarch": {"name": _enum("Elizabeth I", "Louis XIV", "Catherine the Great",
                              "Charles V", "Victoria", "Philip II", "Frederick the Great")},
    "painting": {"title": _enum("Water Lilies", "The Starry Night", "Girl with a Pearl "
                                "Earring", "The Night Watch", "Impression, Sunrise"),
                 "medium": _enum("Oil on canvas", "Watercolour", "Tempera on panel")},
    "sculpture": {"artist": _enum("Auguste Rodin", "Michelangelo", "Constantin Brancusi",
                                  "Barbara Hepworth"),
                  "year": _int(1500, 1970), "height_cm": _int(40, 520),
                  "available": {"type": "boolean"}},
    "mutation": {"consequence": _enum("missense", "nonsense", "silent", "frameshift",
                                        "splice-site"),
                 "gene": _enum("BRCA1", "TP53", "CFTR", "APOE", "EGFR", "MTHFR"),
                 "clinical_significance": _enum("benign", "likely benign", "uncertain",
                                                "pathogenic")},
    "sequence": {"sequence": _enum("ATGGCGTACGTTAGCCTAGGCTAACGT",
                                   "ATGCCGTTAGACCTGAAGGCTTTCGAT",
                                   "ATGAGTCTCCTGGCACTTGGAACCGTA")},
    # One-letter amino acids, not bases: TP53's, ubiquitin's, insulin's B chain, GFP's start.
    "protein_sequence": {"sequence": _enum(
        "MEEPQSDPSVEPPLSQETFSDLWKLLPENNVLSPLPSQAMDDLMLSPDDIEQWFTEDPGP",
        "MQIFVKTLTGKTITLEVEPSDTIENVKAKIQDKEGIPPDQQRLIFAGKQLEDGRTLSDYNIQKESTLHLVLRLRGG",
        "FVNQHLCGSHLVEALYLVCGERGFFYTPKT",
        "MSKGEELFTGVVPILVELDGDVNGHKFSVSGEGEGDATYGKLTLKFICTTGKLPVPWPTLVTTF")},
    "protein": {"name": _enum("Histone H3", "Lamin A", "Actin", "Tubulin alpha",
                              "Cytochrome c", "Catalase"),
                "mass_kda": _num(11, 120)},
    "cell": {"function": _enum("energy production", "protein synthesis",
                               "lipid synthesis", "detoxification", "transport"),
             "location": _enum("cytoplasm", "nucleus", "mitochondrion",
                               "endoplasmic reticulum")},
    "triangle": {"area": _num(0.5, 9_000), "perimeter": _num(3, 1_500)},
    "house": {"floor_area_m2": _int(70, 420), "floors": _int(1, 3),
              "estimated_cost": _num(150_000, 900_000), "style": _enum(
                  "Modern", "Colonial", "Craftsman", "Ranch", "Victorian")},
    "card": {"position": _int(1, 52)},
    "lawyer": {"cases_handled": _int(20, 900),
               "bar_admission_year": _int(1985, 2021), "firm": _enum(
                   "Baker & Hale LLP", "Morrison Cole", "Reid Partners")},
    "celebrity": {"net_worth_usd": _num(2_000_000, 900_000_000), "profession": _enum(
        "Actor", "Singer", "Athlete", "Television host", "Director")},
    "trait": {"trait": _enum("openness", "conscientiousness", "extraversion",
                             "agreeableness", "patience", "creativity"),
              "strength": _num(0.2, 0.95)},
    "figure": {"person": _enum("Franklin D. Roosevelt", "Winston Churchill",
                             "Eleanor Roosevelt", "John Maynard Keynes"),
               "role": _enum("President", "Prime Minister", "Economist", "Activist")},
    "gdp": {"gdp_usd": _num(1e11, 2.6e13), "growth_percent": _num(-3.5, 6.5)},
    "restaurant": {"name": _enum("Green Table", "Leaf & Root", "Plant Kitchen",
                                 "The Herbivore"),
                   "address": _STR, "rating": _num(3.5, 4.9)},
    "nursery": {"name": _enum("Greenleaf Garden Centre", "Oak Hill Nursery",
                              "Bloom & Grow", "Fernwood Plants"),
                "address": _STR, "rating": _num(3.5, 4.9),
                "opening_hours": _enum("08:00-18:00", "09:00-17:30", "08:30-19:00")},
    # Parties of a civil case: a prosecution names one country's state ("United States v.
    # Carter" heard in Amsterdam).
    "case": {"case_name": _enum("Smith v. Jones", "Harris v. Novak", "Carter v. Lindqvist",
                                "Brown v. Avery"),
             "court": _enum("Supreme Court", "Court of Appeals", "District Court"),
             "decided_year": _int(1990, 2023), "outcome": _enum(
                 "affirmed", "reversed", "dismissed", "settled")},
    "checkin": {"venue": _enum("Blue Bottle Coffee", "The Grove", "Central Park Café",
                               "Joe's Pizza", "Corner Books"),
                "shout": _enum("Great coffee here", "Back again!", "Lunch with the team")},
    "mayorship": {"venue": _enum("Blue Bottle Coffee", "The Grove", "Joe's Pizza",
                                 "Corner Books"), "checkins_count": _int(5, 140)},
    "friend": {"first_name": _STR, "last_name": _STR, "home_city": _STR},
    "playlist": {"name": _enum("Morning Run", "Chill Evenings", "Road Trip", "Focus",
                               "Throwbacks"), "tracks_total": _int(8, 240),
                 "public": {"type": "boolean"}},
    "album": {"title": _enum("Midnight Drive", "Golden Hours", "Northern Lights",
                            "Paper Planes"), "release_date": {"type": "string",
                                                              "format": "date"},
              "total_tracks": _int(6, 18)},
    "video": {"title": _STR, "duration_seconds": _int(30, 3_600), "views": _int(10, 900_000)},
    "photo": {"width": _int(640, 4_032), "height": _int(480, 3_024),
              "prefix": {"type": "string", "format": "uri"}},
    "review": {"rating": _int(1, 5), "text": _STR},
    "note": {"text": _STR, "author": _STR},
    "icon": {"name": _enum("home", "search", "settings", "user", "cart", "bell"),
             "style": _enum("line", "solid", "flat", "outline")},
    "holiday": {"name": _enum("New Year's Day", "Independence Day", "Labor Day",
                              "Thanksgiving Day", "Christmas Day"),
                "type": _enum("National holiday", "Observance")},
    "result": {"score": _int(0, 100), "outcome": _enum("passed", "failed", "completed")},
    "outcome": {"result": _enum("red 17", "black 4", "green 0", "red 32"),
                "multiplier": _int(50, 500)},
    "scan": {"open_ports": {"type": "array", "items": _int(21, 8443)},
             "host": {"type": "string", "format": "hostname"}},
    "certificate": {"recipient": _STR, "course": _enum(
        "Data Analysis Fundamentals", "Project Management", "First Aid"),
        "issued_on": {"type": "string", "format": "date"}},
    "tracking": {"status": _enum("in transit", "out for delivery", "delivered"),
                 "last_location": _STR},
    "loser": {"symbol": _enum("NVDA", "TSLA", "AMD", "PYPL", "INTC"),
              "price": _num(8, 900), "change_percent": _num(-18, -2)},
    "gainer": {"symbol": _enum("NVDA", "META", "AVGO", "PLTR", "SMCI", "CRWD"),
               "price": _num(20, 900), "change_percent": _num(2, 18)},
    "dividend": {"ex_date": {"type": "string", "format": "date"},
                 "amount": _num(0.05, 3.5), "currency": _enum("USD")},
    "survey": {"title": _enum("Customer Satisfaction", "Net Promoter Score",
                              "Post-Purchase Feedback", "Support Experience"),
               "questions": _int(3, 15), "responses": _int(12, 2_400)},
    "task": {"title": _enum("Send the quarterly report", "Book the team offsite",
                            "Renew the domain", "Review the contract draft",
                            "Call the supplier"),
             "due_date": {"type": "string", "format": "date"},
             "completed": {"type": "boolean"}},
    "calendar": {"name": _enum("Work", "Personal", "Family", "Holidays", "Team Events"),
                 "time_zone": _enum("Europe/London", "America/New_York", "Asia/Tokyo")},
    # a KYC/AML screening: what it found and against how many lists
    "screening": {"result": _enum("Clear", "Potential match", "Confirmed match"),
                  "lists_checked": _int(4, 40)},
    # no drawn status: a lead just created is "confirmed", and a later read must agree
    "lead": {"full_name": _STR, "company": _STR},
    # opening hours, one day a row
    "hour": {"day": _enum("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                          "Saturday", "Sunday"),
             "opens": _enum("09:00", "09:30", "10:00"),
             "closes": _enum("17:00", "17:30", "18:00", "20:00")},
    # a bootstrapped yield curve's points
    "curve": {"tenor": _enum("3M", "6M", "1Y", "2Y", "5Y", "10Y", "30Y"),
              "zero_rate_percent": _num(3.2, 5.4)},
    "registration": {"vehicle": _enum("Toyota Corolla", "Mazda CX-5", "Ford Ranger",
                                      "Hyundai i30"),
                     "expiry_date": {"type": "string", "format": "date"}},
    "bin": {"bank": _enum("Chase", "Barclays", "HSBC", "Citibank", "Wells Fargo"),
            "scheme": _enum("visa", "mastercard"), "card_type": _enum("debit", "credit"),
            "country": _STR},
    "database": {"rows": _int(1, 120), "table": _enum("invoices", "customers", "orders")},
    "mandate": {"amount": _num(5, 500), "currency": _enum("EUR", "GBP", "USD"),
                "scheme": _enum("SEPA Direct Debit", "Bacs", "ACH")},
    "answer": {"answer": _STR, "confidence": _num(0.55, 0.98)},
    "ticket": {"subject": _STR, "priority": _enum("low", "medium", "high")},
    "income": {"median_household_income": _num(28_000, 140_000),
               "currency": _enum("USD")},
    "carbon": {"carbon_intensity": _int(40, 650), "unit": _enum("gCO2eq/kWh")},
    "idcard": {"full_name": _STR, "date_of_birth": {"type": "string", "format": "date"},
               "document_number": _enum("X1234567", "P7730215", "L0982231")},
    "gender": {"gender": _enum("female", "male"), "age": _int(18, 75),
               "confidence": _num(0.6, 0.99)},
    "speech": {"label": _enum("speech", "music", "noise", "silence"),
               "confidence": _num(0.6, 0.99)},
    "summarize": {"summary": _STR},
    "kurs": {"rate": _num(14_500, 16_500), "currency": _enum("USD", "EUR", "SGD", "JPY")},
    "detection": {"mask_detected": {"type": "boolean"}, "confidence": _num(0.6, 0.99)},
    "ebook": {"title": _STR, "pages": _int(40, 320)},
    "university": {"name": _enum("Kurukshetra University", "Maharshi Dayanand University",
                                 "Chaudhary Devi Lal University", "Guru Jambheshwar "
                                 "University"), "city": _STR},
    "redirect": {"target_url": {"type": "string", "format": "uri"},
                 "status_code": _enum("301", "302")},
    "synthesize": {"audio_url": {"type": "string", "format": "uri"},
                   "duration_seconds": _int(2, 30)},
    "wagon": {"wheelchair_spaces": _int(0, 4)},
    "geosearch": {"callsign": _enum("BAW123", "DLH4AB", "UAL901", "AFR77", "KLM1024"),
                  "altitude_ft": _int(2_000, 39_000), "ground_speed_kt": _int(140, 520)},
    "node": {"title": _STR, "published_on": {"type": "string", "format": "date"}},
    "book": {"title": _STR, "author": _STR, "year": _YEAR},
    "forecast": {"temperature": _num(-5, 32), "precipitation_mm": _num(0, 24),
                 "conditions": _enum("Clear", "Cloudy", "Light rain", "Sunny")},
}
