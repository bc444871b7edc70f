// For you, measured offline (issue 21): simulated readers save the papers of their topics on the
// earlier fixture days (tests/fixtures/hf/foryou/days.json, real /api/daily_papers data), then a
// later week is scored. Reports ROC AUC and precision at 10 for PaperSift's score against two
// baselines (Hugging Face's upvote order; the suggested keyword rules), then timings.
//   node tests/bench/foryou-eval.mjs        (also part of `npm run bench`)
//
// Labels: a reader's topic is a pattern over HF's `ai_keywords` (key phrases HF's own model wrote
// for each paper); a paper is on topic when one of its key phrases matches. Every scorer reads only
// title + abstract, never the key phrases. The phrases are drawn from the abstracts, so on-topic
// papers do share words with the topic's name: that is why the suggested-rules baseline (keywords
// learnt from the same saves) is the one to beat, and why a second run masks the topic's defining
// words out of every text, so only the surrounding vocabulary can tell topics apart.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export async function loadRank() {
  const out = await build({
    entryPoints: [path.join(root, 'tests/bench/foryou-entry.ts')],
    bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20',
    alias: { '@': root }, logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

export const READERS = [
  { name: 'video & image generation', topic: /\b(video|image|text-to-image|diffusion)\b.*\b(generation|synthesis|editing|diffusion)\b|\bdiffusion\b/i, mask: /\b(video|image|diffusion|generation|synthesis|editing)\w*/gi },
  { name: 'RL for reasoning', topic: /reinforcement learning|\bgrpo\b|\brlvr\b|reward model|policy optimi/i, mask: /\b(reinforcement|rl|grpo|rlvr|reward|policy)\w*/gi },
  { name: 'agents & tool use', topic: /\bagent(s|ic)?\b|tool[- ](use|calling|call)/i, mask: /\b(agent|agents|agentic|tool|tools)\b/gi },
  { name: '3D & spatial', topic: /\b3d\b|gaussian splatting|point cloud|novel view|reconstruction|spatial/i, mask: /\b(3d|gaussian|splatting|point|cloud|view|reconstruction|spatial)\w*/gi },
  { name: 'robotics & embodied', topic: /robot|embodied|manipulation|vision-language-action|\bvla\b/i, mask: /\b(robot|embodied|manipulation|vla|vision-language-action)\w*/gi },
  { name: 'retrieval & memory', topic: /retrieval|\brag\b|memory/i, mask: /\b(retrieval|rag|memory|memories|retrieve)\w*/gi },
];

export const TEST_FROM = '2026-05-01';

/** A small deterministic PRNG (mulberry32): the same readers on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadDays() {
  const { days } = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/hf/foryou/days.json'), 'utf8'));
  return Object.entries(days).map(([day, items]) => ({
    day,
    papers: items.map(({ paper: p }) => ({ id: p.id, title: p.title.replace(/\s+/g, ' '), summary: p.summary.replace(/\s+/g, ' '), upvotes: p.upvotes, keywords: p.ai_keywords })),
  }));
}

/** ROC AUC: the chance a random on-topic paper outscores a random other one (ties: half). */
export function auc(scores, labels) {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0, pos = 0;
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j < idx.length && scores[idx[j]] === scores[idx[i]]) j++;
    const mid = (i + j + 1) / 2; // average 1-based rank of the tie run
    for (let k = i; k < j; k++) if (labels[idx[k]]) (rankSum += mid), pos++;
    i = j;
  }
  const neg = labels.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

/** Precision at k of an order (ties already broken by the caller). */
export const precisionAt = (order, labels, k = 10) => order.slice(0, k).filter((i) => labels[i]).length / Math.min(k, order.length);

/** Ranks by score, ties in Hugging Face's order (the listing's own, upvotes first). */
const orderBy = (scores, papers) => scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || papers[b].upvotes - papers[a].upvotes || a - b);

export function simulate(reader, days, seed) {
  const r = rng(seed);
  const saved = [], hidden = [], passed = [];
  for (const { day, papers } of days) {
    if (day >= TEST_FROM) continue;
    for (const p of papers) {
      const on = p.keywords.some((k) => reader.topic.test(k));
      const u = r();
      // A reader saves most papers of their topic (70 %), now and then an off-topic one (3 %),
      // hides a few others by hand (10 %) and passes over the rest.
      if (on ? u < 0.7 : u < 0.03) saved.push(p);
      else if (!on && u < 0.13) hidden.push(p);
      else passed.push(p);
    }
  }
  return { saved, hidden, passed };
}

export async function evaluate(rank, { masked = false } = {}) {
  const days = loadDays();
  const rows = [];
  for (const [n, reader] of READERS.entries()) {
    const text = (p) => { const t = rank.paperText(p); return masked ? t.replace(reader.mask, ' ') : t; };
    const { saved, hidden, passed } = simulate(reader, days, 1000 + n);
    const seenTexts = [...saved, ...hidden, ...passed].map(text);
    const model = rank.trainModel({ saved: saved.map(text), hiddenByHand: hidden.map(text), hiddenByRule: [], passed: passed.map(text), reference: seenTexts, now: new Date('2026-05-01T00:00:00Z') }, JSON.parse(process.env.FORYOU_OPTS ?? "{}"));
    const score = rank.scorer(rank.fromStored(JSON.parse(JSON.stringify(rank.toStored(model)))));
    const suggestions = rank.suggestRules({ saved: saved.map(text), hidden: hidden.map(text), seen: passed.map(text), rules: [] });
    const matcher = rank.compileRules(suggestions.map((s, i) => ({ id: `s${i}`, tag: s.tag, terms: [s.term], fields: ['title', 'abstract'], action: s.action, color: '#ffe08a', enabled: true, order: i })));
    const test = days.filter((d) => d.day >= TEST_FROM);
    const all = { ps: [], up: [], rules: [], labels: [] };
    const p10 = { ps: [], up: [], rules: [] };
    for (const { papers } of test) {
      const labels = papers.map((p) => p.keywords.some((k) => reader.topic.test(k)));
      const ps = papers.map((p) => score(text(p)).raw);
      const up = papers.map((p) => p.upvotes);
      // The rules a reader would add: each highlight match counts +1, a hide match −1.
      const rules = papers.map((p) => matcher.match({ id: p.id, title: text(p).split('\n')[0], summary: text(p).split('\n')[1] ?? '', aiSummary: null, authors: null, authorCount: null, org: null, publishedAt: null, upvotes: p.upvotes, comments: null, githubUrl: null, githubStars: null, arxivUrl: '', hfUrl: '' })
        .reduce((s, h) => s + (matcher.rules.find((x) => x.id === h.ruleId)?.action === 'hide' ? -1 : 1), 0));
      for (const [k, s] of Object.entries({ ps, up, rules })) {
        all[k].push(...s);
        p10[k].push(precisionAt(orderBy(s, papers), labels));
      }
      all.labels.push(...labels);
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    rows.push({
      reader: reader.name, saved: saved.length, hidden: hidden.length, passed: passed.length,
      testPapers: all.labels.length, onTopic: all.labels.filter(Boolean).length, rules: suggestions.map((s) => `${s.action === 'hide' ? '−' : '+'}${s.term}`).join(', '),
      auc: { ps: auc(all.ps, all.labels), up: auc(all.up, all.labels), rules: auc(all.rules, all.labels) },
      p10: { ps: mean(p10.ps), up: mean(p10.up), rules: mean(p10.rules) },
    });
  }
  return rows;
}

export function printEval(rows, title) {
  const f = (x) => x.toFixed(3);
  console.log(title);
  console.log('   reader                      saved/hidden/passed  test(on topic)   AUC PaperSift · upvotes · rules     P@10 PaperSift · upvotes · rules');
  for (const r of rows)
    console.log(`   ${r.reader.padEnd(27)} ${`${r.saved}/${r.hidden}/${r.passed}`.padEnd(20)} ${`${r.testPapers} (${r.onTopic})`.padEnd(16)} ${f(r.auc.ps)} · ${f(r.auc.up)} · ${f(r.auc.rules)}            ${f(r.p10.ps)} · ${f(r.p10.up)} · ${f(r.p10.rules)}`);
  const m = (get) => rows.reduce((s, r) => s + get(r), 0) / rows.length;
  console.log(`   ${'mean'.padEnd(65)} ${f(m((r) => r.auc.ps))} · ${f(m((r) => r.auc.up))} · ${f(m((r) => r.auc.rules))}            ${f(m((r) => r.p10.ps))} · ${f(m((r) => r.p10.up))} · ${f(m((r) => r.p10.rules))}\n`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const rank = await loadRank();
  printEval(await evaluate(rank), 'For you — offline evaluation, 6 simulated readers, trained on 2026-03-02…04-30, scored on 2026-05-11…15');
  printEval(await evaluate(rank, { masked: true }), 'Same, with each topic\'s defining words masked out of every text');
}
