import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are deliberately minimal: storage for settings, IndexedDB needs none,
// and host access to huggingface.co only (content script + API completion fetches).
export default defineConfig({
  // A separate output folder lets parallel builds (e.g. benchmarks) not clobber each other.
  outDir: process.env.PAPERSIFT_OUT_DIR ?? '.output',
  manifest: ({ browser }) => ({
    name: 'PaperSift',
    description: 'Highlight, hide, save and cite papers on the Hugging Face papers listings.',
    permissions: ['storage'],
    host_permissions: ['https://huggingface.co/*'],
    action: { default_title: 'PaperSift' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'papersift@papersift.invalid',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-sandbox', '--disable-gpu'],
    startUrls: ['https://huggingface.co/papers'],
  },
  vite: () => ({ plugins: [preact()] }),
});
