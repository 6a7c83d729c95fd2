// The Event tab: what the selected timeline event says, or the conversation's metadata
// (scores, findings, repairs, sampled path) when nothing is selected.
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { ConversationRecord } from "../data/bundle";
import type { TimelineEvent } from "../data/events";
import { JsonBlock } from "./JsonBlock";

function JudgeDetail({ record }: { record: ConversationRecord }) {
  const s = record.judge_scores;
  const rows: [string, number][] = [
    ["tool_correctness", s.tool_correctness],
    ["naturalness", s.naturalness],
    ["task_completion", s.task_completion],
    ["overall", s.overall],
  ];
  return (
    <Box data-testid="judge-detail">
      <Typography variant="subtitle2">Judge: {s.judge ?? "heuristic"}</Typography>
      <Table size="small">
        <TableBody>
          {rows.map(([name, value]) => (
            <TableRow key={name}>
              <TableCell>{name}</TableCell>
              <TableCell align="right">{value.toFixed(2)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {s.rationale && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {s.rationale}
        </Typography>
      )}
      {(s.findings ?? []).map((f, i) => (
        <Box key={i} sx={{ mt: 1, display: "flex", gap: 1, alignItems: "baseline" }} data-testid="finding">
          <Chip label={f.severity ?? "error"} color={f.severity === "warning" ? "warning" : "error"} />
          <Typography variant="body2">
            {f.validator}:{f.kind}: {f.message}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function Summary({ record }: { record: ConversationRecord }) {
  const m = record.metadata;
  const rows: [string, string][] = [
    ["patterns", m.patterns.join(", ")],
    ["tools", m.tools.join(", ")],
    ["domains", m.domains.join(", ")],
    ["seed / index", `${m.seed} / ${m.index}`],
    ["llm mode", m.llm_mode ?? "offline"],
    ["repair attempts", String(m.repair_attempts ?? 0)],
    ["faults", (m.faults ?? []).join(", ") || "none"],
    ["sampled path", (m.sampled_path ?? []).join(" → ")],
  ];
  return (
    <>
      <Typography variant="subtitle2">Conversation</Typography>
      <Table size="small" data-testid="conversation-summary">
        <TableBody>
          {rows.map(([name, value]) => (
            <TableRow key={name}>
              <TableCell sx={{ whiteSpace: "nowrap" }}>{name}</TableCell>
              <TableCell sx={{ wordBreak: "break-word" }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ mt: 2 }}>
        <JudgeDetail record={record} />
      </Box>
    </>
  );
}

export function EventDetail({ event, record }: { event: TimelineEvent | null; record: ConversationRecord }) {
  if (event === null) return <Summary record={record} />;
  switch (event.kind) {
    case "judge":
      return <JudgeDetail record={record} />;
    case "plan":
      return (
        <>
          <Typography variant="subtitle2">Planner scenario</Typography>
          <JsonBlock value={record.metadata.planner_scenario ?? {}} testId="plan-json" />
        </>
      );
    case "repair":
      return (
        <>
          <Typography variant="subtitle2">Repairs</Typography>
          <JsonBlock value={record.metadata.repairs ?? []} />
        </>
      );
    default:
      return (
        <>
          <Typography variant="subtitle2">{event.title}</Typography>
          <Typography variant="body2" sx={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
            {event.detail}
          </Typography>
          {event.callId && (
            <Typography variant="caption" color="text.secondary">
              Request and Response tabs show this call in full.
            </Typography>
          )}
        </>
      );
  }
}
