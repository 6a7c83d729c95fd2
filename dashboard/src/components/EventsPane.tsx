// The right pane: the Events timeline and the Event / Request / Response / Graph tabs
// for the selected event.
import { lazy, Suspense, useMemo } from "react";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Typography from "@mui/material/Typography";
import type { ConversationRecord, Manifest } from "../data/bundle";
import { buildEvents, callsOf, type EventKind, type TimelineEvent } from "../data/events";
import { EventDetail } from "./EventDetail";
import { RequestView } from "./RequestView";
import { ResponseView } from "./ResponseView";

// The graph library is the heaviest dependency: loaded only when the tab is opened.
const GraphView = lazy(() => import("./GraphView"));

export type DetailTab = "event" | "request" | "response" | "graph";

const KIND_COLORS: { [kind in EventKind]: "default" | "primary" | "secondary" | "success" | "warning" | "error" | "info" } = {
  plan: "info",
  path: "info",
  reasoning: "default",
  call: "primary",
  response: "secondary",
  repair: "warning",
  judge: "success",
};

interface Props {
  manifest: Manifest;
  record: ConversationRecord;
  eventKey: string | null;
  onSelectEvent: (key: string) => void;
  tab: DetailTab;
  onTab: (tab: DetailTab) => void;
}

function statusColor(event: TimelineEvent): "error" | "default" {
  return event.status !== undefined && event.status !== "ok" ? "error" : "default";
}

export function EventsPane({ manifest, record, eventKey, onSelectEvent, tab, onTab }: Props) {
  const events = useMemo(() => buildEvents(record), [record]);
  const calls = useMemo(() => callsOf(record), [record]);
  const event = events.find((e) => e.key === eventKey) ?? null;
  const view = event?.callId ? calls.find((c) => c.call.id === event.callId) : undefined;

  return (
    <>
      <Typography variant="subtitle2" sx={{ px: 1.5, pt: 1 }}>
        Events
      </Typography>
      <List dense sx={{ flex: "0 1 45%", overflow: "auto", borderBottom: 1, borderColor: "divider" }} data-testid="events-timeline">
        {events.map((e) => (
          <ListItemButton
            key={e.key}
            selected={e.key === eventKey}
            onClick={() => onSelectEvent(e.key)}
            data-testid={`event-${e.kind}`}
            sx={{ gap: 1, alignItems: "flex-start" }}
          >
            <Chip label={e.kind} color={KIND_COLORS[e.kind]} variant="outlined" sx={{ minWidth: 72 }} />
            <Box sx={{ minWidth: 0 }}>
              <Typography variant="body2" noWrap>
                {e.title}
                {e.status !== undefined && e.status !== "ok" && (
                  <Chip label={e.status} color={statusColor(e)} sx={{ ml: 1 }} />
                )}
              </Typography>
              <Typography variant="caption" color="text.secondary" sx={{ display: "block" }} noWrap>
                {e.detail}
              </Typography>
            </Box>
          </ListItemButton>
        ))}
      </List>
      <Tabs value={tab} onChange={(_e, t: DetailTab) => onTab(t)} variant="fullWidth">
        <Tab value="event" label="Event" data-testid="tab-event" />
        <Tab value="request" label="Request" data-testid="tab-request" />
        <Tab value="response" label="Response" data-testid="tab-response" />
        <Tab value="graph" label="Graph" data-testid="tab-graph" />
      </Tabs>
      <Box sx={{ flex: 1, minHeight: 0, overflow: "auto", p: 1.5 }} data-testid={`detail-${tab}`}>
        {tab === "event" && <EventDetail event={event} record={record} />}
        {tab === "request" && <RequestView view={view} />}
        {tab === "response" && <ResponseView view={view} />}
        {tab === "graph" && (
          <Suspense fallback={<Typography color="text.secondary">Loading graph…</Typography>}>
            <GraphView manifest={manifest} record={record} activeCall={view?.step ?? null} />
          </Suspense>
        )}
      </Box>
    </>
  );
}
