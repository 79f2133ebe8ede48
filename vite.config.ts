import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The page is served from app://briefwright/ in Electron and from 127.0.0.1 by the
// web host, so every asset URL is relative.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    // Inline data: assets would be blocked by the CSP for scripts, and are pointless offline.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
