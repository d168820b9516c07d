import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console is its own Vite build. It lands in dist/console, which `stepwise serve` serves
 * at `/`; everything is bundled (no CDN), so the console works offline.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    // The console, and the graph on its own for other pages to embed (embed.html).
    rollupOptions: { input: { console: fileURLToPath(new URL('index.html', import.meta.url)), embed: fileURLToPath(new URL('embed.html', import.meta.url)) } },
  },
  server: {
    // `npm run console:dev` proxies the API to a running `stepwise serve`.
    proxy: { '/console-api': 'http://127.0.0.1:8083', '/api': 'http://127.0.0.1:8083' },
  },
});
