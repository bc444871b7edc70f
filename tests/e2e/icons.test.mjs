// Both built packages carry PaperSift's icon: every PNG the manifests name (`icons` and the toolbar
// `action.default_icon`) exists in the build and its real pixel size (read from the PNG header)
// is the size the manifest states. Needs `wxt build` and `wxt build -b firefox --mv3` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ICON_DIR, SIZES, renderIcon } from '../../scripts/icons.mjs';

const OUT = path.resolve(process.env.PAPERSIFT_OUT_DIR ?? '.output');

/** Width and height from a PNG's IHDR chunk, or null when the bytes are no PNG. */
function pngSize(buf) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature) || buf.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target}: icons and the toolbar icon are existing PNGs of the stated sizes`, () => {
    const dir = path.join(OUT, target);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const sets = { icons: manifest.icons, 'action.default_icon': manifest.action?.default_icon };
    for (const size of ['16', '32', '48', '128']) assert.ok(manifest.icons?.[size], `${target}: icons declares ${size} px`);
    for (const size of ['16', '32']) assert.ok(manifest.action?.default_icon?.[size], `${target}: action.default_icon declares ${size} px`);
    for (const [key, set] of Object.entries(sets))
      for (const [size, file] of Object.entries(set)) {
        assert.match(file, /\.png$/, `${target}: ${key}[${size}] is a PNG`);
        const full = path.join(dir, file);
        assert.ok(fs.existsSync(full), `${target}: ${key}[${size}] → ${file} exists in the build`);
        const real = pngSize(fs.readFileSync(full));
        assert.deepEqual(real, { width: Number(size), height: Number(size) }, `${target}: ${file} is ${size}×${size} px`);
      }
  });
}

test('the committed PNGs are what scripts/icons.mjs draws from the SVG source today', () => {
  for (const size of SIZES) {
    const committed = fs.readFileSync(path.join(ICON_DIR, `${size}.png`));
    assert.deepEqual(pngSize(committed), { width: size, height: size });
    assert.ok(committed.equals(renderIcon(size)), `public/icon/${size}.png is stale: run node scripts/icons.mjs`);
  }
});
