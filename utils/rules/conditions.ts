// Rule conditions on Hugging Face data (upvotes, code, stars, organisation, recency): checked
// when a rule is saved or imported, tested per paper by the matcher, and described on chips.
// Pure.
import type { PaperInfo, RuleConditions } from '@/utils/types';
import { RuleInputError } from './compile-term';

const KNOWN = ['minUpvotes', 'hasCode', 'minStars', 'org', 'publishedWithinDays'] as const;
export const MAX_ORG_LENGTH = 200;
const MAX_COUNT = 1_000_000_000;
const DAY_MS = 86_400_000;

const empty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Why conditions are refused: the problem and the key or text the message names. Worded only by
 * checkConditions (where rules enter storage): the page treats refused conditions as never met.
 */
export interface ConditionsProblem {
  problem: 'object' | 'unknown' | 'count' | 'hasCode' | 'org' | 'orgLength';
  key?: string;
}

/** The normalised conditions (undefined when none are set), or why they are refused. */
export function parseConditions(raw: unknown): RuleConditions | undefined | ConditionsProblem {
  if (empty(raw)) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) return { problem: 'object' };
  const o = raw as Record<string, unknown>;
  // Unknown keys are refused: dropping one would silently widen the rule.
  const unknown = Object.keys(o).find((k) => !(KNOWN as readonly string[]).includes(k));
  if (unknown !== undefined) return { problem: 'unknown', key: unknown };
  const out: RuleConditions = {};
  for (const key of ['minUpvotes', 'minStars', 'publishedWithinDays'] as const) {
    const v = o[key];
    if (empty(v)) continue;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_COUNT) return { problem: 'count', key };
    out[key] = v;
  }
  if (!empty(o.hasCode)) {
    if (typeof o.hasCode !== 'boolean') return { problem: 'hasCode' };
    if (o.hasCode) out.hasCode = true; // false means "no condition", as an unticked box
  }
  if (!empty(o.org)) {
    if (typeof o.org !== 'string') return { problem: 'org' };
    const org = o.org.trim().replace(/\s+/g, ' ');
    if (org.length > MAX_ORG_LENGTH) return { problem: 'orgLength' };
    if (org) out.org = org;
  }
  return Object.keys(out).length ? out : undefined;
}

/** parseConditions for the rule form and imports: refused conditions throw a RuleInputError naming the first problem. */
export function checkConditions(raw: unknown): RuleConditions | undefined {
  const c = parseConditions(raw);
  if (c && 'problem' in c) throw new RuleInputError(conditionsMessage(c));
  return c;
}

const COUNTS: Record<string, string> = { minUpvotes: 'Minimum upvotes', minStars: 'Minimum GitHub stars', publishedWithinDays: 'Published within (days)' };

function conditionsMessage({ problem, key }: ConditionsProblem): string {
  switch (problem) {
    case 'object':
      return 'Conditions must be an object';
    case 'unknown':
      return `Unknown condition "${key}"`;
    case 'count':
      return `${COUNTS[key!]} must be a whole number, 0 or more`;
    case 'hasCode':
      return 'Has code must be true or false';
    case 'org':
      return 'Organisation must be text';
    case 'orgLength':
      return `Organisation is too long (at most ${MAX_ORG_LENGTH} characters)`;
  }
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
