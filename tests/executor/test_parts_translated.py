"""A Google-style translation answers in the asked language (ToolBench seed 47 #13: JoJ
Translate asked for Dutch answered `translation.language: "es"`, with the English text
four times as its parts, and a dictionary entry for "article")."""

from __future__ import annotations

from corpus_endpoints import TOOLBENCH, corpus_endpoints


def test_joj_translates_into_the_asked_language() -> None:
    eps, executor = corpus_endpoints(TOOLBENCH / "Translation/joj_translate.json")
    text = "Thank you so much for your help yesterday."
    for seed in range(4):
        out = executor.session(seed).call(eps["translate_for_joj_translate"], {
            "text": text, "target": "nl", "source": "auto"}).output
        said = out["translation"]
        assert said["language"] == "nl", out
        assert [p["text"] for p in said["parts"]] == [
            "Heel erg bedankt voor je hulp gisteren."], out
        assert out["original"]["detected_language"] == "en"
        assert "word_types" not in out and "definitions" not in out, out
