// The app's two views and the open conversation live in the URL hash (#/overview,
// #/workbench/42), so reloads and the back button work without a router dependency.
import { useCallback, useEffect, useState } from "react";

export interface Route {
  view: "workbench" | "overview";
  conversation: number | null;
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/");
  if (parts[0] === "overview") return { view: "overview", conversation: null };
  const n = Number.parseInt(parts[1] ?? "", 10);
  return { view: "workbench", conversation: Number.isFinite(n) && n >= 0 ? n : null };
}

export function formatHash(route: Route): string {
  if (route.view === "overview") return "#/overview";
  return route.conversation === null ? "#/workbench" : `#/workbench/${route.conversation}`;
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  const navigate = useCallback((next: Route) => {
    const hash = formatHash(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, navigate];
}
