// The Events timeline of one conversation, derived from its record: the plan (reasoning
// trace), the sampled path, each tool call with its dependency reasoning and its mock
// response, repairs, and the judge's verdict. Pure, so it is unit-tested.
import type { ConversationRecord } from "./bundle";
import type { ArgumentTrace, Message, StepTrace, ToolCall } from "../types/record";

export type EventKind = "plan" | "path" | "call" | "response" | "reasoning" | "repair" | "judge";

export interface TimelineEvent {
  key: string;
  kind: EventKind;
  title: string;
  detail: string;
  callId?: string;
  status?: string;
}

export interface CallView {
  call: ToolCall;
  messageIndex: number;
  step: StepTrace | undefined;
  response: Message | undefined;
  responseIndex: number | undefined;
}

/** Every tool call in message order, joined to its step trace and its tool message. */
export function callsOf(record: ConversationRecord): CallView[] {
  const steps = new Map((record.step_trace ?? []).map((s) => [s.call_id, s]));
  const responses = new Map<string, [Message, number]>();
  record.messages.forEach((m, i) => {
    if (m.role === "tool" && m.tool_call_id) responses.set(m.tool_call_id, [m, i]);
  });
  const views: CallView[] = [];
  record.messages.forEach((m, i) => {
    for (const call of m.tool_calls ?? []) {
      const response = responses.get(call.id);
      views.push({
        call,
        messageIndex: i,
        step: steps.get(call.id),
        response: response?.[0],
        responseIndex: response?.[1],
      });
    }
  });
  return views;
}

export function describeSource(arg: ArgumentTrace): string {
  switch (arg.source) {
    case "user":
      return arg.message_index == null ? "user message" : `user message #${arg.message_index}`;
    case "tool_output":
      return `output of ${arg.call_id ?? "?"} at ${arg.path ?? "$"}`;
    case "clarification":
      return arg.message_index == null
        ? "clarification answer"
        : `clarification answer, message #${arg.message_index}`;
    case "default":
      return "schema default";
    case "injected":
      return "injected by the pipeline";
    case "context":
      return "the session (system message)";
  }
}

function reasoningFor(step: StepTrace): string | null {
  const fromOutputs = Object.entries(step.arguments ?? {})
    .filter(([, a]) => a.source === "tool_output")
    .map(([name, a]) => `${name} ← ${a.call_id ?? "?"} ${a.path ?? ""}`.trim());
  if ((step.depends_on ?? []).length === 0 && fromOutputs.length === 0) return null;
  const deps = (step.depends_on ?? []).join(", ") || "none";
  return `${step.call_id} depends on ${deps}` + (fromOutputs.length ? `: ${fromOutputs.join("; ")}` : "");
}

function goalSummary(record: ConversationRecord): string {
  const goal = record.metadata.planner_scenario?.["goal"];
  if (goal && typeof goal === "object" && "summary" in goal) {
    const summary = (goal as { summary?: unknown }).summary;
    if (typeof summary === "string") return summary;
  }
  return "";
}

export function buildEvents(record: ConversationRecord): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const meta = record.metadata;
  const goal = goalSummary(record);
  if (goal || Object.keys(meta.planner_scenario ?? {}).length > 0) {
    events.push({
      key: "plan",
      kind: "plan",
      title: "Planner scenario",
      detail: goal || "(no goal summary)",
    });
  }
  if ((meta.sampled_path ?? []).length > 0) {
    events.push({
      key: "path",
      kind: "path",
      title: "Sampled path",
      detail: (meta.sampled_path ?? []).join(" → "),
    });
  }
  for (const view of callsOf(record)) {
    const id = view.call.id;
    const status = view.step?.status ?? "ok";
    if (view.step) {
      const why = reasoningFor(view.step);
      if (why) events.push({ key: `why:${id}`, kind: "reasoning", title: "Reasoning", detail: why, callId: id });
    }
    events.push({
      key: `call:${id}`,
      kind: "call",
      title: view.call.function.name,
      detail: `${id}${view.step?.intended ? " · deliberate mistake (weight 0)" : ""}`,
      callId: id,
      status,
    });
    if (view.response) {
      events.push({
        key: `response:${id}`,
        kind: "response",
        title: `Response to ${id}`,
        detail: (view.response.content ?? "").slice(0, 120),
        callId: id,
        status,
      });
    }
  }
  (meta.repairs ?? []).forEach((repair, i) => {
    events.push({
      key: `repair:${i}`,
      kind: "repair",
      title: `Repair #${repair.attempt}: ${repair.kind}`,
      detail: repair.note,
    });
  });
  const scores = record.judge_scores;
  const findings = scores.findings ?? [];
  events.push({
    key: "judge",
    kind: "judge",
    title: `Judge (${scores.judge ?? "heuristic"}): overall ${scores.overall.toFixed(2)}`,
    detail: findings.length
      ? `${findings.length} finding(s): ${findings.map((f) => `${f.validator}:${f.kind}`).join(", ")}`
      : scores.rationale || "no findings",
  });
  return events;
}

/** Pretty JSON for display; falls back to the raw text when it does not parse. */
export function prettyJson(text: string | null | undefined): string {
  if (text == null) return "";
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
