// `npm start`: build the extension, then open Chromium with it loaded on huggingface.co/papers.
// Without a display (or without Chromium) it says so and explains how to load it by hand.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const ext = path.resolve('.output/chrome-mv3');
const manual = `
To load PaperSift by hand:
  1. Open chrome://extensions (or edge://extensions) and turn on "Developer mode".
  2. Click "Load unpacked" and choose:
       ${ext}
  3. Visit https://huggingface.co/papers
Firefox: npm run start:firefox, then about:debugging → This Firefox → Load Temporary Add-on →
  .output/firefox-mv3/manifest.json`;

const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'].find(
  (p) => p && fs.existsSync(p),
);
const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';

if (!browserPath) {
  console.log(`\nBuilt ${ext}\nNo Chromium found (set CHROMIUM_PATH, or: sudo apt-get install -y chromium).${manual}`);
  process.exit(0);
}
if (!hasDisplay) {
  console.log(`\nBuilt ${ext}\nNo display found (DISPLAY is not set), so no browser window can open here.${manual}`);
  process.exit(0);
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'papersift-start-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${ext}`,
  `--load-extension=${ext}`,
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  'https://huggingface.co/papers',
];
console.log(`\nOpening ${browserPath} with PaperSift loaded (profile ${profile}).`);
spawn(browserPath, args, { stdio: 'ignore', detached: true }).unref();
