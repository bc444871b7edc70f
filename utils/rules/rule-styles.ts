// Per-rule colours as CSS custom properties: the one place stored text becomes CSS. Colours are
// checked before they reach CSS, and every tag character but a letter, digit, _ or - (or non-ASCII)
// is written as a CSS escape, so no stored tag can end the string or the rule (a quote, a
// backslash, a newline, form feed or carriage return) and add rules of its own. Written by the
// background with the rules (PageState.ruleCss): the page only puts the sheet in place.
import type { Rule } from '@/utils/types';
import { isColor } from '@/utils/paper/colors';

const cssString = (s: string) => `"${s.replace(/[^\w\u0080-\uffff-]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

export function ruleStyles(rules: readonly Rule[]): string {
  const out: string[] = [];
  const colors = new Set<string>();
  for (const r of rules) {
    if (!isColor(r.color)) continue;
    colors.add(r.color.toLowerCase());
    out.push(`html mark[data-papersift-mark=${cssString(String(r.tag))}]{--papersift-color:${r.color}}`);
  }
  for (const c of colors) out.push(`html [data-papersift-highlight="${c}" i]{--papersift-color:${c}}`);
  return out.join('\n');
}
