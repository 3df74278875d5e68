// The explorer's build (`npm run build:web` → web/dist) and dev server (`npm run dev:web`).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `npm run dev:web` sends /graphql, /readyz and /healthz: a running API (`npm start`). */
const api = process.env.EXPLORER_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL carries the Monaco editor; it is its own page, never loaded by the explorer.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's packages carry React-compiler directives ("use no memo") that bundling drops, harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        explorer: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql/index.html', import.meta.url)),
      },
    },
  },
  optimizeDeps: {
    // GraphiQL's worker set-up imports Monaco's workers with `?worker`, which only Vite itself (not
    // the dependency pre-bundler) resolves.
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.EXPLORER_DEV_PORT ?? 5173),
    proxy: {
      '/graphql': api,
      '/readyz': api,
      '/healthz': api,
    },
  },
});
