// The Request tab: a tool call's arguments and the step_trace audit of where each value
// came from (user message, another call's output path, schema default, clarification).
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { describeSource, prettyJson, type CallView } from "../data/events";
import { MONO } from "../theme";
import { JsonBlock } from "./JsonBlock";

const SOURCE_COLORS: { [source: string]: "primary" | "secondary" | "default" | "warning" | "info" } = {
  user: "primary",
  tool_output: "secondary",
  default: "default",
  clarification: "info",
  injected: "warning",
};

export function RequestView({ view }: { view: CallView | undefined }) {
  if (view === undefined) {
    return (
      <Typography color="text.secondary">
        Select a tool call (a chip in the transcript or a call event) to see its request.
      </Typography>
    );
  }
  const step = view.step;
  const args = Object.entries(step?.arguments ?? {});
  return (
    <Box data-testid="request-view">
      <Typography variant="subtitle2" sx={{ fontFamily: MONO, wordBreak: "break-word" }} data-testid="request-function">
        {view.call.function.name}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {view.call.id} · message #{view.messageIndex}
        {step ? ` · endpoint ${step.endpoint_id} · step ${step.step} · status ${step.status ?? "ok"}` : ""}
        {step && (step.depends_on ?? []).length > 0 ? ` · depends on ${(step.depends_on ?? []).join(", ")}` : ""}
      </Typography>
      <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
        Argument sources
      </Typography>
      {step === undefined ? (
        <Typography color="text.secondary">No step_trace entry for this call.</Typography>
      ) : args.length === 0 ? (
        <Typography color="text.secondary">No arguments.</Typography>
      ) : (
        <Table size="small" data-testid="argument-sources">
          <TableHead>
            <TableRow>
              <TableCell>argument</TableCell>
              <TableCell>value</TableCell>
              <TableCell>source</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {args.map(([name, arg]) => (
              <TableRow key={name} data-testid="argument-row" data-source={arg.source}>
                <TableCell sx={{ fontFamily: MONO }}>{name}</TableCell>
                <TableCell sx={{ fontFamily: MONO, wordBreak: "break-word" }}>{JSON.stringify(arg.value)}</TableCell>
                <TableCell>
                  <Chip label={arg.source} color={SOURCE_COLORS[arg.source] ?? "default"} variant="outlined" />
                  <Typography variant="caption" component="div" color="text.secondary" data-testid="argument-where">
                    {describeSource(arg)}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
        Arguments (as sent)
      </Typography>
      <JsonBlock value={prettyJson(view.call.function.arguments)} testId="request-arguments" />
    </Box>
  );
}
