// Narrowing the conversation index: free-text search, the tool filter, and the filter a
// clicked Overview bar carries. Score buckets use the same half-up rounding as the export.
import type { BarFilter, IndexEntry } from "./bundle";

export function scoreBucket(score: number): number {
  return Math.min(5, Math.max(1, Math.floor(score + 0.5)));
}

export function matchesBar(entry: IndexEntry, filter: BarFilter): boolean {
  switch (filter.kind) {
    case "pattern":
      return entry.patterns.includes(filter.value);
    case "finding":
      return entry.findings.includes(filter.value);
    case "tool":
      return entry.tools.includes(filter.value);
    case "endpoint":
      return entry.endpoints.includes(filter.value);
    case "status":
      return entry.statuses.includes(filter.value);
    case "judge":
      return entry.judge === filter.value;
    case "score": {
      const score = entry.scores[filter.metric ?? "overall"];
      return score !== undefined && scoreBucket(score) === Number(filter.value);
    }
  }
}

export function haystack(entry: IndexEntry): string {
  return [
    entry.id,
    entry.title,
    entry.goal,
    ...entry.tools,
    ...entry.tool_names,
    ...entry.patterns,
    ...entry.domains,
  ]
    .join("\n")
    .toLowerCase();
}

export interface ListFilters {
  search: string;
  tool: string | null;
  bar: BarFilter | null;
}

export function filterIndex(
  entries: IndexEntry[],
  haystacks: string[],
  filters: ListFilters,
): IndexEntry[] {
  const needle = filters.search.trim().toLowerCase();
  return entries.filter(
    (entry, i) =>
      (needle === "" || (haystacks[i] ?? "").includes(needle)) &&
      (filters.tool === null || entry.tools.includes(filters.tool)) &&
      (filters.bar === null || matchesBar(entry, filters.bar)),
  );
}

/** Tools by how many conversations call them (most first), for the filter's options. */
export function toolOptions(entries: IndexEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const tool of entry.tools) counts.set(tool, (counts.get(tool) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tool]) => tool);
}

export function describeFilter(filter: BarFilter): string {
  return filter.kind === "score"
    ? `${filter.metric ?? "overall"} ≈ ${filter.value}`
    : `${filter.kind}: ${filter.value}`;
}
