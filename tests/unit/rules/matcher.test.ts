import { describe, expect, it } from 'vitest';
import { markRanges } from '@/utils/dom/marks';
import { compileRules, fieldText, trieSource } from '@/utils/rules/matcher';
import type { PaperInfo, Rule } from '@/utils/types';

const paper = (p: Partial<PaperInfo> = {}): PaperInfo => ({
  id: '2405.12345', title: '', summary: null, aiSummary: null, authors: null, authorCount: null, org: null,
  publishedAt: null, upvotes: null, comments: null, githubUrl: null, githubStars: null,
  arxivUrl: 'https://arxiv.org/abs/2405.12345', hfUrl: 'https://huggingface.co/papers/2405.12345', ...p,
});
let n = 0;
const rule = (terms: string[], r: Partial<Rule> = {}): Rule => ({
  id: `r${++n}`, tag: `t${n}`, terms, fields: ['title', 'abstract'], action: 'highlight', color: '#ffe08a',
  enabled: true, order: n, ...r,
});
const ids = (rules: Rule[], p: PaperInfo) => compileRules(rules).match(p).map((h) => h.rule.id);

describe('fieldText', () => {
  it('joins abstract parts and authors; missing data is empty', () => {
    expect(fieldText(paper({ summary: 'S', aiSummary: 'A' }), 'abstract')).toBe('S\nA');
    expect(fieldText(paper({ aiSummary: 'A' }), 'abstract')).toBe('A');
    expect(fieldText(paper(), 'abstract')).toBe('');
    expect(fieldText(paper({ authors: ['Ada Lovelace', 'Alan Turing'] }), 'authors')).toBe('Ada Lovelace, Alan Turing');
    expect(fieldText(paper(), 'authors')).toBe('');
    expect(fieldText(paper({ org: 'Kandinsky Lab' }), 'org')).toBe('Kandinsky Lab');
    expect(fieldText(paper({ title: 'T' }), 'title')).toBe('T');
  });
});

describe('compileRules / match', () => {
  const p = paper({
    title: 'Video Generation with Diffusion Transformers',
    summary: 'We study video generation.\nA GAN-based baseline, unlike the organ of GANs.',
    authors: ['Ada Lovelace', 'José Núñez'],
    org: 'Kandinsky Lab',
  });

  it('returns every range of every positive term, merged per field', () => {
    const r = rule(['video generation', 'generation', 'diffus*', 'diffusion', 'GAN']);
    expect(compileRules([r]).match(p)).toEqual([{
      rule: r,
      ranges: [
        { field: 'title', start: 0, end: 16 },
        { field: 'title', start: 22, end: 31 },
        { field: 'abstract', start: 9, end: 25 },
        { field: 'abstract', start: 29, end: 32 },
      ],
    }]);
  });

  // the matcher checks word boundaries its own way: it must agree with the SPEC table
  it.each([
    ['GAN', 'a GAN-based model', true], ['GAN', 'the organ', false], ['GAN', 'two GANs', false],
    ['C++', 'C++ kernels', true], ['C++', 'C++11', true], ['3D', 'a 3D scene', true], ['3D', '3DGS', false],
    ['GPT-4o', 'GPT-4o, a model', true], ['Q&A', 'Q&A sets', true], ['diffus*', 'Diffusion', true],
    ['café', 'Café', true], ['cafe', 'cafe\u0301', false], ['模型', '扩散模型', false], ['扩散模型', '扩散模型', true],
    ['video generation', 'Video\nGeneration', true], ['😀x', 'a 😀x', true], ['x', '😀x😀', true], ['Ω', 'ΩΩ', false],
  ])('%j in %j → %s', (term, title, expected) => {
    expect(ids([rule([term])], paper({ title }))).toHaveLength(expected ? 1 : 0);
  });

  it('matches only in the rule fields', () => {
    expect(ids([rule(['Lovelace'])], p)).toEqual([]);
    expect(ids([rule(['Lovelace'], { fields: ['authors'] })], p)).toHaveLength(1);
    expect(ids([rule(['núñez'], { fields: ['authors'] })], p)).toHaveLength(1);
    expect(ids([rule(['kandinsky*'], { fields: ['org'] })], p)).toHaveLength(1);
    expect(ids([rule(['kandinsky'], { fields: ['title'] })], p)).toEqual([]);
  });

  it('an exception in any of the rule fields vetoes the rule', () => {
    expect(ids([rule(['video', '-GANs'])], p)).toEqual([]);
    expect(ids([rule(['video', '-lovelace'])], p)).toHaveLength(1); // authors not among its fields
    expect(ids([rule(['video', '-lovelace'], { fields: ['title', 'authors'] })], p)).toEqual([]);
    expect(ids([rule(['video', '-/organ\\b/'])], p)).toEqual([]);
    expect(ids([rule(['video', '-survey'])], p)).toHaveLength(1);
  });

  it('ignores disabled rules and orders hits by rule order', () => {
    const a = rule(['video'], { order: 5 });
    const b = rule(['diffusion'], { order: 1 });
    const c = rule(['gan'], { order: 0, enabled: false });
    expect(ids([a, b, c], p)).toEqual([b.id, a.id]);
    expect(compileRules([a, b, c]).rules.map((r) => r.id)).toEqual([b.id, a.id]);
  });

  it('a rule with only exceptions or only skipped terms never matches', () => {
    expect(ids([rule(['-survey'])], p)).toEqual([]);
    expect(ids([rule(['/(/'])], p)).toEqual([]);
  });

  it('tolerates rules from old backups without fields', () => {
    expect(ids([rule(['video'], { fields: undefined as never })], p)).toHaveLength(1);
  });

  // Catastrophic regexes are refused where rules enter storage (compile-term.test.ts, validate.test.ts).
  it('skips invalid terms, keeping the rest of the rule', () => {
    const r = rule(['/(/', '', 'video']);
    const m = compileRules([r]);
    expect(m.match(p).map((h) => h.rule.id)).toEqual([r.id]);
  });

  it('stays fast on a 50,000-character abstract of "a"s', () => {
    const m = compileRules([rule(['aa*', 'a', '/a{3}b/']), rule(['-/x*a+y/'])]);
    const t = performance.now();
    const hits = m.match(paper({ summary: 'a'.repeat(50_000) }));
    expect(performance.now() - t).toBeLessThan(500);
    expect(hits).toHaveLength(1);
    expect(hits[0].ranges).toEqual([{ field: 'abstract', start: 0, end: 50_000 }]);
  });

  it('feeds user regexes at most regexCap characters; word terms see everything', () => {
    const m = compileRules([rule(['/needle/'], { id: 're' }), rule(['needle'], { id: 'w' })], { regexCap: 100 });
    expect(m.match(paper({ summary: `${'x '.repeat(100)} needle` })).map((h) => h.rule.id)).toEqual(['w']);
  });

  it('stops running regex terms once the time budget is spent', () => {
    let clock = 0;
    const m = compileRules([rule(['/video/i'], { id: 're' }), rule(['video'], { id: 'w' })], {
      budgetMs: 10,
      now: () => (clock += 20),
    });
    expect(m.match(p).map((h) => h.rule.id)).toEqual(['w']);
  });

  it('combines regexes that the engine cannot put in one alternation', () => {
    const a = rule(['/(?<x>Video) (?<y>Gen)/'], { id: 'a' });
    const b = rule(['/(?<x>Diffusion)/'], { id: 'b' });
    const c = rule(['/(\\w)\\1/'], { id: 'c' }); // the "oo" of "good"
    expect(ids([a, b, c], paper({ title: 'Video Generation with Diffusion', summary: 'a good one' }))).toEqual(['a', 'b', 'c']);
  });

  it('walks over astral characters in unicode regexes', () => {
    const r = rule(['/./u', '/😀/u'], { id: 'u' });
    const hits = compileRules([r]).match(paper({ title: '😀x😀' }));
    expect(hits[0].ranges).toEqual([{ field: 'title', start: 0, end: 5 }]);
  });

  it('markers() gives fresh global finders of the positive terms', () => {
    const r = rule(['GAN', '-survey', '/DiT/', 'diffu*']);
    const m = compileRules([r]);
    const [gan, dit, diffu] = m.markers(r.id);
    expect(m.markers(r.id)).toHaveLength(3);
    expect(m.markers(r.id)[0].re).not.toBe(gan.re);
    expect([gan.re.flags, dit.re.flags]).toEqual(['giu', 'g']);
    const at = (f: typeof gan, s: string) => markRanges(s, [{ tag: 't', ...f }]).map((x) => s.slice(x.start, x.end));
    expect(at(gan, 'GAN, organ, gan.')).toEqual(['GAN', 'gan']);
    expect(at(dit, 'DiT and dit')).toEqual(['DiT']);
    expect(at(diffu, 'Diffusion, rediffused, diffu')).toEqual(['Diffusion', 'diffu']);
    expect(new Set([gan.key, dit.key, diffu.key]).size).toBe(3);
    expect(m.markers('nope')).toEqual([]);
  });
});

describe('matchText: the rest of a paper read only when a rule needs it', () => {
  const full = paper({ title: 'Video diffusion', summary: 'A survey of GANs', authors: ['Ada Lovelace'], org: 'Kandinsky Lab', upvotes: 80 });
  const text = { id: full.id, title: full.title, summary: full.summary, aiSummary: full.aiSummary };
  const counted = () => {
    const read = { calls: 0, fn: () => (read.calls++, full) };
    return read;
  };

  it('title and abstract rules match on the text alone, with the same result as match()', () => {
    const rules = [rule(['video']), rule(['GAN*'], { action: 'tag' }), rule(['diffusion', '-survey'], { action: 'hide' })];
    const read = counted();
    const m = compileRules(rules);
    expect(m.matchText(text, read.fn)).toEqual(m.match(full));
    expect(read.calls).toBe(0);
  });

  it('authors, organisation and conditions read the rest once, and match as match() does', () => {
    for (const rules of [[rule(['lovelace'], { fields: ['authors'] })], [rule(['kandinsky'], { fields: ['org'] })], [rule([], { conditions: { minUpvotes: 50 } })],
      [rule(['video']), rule(['ada'], { fields: ['authors', 'org'] }), rule(['diffusion'], { conditions: { minUpvotes: 50 } })]]) {
      const read = counted();
      const m = compileRules(rules);
      const hits = m.matchText(text, read.fn);
      expect(hits.map((h) => h.rule.id)).toEqual(rules.map((r) => r.id));
      expect(hits).toEqual(m.match(full));
      expect(read.calls).toBe(1);
    }
  });
});

describe('trieSource (the combined scan of plain words)', () => {
  const positions = (re: RegExp, text: string) => {
    const out: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m.index);
      re.lastIndex = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1); // /u: never inside a surrogate pair
    }
    return out;
  };
  it('shares beginnings once and finds exactly where a flat alternation finds a word', () => {
    const words = ['diffusion', 'diffus', 'dataset', 'Data', 'language model', 'long  context', 'C++', 'Q&A', 'GPT-4o', '3D', 'visio', 'vision', 'café', '扩散', '😀x'];
    const source = trieSource(words);
    expect(trieSource(['diffusion', 'dataset'])).toBe('d(?:iffusion|ataset)');
    expect(trieSource(['visio', 'vision'])).toBe('visio(?:n)?');
    expect(trieSource(['language  model'])).toBe('language\\s+model');
    const flat = new RegExp(words.map((w) => `(?:${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')})`).join('|'), 'giu');
    const trie = new RegExp(source, 'giu');
    const text = 'Diffusion DATASET data language\n model long context C++ q&a gpt-4O 3d Vision visio CAFÉ 扩散模型 😀X diffusio';
    expect(positions(trie, text)).toEqual(positions(flat, text));
    expect(positions(trie, text).length).toBeGreaterThan(12);
  });
});
