import { expect, it } from 'vitest';
import { asciiLead, asciiWord, asciiWordEnd, NOT_ASCII, sameAsciiLead } from '@/utils/rules/words';
import { compileTerm } from '@/utils/rules/compile-term';
import { compileRules } from '@/utils/rules/matcher';
import type { Rule } from '@/utils/types';

// The code comparison must answer as the word's own sticky /iu regex (its `scan`) does wherever it
// decides, and leave to the regex exactly the places where a non-ASCII character could change it.
const stickyEnd = (source: string, text: string, p: number) => {
  const re = new RegExp(source, 'iuy');
  re.lastIndex = p;
  return re.test(text) ? re.lastIndex : -1;
};

let seed = 11;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];

it('asciiWordEnd: the regex answer at every index of random texts, or NOT_ASCII only where a non-ASCII character is compared', () => {
  const words = ['gan', 'C++', 'Q&A', 'GPT-4o', 'video generation', 'language  model', 'ks', 'a b', '3D'];
  // Kelvin sign and long s fold to k and s under /iu; NBSP and U+2003 are \s; the rest never match.
  const parts = ['g', 'G', 'a', 'A', 'n', 'N', 'k', 'K', '\u212a', 's', 'S', '\u017f', ' ', '  ', '\t', '\n', '\u00a0', '\u2003',
    'c', '+', '&', 'q', 'video', 'VIDEO', 'generation', 'Language', 'model', '3', 'd', 'é', '中', '-', '4', 'o', 'p', 't', 'b'];
  let decided = 0, undecided = 0;
  for (const w of words) {
    const ascii = asciiWord(w)!;
    const { scan } = compileTerm(w);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: Math.floor(rnd() * 10) }, () => pick(parts)).join('') + (rnd() < 0.5 ? w : '');
      for (let p = 0; p <= text.length; p++) {
        const got = asciiWordEnd(ascii, text, p);
        const want = stickyEnd(scan, text, p);
        const where = `${JSON.stringify(w)} in ${JSON.stringify(text)} @${p}`;
        if (got === NOT_ASCII) {
          undecided++;
          continue;
        }
        decided++;
        expect(got, where).toBe(want);
      }
    }
  }
  // Both answers occur, and deciding is the usual case (else the test would prove nothing).
  expect(decided).toBeGreaterThan(10 * undecided);
  expect(undecided).toBeGreaterThan(100);
});

it('asciiWordEnd: exact cases, and what it leaves to the regex', () => {
  const end = (w: string, text: string, p = 0) => asciiWordEnd(asciiWord(w)!, text, p);
  expect(end('gan', 'GANs')).toBe(3);
  expect(end('video generation', 'Video \t Generation!')).toBe(18);
  expect(end('video generation', 'videogeneration')).toBe(-1);
  expect(end('c++', 'C+')).toBe(-1); // text too short
  expect(end('ks', 'k\u017f')).toBe(NOT_ASCII); // long s: the regex says it matches s
  expect(stickyEnd('ks', 'k\u017f', 0)).toBe(2);
  expect(end('a b', 'a\u00a0b')).toBe(NOT_ASCII); // NBSP is \s
  expect(end('a b', 'a \u00a0b')).toBe(NOT_ASCII);
  expect(end('gan', 'gén')).toBe(NOT_ASCII);
  expect(asciiWord('naïve')).toBeNull();
  expect([...asciiWord('Language \t Model')!]).toEqual([...'language'].map((c) => c.charCodeAt(0)).concat(-1, ...[...'model'].map((c) => c.charCodeAt(0))));
});

it('leads: an ASCII lead is compared in code, case-insensitively', () => {
  expect(asciiLead('Diffusion')).toBe(100);
  expect(asciiLead('été')).toBeNull();
  expect(asciiLead('😀x')).toBeNull();
  expect(sameAsciiLead(100, 'D'.charCodeAt(0))).toBe(true);
  expect(sameAsciiLead(100, 'd'.charCodeAt(0))).toBe(true);
  expect(sameAsciiLead(43, '+'.charCodeAt(0))).toBe(true);
  expect(sameAsciiLead(100, 'e'.charCodeAt(0))).toBe(false);
});

it('the matcher finds words through characters only the regex decides (Kelvin sign, long s, NBSP)', () => {
  const rule = (id: string, terms: string[]): Rule => ({ id, tag: id, terms, fields: ['title'], action: 'tag', color: '#fff', enabled: true, order: 0 });
  const m = compileRules([rule('k', ['kernel']), rule('s', ['survey']), rule('p', ['video generation']), rule('e', ['été*'])]);
  const hits = (title: string) => m.match({ id: '1', title, summary: null } as never).map((h) => [h.rule.id, h.ranges.map((r) => [r.start, r.end])]);
  expect(hits('\u212aernel methods')).toEqual([['k', [[0, 6]]]]);
  expect(hits('A \u017furvey')).toEqual([['s', [[2, 8]]]]);
  expect(hits('Video\u00a0generation')).toEqual([['p', [[0, 16]]]]);
  expect(hits('ÉTÉS chauds')).toEqual([['e', [[0, 4]]]]);
  expect(hits('kernels, surveys, video generations')).toEqual([]);
});
