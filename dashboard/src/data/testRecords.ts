// Small hand-checked records for the unit tests (test-only; not imported by the app).
import type { ConversationRecord, IndexEntry } from "./bundle";

export const XSS = `'"/>><img src=x onerror=prompt(document.domain);>`;

export function record(): ConversationRecord {
  return {
    conversation_id: "conv-1",
    tools: [],
    messages: [
      { role: "user", content: "Find hotels in Lisbon" },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_1", type: "function", function: { name: "search_hotels", arguments: '{"city":"Lisbon"}' } }],
      },
      { role: "tool", tool_call_id: "call_1", content: '{"hotels":[{"id":"H1"}]}' },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_2", type: "function", function: { name: XSS, arguments: '{"hotel_id":"H1","guests":2}' } },
          { id: "call_3", type: "function", function: { name: "get_forecast", arguments: '{"city":"Lisbon"}' } },
        ],
      },
      { role: "tool", tool_call_id: "call_2", content: '{"ok":true}' },
      { role: "tool", tool_call_id: "call_3", content: "not json" },
      { role: "assistant", content: "Done." },
    ],
    step_trace: [
      { step: 1, call_id: "call_1", endpoint_id: "T/h/search", function_name: "search_hotels", arguments: { city: { value: "Lisbon", source: "user", message_index: 0 } } },
      {
        step: 2,
        call_id: "call_2",
        endpoint_id: "T/h/book",
        function_name: XSS,
        depends_on: ["call_1"],
        arguments: {
          hotel_id: { value: "H1", source: "tool_output", call_id: "call_1", path: "$.hotels[0].id" },
          guests: { value: 2, source: "default" },
        },
        status: "http_429",
      },
      { step: 3, call_id: "call_3", endpoint_id: "W/f/get", function_name: "get_forecast", arguments: { city: { value: "Lisbon", source: "clarification", message_index: 0 } } },
    ],
    judge_scores: {
      tool_correctness: 4,
      naturalness: 3.5,
      task_completion: 4.5,
      overall: 4.25,
      judge: "heuristic",
      findings: [{ validator: "grounding", kind: "missing", message: "x" }],
    },
    metadata: {
      seed: 1,
      index: 0,
      tools: ["Hotels", XSS],
      domains: ["Travel"],
      pattern: "sequential",
      patterns: ["sequential", "parallel"],
      repairs: [{ attempt: 1, kind: "regenerate", note: "fixed" }],
      repair_attempts: 1,
      sampled_path: ["T/h/search", "T/h/book"],
      planner_scenario: { goal: { summary: "Book a hotel" } },
    },
  };
}

export function entry(n: number, overrides: Partial<IndexEntry> = {}): IndexEntry {
  return {
    n,
    id: `conv-${n}`,
    chunk: 0,
    offset: n,
    title: `title ${n}`,
    goal: "",
    tools: ["search_hotels"],
    tool_names: ["Hotels"],
    endpoints: ["T/h/search"],
    patterns: ["single"],
    domains: ["Travel"],
    scores: { overall: 3, tool_correctness: 3, naturalness: 3, task_completion: 3 },
    judge: "heuristic",
    findings: [],
    repairs: 0,
    statuses: ["ok"],
    calls: 1,
    turns: 1,
    parallel: false,
    ...overrides,
  };
}
