// A horizontal bar chart from plain elements: each bar is a button that opens the
// conversations behind it. Labels are text (tool names come from the corpus).
import Box from "@mui/material/Box";
import ButtonBase from "@mui/material/ButtonBase";
import Typography from "@mui/material/Typography";
import type { Bar, BarFilter } from "../data/bundle";

interface Props {
  bars: Bar[];
  onOpen: (filter: BarFilter) => void;
  empty?: string;
  color?: string;
  testId?: string;
}

export function BarList({ bars, onOpen, empty = "none", color = "#5c6bc0", testId }: Props) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  if (bars.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid={testId}>
        {empty}
      </Typography>
    );
  }
  return (
    <Box data-testid={testId}>
      {bars.map((bar) => (
        <ButtonBase
          key={`${bar.filter.kind}:${bar.filter.metric ?? ""}:${bar.filter.value}`}
          onClick={() => onOpen(bar.filter)}
          disabled={bar.count === 0}
          data-testid="bar"
          data-filter-kind={bar.filter.kind}
          data-filter-value={bar.filter.value}
          title={`${bar.label}: ${bar.count}`}
          sx={{
            display: "grid",
            gridTemplateColumns: "minmax(0, 38%) 1fr 48px",
            alignItems: "center",
            gap: 1,
            width: "100%",
            py: 0.25,
            textAlign: "left",
            borderRadius: 0.5,
            "&:hover": { bgcolor: "action.hover" },
          }}
        >
          <Typography variant="caption" noWrap>
            {bar.label}
          </Typography>
          <Box sx={{ height: 12, bgcolor: "grey.100", borderRadius: 0.5 }}>
            <Box sx={{ height: "100%", width: `${(100 * bar.count) / max}%`, bgcolor: color, borderRadius: 0.5 }} />
          </Box>
          <Typography variant="caption" align="right">
            {bar.count.toLocaleString()}
          </Typography>
        </ButtonBase>
      ))}
    </Box>
  );
}
