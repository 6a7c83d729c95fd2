"""An air quality index says its own category, as the US EPA's breakpoints name it.

`get_air_quality_forecast` answered an AQI of 61 as "Unhealthy": the category was drawn
beside the index. `aqi_category(output, args, rng)` sets every object's `category` from
its `aqi` (0-50 Good, 51-100 Moderate, 101-150 Unhealthy for sensitive groups, 151-200
Unhealthy, 201-300 Very unhealthy, above Hazardous). In place; pure; never touches the
network.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.executor.objects import objects_in

_BANDS = ((50, "Good"), (100, "Moderate"), (150, "Unhealthy for sensitive groups"),
          (200, "Unhealthy"), (300, "Very unhealthy"))


def category_of(aqi: float) -> str:
    return next((name for top, name in _BANDS if aqi <= top), "Hazardous")


def aqi_category(output: Any, args: dict[str, Any], rng: random.Random) -> None:
    for obj in objects_in(output):
        aqi = obj.get("aqi")
        if isinstance(obj.get("category"), str) and isinstance(aqi, int | float) and (
                not isinstance(aqi, bool)):
            obj["category"] = category_of(aqi)
