// The left pane: search, tool filter, the active Overview filter, and a virtualised list
// (only the visible rows are in the DOM, so 10,000 conversations scroll smoothly).
import { useDeferredValue, useMemo, useRef, useState } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import Autocomplete from "@mui/material/Autocomplete";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import InputAdornment from "@mui/material/InputAdornment";
import ListItemButton from "@mui/material/ListItemButton";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import SearchIcon from "@mui/icons-material/Search";
import type { BarFilter, IndexEntry } from "../data/bundle";
import { describeFilter, filterIndex, haystack, toolOptions } from "../data/filters";
import { MONO } from "../theme";

const ROW_HEIGHT = 76;

interface Props {
  index: IndexEntry[];
  selected: number | null;
  onSelect: (n: number) => void;
  barFilter: BarFilter | null;
  onClearBarFilter: () => void;
}

export function ConversationList({ index, selected, onSelect, barFilter, onClearBarFilter }: Props) {
  const [search, setSearch] = useState("");
  const [tool, setTool] = useState<string | null>(null);
  const deferredSearch = useDeferredValue(search);
  const haystacks = useMemo(() => index.map(haystack), [index]);
  const tools = useMemo(() => toolOptions(index), [index]);
  const rows = useMemo(
    () => filterIndex(index, haystacks, { search: deferredSearch, tool, bar: barFilter }),
    [index, haystacks, deferredSearch, tool, barFilter],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <>
      <Box sx={{ p: 1, display: "flex", flexDirection: "column", gap: 1 }}>
        <TextField
          size="small"
          placeholder="Search id, text, tool, pattern"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          slotProps={{
            htmlInput: { "data-testid": "search-input", "aria-label": "search conversations" },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        <Autocomplete
          size="small"
          options={tools}
          value={tool}
          onChange={(_e, value) => setTool(value)}
          renderInput={(params) => (
            <TextField
              {...params}
              label="Tool"
              slotProps={{
                ...params.slotProps,
                htmlInput: { ...params.slotProps.htmlInput, "data-testid": "tool-filter" },
              }}
            />
          )}
        />
        {barFilter !== null && (
          <Chip
            color="primary"
            label={describeFilter(barFilter)}
            onDelete={onClearBarFilter}
            data-testid="bar-filter"
            sx={{ alignSelf: "flex-start", maxWidth: "100%" }}
          />
        )}
        <Typography variant="caption" color="text.secondary" data-testid="list-count">
          {rows.length.toLocaleString()} of {index.length.toLocaleString()} conversations
        </Typography>
      </Box>
      <Box ref={scrollRef} sx={{ flex: 1, minHeight: 0, overflow: "auto" }} data-testid="conversation-list">
        <Box sx={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = rows[item.index];
            if (entry === undefined) return null;
            return (
              <ListItemButton
                key={entry.n}
                selected={entry.n === selected}
                onClick={() => onSelect(entry.n)}
                data-testid="conversation-row"
                data-conversation={entry.id}
                sx={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  flexDirection: "column",
                  alignItems: "stretch",
                  borderBottom: 1,
                  borderColor: "divider",
                  py: 0.5,
                }}
              >
                <Box sx={{ display: "flex", gap: 1, alignItems: "baseline" }}>
                  <Typography variant="caption" sx={{ fontFamily: MONO }} noWrap>
                    {entry.id}
                  </Typography>
                  <Box sx={{ flex: 1 }} />
                  <Typography variant="caption" color="text.secondary">
                    {(entry.scores["overall"] ?? 0).toFixed(1)}★
                  </Typography>
                </Box>
                <Typography variant="body2" noWrap title={entry.title}>
                  {entry.title}
                </Typography>
                <Typography variant="caption" color="text.secondary" noWrap>
                  {entry.patterns.join(", ")} · {entry.tool_names.join(", ")}
                  {entry.findings.length > 0 ? ` · ${entry.findings.length} finding(s)` : ""}
                </Typography>
              </ListItemButton>
            );
          })}
        </Box>
      </Box>
    </>
  );
}
