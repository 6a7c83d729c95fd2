/* Generated from toolgen.records.Record.model_json_schema() by scripts/gen_dashboard_types.py. Do not edit. */

export interface Record {
  conversation_id: string;
  judge_scores: JudgeScores;
  messages: Message[];
  metadata: Metadata;
  schema_version?: string;
  step_trace: StepTrace[];
  tools: {
    [k: string]: unknown;
  }[];
}
/**
 * The deciding scores; `judge` names who decided (`heuristic`, a model, or a committee).
 *
 * `verdicts` keeps every judge that ran (empty on older records and when only the
 * heuristic ran); `disagreement` is the spread (max - min) of overall across the LLM
 * committee's models, None without a committee.
 */
export interface JudgeScores {
  disagreement?: number | null;
  findings?: Finding[];
  judge?: string;
  naturalness: number;
  overall: number;
  rationale?: string;
  task_completion: number;
  tool_correctness: number;
  verdicts?: JudgeVerdict[];
}
/**
 * A validator's complaint about a record.
 *
 * `message` is the reason; `message_index` names the message it is about when there
 * is one (realism findings always set it; older records and rule findings may not).
 */
export interface Finding {
  kind: string;
  message: string;
  message_index?: number | null;
  severity?: "error" | "warning";
  validator: string;
}
/**
 * One judge's scores (the heuristic, or one LLM model), kept beside the deciding ones.
 */
export interface JudgeVerdict {
  judge: string;
  naturalness: number;
  overall: number;
  rationale?: string;
  task_completion: number;
  tool_correctness: number;
}
/**
 * An OpenAI chat message. `weight: 0` marks a turn trainers should leave out.
 */
export interface Message {
  content?: string | null;
  name?: string | null;
  role: "system" | "user" | "assistant" | "tool";
  tool_call_id?: string | null;
  tool_calls?: ToolCall[] | null;
  weight?: number | null;
}
export interface ToolCall {
  function: FunctionCall;
  id: string;
  type?: "function";
}
export interface FunctionCall {
  /**
   * JSON-encoded arguments object.
   */
  arguments: string;
  name: string;
}
export interface Metadata {
  /**
   * Live: per assistant tool-call message (its index), who decided the calls: 'llm' (first try), 'llm_retry' (after feedback) or 'offline' (the policy).
   */
  decisions?: {
    [k: string]: string;
  };
  domains: string[];
  fallbacks?: string[];
  faults?: string[];
  generation_profile?: {
    [k: string]: unknown;
  };
  index: number;
  live_calls?: number;
  live_profile?: string | null;
  llm_mode?: string;
  models?: {
    [k: string]: string;
  };
  paraphrases?: Paraphrase[];
  pattern: string;
  patterns: string[];
  planner_scenario?: {
    [k: string]: unknown;
  };
  repair_attempts?: number;
  repairs?: RepairNote[];
  sampled_path?: string[];
  seed: number;
  toolgen_version?: string;
  tools: string[];
}
/**
 * A message the lexical-diversity stage rewrote, and its text before the rewrite.
 *
 * `by` is `offline` (grammar-level variation) or `live` (an LLM paraphraser); either
 * way every value an argument is grounded in survives verbatim.
 */
export interface Paraphrase {
  before: string;
  by?: "offline" | "live";
  message_index: number;
}
export interface RepairNote {
  attempt: number;
  kind: string;
  note: string;
}
export interface StepTrace {
  arguments?: {
    [k: string]: ArgumentTrace;
  };
  call_id: string;
  depends_on?: string[];
  /**
   * The side effect a successful call had on the conversation's state.
   */
  effect?: ("create" | "update" | "delete") | null;
  endpoint_id: string;
  /**
   * Fault asked of the executor.
   */
  fault?: {
    [k: string]: unknown;
  } | null;
  function_name: string;
  /**
   * A deliberate mistake (weight-0 turn).
   */
  intended?: boolean;
  message_index?: number | null;
  /**
   * Kind of an intended mistake: wrong_type, missing_required, invalid_enum, wrong_tool, out_of_order or cascade.
   */
  mistake?: string | null;
  output_refs?: OutputRef[];
  /**
   * 'ok' or an error kind, e.g. 'http_429'.
   */
  status?: string;
  step: number;
}
/**
 * One argument's value and provenance.
 *
 * `source` is `user` (with `message_index`), `tool_output` (with `call_id` and `path`),
 * `default`, `clarification` (with `message_index` of the user's answer), or `context`
 * (a credential the session holds, stated in the system message).
 */
export interface ArgumentTrace {
  call_id?: string | null;
  message_index?: number | null;
  path?: string | null;
  source: "user" | "tool_output" | "default" | "clarification" | "injected" | "context";
  value: unknown;
}
/**
 * An identifier a call returned, remembered for chaining.
 */
export interface OutputRef {
  entity?: string | null;
  path: string;
  value: unknown;
}
