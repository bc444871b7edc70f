// Rule colours: the default per action and the one check before a colour reaches CSS or storage.
import type { RuleAction } from '@/utils/types';

/** Colour a new rule gets when none is chosen. */
export const DEFAULT_COLORS: Readonly<Record<RuleAction, string>> = {
  highlight: '#ffe08a',
  hide: '#d4d4d8',
  tag: '#c7d2fe',
};

/** A rule colour: #rrggbb, nothing else (colours are written into a stylesheet). */
export const isColor = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v);
