// Import validation: checks a whole backup file before anything is written, names the first
// problem and where it is, and fills SPEC.md's defaults. Hand-written (no schema library): the
// format is small and the messages are part of the UI. Pure.
import {
  DEFAULT_FIELDS, READ_STATUSES, RULE_ACTIONS, RULE_FIELDS,
  type HideMode, type ReadStatus, type Rule, type RuleAction, type RuleField, type SavedPaper,
  type Settings,
} from '../types';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './backup';
import { DEFAULT_COLORS, isColor } from '@/utils/paper/colors';
import { normalizeArxivId } from '@/utils/paper/ids';
import { arxivAbsUrl, hfPaperUrl } from '@/utils/paper/urls';
import { importSizeProblem } from './import-size';
import { defaultTag, firstPositiveTerm, toTag, toTags } from '@/utils/paper/tags';

const HIDE_MODES: readonly HideMode[] = ['placeholder', 'dim', 'remove'];

export interface ValidateOptions {
  /** Extra per-rule check (e.g. regular expressions compile); returns a message or null. */
  checkRule: (rule: unknown, index: number) => string | null;
  /** ISO time used for savedAt when neither the paper nor the file has one. */
  now?: string;
  /** Papers may come without a title (a pasted id): the background completes them from the API. */
  untitled?: boolean;
}

export type ValidateResult = { ok: true; backup: Backup } | { ok: false; error: string };

class Invalid extends Error {}
const fail = (message: string): never => {
  throw new Invalid(message);
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const absent = (v: unknown) => v === undefined || v === null;
const show = (v: unknown) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
};

function text(o: Obj, key: string, at: string, fallback: string): string {
  const v = o[key];
  if (absent(v)) return fallback;
  return typeof v === 'string' ? v : fail(`${at}.${key} must be text`);
}

function nullableText(o: Obj, key: string, at: string): string | null {
  return absent(o[key]) ? null : text(o, key, at, '');
}

function nullableNumber(o: Obj, key: string, at: string): number | null {
  const v = o[key];
  if (absent(v)) return null;
  return typeof v === 'number' && Number.isFinite(v) ? v : fail(`${at}.${key} must be a number`);
}

function date(o: Obj, key: string, at: string, fallback: string | null): string | null {
  const v = o[key];
  if (absent(v)) return fallback;
  if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) fail(`${at}.${key} is not a date`);
  return v as string;
}

function textList(o: Obj, key: string, at: string): string[] {
  const v = o[key];
  if (absent(v)) return [];
  if (!Array.isArray(v)) fail(`${at}.${key} must be a list`);
  (v as unknown[]).forEach((x, i) => typeof x === 'string' || fail(`${at}.${key}[${i}] must be text`));
  return [...(v as string[])];
}

function readPaper(raw: unknown, at: string, savedAtDefault: string, untitled = false): SavedPaper {
  if (!isObj(raw)) fail(`${at} is not an object`);
  const o = raw as Obj;
  if (absent(o.id)) fail(`${at}.id is missing`);
  if (typeof o.id !== 'string') fail(`${at}.id must be text`);
  const id = normalizeArxivId(o.id as string) ?? fail(`${at}.id is not an arXiv id (${show(o.id)})`);
  if (absent(o.title) && !untitled) fail(`${at}.title is missing`);
  const title = text(o, 'title', at, '');
  if (!title.trim() && !untitled) fail(`${at}.title is empty`);
  if (!title.trim() && o.complete !== false) fail(`${at}.title is empty`); // only papers still to complete
  const status = o.status ?? 'unread';
  if (!READ_STATUSES.includes(status as ReadStatus)) {
    fail(`${at}.status must be ${READ_STATUSES.join(', ')} (is ${show(status)})`);
  }
  if (o.complete !== undefined && typeof o.complete !== 'boolean') fail(`${at}.complete must be true or false`);
  return {
    ...o, // unknown fields are kept
    id,
    title,
    authors: textList(o, 'authors', at),
    summary: text(o, 'summary', at, ''),
    publishedAt: date(o, 'publishedAt', at, null),
    org: nullableText(o, 'org', at),
    githubUrl: nullableText(o, 'githubUrl', at),
    githubStars: nullableNumber(o, 'githubStars', at),
    upvotes: nullableNumber(o, 'upvotes', at),
    hfUrl: text(o, 'hfUrl', at, '') || hfPaperUrl(id),
    arxivUrl: text(o, 'arxivUrl', at, '') || arxivAbsUrl(id),
    savedAt: date(o, 'savedAt', at, savedAtDefault) as string,
    tags: toTags(textList(o, 'tags', at)),
    status: status as ReadStatus,
    note: text(o, 'note', at, ''),
  };
}

/** FNV-1a: a stable id for an id-less rule, so importing the same pack twice replaces it. */
function ruleHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function readRule(raw: unknown, index: number): Rule {
  const at = `rules[${index}]`;
  if (!isObj(raw)) fail(`${at} is not an object`);
  const o = raw as Obj;
  if (absent(o.terms)) fail(`${at}.terms is missing`);
  const terms = textList(o, 'terms', at);
  // A rule of conditions only (≥ 50 upvotes, has code…) needs no terms; the rule engine checks the conditions.
  const conditional = isObj(o.conditions) && Object.keys(o.conditions).length > 0;
  if (!terms.length && !conditional) fail(`${at}.terms is empty`);
  terms.forEach((t, i) => t.trim() || fail(`${at}.terms[${i}] is empty`));
  if (absent(o.action)) fail(`${at}.action is missing`);
  if (!RULE_ACTIONS.includes(o.action as RuleAction)) {
    fail(`${at}.action must be ${RULE_ACTIONS.join(', ')} (is ${show(o.action)})`);
  }
  const action = o.action as RuleAction;
  const fields = absent(o.fields) ? [...DEFAULT_FIELDS] : textList(o, 'fields', at);
  if (!fields.length) fail(`${at}.fields is empty`);
  fields.forEach((f, i) => RULE_FIELDS.includes(f as RuleField)
    || fail(`${at}.fields[${i}] must be ${RULE_FIELDS.join(', ')} (is ${show(f)})`));
  const color = text(o, 'color', at, DEFAULT_COLORS[action]);
  if (!isColor(color)) fail(`${at}.color must be a #rrggbb colour (is ${show(color)})`);
  if (!absent(o.enabled) && typeof o.enabled !== 'boolean') fail(`${at}.enabled must be true or false`);
  const tag = toTag(text(o, 'tag', at, '')) || defaultTag(firstPositiveTerm(terms) ?? '') || 'rule';
  const id = text(o, 'id', at, '') || `r-${ruleHash(`${tag}\u0000${action}\u0000${terms.join('\u0000')}`)}`;
  return {
    ...o,
    id,
    tag,
    terms,
    fields: fields as RuleField[],
    action,
    color,
    enabled: (o.enabled as boolean | undefined) ?? true,
    order: nullableNumber(o, 'order', at) ?? index,
  };
}

function readSettings(raw: unknown): Settings {
  if (!isObj(raw)) fail('settings is not an object');
  const o = raw as Obj;
  if (!absent(o.paused) && typeof o.paused !== 'boolean') fail('settings.paused must be true or false');
  const hideMode = o.hideMode ?? 'placeholder';
  if (!HIDE_MODES.includes(hideMode as HideMode)) {
    fail(`settings.hideMode must be ${HIDE_MODES.join(', ')} (is ${show(hideMode)})`);
  }
  return { ...o, paused: (o.paused as boolean | undefined) ?? false, hideMode: hideMode as HideMode };
}

function list(root: Obj, key: 'papers' | 'rules'): unknown[] {
  const v = root[key];
  if (absent(v)) return [];
  return Array.isArray(v) ? v : fail(`${key} must be a list`);
}

/** Ids must be unique within the file: a repeat is reported, not silently merged. */
function checkUnique(items: { id: string }[], key: string): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const j = first.get(item.id);
    if (j !== undefined) fail(`${key}[${i}].id ${item.id} is listed twice (also ${key}[${j}])`);
    first.set(item.id, i);
  });
}

function parseBackup(input: string, opts: ValidateOptions): Backup {
  const tooLarge = importSizeProblem(input);
  if (tooLarge) fail(tooLarge);
  let root: unknown;
  try {
    root = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch {
    fail('The file is not valid JSON');
  }
  if (!isObj(root)) fail('Not a PaperSift backup (format is missing)');
  const r = root as Obj;
  if (r.format !== BACKUP_FORMAT) {
    fail(`Not a PaperSift backup (format is ${absent(r.format) ? 'missing' : show(r.format)})`);
  }
  if (absent(r.version)) fail('Not a PaperSift backup (version is missing)');
  if (r.version !== BACKUP_VERSION) fail(`Unsupported backup version ${show(r.version)}`);
  const now = opts.now ?? new Date().toISOString();
  const exportedAt = absent(r.exportedAt) ? null : (r.exportedAt as string);
  if (exportedAt !== null && (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt)))) {
    fail('exportedAt is not a date');
  }
  const papers = list(r, 'papers').map((p, i) => readPaper(p, `papers[${i}]`, exportedAt ?? now, opts.untitled));
  checkUnique(papers, 'papers');
  const rules = list(r, 'rules').map((raw, i) => {
    const rule = readRule(raw, i);
    const problem = opts.checkRule(rule, i);
    return problem ? fail(`rules[${i}]: ${problem}`) : rule;
  });
  checkUnique(rules, 'rules');
  const backup: Backup = {
    ...r, // unknown top-level fields are kept
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt ?? now,
    rules,
    papers,
  };
  if (!absent(r.settings)) backup.settings = readSettings(r.settings);
  else delete backup.settings;
  return backup;
}

export function validateBackup(input: string, opts: ValidateOptions): ValidateResult {
  try {
    return { ok: true, backup: parseBackup(input, opts) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}
