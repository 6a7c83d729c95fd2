// The center pane: the conversation as chat bubbles. Assistant tool calls are chips that
// open the call's Request in the Events pane; tool messages show the mock response.
// All content is rendered as React text children (escaped), never as HTML.
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import BuildIcon from "@mui/icons-material/Build";
import type { ConversationRecord } from "../data/bundle";
import type { Message } from "../types/record";
import { MONO } from "../theme";

interface Props {
  record: ConversationRecord;
  onOpenCall: (callId: string) => void;
  activeCall: string | null;
}

const ROLE_COLORS: { [role: string]: string } = {
  user: "#e8eaf6",
  assistant: "#ffffff",
  tool: "#f1f8e9",
  system: "#fafafa",
};

function Bubble({ message, index, children }: { message: Message; index: number; children: React.ReactNode }) {
  const mine = message.role === "user";
  return (
    <Box
      data-testid={`message-${message.role}`}
      sx={{ display: "flex", justifyContent: mine ? "flex-end" : "flex-start", mb: 1 }}
    >
      <Box
        sx={{
          maxWidth: "82%",
          bgcolor: ROLE_COLORS[message.role] ?? "#fff",
          border: 1,
          borderColor: message.weight === 0 ? "warning.main" : "divider",
          borderStyle: message.weight === 0 ? "dashed" : "solid",
          borderRadius: 2,
          px: 1.5,
          py: 1,
        }}
      >
        <Typography variant="caption" color="text.secondary">
          #{index} {message.role}
          {message.tool_call_id ? ` → ${message.tool_call_id}` : ""}
          {message.weight === 0 ? " · weight 0 (not trained on)" : ""}
        </Typography>
        {children}
      </Box>
    </Box>
  );
}

export function Transcript({ record, onOpenCall, activeCall }: Props) {
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="subtitle2" sx={{ fontFamily: MONO, mb: 1 }} data-testid="transcript-id">
        {record.conversation_id}
      </Typography>
      {record.messages.map((message, i) => (
        <Bubble key={i} message={message} index={i}>
          {message.role === "tool" ? (
            <Box
              component="pre"
              sx={{ m: 0, fontFamily: MONO, fontSize: 12, whiteSpace: "pre-wrap", wordBreak: "break-word", maxHeight: 160, overflow: "auto" }}
            >
              {message.content ?? ""}
            </Box>
          ) : (
            message.content && (
              <Typography variant="body2" sx={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}>
                {message.content}
              </Typography>
            )
          )}
          {(message.tool_calls ?? []).length > 0 && (
            <Box sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 0.5 }}>
              {(message.tool_calls ?? []).map((call) => (
                <Chip
                  key={call.id}
                  icon={<BuildIcon />}
                  label={`${call.function.name} · ${call.id}`}
                  color={activeCall === `call:${call.id}` ? "primary" : "default"}
                  variant={activeCall === `call:${call.id}` ? "filled" : "outlined"}
                  onClick={() => onOpenCall(call.id)}
                  data-testid="tool-chip"
                  data-call-id={call.id}
                  sx={{ maxWidth: "100%" }}
                />
              ))}
            </Box>
          )}
        </Bubble>
      ))}
    </Box>
  );
}
