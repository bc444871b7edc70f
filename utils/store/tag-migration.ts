// The v5 upgrade (utils/db.ts): rule and paper tags rewritten with the one tag function
// (utils/paper/tags.ts), so rules and the papers they tagged stay linked. Pure.
import { defaultTag, firstPositiveTerm, toTag, toTags } from '@/utils/paper/tags';
import { conditionsTagText } from '@/utils/rules/conditions';
import type { Rule } from '@/utils/types';

/**
 * Old tag → new tag. Rules that shared a tag keep sharing one. A tag someone typed (it is not
 * what either old default function made of the terms) goes through toTag; a default tag is
 * made again from the terms (`qa` of `Q&A` → `q&a`, `diffusionmodel` → `diffusion-model`).
 */
export function tagRenames(rules: readonly Rule[]): Map<string, string> {
  const groups = new Map<string, Rule[]>();
  for (const r of [...rules].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    if (typeof r.tag !== 'string') continue;
    const g = groups.get(r.tag);
    if (g) g.push(r);
    else groups.set(r.tag, [r]);
  }
  const out = new Map<string, string>();
  for (const [old, group] of groups) {
    const typed = group.some((r) => !v4Defaults(r).includes(old));
    out.set(old, (typed ? toTag(old) : newDefault(group[0])) || old);
  }
  return out;
}

/** A paper's tags after the renames, through toTag, with tags that now coincide merged. */
export const migratePaperTags = (tags: readonly string[], renames: ReadonlyMap<string, string>): string[] =>
  toTags(tags.map((t) => renames.get(t) ?? t));

function newDefault(r: Rule): string {
  const terms = Array.isArray(r.terms) ? r.terms : [];
  const term = firstPositiveTerm(terms);
  if (term) return defaultTag(term) || 'rule';
  return r.conditions ? toTag(conditionsTagText(r.conditions)) || 'rule' : 'rule';
}

// ---- What v4 made of an empty Tag, frozen here so the upgrade can recognise it. ----

/** The default tags v4 could have given this rule: the rule editor's and the backup import's. */
function v4Defaults(r: Rule): string[] {
  const terms = Array.isArray(r.terms) ? r.terms.map((t) => String(t).trim()) : [];
  const positive = terms.find((t) => !t.startsWith('-'));
  const editor = positive
    ? v4Slugify(v4TagText(positive)) || 'rule'
    : r.conditions ? v4Slugify(conditionsTagText(r.conditions)) || 'rule' : 'rule';
  return [editor, terms.length ? v4TagFromTerm(terms[0]) : 'rule'];
}

function v4Slugify(text: string): string {
  return text.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{N}_+-]/gu, '').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}

function v4TagText(term: string): string {
  if (!term.startsWith('/')) return term.replace(/\*$/, '');
  const pattern = term.slice(term.indexOf('/') + 1, term.lastIndexOf('/'));
  return pattern.replace(/\\[a-zA-Z]/g, '').replace(/[\\^$.*+?()[\]{}|]/g, '');
}

function v4TagFromTerm(term: string): string {
  let t = term.trim().replace(/^-/, '');
  const re = /^\/(.*)\/[a-z]*$/s.exec(t);
  if (re) t = re[1].replace(/\\[bBdDsSwW]/g, ' ').replace(/[^\p{L}\p{N}\s-]/gu, ' ');
  t = t.replace(/\*$/, '');
  return t.trim().toLowerCase().replace(/\s+/g, '-').replace(/^-+|-+$/g, '') || 'rule';
}
