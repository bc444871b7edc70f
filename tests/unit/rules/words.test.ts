import { expect, it } from 'vitest';
import { isWordChar, wordAt, wordBefore, wordRunEnd, WORD_CLASS } from '@/utils/rules/words';

// The shortcuts for ASCII must answer as the Unicode regexes do, everywhere.
const one = new RegExp(`^${WORD_CLASS}$`, 'u');
const at = new RegExp(WORD_CLASS, 'uy');
const before = new RegExp(`(?<=${WORD_CLASS})`, 'uy');
const run = new RegExp(`${WORD_CLASS}*`, 'uy');
const sticky = (re: RegExp, text: string, i: number) => ((re.lastIndex = i), re.test(text));

it('isWordChar: every code point below U+0800, and samples beyond, as the regex says', () => {
  const samples = ['中', '한', '😀', '\u0301', '٣', 'ß', 'Ω', ' ', '\u00a0', '-', '+', '&', 'ab', ''];
  for (let cp = 0; cp < 0x800; cp++) samples.push(String.fromCodePoint(cp));
  for (const c of samples) expect(isWordChar(c), JSON.stringify(c)).toBe(c !== '' && one.test(c));
  expect(isWordChar(undefined)).toBe(false);
  expect(['a', 'Z', '0', '_', 'é', '中', '-', ' '].map(isWordChar)).toEqual([true, true, true, true, true, true, false, false]);
});

it('wordBefore, wordAt, wordRunEnd at every index of mixed texts, as the regexes say', () => {
  let seed = 3;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const parts = ['a', 'Z', '9', '_', ' ', '-', '+', 'é', 'e\u0301', '中', '😀', '𝒜', '\u00a0', '.', 'ß'];
  for (let k = 0; k < 400; k++) {
    const text = Array.from({ length: Math.floor(rnd() * 12) }, () => parts[Math.floor(rnd() * parts.length)]).join('');
    for (let i = 0; i <= text.length; i++) {
      const where = `${JSON.stringify(text)} @${i}`;
      expect(wordBefore(text, i), where).toBe(sticky(before, text, i));
      expect(wordAt(text, i), where).toBe(sticky(at, text, i));
      run.lastIndex = i;
      run.test(text);
      expect(wordRunEnd(text, i), where).toBe(run.lastIndex);
    }
  }
  expect(wordRunEnd('diffusion-based', 0)).toBe(9);
  expect(wordRunEnd('naïve bayes', 0)).toBe(5);
  expect(wordBefore('C++', 0)).toBe(false);
  expect(wordAt('C++', 3)).toBe(false);
});
