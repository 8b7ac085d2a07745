import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Built into dist/ and served by the gateway at /dashboard/ (gateway/src/dashboard.ts).
 * `npm run dev` (Vite's dev server) proxies the API and the runtime config to a gateway on
 * GATEWAY_URL (default http://localhost:4000), so the page and the API share an origin.
 */
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:4000';

export default defineConfig({
  base: '/dashboard/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1200 },
  server: {
    proxy: {
      '/graphql': { target: gateway, ws: true },
      '/dashboard/config.json': gateway,
    },
  },
});
