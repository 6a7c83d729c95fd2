// The dataset overview: pattern mix, judge score distributions, validator findings,
// graph coverage, tool and endpoint usage, diversity figures. Every bar opens the
// Workbench filtered to the conversations behind it.
import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardContent from "@mui/material/CardContent";
import LinearProgress from "@mui/material/LinearProgress";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import type { BarFilter, Coverage, Manifest } from "../data/bundle";
import { BarList } from "../components/BarList";

interface Props {
  manifest: Manifest;
  onOpenBar: (filter: BarFilter) => void;
}

const METRICS = ["overall", "tool_correctness", "naturalness", "task_completion"] as const;

function Panel({ title, children, testId, wide }: { title: string; children: React.ReactNode; testId?: string; wide?: boolean }) {
  return (
    <Card variant="outlined" data-testid={testId} sx={{ gridColumn: wide ? "span 2" : undefined }}>
      <CardContent>
        <Typography variant="subtitle2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Ratio({ label, used, total }: { label: string; used: number; total: number }) {
  const pct = total > 0 ? (100 * used) / total : 0;
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="body2">
        {label}: {used.toLocaleString()} / {total.toLocaleString()} ({pct.toFixed(1)}%)
      </Typography>
      <LinearProgress variant="determinate" value={pct} />
    </Box>
  );
}

function CoveragePanel({ coverage }: { coverage: Coverage }) {
  if (!coverage.available) {
    return (
      <Typography variant="body2" color="text.secondary">
        No graph artifacts were exported. Run `toolgen build`, then export with --artifacts.
      </Typography>
    );
  }
  return (
    <>
      <Ratio label="Endpoints used" used={coverage.nodes_used ?? 0} total={coverage.nodes_total ?? 0} />
      <Ratio label="Edges traversed" used={coverage.edges_covered ?? 0} total={coverage.edges_total ?? 0} />
      {(coverage.by_kind ?? []).map((k) => (
        <Ratio key={k.kind} label={k.kind} used={k.covered} total={k.total} />
      ))}
    </>
  );
}

export function Overview({ manifest, onOpenBar }: Props) {
  const o = manifest.overview;
  return (
    <Box
      data-testid="overview"
      sx={{
        height: "100%",
        overflow: "auto",
        p: 1.5,
        display: "grid",
        gridTemplateColumns: "repeat(auto-fill, minmax(360px, 1fr))",
        gap: 1.5,
        alignContent: "start",
      }}
    >
      <Panel title="Dataset" testId="overview-summary">
        <Table size="small">
          <TableBody>
            <TableRow>
              <TableCell>conversations</TableCell>
              <TableCell align="right" data-testid="overview-count">{o.count.toLocaleString()}</TableCell>
            </TableRow>
            {METRICS.map((m) => (
              <TableRow key={m}>
                <TableCell>mean {m}</TableCell>
                <TableCell align="right">{(o.score_means[m] ?? 0).toFixed(2)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>validator findings</TableCell>
              <TableCell align="right">{o.findings_total.toLocaleString()}</TableCell>
            </TableRow>
            <TableRow>
              <TableCell>distinct tools / endpoints called</TableCell>
              <TableCell align="right">
                {o.distinct_tools} / {o.distinct_endpoints}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Panel>
      <Panel title="Pattern mix" testId="overview-patterns">
        <BarList bars={o.patterns} onOpen={onOpenBar} />
      </Panel>
      <Panel title="Judge score distributions" testId="overview-scores">
        {METRICS.map((m) => (
          <Box key={m} sx={{ mb: 1 }}>
            <Typography variant="caption" color="text.secondary">
              {m}
            </Typography>
            <BarList bars={o.scores[m] ?? []} onOpen={onOpenBar} color="#26a69a" />
          </Box>
        ))}
      </Panel>
      <Panel title="Validator failures by kind" testId="overview-findings">
        <BarList bars={o.findings} onOpen={onOpenBar} empty="no validator findings" color="#ef5350" />
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
          Step statuses
        </Typography>
        <BarList bars={o.statuses} onOpen={onOpenBar} color="#ffa726" />
      </Panel>
      <Panel title="Graph coverage" testId="overview-coverage">
        <CoveragePanel coverage={o.coverage} />
      </Panel>
      <Panel title="Diversity" testId="overview-diversity">
        <Table size="small">
          <TableBody>
            {Object.entries(o.diversity).map(([name, value]) => (
              <TableRow key={name}>
                <TableCell>{name.replaceAll("_", " ")}</TableCell>
                <TableCell align="right">{value.toLocaleString()}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Panel>
      <Panel title="Tool usage (calls)" testId="overview-tools">
        <BarList bars={o.tools} onOpen={onOpenBar} color="#7e57c2" />
      </Panel>
      <Panel title="Endpoint usage (calls)" testId="overview-endpoints">
        <BarList bars={o.endpoints} onOpen={onOpenBar} color="#5c6bc0" />
      </Panel>
    </Box>
  );
}
