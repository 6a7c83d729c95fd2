import { describe, expect, it } from "vitest";
import { buildEvents, callsOf, describeSource, prettyJson } from "./events";
import { record, XSS } from "./testRecords";

describe("callsOf", () => {
  it("joins each call to its step trace and tool message, parallel calls included", () => {
    const views = callsOf(record());
    expect(views.map((v) => v.call.id)).toEqual(["call_1", "call_2", "call_3"]);
    expect(views[1]?.messageIndex).toBe(3);
    expect(views[2]?.messageIndex).toBe(3);
    expect(views[1]?.step?.status).toBe("http_429");
    expect(views[2]?.responseIndex).toBe(5);
  });
});

describe("buildEvents", () => {
  it("orders plan, path, calls with reasoning and responses, repairs, judge", () => {
    const kinds = buildEvents(record()).map((e) => e.kind);
    expect(kinds).toEqual([
      "plan", "path",
      "call", "response",
      "reasoning", "call", "response",
      "call", "response",
      "repair", "judge",
    ]);
  });

  it("explains dependencies and reports findings", () => {
    const events = buildEvents(record());
    expect(events.find((e) => e.kind === "reasoning")?.detail).toBe(
      "call_2 depends on call_1: hotel_id ← call_1 $.hotels[0].id",
    );
    expect(events.at(-1)?.detail).toContain("grounding:missing");
    expect(events.find((e) => e.key === "call:call_2")?.title).toBe(XSS);
  });
});

describe("describeSource", () => {
  it("names where each kind of value came from", () => {
    expect(describeSource({ value: 1, source: "user", message_index: 3 })).toBe("user message #3");
    expect(describeSource({ value: 1, source: "tool_output", call_id: "call_1", path: "$.a" })).toBe(
      "output of call_1 at $.a",
    );
    expect(describeSource({ value: 1, source: "default" })).toBe("schema default");
    expect(describeSource({ value: 1, source: "clarification", message_index: 2 })).toContain("message #2");
  });
});

describe("prettyJson", () => {
  it("indents JSON and leaves other text alone", () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson("not json")).toBe("not json");
    expect(prettyJson(null)).toBe("");
  });
});
