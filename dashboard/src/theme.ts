// One compact theme: dense panes, monospace for ids and JSON.
import { createTheme } from "@mui/material/styles";

export const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

export const theme = createTheme({
  palette: {
    mode: "light",
    primary: { main: "#3949ab" },
    secondary: { main: "#00897b" },
    background: { default: "#f4f5f8" },
  },
  typography: { fontSize: 13 },
  components: {
    MuiChip: { defaultProps: { size: "small" } },
  },
});
