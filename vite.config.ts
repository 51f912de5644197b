/**
 * Vite serves the demo (`npm start`) and Storybook. The library build (`npm run build`) is
 * `scripts/build.mjs`, which runs Vite once per output file so that every file is self-contained.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  server: { open: '/demo/', port: 5173 },
  preview: { open: '/demo/' }
});
