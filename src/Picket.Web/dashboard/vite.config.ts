import { defineConfig } from 'vite';

// Builds straight into the server's static files (src/Picket.Web/wwwroot, generated and git-ignored).
export default defineConfig({
  base: '/',
  build: {
    outDir: '../wwwroot',
    emptyOutDir: true,
    // MapLibre is one ~1 MB module; splitting it buys nothing for a dashboard served from the same machine.
    chunkSizeWarningLimit: 1500,
    // No inline data: URLs for small assets, so the page needs nothing beyond 'self' (img-src stays strict).
    assetsInlineLimit: 0,
  },
  server: { fs: { allow: ['..', '../../Picket.Reporting/Html'] } },
});
