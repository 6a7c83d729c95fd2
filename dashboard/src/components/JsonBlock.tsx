// Pre-formatted JSON or text, always rendered as a text node.
import Box from "@mui/material/Box";
import { MONO } from "../theme";

export function JsonBlock({ value, testId }: { value: unknown; testId?: string }) {
  const text = typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return (
    <Box
      component="pre"
      data-testid={testId}
      sx={{
        m: 0,
        p: 1,
        bgcolor: "grey.100",
        borderRadius: 1,
        fontFamily: MONO,
        fontSize: 12,
        whiteSpace: "pre-wrap",
        wordBreak: "break-word",
      }}
    >
      {text}
    </Box>
  );
}
