// @vitest-environment happy-dom
// The rule-colour stylesheet is the one place stored text (rule colours and tags) becomes CSS:
// whatever a stored rule holds, the sheet is one rule per colour and tag setting one custom property.
import { describe, expect, it } from 'vitest';
import { ruleStyles } from '@/utils/rules/rule-styles';
import type { Rule } from '@/utils/types';

const rule = (tag: string, color: string): Rule => ({ id: tag, tag, terms: [tag], fields: ['title'], action: 'highlight', color, enabled: true, order: 0 }) as Rule;

/** The only line shapes the sheet may hold: a CSS string of plain characters and hex escapes, a checked colour. */
const MARK_LINE = /^html mark\[data-papersift-mark="((?:[\w\u0080-\uffff-]|\\[0-9a-f]{1,6} )*)"\]\{--papersift-color:#[0-9a-fA-F]{6}\}$/;
const TINT_LINE = /^html \[data-papersift-highlight="#[0-9a-f]{6}" i\]\{--papersift-color:#[0-9a-f]{6}\}$/;
/** What a CSS parser reads from the string's escapes. */
const unescapeCss = (s: string) => s.replace(/\\([0-9a-f]{1,6}) /g, (_, h) => String.fromCodePoint(parseInt(h, 16)));

const HOSTILE_TAGS = [
  'diffusion', 'q&a', 'c++', 'über-mix', '日本語', '🦙',
  'a"]{}*{display:none}', "a']{}*{display:none}", 'x\\', 'x\\"]{}', 'x\ny]{}*{display:none}', 'x\ry', 'x\fy]{}*{display:none}{',
  '</style><script>alert(1)</script>', 'x}*{display:none} /*', '-->', 'a;b', 'url(javascript:alert(1))',
];

describe('rule-colour stylesheet', () => {
  it('a hostile tag stays inside its CSS string: one line of the one shape each, decoding back to the tag', () => {
    const css = ruleStyles(HOSTILE_TAGS.map((t) => rule(t, '#ffe08a')));
    const lines = css.split('\n');
    expect(lines).toHaveLength(HOSTILE_TAGS.length + 1); // + the one tint line for the colour
    HOSTILE_TAGS.forEach((tag, i) => {
      const m = MARK_LINE.exec(lines[i]);
      expect(m, lines[i]).not.toBeNull();
      expect(unescapeCss(m![1])).toBe(tag);
    });
    expect(lines.at(-1)).toMatch(TINT_LINE);
  });

  it('a CSS parser reads exactly one rule per line, each setting only the colour property', () => {
    const css = ruleStyles(HOSTILE_TAGS.map((t) => rule(t, '#ffe08a')));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    expect(sheet.cssRules).toHaveLength(HOSTILE_TAGS.length + 1);
    for (const r of sheet.cssRules) {
      const style = (r as CSSStyleRule).style;
      expect(style.length).toBe(1);
      expect(style.getPropertyValue('--papersift-color').trim()).toBe('#ffe08a');
    }
  });

  it('a colour that is not #rrggbb never reaches the sheet; valid ones do, once each', () => {
    const bad = ['red', '#fff', '#ffe08a;}*{display:none}', '#ffe08a\n*{display:none}', 'expression(alert(1))', 'url(x)', '#ggg000', ' #ffe08a', '', 42 as unknown as string];
    expect(ruleStyles(bad.map((c, i) => rule(`t${i}`, c)))).toBe('');
    const css = ruleStyles([rule('a', '#FFE08A'), rule('b', '#ffe08a'), rule('c', '#00aa11')]);
    expect(css.split('\n').filter((l) => TINT_LINE.test(l))).toEqual([
      'html [data-papersift-highlight="#ffe08a" i]{--papersift-color:#ffe08a}',
      'html [data-papersift-highlight="#00aa11" i]{--papersift-color:#00aa11}',
    ]);
  });
});
