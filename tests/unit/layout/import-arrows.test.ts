// Import arrows run one way (TEAM.md, GUIDE.md §2): entrypoints → components, hooks →
// utils/{view,store,sync,rank,import,library} → utils/{page,rules,export,…} → utils/paper →
// utils/types. Read from the import statements of the source tree, so a new upward import fails here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Layer of each folder (a root file of utils/ counts as its own folder). Higher imports lower. */
const LEVELS: Record<string, number> = {
  entrypoints: 5,
  components: 4,
  hooks: 4,
  'utils/view': 3, 'utils/store': 3, 'utils/db': 3, 'utils/sync': 3, 'utils/rank': 3, 'utils/import': 3,
  'utils/library': 3, 'utils/messaging': 3, 'utils/action-badge': 3,
  'utils/page': 2, 'utils/rules': 2, 'utils/export': 2, 'utils/dom': 2, 'utils/history': 2, 'utils/keys': 2,
  'utils/seen': 2, 'utils/suggest': 2,
  'utils/paper': 1, 'utils/whitespace': 1, 'utils/state-key': 1,
  'utils/types': 0,
};
/** utils/db.ts is the store's database: one group with utils/store for the cycle check. */
const GROUP: Record<string, string> = { 'utils/db': 'utils/store' };

const ROOTS = ['entrypoints', 'components', 'hooks', 'utils'];

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder a source path belongs to: `utils/page`, `utils/db` (a root file), `components`. */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'utils') return parts[0];
  return parts.length === 2 ? `utils/${parts[1].replace(/\.tsx?$/, '')}` : `utils/${parts[1]}`;
}

/** Project paths this file imports (static, dynamic and re-exports); packages are left out. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  return specs.flatMap((s) => {
    if (s.startsWith('@/')) return [s.slice(2)];
    if (s.startsWith('.')) return [normalize(join(dirname(file), s))];
    return [];
  });
}

const edges = ROOTS.flatMap(sources).flatMap((file) =>
  importsOf(file).filter((to) => !/\.css$/.test(to)).map((to) => ({ file, from: folderOf(file), to: folderOf(to), spec: to })));

describe('import arrows', () => {
  it('every folder has a layer', () => {
    const unknown = [...new Set(edges.flatMap((e) => [e.from, e.to]))].filter((f) => !(f in LEVELS));
    expect(unknown, 'add new folders to LEVELS in this test, at the layer they belong to').toEqual([]);
  });

  it('no folder imports one above it', () => {
    const upward = edges
      .filter((e) => e.from !== e.to && LEVELS[e.from] !== undefined && LEVELS[e.to] !== undefined && LEVELS[e.to] > LEVELS[e.from])
      .map((e) => `${e.file} → ${e.spec}`);
    expect(upward).toEqual([]);
  });

  it('no two folders import each other, directly or round a cycle', () => {
    const group = (f: string) => GROUP[f] ?? f;
    const next = new Map<string, Set<string>>();
    for (const e of edges) {
      const [a, b] = [group(e.from), group(e.to)];
      if (a !== b) next.set(a, (next.get(a) ?? new Set()).add(b));
    }
    const reaches = (from: string, target: string, seen = new Set<string>()): boolean =>
      [...(next.get(from) ?? [])].some((n) => n === target || (!seen.has(n) && (seen.add(n), reaches(n, target, seen))));
    const cycles = [...next.keys()].filter((f) => reaches(f, f)).sort();
    expect(cycles).toEqual([]);
  });
});

describe('e2e helpers', () => {
  it('every relative import of an e2e test or helper names a file that exists (renamed helpers are caught here)', () => {
    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.mjs') ? [join(dir, n)] : []));
    })('tests/e2e');
    const missing = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/\bfrom\s*['"](\.[^'"]+)['"]/g)]
        .map((m) => join(dirname(f), m[1]))
        .filter((p) => !existsSync(p))
        .map((p) => `${f} → ${relative('.', p)}`));
    expect(missing).toEqual([]);
  });
});
