"""Team names by competition, for string fields that name a team (`home_team`).

Football clubs of the 2024-25 top divisions and leading esports organisations, written
from general knowledge. NBA, NFL and Premier League names come from `teams.py`. Read
only by `team_names.py`.
"""

from __future__ import annotations

CLUBS: dict[str, tuple[str, ...]] = {
    "Serie A": (
        "Inter", "AC Milan", "Juventus", "Napoli", "Atalanta", "Roma", "Lazio", "Fiorentina",
        "Bologna", "Torino", "Udinese", "Genoa", "Como", "Cagliari", "Lecce", "Parma",
        "Hellas Verona", "Empoli", "Venezia", "Monza",
    ),
    "La Liga": (
        "Real Madrid", "Barcelona", "Atletico Madrid", "Athletic Club", "Villarreal",
        "Real Betis", "Real Sociedad", "Sevilla", "Valencia", "Celta Vigo", "Osasuna",
        "Getafe", "Girona", "Rayo Vallecano", "Mallorca", "Alaves", "Espanyol",
        "Las Palmas", "Leganes", "Real Valladolid",
    ),
    "Bundesliga": (
        "Bayern Munich", "Bayer Leverkusen", "Borussia Dortmund", "RB Leipzig",
        "Eintracht Frankfurt", "VfB Stuttgart", "SC Freiburg", "Borussia Monchengladbach",
        "Werder Bremen", "VfL Wolfsburg", "Mainz 05", "Union Berlin", "FC Augsburg",
        "TSG Hoffenheim", "FC Heidenheim", "St. Pauli", "Holstein Kiel", "VfL Bochum",
    ),
    "Ligue 1": (
        "Paris Saint-Germain", "Marseille", "Monaco", "Lille", "Lyon", "Nice", "Lens",
        "Rennes", "Strasbourg", "Brest", "Toulouse", "Nantes", "Reims", "Auxerre", "Angers",
        "Le Havre", "Saint-Etienne", "Montpellier",
    ),
    "Dota 2": (
        "Team Spirit", "Team Liquid", "Gaimin Gladiators", "Tundra Esports", "OG",
        "Team Falcons", "BetBoom Team", "Xtreme Gaming", "Nigma Galaxy", "Cloud9",
    ),
    "League of Legends": (
        "T1", "Gen.G", "Hanwha Life Esports", "Dplus KIA", "Bilibili Gaming", "JD Gaming",
        "G2 Esports", "Fnatic", "Team Liquid", "Cloud9",
    ),
}
