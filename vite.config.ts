import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/vite-precompress.js';

/**
 * Small modules a phone needs for its first screen (and other views share). Left to automatic
 * chunking each became its own file of 1–3 KB, plus its CSS as another: on the hall's HTTP/1.1
 * wifi every file costs a round trip and about 600 bytes of headers, more than many of these
 * modules themselves. One chunk instead: the phone's first screen went from 37 requests to 18.
 * Only modules without heavy imports of their own belong here, or every view would load those,
 * and only what the first screen ("Welkom") shows: the steps after it come in a chunk of their own
 * while it shows (client/components/attendee-steps.ts), with what they share with other views.
 */
const PHONE_CORE = [
  'client/components/LanguageSwitch.svelte',
  'client/components/PhoneFrame.svelte',
  'client/components/JoinForm.svelte',
  'client/components/PhoneFirstScreen.svelte',
  'client/components/PhoneFooter.svelte',
  'client/lib/api.ts',
  'client/lib/busy-guard.ts',
  'client/lib/error-message.ts',
  'client/lib/connection-notice.svelte.ts',
  'shared/join-code.ts',
  'shared/model.ts',
  'shared/model-after-break.ts',
  'client/lib/document-title.svelte.ts',
  'shared/phase-rules.ts',
];

/** The Dutch sections of the catalogue that a phone's first screen reads. */
const PHONE_WORDS = ['shared/i18n/room.nl.ts', 'shared/i18n/canvas.nl.ts'];

export default defineConfig({
  root: 'client',
  plugins: [svelte(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Old Android phones: Chrome 80-era browsers still get modern syntax they understand.
    target: ['es2020', 'chrome80', 'safari13'],
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The phone's own sections of the catalogue (client/lib/view-words.ts) in one request.
              name: 'phone-words',
              test: (id) =>
                PHONE_WORDS.some((entry) => id.replaceAll('\\', '/').endsWith(`/${entry}`)),
            },
            {
              name: 'phone-core',
              // Svelte components' styles are modules of their own ("X.svelte?svelte&type=style"),
              // so a path that contains the entry also catches its CSS.
              test: (id) =>
                PHONE_CORE.some((entry) => id.replaceAll('\\', '/').includes(`/${entry}`)),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
      '/collab': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
