// Laying out a conversation's sampled path on the endpoint graph: path endpoints in a
// row, their graph neighbours (capped) below, path hops as animated edges and graph
// edges (data_flow / same_tool / same_category) between shown nodes. Pure for tests.
import type { Edge, Node } from "@xyflow/react";
import type { EndpointGraph, GraphNode } from "../data/bundle";

export const MAX_NEIGHBOURS = 8;

export interface EndpointNodeData extends Record<string, unknown> {
  label: string;
  sublabel: string;
  endpoint: string;
  onPath: boolean;
  active: boolean;
}

const KIND_STYLE: { [kind: string]: { stroke: string; strokeDasharray?: string } } = {
  data_flow: { stroke: "#00897b" },
  same_tool: { stroke: "#8e24aa", strokeDasharray: "4 3" },
  same_category: { stroke: "#9e9e9e", strokeDasharray: "2 4" },
};

export function layoutPath(
  path: string[],
  graph: EndpointGraph | null,
  activeEndpoint: string | null,
): { nodes: Node<EndpointNodeData>[]; edges: Edge[] } {
  const info = new Map<string, GraphNode>((graph?.nodes ?? []).map((n) => [n.id, n]));
  const onPath = [...new Set(path)];
  const pathSet = new Set(onPath);
  const neighbours: string[] = [];
  for (const e of graph?.edges ?? []) {
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]] as const) {
      if (pathSet.has(a) && !pathSet.has(b) && !neighbours.includes(b) && neighbours.length < MAX_NEIGHBOURS) {
        neighbours.push(b);
      }
    }
  }
  const makeNode = (id: string, x: number, y: number, isPath: boolean): Node<EndpointNodeData> => {
    const meta = info.get(id);
    return {
      id,
      position: { x, y },
      data: {
        label: meta?.function_name ?? id.split("/").pop() ?? id,
        sublabel: [meta?.tool_name, meta?.category].filter(Boolean).join(" · "),
        endpoint: id,
        onPath: isPath,
        active: id === activeEndpoint,
      },
      type: "endpoint",
    };
  };
  // Vertical: the path runs down the left column, neighbours down the right, which fits
  // the narrow Events pane at a readable zoom.
  const nodes = [
    ...onPath.map((id, i) => makeNode(id, 0, i * 90, true)),
    ...neighbours.map((id, i) => makeNode(id, 250, i * 70 + 35, false)),
  ];
  const shown = new Set(nodes.map((n) => n.id));
  const edges: Edge[] = [];
  for (let i = 0; i + 1 < path.length; i++) {
    const source = path[i];
    const target = path[i + 1];
    if (source === undefined || target === undefined || source === target) continue;
    edges.push({
      id: `path:${i}`,
      source,
      target,
      animated: true,
      label: `hop ${i + 1}`,
      style: { stroke: "#3949ab", strokeWidth: 2.5 },
    });
  }
  (graph?.edges ?? []).forEach((e, i) => {
    if (!shown.has(e.source) || !shown.has(e.target)) return;
    // Between path nodes only data_flow is worth a line; other kinds would just clutter.
    if (pathSet.has(e.source) && pathSet.has(e.target) && e.kind !== "data_flow") return;
    edges.push({
      id: `graph:${i}`,
      source: e.source,
      target: e.target,
      label:
        pathSet.has(e.source) && pathSet.has(e.target) && e.target_param
          ? `${e.source_field ?? "?"} → ${e.target_param}`
          : undefined,
      style: KIND_STYLE[e.kind] ?? {},
    });
  });
  return { nodes, edges };
}
