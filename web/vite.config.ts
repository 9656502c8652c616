import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The API runs as its own process in development; the built app is served by the same Fastify server.
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The libraries every page needs, in one named, long-cached chunk. Listed by name on purpose: a
              // catch-all `node_modules` group would pull page-specific libraries (the map's sigma.js) into the
              // first load. zod's messages in other languages than Swedish stay out: English loads on demand.
              name: 'vendor',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack[\\/][^\\/]+|i18next|react-i18next|html-parse-stringify|void-elements|zod(?![\\/]v4[\\/]locales[\\/](?!sv\.)))[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    // Whole pages render in these tests (lazy route chunks, a debounced autosave), so allow more than 5 s.
    testTimeout: 15_000,
  },
});
