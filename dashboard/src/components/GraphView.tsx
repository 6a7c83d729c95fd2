// The Graph tab: the sampled path on the endpoint graph, pannable, zoomable and
// draggable (@xyflow/react). Clicking a node shows its endpoint; labels are text nodes.
import { useEffect, useMemo, useState } from "react";
import { Background, Controls, Handle, Position, ReactFlow, type NodeProps, type Node } from "@xyflow/react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { ConversationRecord, EndpointGraph, Manifest } from "../data/bundle";
import { loadGraph } from "../data/loader";
import type { StepTrace } from "../types/record";
import { MONO } from "../theme";
import { layoutPath, type EndpointNodeData } from "./graphLayout";

function EndpointNode({ data }: NodeProps<Node<EndpointNodeData>>) {
  return (
    <Box
      data-testid="graph-node"
      sx={{
        px: 1,
        py: 0.5,
        width: 190,
        borderRadius: 1,
        border: data.active ? 3 : 1,
        borderColor: data.active ? "primary.main" : data.onPath ? "primary.light" : "grey.400",
        bgcolor: data.onPath ? "#e8eaf6" : "#fff",
        fontSize: 11,
      }}
    >
      <Handle type="target" position={Position.Top} />
      <Box sx={{ fontFamily: MONO, fontWeight: 600, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
        {data.label}
      </Box>
      <Box sx={{ color: "text.secondary", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>
        {data.sublabel}
      </Box>
      <Handle type="source" position={Position.Bottom} />
    </Box>
  );
}

const NODE_TYPES = { endpoint: EndpointNode };

interface Props {
  manifest: Manifest;
  record: ConversationRecord;
  activeCall: StepTrace | null;
}

export default function GraphView({ manifest, record, activeCall }: Props) {
  const [graph, setGraph] = useState<EndpointGraph | null | undefined>(undefined);
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadGraph(manifest)
      .then((g) => live && setGraph(g))
      .catch(() => live && setGraph(null));
    return () => {
      live = false;
    };
  }, [manifest]);
  const path = useMemo(() => {
    const sampled = record.metadata.sampled_path ?? [];
    return sampled.length > 0 ? sampled : (record.step_trace ?? []).map((s) => s.endpoint_id);
  }, [record]);
  const layout = useMemo(
    () => layoutPath(path, graph ?? null, activeCall?.endpoint_id ?? null),
    [path, graph, activeCall],
  );
  if (graph === undefined) return <Typography color="text.secondary">Loading graph…</Typography>;
  const calls = (record.step_trace ?? []).filter((s) => s.endpoint_id === picked);
  return (
    <Box data-testid="graph-view">
      <Typography variant="caption" color="text.secondary" component="div">
        Sampled path: {path.length} endpoint(s)
        {graph === null ? " · no graph artifacts exported (run toolgen build)" : ""}
      </Typography>
      <Box sx={{ height: 380, border: 1, borderColor: "divider", borderRadius: 1, mt: 0.5 }}>
        <ReactFlow
          nodes={layout.nodes}
          edges={layout.edges}
          nodeTypes={NODE_TYPES}
          fitView
          fitViewOptions={{ maxZoom: 1.1, padding: 0.15 }}
          minZoom={0.2}
          onNodeClick={(_e, node) => setPicked(node.id)}
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <Controls showInteractive={false} />
        </ReactFlow>
      </Box>
      {picked !== null && (
        <Box sx={{ mt: 1 }} data-testid="graph-picked">
          <Typography variant="body2" sx={{ fontFamily: MONO, wordBreak: "break-word" }}>
            {picked}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {calls.length === 0
              ? "not called in this conversation (graph neighbour)"
              : `called as ${calls.map((c) => c.call_id).join(", ")}`}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
