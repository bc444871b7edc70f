// The store listing material is complete and of the sizes the stores take: docs/store/ holds 1280×800
// screenshots (light and dark), the 440×280 promotional tile, a short description within Chrome's 132
// characters, a long description, a justification for every manifest permission and a privacy
// statement naming what leaves the browser. The test stylesheet is what build.mjs makes today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildCss } from '../fixtures/styles/build.mjs';

const STORE = 'docs/store';
const size = (file) => {
  const b = fs.readFileSync(file);
  assert.equal(b.toString('latin1', 1, 4), 'PNG', `${file} is a PNG`);
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
};
const listing = () => fs.readFileSync(path.join(STORE, 'README.md'), 'utf8');
const section = (md, title) => new RegExp(`^## ${title}\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(md)?.[1]?.trim();

test('store images: 1280×800 screenshots in light and dark, a 440×280 promotional tile', () => {
  const files = fs.readdirSync(STORE).filter((f) => f.endsWith('.png'));
  const shots = files.filter((f) => f.startsWith('screenshot-'));
  assert.ok(shots.length >= 4, 'at least four screenshots');
  for (const f of shots) assert.equal(size(path.join(STORE, f)), '1280x800', f);
  assert.ok(shots.some((f) => f.endsWith('-dark.png')) && shots.some((f) => !f.endsWith('-dark.png')), 'light and dark');
  assert.equal(size(path.join(STORE, 'promo-tile-440x280.png')), '440x280');
  for (const f of files) assert.ok(listing().includes(f.replace(/-dark\.png$/, '')), `${f} is described in docs/store/README.md`);
});

test('store text: short and long description, permission justifications, privacy statement', () => {
  const md = listing();
  const short = section(md, 'Short description \\(132 characters at most\\)');
  assert.ok(short && short.length <= 132, `short description ≤ 132 characters (${short?.length})`);
  assert.ok((section(md, 'Long description') ?? '').length > 400, 'a long description');
  const perms = section(md, 'Permission justifications') ?? '';
  const manifest = JSON.parse(fs.readFileSync(path.resolve(process.env.PAPERSIFT_OUT_DIR ?? '.output', 'chrome-mv3/manifest.json'), 'utf8'));
  for (const p of [...manifest.permissions, ...manifest.host_permissions]) assert.ok(perms.includes(`\`${p}\``), `${p} is justified`);
  const privacy = section(md, 'Privacy statement') ?? '';
  for (const words of ['huggingface.co/api/papers', 'sync', 'IndexedDB', 'storage.local']) assert.ok(privacy.includes(words), `privacy statement mentions ${words}`);
});

test('the approximated HF stylesheet is what tests/fixtures/styles/build.mjs makes from the fixtures today', async () => {
  assert.equal(fs.readFileSync('tests/fixtures/styles/hf-tailwind.css', 'utf8'), await buildCss(), 'run node tests/fixtures/styles/build.mjs');
});
