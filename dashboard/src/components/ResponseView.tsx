// The Response tab: the mock executor's output for a call, its status, and the ids it
// returned for later calls to chain on.
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { prettyJson, type CallView } from "../data/events";
import { JsonBlock } from "./JsonBlock";

export function ResponseView({ view }: { view: CallView | undefined }) {
  if (view === undefined) {
    return <Typography color="text.secondary">Select a tool call to see its mock response.</Typography>;
  }
  const refs = view.step?.output_refs ?? [];
  return (
    <Box data-testid="response-view">
      <Typography variant="subtitle2">
        Response to {view.call.id} · status {view.step?.status ?? "ok"}
        {view.responseIndex !== undefined ? ` · message #${view.responseIndex}` : ""}
      </Typography>
      {view.response === undefined ? (
        <Typography color="text.secondary">No tool message answers this call.</Typography>
      ) : (
        <JsonBlock value={prettyJson(view.response.content)} testId="response-content" />
      )}
      {refs.length > 0 && (
        <>
          <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
            Returned references
          </Typography>
          <JsonBlock value={refs} />
        </>
      )}
    </Box>
  );
}
