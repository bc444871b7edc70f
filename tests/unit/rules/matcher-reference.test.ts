// The one-pass matcher must give exactly what a brute-force scan per rule, term and field
// gives: same rule ids, same ranges.
import { describe, expect, it } from 'vitest';
import { compileTerm } from '@/utils/rules/compile-term';
import { REGEX_FIELD_CAP } from '@/utils/rules/defaults';
import { compileRules, fieldText, mergeSpans } from '@/utils/rules/matcher';
import { markRanges } from '@/utils/dom/marks';
import { RULE_ACTIONS, RULE_FIELDS, type PaperInfo, type Rule, type RuleField } from '@/utils/types';
import { day2024, day2025, paperInfo } from '../../fixtures/papers';

// Both API days (2024-05-27 first), their org varying by place so the org field is matched too.
const fixturePapers: PaperInfo[] = [day2024, day2025].flatMap((items) =>
  items.map(({ paper: p }, i) => paperInfo({
    id: p.id,
    title: p.title,
    summary: p.summary,
    aiSummary: p.ai_summary ?? null,
    authors: p.authors.map((a) => a.name),
    org: i % 3 === 0 ? 'Kandinsky Lab' : i % 3 === 1 ? 'Qwen · Alibaba' : null,
  })));
const edgePapers: PaperInfo[] = [
  paperInfo({ id: 'e1', title: 'A GAN-based organ of GANs: C++11 kernels in C++', summary: 'a 3D scene from 3DGS; GPT-4o-mini vs GPT-4o; Q&A / FAQ&A' }),
  paperInfo({ id: 'e2', title: 'Café naïve cafe\u0301 résumé', summary: '基于扩散模型的视频生成 扩散 模型', aiSummary: 'Video\n  Generation 😀x😀 emoji 😀' }),
  paperInfo({ id: 'e3', title: 'aaaa abab ba', summary: 'a'.repeat(300), authors: ['José Núñez', 'Ada Lovelace'], org: 'ÉTÉ Lab' }),
  // ASCII words glued to non-ASCII word characters, and the two characters /iu folds onto ASCII
  // letters (long s, Kelvin sign): where the matcher's quick ASCII scan must not differ.
  paperInfo({ id: 'e4', title: 'éagent x_agent 日本agent (agent) Agentic, ſurvey \u212aernel; Survey KERNEL', summary: 'naïvediffusion diffusion\u00a0model 3Dscene 3D scene C++ xC++ ΩC++ agent' }),
  paperInfo({ id: 'e5', title: 'Plain agent survey kernel', summary: 'A ſurvey of \u212aernels for diffuſion agents' }),
];
const papers = [...fixturePapers, ...edgePapers];

const compileCache = new Map<string, ReturnType<typeof compileTerm> | null>();
const compiled = (t: string) => {
  if (!compileCache.has(t)) {
    try {
      compileCache.set(t, compileTerm(t));
    } catch {
      compileCache.set(t, null);
    }
  }
  return compileCache.get(t) ?? null;
};

function reference(rules: Rule[], paper: PaperInfo) {
  const active = rules.filter((r) => r.enabled).map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].order - b[0].order || a[1] - b[1]).map(([r]) => r);
  const out: { id: string; ranges: { field: RuleField; start: number; end: number }[] }[] = [];
  for (const rule of active) {
    const terms = rule.terms.flatMap((t) => compiled(t) ?? []);
    const fields = RULE_FIELDS.filter((f) => rule.fields.includes(f));
    const spans = (f: RuleField, t: ReturnType<typeof compileTerm>): [number, number][] => {
      const text = t.kind === 'regex' ? fieldText(paper, f).slice(0, REGEX_FIELD_CAP) : fieldText(paper, f);
      return [...text.matchAll(new RegExp(t.re.source, `${t.flags}g`))].filter((m) => m[0])
        .map((m) => [m.index!, m.index! + m[0].length]);
    };
    if (terms.some((t) => t.negated && fields.some((f) => spans(f, t).length))) continue;
    const ranges = fields.flatMap((field) =>
      mergeSpans(terms.filter((t) => !t.negated).flatMap((t) => spans(field, t))).map(([start, end]) => ({ field, start, end })));
    if (ranges.length) out.push({ id: rule.id, ranges });
  }
  return out;
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = papers.flatMap((p) => `${p.title} ${p.summary ?? ''} ${(p.authors ?? []).join(' ')}`.split(/\s+/)).filter(Boolean);
const SPECIAL = [
  'C++', '3D', 'GPT-4o', 'Q&A', 'GAN', 'organ', 'café', 'cafe', 'naïve', '扩散', '模型', '扩散模型', '视频生成', 'video generation',
  'generation', 'diffus*', 'diffusion', 'model*', 'gen*', 'a', 'the', 'of', 'aa*', 'ab*', 'LLM', 'large language model*',
  'Kandinsky', 'lab', 'José', 'núñez', 'ÉTÉ', '😀', 'emoji', 'Lovelace', 'ba', 'abab',
  'agent', 'agent*', 'survey', 'kernel*', 'scene', 'diffusion model', 'C++', 'x_agent',
];
const REGEXES = [
  '/\\b[A-Z]{2,}\\b/', '/diffusion|video/i', '/(?<=\\s)mo\\w+/iu', '/\\d+(?:\\.\\d+)?%/', '/(\\w)\\1/', '/(?<v>ion)s?/i',
  '/(?<v>ing)\\b/', '/^\\w+/m', '/.$/s', '/[\\p{L}]+ment/u', '/\\p{Lu}\\p{Ll}+/u', '/x*y/', '/ a/', '/ee/', '/\\s+/',
  '/(?:an|the)\\s/i', '/[,.]/', '/.\\./', '/.x|😀/u', '/😀./u', '/\\uDE00x/', '/\\bGAN/', '/(?:a|b)b/', '/aa/', '/a{2,3}/',
  '/(a+)+$/', '/(/', '/a*/', '', '-', '/[\\w--\\d]+/v', '/(?=model)\\w+/i', '/\\bthe\\b/gi',
];

function randomTerm(r: () => number): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const x = r();
  let term: string;
  if (x < 0.3) term = pick(words).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || 'model';
  else if (x < 0.4) {
    const i = Math.floor(r() * (words.length - 1));
    term = `${words[i]} ${words[i + 1]}`;
  } else if (x < 0.5) {
    const w = pick(words).replace(/[^\p{L}]/gu, '');
    term = `${w.slice(0, 1 + Math.floor(r() * Math.max(1, w.length)))}*`;
  } else if (x < 0.75) term = pick(SPECIAL);
  else term = pick(REGEXES);
  if (r() < 0.3 && !term.startsWith('/')) term = r() < 0.5 ? term.toUpperCase() : term.toLowerCase();
  return r() < 0.15 ? `-${term}` : term;
}

function randomRules(r: () => number): Rule[] {
  return Array.from({ length: 1 + Math.floor(r() * 8) }, (_, i) => {
    const fields = RULE_FIELDS.filter(() => r() < 0.5);
    return {
      id: `r${i}`, tag: `t${i}`, terms: Array.from({ length: 1 + Math.floor(r() * 5) }, () => randomTerm(r)),
      fields: fields.length ? fields : ['title', 'abstract'], action: RULE_ACTIONS[Math.floor(r() * 3)],
      color: '#ffe08a', enabled: r() < 0.85, order: Math.floor(r() * 4),
    };
  });
}

describe('matcher equals the brute-force reference', () => {
  it(`on ${papers.length} papers with 250 random rule sets`, () => {
    const r = rng(20261125);
    let hits = 0;
    let ranges = 0;
    for (let k = 0; k < 250; k++) {
      const rules = randomRules(r);
      const m = compileRules(rules, { budgetMs: Infinity });
      for (const p of papers) {
        const got = m.match(p).map((h) => ({ id: h.rule.id, ranges: h.ranges }));
        const want = reference(rules, p);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          expect({ rules, paper: p.id, got }).toEqual({ rules, paper: p.id, got: want });
        }
        hits += want.length;
        ranges += want.reduce((n, h) => n + h.ranges.length, 0);
      }
    }
    // guard against a vacuous comparison
    expect(hits).toBeGreaterThan(3000);
    expect(ranges).toBeGreaterThan(30000);
  }, 60_000);
});

// Marking uses the matcher's finders (plain words: the bare literal, boundaries checked in code);
// each term alone must mark exactly what its own regex `re` (with lookarounds) matches.
describe('markers find what each term\'s own regex finds', () => {
  it(`every special term, regex and 300 random terms on ${papers.length} papers`, () => {
    const r = rng(20261127);
    const terms = [...new Set([...SPECIAL, ...REGEXES, ...Array.from({ length: 300 }, () => randomTerm(r).replace(/^-/, ''))])];
    let marked = 0;
    for (const text of terms) {
      const t = compiled(text);
      if (!t || t.negated) continue;
      const rule: Rule = { id: 'm', tag: 'm', terms: [text], fields: ['title'], action: 'highlight', color: '#ffe08a', enabled: true, order: 0 };
      const [finder] = compileRules([rule]).markers('m');
      for (const p of papers) {
        for (const s of [p.title, p.summary ?? '', p.aiSummary ?? '']) {
          const want = [...s.matchAll(new RegExp(t.re.source, `${t.flags}g`))].filter((m) => m[0]).map((m) => [m.index!, m.index! + m[0].length]);
          const got = markRanges(s, [{ tag: 'm', ...finder }]).map((x) => [x.start, x.end]);
          if (JSON.stringify(got) !== JSON.stringify(want)) expect({ text, s, got }).toEqual({ text, s, got: want });
          marked += got.length;
        }
      }
    }
    expect(marked).toBeGreaterThan(5000);
  }, 60_000);
});

// Conditions on HF data: the same comparison with conditions on some rules (alone, with terms,
// with exceptions only), on papers carrying upvotes, code, stars, organisation and dates.
const CLOCK = Date.UTC(2026, 10, 25, 15);
const withData = papers.map((p, i): PaperInfo => ({
  ...p,
  upvotes: i % 5 === 4 ? null : (i * 7) % 60,
  githubUrl: i % 3 === 0 ? `https://github.com/x/${i}` : null,
  githubStars: i % 3 === 0 && i % 4 !== 0 ? (i * 37) % 500 : null,
  publishedAt: i % 7 === 6 ? null : new Date(Date.UTC(2026, 10, 25 - (i % 20), i % 24)).toISOString(),
}));
const ORGS = ['Kandinsky Lab', 'kandinsky  LAB', 'Qwen · Alibaba', 'ÉTÉ Lab', 'Nobody'];

function randomConditions(r: () => number): Rule['conditions'] {
  const c: NonNullable<Rule['conditions']> = {};
  if (r() < 0.4) c.minUpvotes = Math.floor(r() * 50);
  if (r() < 0.3) c.hasCode = true;
  if (r() < 0.25) c.minStars = Math.floor(r() * 400);
  if (r() < 0.25) c.org = ORGS[Math.floor(r() * ORGS.length)];
  if (r() < 0.3) c.publishedWithinDays = Math.floor(r() * 15);
  return c;
}

/** Written out plainly, independent of utils/rules/conditions.ts. */
function conditionsReference(c: NonNullable<Rule['conditions']>, p: PaperInfo): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const day = (ms: number) => Math.floor(ms / 86_400_000);
  return (
    (c.minUpvotes === undefined || (p.upvotes !== null && p.upvotes >= c.minUpvotes)) &&
    (!c.hasCode || p.githubUrl !== null) &&
    (c.minStars === undefined || (p.githubStars !== null && p.githubStars >= c.minStars)) &&
    (c.org === undefined || (p.org !== null && norm(p.org) === norm(c.org))) &&
    (c.publishedWithinDays === undefined || (p.publishedAt !== null && day(CLOCK) - day(Date.parse(p.publishedAt)) <= c.publishedWithinDays))
  );
}

function referenceWithConditions(rules: Rule[], paper: PaperInfo) {
  const termHits = new Map(reference(rules.map((r) => ({ ...r, conditions: undefined })), paper).map((h) => [h.id, h]));
  const active = rules.filter((r) => r.enabled).map((r, i) => [r, i] as const)
    .sort((a, b) => a[0].order - b[0].order || a[1] - b[1]).map(([r]) => r);
  const out: { id: string; ranges: { field: RuleField; start: number; end: number }[] }[] = [];
  for (const rule of active) {
    const c = rule.conditions ?? {};
    const hasConditions = Object.keys(c).length > 0;
    if (hasConditions && !conditionsReference(c, paper)) continue;
    const positive = rule.terms.some((t) => !t.trim().startsWith('-'));
    if (positive || !hasConditions) {
      const hit = termHits.get(rule.id);
      if (hit) out.push(hit);
      continue;
    }
    // conditions only: matches unless an exception is found
    const negated = rule.terms.flatMap((t) => compiled(t) ?? []).filter((t) => t.negated);
    const fields = RULE_FIELDS.filter((f) => rule.fields.includes(f));
    const blocked = negated.some((t) => fields.some((f) => {
      const text = t.kind === 'regex' ? fieldText(paper, f).slice(0, REGEX_FIELD_CAP) : fieldText(paper, f);
      return [...text.matchAll(new RegExp(t.re.source, `${t.flags}g`))].some((m) => m[0]);
    }));
    if (!blocked) out.push({ id: rule.id, ranges: [] });
  }
  return out;
}

describe('matcher with conditions equals the brute-force reference', () => {
  it(`on ${withData.length} papers with 250 random rule sets`, () => {
    const r = rng(20261126);
    let hits = 0;
    let conditional = 0;
    let conditionsOnly = 0;
    for (let k = 0; k < 250; k++) {
      const rules = randomRules(r).map((rule) => {
        if (r() >= 0.5) return rule;
        const conditions = randomConditions(r);
        const x = r();
        const terms = x < 0.15 ? [] : x < 0.25 ? rule.terms.map((t) => (t.startsWith('-') ? t : `-${t}`)) : rule.terms;
        return { ...rule, terms, conditions };
      });
      const m = compileRules(rules, { budgetMs: Infinity, clock: () => CLOCK });
      for (const p of withData) {
        const got = m.match(p).map((h) => ({ id: h.rule.id, ranges: h.ranges }));
        const want = referenceWithConditions(rules, p);
        if (JSON.stringify(got) !== JSON.stringify(want)) {
          expect({ rules, paper: p.id, got }).toEqual({ rules, paper: p.id, got: want });
        }
        hits += want.length;
        for (const h of want) {
          const rule = rules.find((x) => x.id === h.id)!;
          if (Object.keys(rule.conditions ?? {}).length) conditional++;
          if (!h.ranges.length) conditionsOnly++;
        }
      }
    }
    // guard against a vacuous comparison
    expect(hits).toBeGreaterThan(5000);
    expect(conditional).toBeGreaterThan(800);
    expect(conditionsOnly).toBeGreaterThan(300);
  }, 60_000);
});
