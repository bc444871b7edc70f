import { build } from 'esbuild';
import path from 'node:path';
import zlib from 'node:zlib';
const stubs = JSON.parse(process.argv[2] ?? '{}');
const r = await build({ entryPoints: ['entrypoints/papers.content/index.ts'], bundle: true, write: false, minify: true, format: 'iife', target: 'chrome120',
  alias: { '@': path.resolve('.') }, loader: { '.css': 'empty' },
  plugins: [{ name: 'stub', setup(b) { b.onLoad({ filter: /./ }, (a) => { const k = Object.keys(stubs).find((s) => a.path.endsWith(s)); return k ? { contents: stubs[k], loader: 'ts' } : undefined; }); } }],
  define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' }, logLevel: 'error' });
const t = r.outputFiles[0].contents;
console.log(t.length, zlib.gzipSync(t, { level: 9 }).length);
