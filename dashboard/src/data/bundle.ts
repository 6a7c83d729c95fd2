// The shape of the export written by toolgen.export.dashboard (bundle.json, index.json,
// graph.json). Records themselves use the generated types in ../types/record.ts.
import type { Record as ConversationRecord } from "../types/record";

export type { ConversationRecord };

export type FilterKind =
  | "pattern"
  | "score"
  | "finding"
  | "tool"
  | "endpoint"
  | "status"
  | "judge";

export interface BarFilter {
  kind: FilterKind;
  value: string;
  metric?: string;
}

export interface Bar {
  label: string;
  count: number;
  filter: BarFilter;
}

export type ScoreMetric = "overall" | "tool_correctness" | "naturalness" | "task_completion";

export interface Coverage {
  available: boolean;
  nodes_total?: number;
  nodes_used?: number;
  edges_total?: number;
  edges_covered?: number;
  by_kind?: { kind: string; total: number; covered: number }[];
}

export interface Overview {
  count: number;
  patterns: Bar[];
  scores: { [metric: string]: Bar[] };
  score_means: { [metric: string]: number };
  judges: Bar[];
  findings: Bar[];
  findings_total: number;
  statuses: Bar[];
  tools: Bar[];
  endpoints: Bar[];
  distinct_tools: number;
  distinct_endpoints: number;
  coverage: Coverage;
  diversity: { [name: string]: number };
}

export interface Manifest {
  format: string;
  version: number;
  schema_version: string;
  dataset: string;
  count: number;
  chunk_size: number;
  index: string;
  chunks: string[];
  graph: string | null;
  overview: Overview;
}

export interface IndexEntry {
  n: number;
  id: string;
  chunk: number;
  offset: number;
  title: string;
  goal: string;
  tools: string[];
  tool_names: string[];
  endpoints: string[];
  patterns: string[];
  domains: string[];
  scores: { [metric: string]: number };
  judge: string;
  findings: string[];
  repairs: number;
  statuses: string[];
  calls: number;
  turns: number;
  parallel: boolean;
}

export interface GraphNode {
  id: string;
  function_name?: string;
  tool_name?: string;
  category?: string;
  name?: string;
  method?: string;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: "data_flow" | "same_tool" | "same_category";
  weight: number;
  source_field?: string;
  target_param?: string;
}

export interface EndpointGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
