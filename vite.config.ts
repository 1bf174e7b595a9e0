import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  root: 'client',
  plugins: [svelte()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Old Android phones: Chrome 80-era browsers still get modern syntax they understand.
    target: ['es2020', 'chrome80', 'safari13'],
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
      '/collab': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
