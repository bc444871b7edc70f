import { build } from 'esbuild';
const b = await build({ entryPoints: ['tests/bench/page-entry.ts'], bundle: true, write: false, format: 'iife', alias: { '@': '/work/main' }, define: { 'import.meta.env.BROWSER': '"chrome"', 'import.meta.env.MANIFEST_VERSION': '3' }, loader: { '.css': 'empty' }, logLevel: 'error', minify: false, keepNames: true });
const lines = b.outputFiles[0].text.split('\n'); for (const n of [247,274,281,289,303,317,347,388]) console.log(n, lines[n]);
