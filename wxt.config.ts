import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { minify } from 'terser';

// lodash.merge (used by the BibTeX parser, utils/import) finds the global object with
// `Function('return this')()` where neither `global` nor `self` exists: never in an extension page,
// but addons.mozilla.org's linter flags any Function constructor. `globalThis` is that object.
const lodashGlobal = {
  name: 'papersift-lodash-global',
  transform(code: string, id: string) {
    return id.includes('/lodash.merge/') ? code.replace("Function('return this')()", 'globalThis') : undefined;
  },
};

// The content script loads on every papers page before it paints (budget: 20 KB gzipped).
// Terser run over Vite's minified output takes ≈ 500 more bytes (gzipped) off it than either
// minifier alone (docs/PERFORMANCE.md#content-script-size); other bundles stay as Vite makes them.
// unsafe_arrows / unsafe_methods: nothing in the script calls `new` on a function expression or
// an object method, the one thing those rewrites would change.
const terseContentScript = {
  name: 'papersift-terse-content-script',
  apply: 'build' as const,
  async generateBundle(_: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
    for (const c of Object.values(bundle))
      if (c.type === 'chunk' && c.fileName.startsWith('content-scripts/'))
        c.code = (await minify(c.code!, { ecma: 2020, compress: { passes: 5, unsafe_arrows: true, unsafe_methods: true } })).code;
  },
};

// Permissions are deliberately minimal: storage for settings, IndexedDB needs none,
// and host access to huggingface.co only (content script + API completion fetches).
export default defineConfig({
  // A separate output folder lets parallel builds (e.g. benchmarks) not clobber each other.
  outDir: process.env.PAPERSIFT_OUT_DIR ?? '.output',
  // The BibTeX parser's first (verbatim) stage: documented as its own module, not in the package's
  // exports map. Imports split a file with it and run the slow LaTeX stage only where LaTeX is.
  alias: { '@retorquere/bibtex-parser/verbatim': 'node_modules/@retorquere/bibtex-parser/dist/esm/verbatim.js' },
  manifest: ({ browser }) => ({
    name: 'PaperSift',
    description: 'Highlight, hide, save and cite papers on the Hugging Face papers listings.',
    permissions: ['storage'],
    host_permissions: ['https://huggingface.co/*'],
    // public/icon/*.png, drawn from public/icon/icon.svg by scripts/icons.mjs (committed PNGs).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: {
      default_title: 'PaperSift',
      default_icon: { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' },
    },
    // Opens the popup; rebindable in the browser's shortcut settings. No permission needed. The
    // keyboard-triage letters (j/k/s/h/e/o/?) are page keys: commands need Ctrl or Alt.
    // (Chromium does not assign Alt+Shift+P to an extension: it leaves the command unbound.)
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Open PaperSift' } },
    // Extension pages (popup, Library, background) run only their own bundled files: no inline
    // scripts, no eval, no plugins, no <base>. WXT's dev server adds its own origin to
    // script-src in `wxt` (serve) mode only; production builds ship exactly this.
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none';",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'papersift@papersift.invalid',
          // 140 (desktop) and 142 (Android) are the first versions that read
          // data_collection_permissions; addons-linter warns when the minimum is older.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
    chromiumArgs: ['--no-sandbox', '--disable-gpu'],
    startUrls: ['https://huggingface.co/papers'],
  },
  vite: () => ({
    plugins: [preact(), lodashGlobal, terseContentScript],
  }),
});
