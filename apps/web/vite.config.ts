import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The Keel server listens here in development (KEEL_API_URL points elsewhere, e.g. a second server on 8090);
// the built app is served by it in production.
const apiTarget = process.env.KEEL_API_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  // `vite preview` reuses server.proxy, so a built bundle can be checked against a local server too.
  server: {
    proxy: {
      // `ws: true` also forwards the WebSocket upgrade for /api/v1/events.
      '/api': { target: apiTarget, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
