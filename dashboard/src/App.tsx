// The shell: loads the manifest and index once, then shows the Workbench or the Overview.
// A click on an Overview bar becomes the Workbench list's filter.
import { useEffect, useState } from "react";
import Alert from "@mui/material/Alert";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";
import Toolbar from "@mui/material/Toolbar";
import Typography from "@mui/material/Typography";
import type { BarFilter, IndexEntry, Manifest } from "./data/bundle";
import { loadIndex, loadManifest } from "./data/loader";
import { useHashRoute } from "./hashRoute";
import { Overview } from "./views/Overview";
import { Workbench } from "./views/Workbench";

interface Loaded {
  manifest: Manifest;
  index: IndexEntry[];
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [route, navigate] = useHashRoute();
  const [barFilter, setBarFilter] = useState<BarFilter | null>(null);

  useEffect(() => {
    let live = true;
    loadManifest()
      .then(async (manifest) => ({ manifest, index: await loadIndex(manifest) }))
      .then((data) => live && setLoaded(data))
      .catch((e: unknown) =>
        live &&
        setError(
          `${String(e)}. Export a dataset first: toolgen export-dashboard output/<dataset>.jsonl`,
        ),
      );
    return () => {
      live = false;
    };
  }, []);

  const openBar = (filter: BarFilter) => {
    setBarFilter(filter);
    navigate({ view: "workbench", conversation: null });
  };

  return (
    <Box sx={{ height: "100vh", display: "flex", flexDirection: "column" }}>
      <AppBar position="static" elevation={0}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography variant="h6" component="h1" sx={{ fontSize: 16 }}>
            ToolGen
          </Typography>
          <Tabs
            value={route.view}
            onChange={(_e, view: "workbench" | "overview") =>
              navigate({ view, conversation: view === "workbench" ? route.conversation : null })
            }
            textColor="inherit"
            indicatorColor="secondary"
          >
            <Tab value="workbench" label="Workbench" data-testid="nav-workbench" />
            <Tab value="overview" label="Overview" data-testid="nav-overview" />
          </Tabs>
          <Box sx={{ flex: 1 }} />
          {loaded && (
            <Typography variant="body2" data-testid="dataset-name" noWrap>
              {loaded.manifest.dataset} · {loaded.manifest.count.toLocaleString()} conversations
            </Typography>
          )}
        </Toolbar>
      </AppBar>
      <Box sx={{ flex: 1, minHeight: 0 }}>
        {error !== null ? (
          <Alert severity="error" sx={{ m: 2 }} data-testid="load-error">
            {error}
          </Alert>
        ) : loaded === null ? (
          <Box sx={{ display: "grid", placeItems: "center", height: "100%" }}>
            <CircularProgress />
          </Box>
        ) : route.view === "overview" ? (
          <Overview manifest={loaded.manifest} onOpenBar={openBar} />
        ) : (
          <Workbench
            manifest={loaded.manifest}
            index={loaded.index}
            selected={route.conversation}
            onSelect={(n) => navigate({ view: "workbench", conversation: n })}
            barFilter={barFilter}
            onClearBarFilter={() => setBarFilter(null)}
          />
        )}
      </Box>
    </Box>
  );
}
