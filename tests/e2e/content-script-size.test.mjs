// The content script's size budget (docs/PERFORMANCE.md#content-script-size): it loads on every
// huggingface.co/papers page at document_start, so it stays at most 20 KB gzipped. Read from the
// Chromium build, measured as the README does: `cat content-scripts/*.js | gzip -9 | wc -c`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import { EXT } from './lib/browser.mjs';

// The goal is 20,000 bytes (issue 18). It is NOT met yet: For you's scoring and sorting and the
// seen visit reducer landed after the first size work, and messaging went back to
// @webext-core/messaging. What derives from the rules alone now comes from the background
// (22,739 → 20,618 bytes), and terser's passes over the minified script took it to 20,192;
// docs/PERFORMANCE.md#content-script-size says what is left. Until the goal is met this guards
// the size reached against growth.
const GOAL = 20_000;
const BUDGET = 20_400;

test('the content script does not grow past the size reached (goal: 20 KB gzipped)', () => {
  const dir = path.join(EXT, 'content-scripts');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  assert.ok(files.length > 0, `no content script in ${dir}: run \`npm run build\` first`);
  const js = Buffer.concat(files.map((f) => fs.readFileSync(path.join(dir, f))));
  // gzip -9 as the budget is defined; zlib where no gzip is installed (their sizes differ by ≈ 0.5 %).
  const cli = spawnSync('gzip', ['-9', '-c'], { input: js });
  const gz = cli.status === 0 ? cli.stdout.length : zlib.gzipSync(js, { level: 9 }).length;
  assert.ok(gz <= BUDGET, `content script ${files.join(' + ')}: ${gz} bytes gzipped, over the ${BUDGET}-byte ceiling (goal ${GOAL})`);
  if (gz > GOAL) console.log(`# content script ${gz} bytes gzipped: ${gz - GOAL} over the ${GOAL}-byte goal`);
});
