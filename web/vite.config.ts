// Vite config for the staff app. The root is this folder, so `npx vite build web` and
// scripts/build-web.mjs give the same output in web/dist, which the Fastify server serves at `/`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Absolute asset URLs: the server answers every non-/api path with index.html,
  // so /spaces/abc must still find /assets/….
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The one chunk past Vite's 500 kB default is ECharts (src/charts/bars.ts), loaded with import()
    // only where a chart is drawn; the main bundle stays far below.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npx vite web` during development talks to a running `doithoai serve`.
    proxy: { '/api': process.env.DOITHOAI_API_URL ?? 'http://localhost:3000' },
  },
});
