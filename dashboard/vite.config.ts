// Vite build for the ToolGen dashboard. The data bundle is not copied into dist:
// `toolgen dashboard` serves it from dashboard/public/toolgen-data at /toolgen-data/,
// and the dev server serves public/ itself.
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  base: "/",
  build: {
    copyPublicDir: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { host: "127.0.0.1", port: 5173 },
});
