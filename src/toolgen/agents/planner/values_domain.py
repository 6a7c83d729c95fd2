"""What a user of one kind of API searches for, writes and picks: values by the API's domain.

A search on a music API is for an artist or a song, on a recipe API for a dish, on a web
search engine for a question a person has; a tweet reads like a post, a ticket's
resolution like what support did, a text sent to a translator like something a person
would say. `domain_of(about)` reads the endpoint's own words (tool, function name and
description) for its domain; `QUERIES`, `CATEGORIES` and `texts(kind, domain)` give the
values. The pools are hand-written, short and plain, so every value is one a reviewer
believes.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (domain, words of the endpoint that put it there), first match wins: specific before broad.
_DOMAINS: tuple[tuple[str, str], ...] = (
    ("translation", r"translat|transliterat|grammar|spell ?check|text.to.speech|tts|"
                    r"paraphras|summari[sz]|sentiment"),
    ("support", r"ticket|helpdesk|freshdesk|zendesk|support case|customer support|"
                r"customer service|complaint"),
    ("social", r"tweet|twitter|retweet|reddit|subreddit|instagram|facebook|social|"
               r"mastodon|threads"),
    ("podcast", r"podcast"),
    ("anime", r"anime|manga"),
    ("music", r"music|song|track|artist|album|spotify|shazam|lyric|playlist|melody|deezer"),
    ("movie", r"movie|film|cinema|imdb|netflix|tv show|series|filmaffinity"),
    ("video", r"video|youtube|vimeo|tiktok|twitch"),
    ("recipe", r"recipe|cook|meal|diet|grocery|nutrition|food|oven|cuisine|ingredient"),
    ("book", r"\bbooks?\b|library|novel|isbn|goodreads|openlibrary"),
    ("job", r"\bjobs?\b|career|recruit|hiring|linkedin|resume|vacanc"),
    ("news", r"\bnews|headline|article|blog|press"),
    ("finance", r"stock|market|financ|ticker|crypto|forex|trading|invest(?!igat)|nasdaq|equit"),
    ("realestate", r"propert|apartment|real estate|zillow|realtor|rental|housing"),
    ("place", r"hotel|\bplaces?\b|\bmaps?\b|restaurant|venue|foursquare|yelp|attraction|"
              r"nearby|geocod|poi\b"),
    # a medicine search is for a medicine, before sports' "match" ("medicines that match")
    ("medicine", r"medicine|medication|\bdrugs?\b|pharma"),
    ("sports", r"\bnba\b|football|soccer|sport|league|basketball|tennis|cricket|nfl|"
               r"\bteam|player|match"),
    ("game", r"\bgames?\b|steam|esport|board game|chess|gaming"),
    ("shopping", r"product|shop|store|amazon|ebay|newegg|e-?commerce|walmart|aliexpress|"
                 r"retail|catalog"),
    ("image", r"image|photo|picture|\bgif|wallpaper|pinterest|unsplash"),
    ("weather", r"weather|forecast|climate"),
    ("airport", r"airport"),
    ("health", r"medical|health|disease|symptom|drug|medicine|clinic|doctor"),
    ("law", r"legal|\blaw\b|court|lawsuit|docket|attorney"),
    ("message", r"\bsms\b|e-?mail|\bmail\b|message|chat|whatsapp|telegram|slack"),
    ("task", r"\btodo|to-do|task|reminder|\bnotes?\b|memo"),
    ("web", r"search|bing|google|\bweb\b|serp|seo|duckduckgo|crawl|scrap"),
)
_COMPILED = tuple((d, re.compile(p, re.I)) for d, p in _DOMAINS)


@lru_cache(maxsize=16384)
def domain_of(about: str) -> str | None:
    """The domain the endpoint's words put it in (None when they say nothing known)."""
    about = about.replace("_", " ")  # `contact_customer_support` says "customer support"
    # the name and its tool first: a description's parameter table speaks of anything
    # (Medius's symptom search "matching" a free text read as sports: "medications on
    # Lakers", ToolBench seed 71 #3)
    head = " ".join(about.split()[:_NAME_WORDS])
    for domain, pattern in _COMPILED:
        if domain != "web" and pattern.search(head):  # a "search" says what it is not
            return domain
    for domain, pattern in _COMPILED:
        if pattern.search(about):
            return domain
    return None


_NAME_WORDS = 10


QUERIES: dict[str, tuple[str, ...]] = {
    "music": ("Taylor Swift", "Bohemian Rhapsody", "Billie Eilish", "Daft Punk", "Adele Hello",
              "Coldplay Yellow", "Miles Davis", "Blinding Lights"),
    "movie": ("Inception", "The Godfather", "Spirited Away", "Parasite", "Interstellar",
              "Pulp Fiction", "The Grand Budapest Hotel"),
    "anime": ("Naruto", "Attack on Titan", "One Piece", "Spirited Away", "Demon Slayer",
              "Cowboy Bebop"),
    "video": ("how to make sourdough bread", "beginner yoga routine", "iphone 15 review",
              "lofi study music", "guitar chords for beginners", "travel vlog japan"),
    "recipe": ("vegetarian lasagna", "chicken tikka masala", "banana bread",
               "gluten-free pancakes", "beef stew", "mushroom risotto", "chocolate chip cookies"),
    "book": ("The Great Gatsby", "Dune", "Pride and Prejudice", "Sapiens",
             "To Kill a Mockingbird", "The Hobbit", "Atomic Habits"),
    "job": ("data analyst", "frontend developer", "registered nurse", "project manager",
            "graphic designer", "marketing coordinator"),
    "news": ("electric vehicles", "interest rates", "climate summit", "artificial intelligence",
             "world cup", "housing market"),
    "finance": ("Apple", "Tesla", "Microsoft", "Amazon", "Nvidia", "Bitcoin"),
    "realestate": ("2 bedroom apartment", "house with garden", "studio near downtown",
                   "condo with parking"),
    "place": ("coffee shop", "italian restaurant", "pharmacy", "museum", "bookstore",
              "sushi", "park"),
    "sports": ("LeBron James", "Real Madrid", "Lakers", "Serena Williams", "Manchester United",
               "Lionel Messi"),
    "game": ("Elden Ring", "Minecraft", "Catan", "Stardew Valley", "The Legend of Zelda",
             "Ticket to Ride"),
    "shopping": ("wireless headphones", "running shoes", "coffee maker", "gaming laptop",
                 "4k monitor", "office chair", "air fryer"),
    "image": ("sunset over mountains", "golden retriever puppy", "city skyline at night",
              "autumn forest", "beach in summer"),
    "podcast": ("true crime", "history podcasts", "startup stories", "science weekly",
                "comedy interviews"),
    "social": ("#travel", "climate change", "world cup", "#photography", "new album release"),
    "weather": ("London", "Tokyo", "New York", "Berlin"),
    # an airport search is for a city ("best budget laptop 2025" found Paris CDG)
    "airport": ("Paris", "Lisbon", "Rome", "Tokyo", "New York", "London", "Madrid", "Berlin"),
    "medicine": ("ibuprofen", "paracetamol", "amoxicillin", "cetirizine", "omeprazole"),
    "health": ("migraine", "vitamin D deficiency", "high blood pressure", "seasonal allergies"),
    "law": ("breach of contract", "patent infringement", "wrongful termination",
            "landlord tenant dispute"),
    "web": ("best hiking trails near Denver", "how to repot a monstera", "cheap flights to Rome",
            "python list comprehension", "symptoms of dehydration", "weekend weather Lisbon",
            "best budget laptop 2025"),
}
QUERIES["translation"] = QUERIES["web"]
QUERIES["support"] = ("password reset", "refund request", "login problem", "shipping delay")
QUERIES["message"] = QUERIES["task"] = QUERIES["web"]

CATEGORIES: dict[str, tuple[str, ...]] = {
    "news": ("business", "sports", "technology", "politics", "health", "entertainment"),
    "shopping": ("electronics", "books", "home and kitchen", "toys", "clothing"),
    "movie": ("comedy", "drama", "thriller", "animation", "documentary"),
    "anime": ("action", "romance", "comedy", "fantasy"),
    "video": ("music", "gaming", "education", "travel", "sports"),
    "music": ("pop", "rock", "jazz", "hip hop", "classical"),
    "book": ("fiction", "mystery", "biography", "science fiction", "history"),
    "recipe": ("dessert", "vegetarian", "breakfast", "pasta", "soup"),
    "game": ("strategy", "puzzle", "action", "family"),
    "job": ("engineering", "marketing", "sales", "design"),
    "podcast": ("true crime", "comedy", "business", "technology"),
    "place": ("restaurant", "cafe", "museum", "park", "hotel"),
    "finance": ("stocks", "etf", "crypto", "bonds"),
    "sports": ("basketball", "football", "tennis", "baseball"),
    "support": ("billing", "technical issue", "account", "shipping"),
    "health": ("cardiology", "dermatology", "pediatrics", "nutrition"),
    "realestate": ("apartment", "house", "condo", "townhouse"),
    "image": ("nature", "animals", "architecture", "food"),
    "social": ("technology", "sports", "travel", "food"),
    "law": ("contract", "employment", "intellectual property", "family"),
}

_TEXTS: dict[str, tuple[str, ...]] = {
    "post": ("Just finished my first half marathon - legs are done but it was worth it!",
             "Trying the new ramen place downtown tonight, any tips?",
             "Can't believe how good the sunset looked from the pier this evening.",
             "Three weeks into learning Spanish and I finally ordered coffee without English.",
             "Our team shipped the new release today. Proud of everyone involved.",
             "Rainy Sunday, a good book and a pot of tea. Perfect."),
    "resolution": ("Reset the customer's password and confirmed they can log in again.",
                   "Issued a full refund for the duplicate charge.",
                   "Replaced the faulty router; the connection is stable now.",
                   "Cleared the app cache and the sync error no longer appears.",
                   "Shipped a replacement for the damaged item with express delivery."),
    "issue": ("The app crashes every time I try to upload a photo.",
              "I was charged twice for my last order.",
              "My package was marked delivered but never arrived.",
              "I can't log in after resetting my password.",
              "The invoice shows the wrong billing address."),
    "review": ("Great service and friendly staff, would recommend.",
               "Exactly as described and arrived a day early.",
               "Good value for the price, though setup took a while.",
               "Lovely experience overall, we will definitely come back."),
    "review_place": ("Ask for a table on the terrace at sunset.",
                     "Great coffee - try the almond croissant.",
                     "Comfortable room and friendly staff, but the wifi was slow.",
                     "Busy on weekends, go early to avoid the queue.",
                     "Lovely atmosphere, we will definitely come back."),
    "review_product": ("Solid build quality and the battery lasts all day.",
                       "Runs a bit small, order one size up.",
                       "Checkout was quick and the delivery came a day early.",
                       "Does the job, but the instructions were confusing."),
    "review_recipe": ("Made this for dinner and the whole family loved it.",
                      "I added extra garlic and a squeeze of lemon - delicious.",
                      "Easy to follow, though it needed ten more minutes in the oven.",
                      "Great weeknight recipe, will make it again."),
    "about_recipe": ("A creamy one-pot pasta that is ready in 20 minutes.",
                     "Crispy roast potatoes with garlic and rosemary.",
                     "A light lemon cake, perfect for afternoon tea.",
                     "Spicy black bean soup with lime and coriander."),
    "about_product": ("Lightweight waterproof jacket with taped seams.",
                      "Stainless steel water bottle that keeps drinks cold for 24 hours.",
                      "Wireless earbuds with noise cancelling and a 30-hour battery."),
    "about_place": ("Cozy family-run cafe with outdoor seating.",
                    "Rooftop bar with views over the old town.",
                    "Quiet neighbourhood bakery, open from 7 am."),
    "reply": ("Thanks so much for trying it - glad you enjoyed it!",
              "Thank you for the feedback, we will pass it on to the team.",
              "Sorry to hear that. Could you send us your order number so we can help?",
              "Great tip, thanks for sharing!"),
    "instructions": ("Chop the onions, brown the beef, then simmer with tomatoes for 30 "
                     "minutes.",
                     "Whisk the eggs and sugar, fold in the flour and bake at 180C for 25 "
                     "minutes.",
                     "Toss the pasta with pesto, cherry tomatoes and parmesan, then serve.",
                     "Marinate the chicken overnight and grill for 6 minutes per side."),
    # what a caterer, courier or host is asked to mind (an order's or a booking's notes)
    "requests": ("Please deliver to the side entrance before noon.",
                 "No nuts, please - one guest has an allergy.",
                 "Ring the bell at the back door; the front is locked.",
                 "Leave the parcel with the reception desk.",
                 "Vegetarian options for six guests, please."),
    "say": ("Where is the nearest train station?",
            "I would like to book a table for two at eight o'clock.",
            "The meeting has been moved to Thursday afternoon.",
            "Thank you so much for your help yesterday.",
            "How much does a ticket to the museum cost?",
            "Please send me the report by the end of the week."),
    "message": ("Running ten minutes late, see you at the cafe.",
                "Your appointment is confirmed for Tuesday at 3 pm.",
                "Can you pick up milk on the way home?",
                "Reminder: the team meeting starts at 10 tomorrow.",
                "Happy birthday! Hope you have a great day."),
    "note": ("Buy milk, eggs and coffee on the way home.",
             "Call the dentist to reschedule Thursday's appointment.",
             "Renew the car insurance before the end of the month.",
             "Send the quarterly report to Dana by Friday.",
             "Book flights for the family trip in August."),
}
_REVIEWED = {"place": "place", "shopping": "product", "recipe": "recipe"}
# Which pool a free-text parameter draws from, by the endpoint's domain.
_TEXT_BY_DOMAIN = {"social": "post", "support": "issue", "translation": "say",
                   "message": "message", "task": "note", "place": "review_place",
                   "recipe": "review_recipe", "shopping": "review_product"}


def texts(kind: str, domain: str | None) -> tuple[str, ...]:
    """Sentences for a free-text parameter: `kind` is what the parameter is (`resolution`,
    `review`, `note`, `post`, `message`, or `text` for plain text), read with the domain."""
    if kind == "review" and f"review_{_REVIEWED.get(domain or '', '')}" in _TEXTS:
        return _TEXTS[f"review_{_REVIEWED[domain or '']}"]
    if kind in _TEXTS:
        return _TEXTS[kind]
    return _TEXTS[_TEXT_BY_DOMAIN.get(domain or "", "say")]
