// @vitest-environment happy-dom
// TEMPORARY differential test: new Decorator (parse cache, view reuse, marks) vs the old copy.
import { describe, expect, it, vi } from 'vitest';
import { Decorator as NewDec } from '@/entrypoints/papers.content/decorator';
// @ts-ignore old copy, not type-checked
import { Decorator as OldDec } from '../../bench/tmp/old/content/decorator';
import { BASES, OPS } from './zz-ops';
import { parseHtml } from './load';
import type { Rule } from '@/utils/types';
import { parseCards as newParse } from '@/utils/page/parse-cards';
// @ts-ignore
import { parseCards as oldParse } from '../../bench/tmp/old/page/parse-cards';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T,>(xs: ArrayLike<T>, r: () => number): T => xs[Math.floor(r() * xs.length)];

const WORDS = ['diffusion', 'video', 'agent', 'model', 'learning', 'the', 'a', 'language model', 'reasoning', 'image', '3D', 'C++', 'data*', '/\\bgen\\w*/i', '/e/', '/(?<=s)t/', '-video', '-the'];
function makeRules(r: () => number): Rule[] {
  const n = Math.floor(r() * 8);
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`, tag: pick(['diffusion', 'video', 'agents', 'x', 'y'], r) + i,
    terms: Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(WORDS, r)),
    fields: pick([['title'], ['abstract'], ['title', 'abstract'], ['authors', 'org'], ['title', 'abstract', 'org']], r) as Rule['fields'],
    action: pick(['highlight', 'hide', 'tag'], r) as Rule['action'], color: pick(['#ffe08a', '#aabbcc', 'red'], r),
    enabled: r() < 0.9, order: Math.floor(r() * 5),
  }));
}
function makeState(r: () => number, ids: string[], rules: Rule[]) {
  const manual: Record<string, any> = {};
  for (const id of ids) if (r() < 0.2) manual[id] = { id, ...pick([{ hidden: true }, { highlight: true }, { shown: true }], r) };
  return {
    rules, manual, savedIds: ids.filter(() => r() < 0.3),
    settings: { paused: r() < 0.15, hideMode: pick(['placeholder', 'dim', 'remove'], r) },
  } as any;
}

const snapshot = (doc: Document, d: any) => ({ html: doc.documentElement.outerHTML, tab: JSON.stringify(d.tabPapers()) });

describe('differential: new Decorator = old Decorator', () => {
  it('states, page mutations, re-runs', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0); // the matcher's time budget must not depend on load
    const from = Number(process.env.DFROM ?? 1), to = from + Number(process.env.DCOUNT ?? 150);
    for (let seed = from; seed < to; seed++) {
      const r = rng(seed * 104729);
      const base = BASES[seed % BASES.length];
      const url = base.url.startsWith('http') ? base.url : `https://huggingface.co${base.url}`;
      const a = parseHtml(base.html), b = parseHtml(base.html);
      const da = new OldDec(a, () => url, () => {}, () => {});
      const db = new NewDec(b, () => url, () => {}, () => {});
      const ids = [...new Set([...a.querySelectorAll('a[href^="/papers/"]')].map((x) => x.getAttribute('href')!.slice(8, 18)))];
      let rules = makeRules(r);
      const log: string[] = [];
      const both = (f: (d: any) => void) => {
        const err = [da, db].map((d) => { try { f(d); return ''; } catch (e) { return String(e); } });
        if (err[0] || err[1]) log.push(`threw ${err[0] ? 'old' : ''}${err[1] ? 'new' : ''}`);
        expect(!!err[1], `seed ${seed}: ${log.join(' > ')} ${err}`).toBe(!!err[0]);
      };
      const check = (what: string) => {
        log.push(what);
        if (process.env.DEBUGP) {
          const all = [...b.getElementsByTagName('*')];
          const show = (cs: any[]) => cs.map((c) => `${c.paper.id} "${c.paper.title.slice(0, 20)}" c=${c.paper.comments} arts=${c.articles.map((x: Element) => all.indexOf(x))} titles=${c.titles.map((x: Element) => all.indexOf(x))}`).join('\n');
          console.log(what, '\nOLDPARSE\n' + show(oldParse(b, url)) + '\nNEWPARSE\n' + show(newParse(b, url)) + '\nVIEWS\n' + show([...(db as any).views.values()].map((v: any) => v.card)));
        }
        const sa = snapshot(a, da), sb = snapshot(b, db);
        for (const k of ['tab', 'html'] as const) {
          if (sa[k] === sb[k]) continue;
          let i = 0;
          while (sa[k][i] === sb[k][i]) i++;
          console.log(`DIFF ${k}\nOLD ${sa[k].slice(i - 400, i + 200)}\nNEW ${sb[k].slice(i - 400, i + 200)}`);
          expect(`${k} …${sb[k].slice(i - 300, i + 300)}`, `seed ${seed}: ${log.join(' > ')}`).toBe(`${k} …${sa[k].slice(i - 300, i + 300)}`);
        }
      };
      const s0 = makeState(r, ids, rules);
      both((d) => d.setState(s0));
      check('setState');
      for (let step = 0; step < 4; step++) {
        const kind = r();
        if (kind < 0.5) {
          const name = pick(Object.keys(OPS).filter((o) => o !== 'ui' && o !== 'mark'), r);
          const seedOp = Math.floor(r() * 1e9);
          OPS[name](a, rng(seedOp)); OPS[name](b, rng(seedOp));
          await Promise.resolve(); // let observers see it, as between frames
          if (a.querySelector('h3 article')) break; // happy-dom reads 'h3 a' inside it unlike Chromium (see zz-diff)
          if (r() < 0.5) both((d) => d.run());
          check(`op ${name}`);
        } else if (kind < 0.8) {
          if (r() < 0.5) rules = makeRules(r);
          const s = makeState(r, ids, rules);
          both((d) => d.setState(s));
          check('setState');
        } else {
          both((d) => d.run());
          check('run');
        }
      }
      both((d) => d.teardown());
      check('teardown');
    }
  }, 600_000);
});
