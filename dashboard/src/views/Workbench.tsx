// The trace workbench: conversation list (left), transcript (center), events (right).
// Owns which conversation and which event are selected; the record is fetched lazily.
import { useEffect, useState } from "react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { BarFilter, ConversationRecord, IndexEntry, Manifest } from "../data/bundle";
import { loadRecord } from "../data/loader";
import { ConversationList } from "../components/ConversationList";
import { Transcript } from "../components/Transcript";
import { EventsPane, type DetailTab } from "../components/EventsPane";

interface Props {
  manifest: Manifest;
  index: IndexEntry[];
  selected: number | null;
  onSelect: (n: number) => void;
  barFilter: BarFilter | null;
  onClearBarFilter: () => void;
}

type Loaded = { n: number; record: ConversationRecord } | { n: number; error: string };

export function Workbench(props: Props) {
  const { manifest, index, selected } = props;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [eventKey, setEventKey] = useState<string | null>(null);
  const [tab, setTab] = useState<DetailTab>("event");

  useEffect(() => {
    const entry = selected === null ? undefined : index[selected];
    if (entry === undefined) return;
    let live = true;
    loadRecord(manifest, entry)
      .then((record) => live && setLoaded({ n: entry.n, record }))
      .catch((e: unknown) => live && setLoaded({ n: entry.n, error: String(e) }));
    setEventKey(null);
    setTab("event");
    return () => {
      live = false;
    };
  }, [manifest, index, selected]);

  const current = loaded !== null && loaded.n === selected ? loaded : null;

  const openCall = (callId: string) => {
    setEventKey(`call:${callId}`);
    setTab("request");
  };

  return (
    <Box
      sx={{
        display: "grid",
        gridTemplateColumns: "320px minmax(0, 1fr) 440px",
        gap: 1,
        p: 1,
        height: "100%",
      }}
    >
      <Paper variant="outlined" sx={{ minHeight: 0, display: "flex", flexDirection: "column" }}>
        <ConversationList
          index={index}
          selected={selected}
          onSelect={props.onSelect}
          barFilter={props.barFilter}
          onClearBarFilter={props.onClearBarFilter}
        />
      </Paper>
      <Paper variant="outlined" sx={{ minHeight: 0, overflow: "auto" }} data-testid="transcript-pane">
        {selected === null ? (
          <Typography sx={{ p: 3 }} color="text.secondary">
            Select a conversation on the left.
          </Typography>
        ) : current === null ? (
          <Typography sx={{ p: 3 }} color="text.secondary">
            Loading…
          </Typography>
        ) : "error" in current ? (
          <Alert severity="error" sx={{ m: 2 }}>
            {current.error}
          </Alert>
        ) : (
          <Transcript record={current.record} onOpenCall={openCall} activeCall={eventKey} />
        )}
      </Paper>
      <Paper variant="outlined" sx={{ minHeight: 0, display: "flex", flexDirection: "column" }}>
        {current !== null && "record" in current ? (
          <EventsPane
            manifest={manifest}
            record={current.record}
            eventKey={eventKey}
            onSelectEvent={setEventKey}
            tab={tab}
            onTab={setTab}
          />
        ) : (
          <Typography sx={{ p: 3 }} color="text.secondary">
            Events appear here.
          </Typography>
        )}
      </Paper>
    </Box>
  );
}
