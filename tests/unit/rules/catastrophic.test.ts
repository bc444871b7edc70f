import { describe, expect, it } from 'vitest';
import { analyse, catastrophicReason, REASONS } from '@/utils/rules/regex-safety/catastrophic';

describe('catastrophic-time analysis', () => {
  it.each([
    ['(a+)+$', '', REASONS.nested],
    ['(a*)*b', '', REASONS.nested],
    ['(.*a){20}', '', REASONS.nested],
    ['(\\w+\\s?)+$', '', REASONS.nested],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', '', REASONS.nested],
    ['(a+ba+)+c', '', REASONS.nested], // loops meet across iterations
    ['(\\d+|x)+y', '', REASONS.nested],
    ['(\\p{L}+\\s?)+', 'u', REASONS.nested],
    ['(?=(a+)+b)', '', REASONS.nested], // inside a lookahead too
    ['(?<=(a+)+)b', '', REASONS.nested],
    ['(a|a)*b', '', REASONS.alternatives],
    ['(a|aa)+b', '', REASONS.alternatives],
    ['(A|a)+b', 'i', REASONS.alternatives],
    ['(\\w|\\d)+!', '', REASONS.alternatives],
    ['((a|a)b)+', '', REASONS.alternatives],
    ['(a?b?)+c', '', REASONS.emptyLoop],
    ['a+a+b', '', REASONS.adjacent],
    ['\\w+\\s*\\w+!', '', REASONS.adjacent],
    ['.*.*=.*', '', REASONS.adjacent],
    ['(ba+a+)+', '', REASONS.adjacent],
    ['[a-z]+\\d*[a-z]+$', '', REASONS.adjacent],
  ])('refuses /%s/%s', (source, flags, reason) => expect(catastrophicReason(source, flags)).toBe(reason));

  it.each([
    ['\\bDiT\\b', ''],
    ['diffusion|video generation', 'i'],
    ['(\\d+\\.){3}\\d+', ''], // each iteration ends with a '.' the loop cannot eat
    ['(?:[a-z]+\\.)+[a-z]+', ''],
    ['(\\s*,\\s*\\w+)+', ''],
    ['(a+,b+)+', ''],
    ['\\w+(?:\\s+\\w+)*', ''],
    ['\\w+\\s\\w+', ''],
    ['.*foo.*bar', ''],
    ['(ab|ac)+', ''],
    ['(\\w|\\s)+', ''],
    ['(?:https?|ftp)://\\S+', ''],
    ['(\\p{L}+\\s)+', 'u'],
    ['\\s+$', ''],
    ['[\\p{Script=Han}]{2,}', 'u'],
    ['(?<name>x)\\k<name>', ''],
    ['a{2,5}b{1,3}', ''],
    ['[+*]{2}|\\{\\d+\\}', ''],
    ['[[a-z]--[aeiou]]+', 'v'],
  ])('accepts /%s/%s', (source, flags) => expect(catastrophicReason(source, flags)).toBeNull());

  it('refused patterns really are slow, accepted look-alikes are fast', () => {
    // the classic: doubling per added character; 20 chars already take measurable time
    const time = (re: RegExp, text: string) => {
      const t = performance.now();
      re.test(text);
      return performance.now() - t;
    };
    expect(time(/(\d+\.){3}\d+x/, '12.345.6.'.repeat(900))).toBeLessThan(50);
    expect(time(/(a+)+$/, `${'a'.repeat(22)}!`)).toBeGreaterThan(time(/(a+)+$/, `${'a'.repeat(12)}!`));
  });

  it.each([
    ['\\k<a', ''], ['\\k', ''], ['(?<a>x)\\k<a>', ''], ['[\\b]', ''], ['\\cJ\\c', ''], ['\\u{1F600}+', 'u'], ['\\u12', ''],
    ['\\x4', ''], ['a{', ''], ['a{1,', ''], ['{}', ''], [']', ''], ['[^]', ''], ['[]', ''], ['\\0\\07', ''], ['[\\d-z]', ''],
    ['[a-]', ''], ['[-a]', ''], ['(?:)', ''], ['|', ''], ['$^\\B', ''], ['(?<!a)(?<=b)(?=c)(?!d)', ''], ['\\p{L}', ''],
    ['[\\p{L}--[a-z]]', 'v'], ['[\\q{abc}]', 'v'], ['\\P{Script=Latin}*x', 'u'], ['😀+', ''], ['😀+', 'u'],
  ])('parses the odd but valid /%s/%s', (source, flags) => {
    expect(() => new RegExp(source, flags)).not.toThrow();
    expect(() => catastrophicReason(source, flags)).not.toThrow();
  });

  it('never throws or hangs on random valid patterns', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', 'b', '.', '*', '+', '?', '|', '(', ')', '(?:', '(?<=', '(?!', '[', ']', '^', '-', '\\', 'd', 'w', 'k<', '>', '{', '}', '2', ',', '$', 'p{L}', 'u'];
    let checked = 0;
    for (let k = 0; k < 4000; k++) {
      const src = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      for (const flags of ['', 'iu']) {
        try {
          new RegExp(src, flags);
        } catch {
          continue;
        }
        checked++;
        const r = catastrophicReason(src, flags);
        expect(r === null || Object.values(REASONS).includes(r as never)).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('skips the analysis only where it could find nothing: patterns without *, + or {', () => {
    // The shortcut's premise: quantifiers that repeat at most once (?) never make a reason.
    expect(analyse('a?a?a?aaa', '')).toBeNull();
    expect(analyse('(a|a)?(a?b?)?', '')).toBeNull();
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ['a', 'b', '.', '?', '|', '(', ')', '(?:', '(?=', '[', ']', '^', '-', '\\', 'd', 'w', 's', '$', 'B'];
    let checked = 0;
    for (let k = 0; k < 3000; k++) {
      const src = Array.from({ length: 1 + Math.floor(rnd() * 14) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      try {
        new RegExp(src, 'iu');
      } catch {
        continue;
      }
      checked++;
      expect(analyse(src, 'iu')).toBeNull();
    }
    expect(checked).toBeGreaterThan(300);
    // and with a repeat character, the full analysis runs
    expect(catastrophicReason('(a?b?)+c', '')).toBe(REASONS.emptyLoop);
    expect(catastrophicReason('(a?){2}', '')).toBe(REASONS.emptyLoop);
  });
});
