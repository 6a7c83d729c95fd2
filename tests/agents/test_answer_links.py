"""Asked for a link, the answer gives the link; an email's `from` is said as its sender.

ToolBench seed 7 #222 asked openload for a download link and answered "The download link
came back for TCK-98448, with nothing else in it." beside a result holding
`download_url`; the video's thumbnail was answered by its width and height, never its
address. Read as a reviewer reads an answer, under thirty seeds of wording.
"""

from __future__ import annotations

import random
from typing import Any

from toolgen.agents import offline as lang
from toolgen.agents.offline import Intent
from toolgen.agents.policy.speech import outcome_of
from toolgen.episode.state import Executed, MadeCall
from toolgen.executor.results import ExecutionResult
from toolgen.records import Endpoint


def _answers(function_name: str, args: dict[str, Any], output: Any, obj: str) -> list[str]:
    endpoint = Endpoint(id="t/e", function_name=function_name, tool_id="t", tool_name="T",
                        category="Data", name=function_name)
    done = Executed(MadeCall("c1", endpoint, args), ExecutionResult("ok", output, None, ()),
                    None)
    intent = Intent(verb="get", obj=obj, phrase=f"get {obj}")
    outcomes = lang.said_once([outcome_of(done, intent)])
    return [lang.assistant_report(outcomes, random.Random(seed)) for seed in range(30)]


def test_a_download_link_is_answered_with_the_link() -> None:
    url = "https://www.flores-peters.com/files/fef35f"
    args = {"fileId": "fli_8307e0", "ticket": "TCK-98448"}
    output = {**args, "download_url": url, "expires_at": "2025-09-13T21:39:00Z"}
    for text in _answers("get_download_link_for_openload", args, output,
                         "the download link"):
        assert url in text, text
        assert "nothing else" not in text, text


def test_a_thumbnail_is_answered_with_its_address() -> None:
    url = "https://cdn.stevens.com/img/e314ba56.jpg"
    args = {"fileId": "fli_8307e0"}
    output = {"thumbnail_url": url, "width": 1920, "height": 1080, "fileId": "fli_8307e0"}
    for text in _answers("get_video_thumbnail_for_openload", args, output,
                         "the video's thumbnail"):
        assert url in text, text


def test_a_record_not_asked_for_its_link_is_still_told_by_its_content() -> None:
    output = {"title": "Honey Pumpkin Pie", "servings": 7,
              "url": "https://www.lewis-knapp.net/recipes/91a709"}
    for text in _answers("get_random_recipe_for_bigoven", {}, output, "a recipe"):
        assert "Honey Pumpkin Pie" in text, text


def test_an_emails_sender_is_said_as_its_sender() -> None:
    # ToolBench seed 7 #42: "that's Cancel my subscription, with from joshua.meza29@..."
    output = {"from": "joshua.meza29@burns.org", "subject": "Cancel my subscription",
              "text": "Please cancel my subscription at the end of this billing period.",
              "message_id": "mss_45840d"}
    for text in _answers("read_message_for_temp_gmail", {"message_id": "mss_45840d"},
                         output, "the message"):
        assert "with from" not in text and "the from" not in text, text
