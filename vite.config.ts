import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The front end lives in src/web and builds to dist/web, which the Fastify server serves
// (src/server/web.ts). `npm run dev:web` proxies the API to a server on port 3000.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // The largest chunk is the charts' (ECharts core, bar charts and the SVG renderer: ~515 KB, 170 KB
  // gzipped), loaded with a dynamic import on Översikt only; the limit is set just above it.
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true, target: 'es2022', chunkSizeWarningLimit: 540 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
