"""A bounding box is a box on the globe around the place asked about (ToolBench seed 47
#45: an isochrone of a Manhattan point answered `bbox: [143.58, 843.0, 13.88, 716.4]`)."""

from __future__ import annotations

import json

from toolgen.executor.bounding_box import fit_boxes


def test_a_box_lies_around_the_sent_pair_even_in_a_payload() -> None:
    payload = json.dumps({"locations": [{"lat": 40.744014, "lon": -73.990508}],
                          "costing": "pedestrian"})
    out = {"id": "isc_c3e606", "bbox": [143.58, 843.0, 13.88, 716.4]}
    fit_boxes(out, {"payload": payload})
    west, south, east, north = out["bbox"]
    assert west < -73.990508 < east and south < 40.744014 < north
    assert east - west < 0.1 and north - south < 0.1
    again = {"bbox": [1.0, 2.0, 3.0, 4.0]}
    fit_boxes(again, {"lat": "40.744014", "lon": "-73.990508"})
    assert again["bbox"] == out["bbox"]  # one place, one box


def test_with_no_place_sent_only_a_broken_box_is_mended() -> None:
    good = {"bbox": [2.25, 48.8, 2.42, 48.9]}
    fit_boxes(good, {})
    assert good["bbox"] == [2.25, 48.8, 2.42, 48.9]
    broken = {"bounding_box": [143.58, 843.0, 13.88, 716.4]}
    fit_boxes(broken, {})
    west, south, east, north = broken["bounding_box"]
    assert -180 <= west < east <= 180 and -90 <= south < north <= 90
