// `npm run bench:ab -- <commit> [cards…]`: the page pass of an earlier commit (A) against the working
// tree (B), both bundled into ONE page and alternated round by round on fresh copies of it, so
// both see the same machine at the same moment (docs/PERFORMANCE.md#measuring-a-change). Prints,
// per page size, the median of the per-round ratios B/A and its middle half: below 1 is faster.
// `--cold`: a page load as readers have it instead: each round, each tree gets a fresh browser and
// makes its first, JIT-cold pass there (slower: ≈ 1 s per pass). Asserts nothing.
// Examples: `npm run bench:ab -- HEAD~1 1000 100`, `npm run bench:ab -- HEAD~1 --cold 100`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/lib/browser.mjs';
import { manyCardsHtml } from '../fixtures/pages/build.mjs';
import { makeRules } from './rules-mix.mjs';

const args = process.argv.slice(2);
const cold = args.includes('--cold');
const [commit, ...sizes] = args.filter((a) => a !== '--cold');
if (!commit) {
  console.error('usage: npm run bench:ab -- <commit> [--cold] [cards…]   (e.g. HEAD~1 1000 100)');
  process.exit(2);
}
const cards = sizes.length ? sizes.map(Number) : cold ? [100] : [1000, 100];
const here = path.resolve('.');

// The earlier tree: the source folders and the bench entry as they were at that commit.
const before = fs.mkdtempSync(path.join(os.tmpdir(), 'papersift-ab-'));
const top = execFileSync('git', ['ls-tree', '--name-only', commit], { encoding: 'utf8' }).split('\n');
const folders = ['utils', 'entrypoints', 'components', 'hooks'].filter((f) => top.includes(f)); // hooks/ came later
const tar = execFileSync('git', ['archive', commit, ...folders, 'tests/bench'], { maxBuffer: 1 << 28 });
execFileSync('tar', ['-x', '-C', before], { input: tar });
if (!fs.existsSync(path.join(before, 'tests/bench/page-entry.ts'))) {
  console.error(`${commit} has no tests/bench/page-entry.ts: nothing to compare with`);
  process.exit(2);
}

/** The bench entry of a tree, bundled as run.mjs does; packages come from this checkout. */
async function bundle(root) {
  const out = await build({
    entryPoints: [path.join(root, 'tests/bench/page-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    alias: { '@': root },
    nodePaths: [path.join(here, 'node_modules')],
    tsconfig: path.join(here, 'tsconfig.json'),
    define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' },
    loader: { '.css': 'empty' },
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}
const A = await bundle(before), B = await bundle(here);
fs.rmSync(before, { recursive: true, force: true });

const rules = makeRules(50);
const launch = () => chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc'] });
const url = 'https://huggingface.co/papers/trending';
const sorted = (xs) => [...xs].sort((x, y) => x - y);
const at = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const report = (n, rounds, ta, tb) => {
  const ratios = sorted(tb.map((t, i) => t / ta[i]));
  console.log(
    `${n} cards, ${rounds} rounds${cold ? ' (cold)' : ''}: A ${at(sorted(ta), 0.5).toFixed(1)} ms, B ${at(sorted(tb), 0.5).toFixed(1)} ms; ` +
      `B/A per round: median ${at(ratios, 0.5).toFixed(3)}, middle half ${at(ratios, 0.25).toFixed(3)}–${at(ratios, 0.75).toFixed(3)}`,
  );
};
/** A page of n cards with the given bundles loaded (each under its own global). */
async function pageWith(browser, n, scripts) {
  const page = await browser.newPage();
  await page.route('https://huggingface.co/**', (r) => r.fulfill({ contentType: 'text/html', body: manyCardsHtml(n) }));
  await page.goto(url);
  for (const [name, code] of scripts) await page.addScriptTag({ content: `${code};window.${name} = PaperSiftBench;` });
  return page;
}
console.log(`A = ${commit}, B = working tree; ${rules.length} rules; ${cold ? 'a fresh browser per pass' : 'one page per size, A and B alternating'}\n`);

if (cold) {
  for (const n of cards) {
    const rounds = 20, ta = [], tb = [];
    for (let i = 0; i < rounds; i++)
      for (const [name, code] of i % 2 ? [['benchA', A], ['benchB', B]] : [['benchB', B], ['benchA', A]]) {
        const browser = await launch();
        const page = await pageWith(browser, n, [[name, code]]);
        const t = await page.evaluate(({ name, url, rules }) => window[name].decorateAll(url, rules), { name, url, rules });
        (name === 'benchA' ? ta : tb).push(t);
        await browser.close();
      }
    report(n, rounds, ta, tb);
  }
} else {
  const browser = await launch();
  for (const n of cards) {
    const page = await pageWith(browser, n, [['benchA', A], ['benchB', B]]);
    const rounds = n >= 500 ? 30 : 80;
    const r = await page.evaluate(
      ({ url, rules, rounds }) => {
        const { benchA: a, benchB: b } = window;
        // Each keeps its own untouched copy of <main>: both taken before anything is decorated.
        a.freshPage();
        b.freshPage();
        const ta = [], tb = [];
        for (let i = 0; i < rounds + 4; i++) {
          for (const x of i % 2 ? [a, b] : [b, a]) {
            x.freshPage();
            (x === a ? ta : tb).push(x.decorateAll(url, rules));
          }
        }
        // The first rounds run JIT-cold code: left out, as in `npm run bench`.
        return { ta: ta.slice(4), tb: tb.slice(4) };
      },
      { url, rules, rounds },
    );
    await page.close();
    report(n, rounds, r.ta, r.tb);
  }
  await browser.close();
}
