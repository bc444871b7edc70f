// Rasterises public/icon/icon.svg into the PNG sizes the manifests declare (committed; rerun after
// editing the SVG): `node scripts/icons.mjs`. resvg ships its binary inside the npm package, so this
// works offline. 128 px follows the stores' advice of 96 px of artwork inside 16 px of clear margin.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_DIR = path.resolve('public/icon');
export const SIZES = [16, 24, 32, 48, 128];

/** The PNG bytes for one size, drawn from the SVG source. */
export function renderIcon(size, svg = fs.readFileSync(path.join(ICON_DIR, 'icon.svg'), 'utf8')) {
  const pad = size === 128 ? 16 / 3 : 0; // grid units: 32 units → 96 px, so 16 px = 16/3 units
  const source = pad ? svg.replace('viewBox="0 0 32 32"', `viewBox="${-pad} ${-pad} ${32 + 2 * pad} ${32 + 2 * pad}"`) : svg;
  return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of SIZES) {
    fs.writeFileSync(path.join(ICON_DIR, `${size}.png`), renderIcon(size));
    console.log(`public/icon/${size}.png`);
  }
}
