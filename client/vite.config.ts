import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.PASSERELLE_API_URL ?? 'http://localhost:4000';
const proxied = ['/graphql', '/calendar', '/api', '/healthz'];

// Run from the repository root: `npx vite --config client/vite.config.ts` (build: `vite build --config ...`).
export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  css: { postcss: clientRoot },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The shell's libraries change less often than the app: separate chunks stay cached across
        // deploys. Heavier libraries (charts, dates) stay with the lazy pages that use them.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'mantine', test: /node_modules[\\/](@mantine[\\/](core|hooks|notifications)|@floating-ui|react-remove-scroll|react-number-format)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/](urql|@urql|wonka|i18next|react-i18next|@tabler)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: false }])),
  },
});
