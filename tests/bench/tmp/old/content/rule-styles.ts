// Per-rule colours as CSS custom properties. Colours are validated before they reach CSS,
// and tags are escaped as CSS strings, so stored text cannot inject style rules.
import type { Rule } from '@/utils/types';

const COLOR = /^#[0-9a-f]{6}$/i;
const cssString = (s: string) => `"${s.replace(/["\\\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

export function ruleStyles(rules: readonly Rule[]): string {
  const out: string[] = [];
  const colors = new Set<string>();
  for (const r of rules) {
    if (!COLOR.test(r.color)) continue;
    colors.add(r.color.toLowerCase());
    out.push(`html mark[data-papersift-mark=${cssString(r.tag)}]{--papersift-color:${r.color}}`);
  }
  for (const c of colors) out.push(`html [data-papersift-highlight="${c}" i]{--papersift-color:${c}}`);
  return out.join('\n');
}
