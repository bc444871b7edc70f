// Rule conditions on Hugging Face data (upvotes, code, stars, organisation, recency): checked
// when a rule is saved or imported, tested per paper by the matcher, and described on chips.
// Pure.
import type { PaperInfo, RuleConditions } from '@/utils/types';
import { RuleInputError } from './compile-term';

const KEYS = ['minUpvotes', 'hasCode', 'minStars', 'org', 'publishedWithinDays'] as const;
const COUNTS = { minUpvotes: 'Minimum upvotes', minStars: 'Minimum GitHub stars', publishedWithinDays: 'Published within (days)' } as const;
export const MAX_ORG_LENGTH = 200;
const MAX_COUNT = 1_000_000_000;
const DAY_MS = 86_400_000;

const empty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * The normalised conditions, or undefined when none are set. Throws a RuleInputError naming
 * the first problem. Unknown keys are refused: dropping one would silently widen the rule.
 */
export function checkConditions(raw: unknown): RuleConditions | undefined {
  if (empty(raw)) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new RuleInputError('Conditions must be an object');
  const o = raw as Record<string, unknown>;
  const unknown = Object.keys(o).find((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown !== undefined) throw new RuleInputError(`Unknown condition "${unknown}"`);
  const out: RuleConditions = {};
  for (const key of ['minUpvotes', 'minStars', 'publishedWithinDays'] as const) {
    const v = o[key];
    if (empty(v)) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT) {
      throw new RuleInputError(`${COUNTS[key]} must be a whole number, 0 or more`);
    }
    out[key] = v;
  }
  if (!empty(o.hasCode)) {
    if (typeof o.hasCode !== 'boolean') throw new RuleInputError('Has code must be true or false');
    if (o.hasCode) out.hasCode = true; // false means "no condition", as an unticked box
  }
  if (!empty(o.org)) {
    if (typeof o.org !== 'string') throw new RuleInputError('Organisation must be text');
    const org = o.org.trim().replace(/\s+/g, ' ');
    if (org.length > MAX_ORG_LENGTH) throw new RuleInputError(`Organisation is too long (at most ${MAX_ORG_LENGTH} characters)`);
    if (org) out.org = org;
  }
  return Object.keys(out).length ? out : undefined;
}

const orgKey = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const utcDay = (ms: number) => Math.floor(ms / DAY_MS);

/** All conditions hold for the paper; an unknown value fails its condition. */
export function conditionsHold(c: RuleConditions, p: PaperInfo, nowMs: number): boolean {
  if (c.minUpvotes !== undefined && !(typeof p.upvotes === 'number' && p.upvotes >= c.minUpvotes)) return false;
  if (c.hasCode && !p.githubUrl) return false;
  if (c.minStars !== undefined && !(typeof p.githubStars === 'number' && p.githubStars >= c.minStars)) return false;
  if (c.org !== undefined && !(p.org && orgKey(p.org) === orgKey(c.org))) return false;
  if (c.publishedWithinDays !== undefined) {
    const t = p.publishedAt ? Date.parse(p.publishedAt) : NaN;
    if (Number.isNaN(t) || utcDay(nowMs) - utcDay(t) > c.publishedWithinDays) return false;
  }
  return true;
}

/** Short text for chips and the rules list, e.g. "≥ 50 upvotes · has code". */
export function conditionsLabel(c: RuleConditions | undefined): string {
  if (!c) return '';
  const parts: string[] = [];
  if (c.minUpvotes !== undefined) parts.push(`≥ ${c.minUpvotes} upvotes`);
  if (c.hasCode) parts.push('has code');
  if (c.minStars !== undefined) parts.push(`≥ ${c.minStars} stars`);
  if (c.org !== undefined) parts.push(`by ${c.org}`);
  if (c.publishedWithinDays !== undefined) {
    parts.push(c.publishedWithinDays === 0 ? 'published today' : `published within ${c.publishedWithinDays} days`);
  }
  return parts.join(' · ');
}

/** A readable tag for a rule made of conditions only. */
export function conditionsTagText(c: RuleConditions): string {
  if (c.org) return c.org;
  if (c.hasCode) return 'has code';
  if (c.minStars !== undefined) return 'starred';
  if (c.minUpvotes !== undefined) return 'upvoted';
  return 'recent';
}
