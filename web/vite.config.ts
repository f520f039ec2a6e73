// Vite config for the web explorer. `npm run build` writes web/dist, which `diplograph serve` serves;
// `npx vite --config web/vite.config.ts` runs a dev server that proxies /api to a running API.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const api = process.env.DIPLOGRAPH_API ?? "http://127.0.0.1:8080";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Lazy chunks: the Cypher console (the antlr Cypher parser, ~6.5 MB) and the Traditional dictionary (~1 MB).
    chunkSizeWarningLimit: 7000,
  },
  server: { proxy: { "/api": api } },
  preview: { proxy: { "/api": api } },
});
