import { defineConfig } from 'astro/config';

// SITE_BASE=/reports/ npm run build → a site that works when dist/ is served under /reports/.
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // The toolbar is a dev-only overlay; keeping it off keeps dev pages free of extra requests.
  devToolbar: { enabled: false },
  vite: {
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
    // The one large chunk (DuckDB-WASM client, Arrow, Plot) is imported only after first paint.
    build: { chunkSizeWarningLimit: 1024 },
  },
});
