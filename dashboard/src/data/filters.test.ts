import { describe, expect, it } from "vitest";
import { filterIndex, haystack, matchesBar, scoreBucket, toolOptions } from "./filters";
import { entry } from "./testRecords";

describe("scoreBucket", () => {
  it("rounds half up like the Python export, clamped to 1..5", () => {
    expect([1, 1.49, 1.5, 2.5, 3.5, 4.5, 5].map(scoreBucket)).toEqual([1, 1, 2, 3, 4, 5, 5]);
  });
});

describe("filterIndex", () => {
  const entries = [
    entry(0),
    entry(1, { tools: ["get_forecast"], title: "Weather in Oslo", patterns: ["parallel"] }),
    entry(2, { tools: ["get_forecast", "search_hotels"], findings: ["format:unknown_tool"], scores: { overall: 4.6 } }),
  ];
  const hay = entries.map(haystack);

  it("combines search, tool and bar filters", () => {
    const ids = (search: string, tool: string | null, bar = null as Parameters<typeof matchesBar>[1] | null) =>
      filterIndex(entries, hay, { search, tool, bar }).map((e) => e.n);
    expect(ids("", null)).toEqual([0, 1, 2]);
    expect(ids("OSLO", null)).toEqual([1]);
    expect(ids("", "get_forecast")).toEqual([1, 2]);
    expect(ids("", "get_forecast", { kind: "finding", value: "format:unknown_tool" })).toEqual([2]);
    expect(ids("", null, { kind: "score", metric: "overall", value: "5" })).toEqual([2]);
    expect(ids("", null, { kind: "pattern", value: "parallel" })).toEqual([1]);
  });

  it("offers tools most used first", () => {
    expect(toolOptions(entries)).toEqual(["get_forecast", "search_hotels"]);
  });
});
