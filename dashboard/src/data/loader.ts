// Fetching the bundle lazily: the manifest and index up front, one chunk of full
// records when a conversation in it is opened, the graph when the Graph tab needs it.
// Each file is fetched at most once per page load.
import type { ConversationRecord, EndpointGraph, IndexEntry, Manifest } from "./bundle";

export const DATA_ROOT = "toolgen-data/";

const cache = new Map<string, Promise<unknown>>();

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`${import.meta.env.BASE_URL}${DATA_ROOT}${path}`, {
    cache: "no-cache",
  });
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return (await response.json()) as T;
}

function once<T>(path: string): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (pending === undefined) {
    pending = fetchJson<T>(path);
    // A failed fetch is not cached, so a retry (e.g. after re-export) can succeed.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending;
}

export function loadManifest(): Promise<Manifest> {
  return once<Manifest>("bundle.json");
}

export function loadIndex(manifest: Manifest): Promise<IndexEntry[]> {
  return once<IndexEntry[]>(manifest.index);
}

export async function loadRecord(
  manifest: Manifest,
  entry: IndexEntry,
): Promise<ConversationRecord> {
  const file = manifest.chunks[entry.chunk];
  if (file === undefined) {
    throw new Error(`conversation ${entry.id}: no chunk ${entry.chunk}`);
  }
  const chunk = await once<ConversationRecord[]>(file);
  const record = chunk[entry.offset];
  if (record === undefined) {
    throw new Error(`conversation ${entry.id}: missing from ${file}`);
  }
  return record;
}

export function loadGraph(manifest: Manifest): Promise<EndpointGraph | null> {
  return manifest.graph === null ? Promise.resolve(null) : once<EndpointGraph>(manifest.graph);
}

export function clearCache(): void {
  cache.clear();
}
