/**
 * Vite serves the demo (`npm start`) and Storybook. The library build (`npm run build`) is
 * `scripts/build.mjs`, which runs Vite once per output file so that every file is self-contained.
 */
import { defineConfig, type Plugin } from 'vite';

/** `/` answers with the demo (a redirect to `/demo/`), so the address Vite prints is the one to follow. */
const rootToDemo: Plugin = {
  name: 'root-to-demo',
  configureServer(server) {
    server.middlewares.use(redirect);
  },
  configurePreviewServer(server) {
    server.middlewares.use(redirect);
  }
};

function redirect(req: { url?: string }, res: { statusCode: number; setHeader(name: string, value: string): void; end(): void }, next: () => void): void {
  if (req.url !== '/' && req.url !== '/index.html') return next();
  res.statusCode = 302;
  res.setHeader('Location', '/demo/');
  res.end();
}

export default defineConfig({
  plugins: [rootToDemo],
  server: { open: '/demo/', port: 5173 },
  preview: { open: '/demo/' }
});
