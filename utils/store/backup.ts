// Import and export of the whole Library. An import is validated completely first, then
// written in ONE IndexedDB transaction: either everything lands or nothing changes.
import { unwrap } from 'idb';
import { abortQuietly, db, quiet, storageError } from '@/utils/db';
import { validateRuleInput } from '@/utils/rules/validate';
import { backupToJson, createBackup, createRulePack, type Backup } from '@/utils/export/backup';
import { mergeBackup } from '@/utils/export/merge';
import { validateBackup } from '@/utils/export/validate';
import type { ImportKind, ImportResult, ImportSource } from '@/utils/types';
import type { Rule } from '@/utils/types';
import { readImportSource } from './import-source';
import { isIncomplete } from '@/utils/paper/info';
import { getSaved, rememberPapers, savedById, _resetSavedCache } from './saved';
import { readRules, readSettings } from './state';

/** The rule engine's own check (invalid or catastrophic regular expressions, empty terms…). */
function checkRule(rule: unknown): string | null {
  const r = rule as Partial<Rule>;
  if (!r || typeof r !== 'object' || !Array.isArray(r.terms) || typeof r.action !== 'string') return null; // the validator names these
  const v = validateRuleInput({ terms: r.terms, action: r.action, tag: r.tag, fields: r.fields, color: r.color, conditions: r.conditions });
  return v.ok ? null : v.error;
}

/**
 * `papers`: papers the Library read from another tool's file, a paste or a collection, written as a
 * backup's papers (utils/import): validated here like a backup's, untitled ones allowed (they are
 * completed from the API), rules and settings never taken.
 */
function parseImport(text: string, kind: ImportKind, now: string): Backup {
  const result = validateBackup(text, { checkRule, now, untitled: kind === 'papers' });
  if (!result.ok) throw new Error(result.error);
  if (kind === 'rules') return { ...result.backup, papers: [] };
  if (kind === 'papers') {
    const { settings: _ignored, ...backup } = result.backup;
    return { ...backup, rules: [] };
  }
  return result.backup;
}

export async function importBackup(source: ImportSource, kind: ImportKind = 'backup'): Promise<ImportResult> {
  const text = await readImportSource(source);
  const now = new Date().toISOString();
  const incoming = parseImport(text, kind, now);
  const existingRules = await readRules();
  const merged = mergeBackup({ papers: await savedById(), rules: existingRules }, incoming);
  // New rules go after the existing ones, in the file's order.
  const base = existingRules.length ? Math.max(...existingRules.map((r) => r.order)) + 1 : 0;
  const known = new Map(existingRules.map((r) => [r.id, r]));
  const rules = merged.rules.map((r, i) => (known.has(r.id) ? { ...r, order: known.get(r.id)!.order } : { ...r, order: base + i }));
  // Papers without authors or abstract are queued for completion from the API, like a Save's, in
  // the same transaction: a refused or failed import queues nothing. That is mostly BibTeX (a
  // reference manager's export often has no abstract). A backup's papers were complete when
  // exported, except those still waiting then (or written by hand): the same test queues just
  // those, so a restored Library finishes what the old one had not. A queued paper that gets its
  // fields some other way meanwhile is dropped from the queue without a request.
  const toComplete = merged.papers.filter(isIncomplete);
  const d = await db();
  const tx = d.transaction(['papers', 'rules', 'settings', 'pending'], 'readwrite');
  quiet(tx.done);
  try {
    // Plain requests, not idb's promise per request (10,000 of them): a failed request aborts
    // the whole transaction, so tx.done alone reports any failure.
    const raw = unwrap(tx);
    const papers = raw.objectStore('papers');
    for (const p of merged.papers) papers.put(p);
    // A fresh start (attempts 0), also for a paper already queued or given up: the reader asked again.
    const pending = raw.objectStore('pending');
    for (const p of toComplete) pending.put({ id: p.id, attempts: 0, nextAt: 0 });
    for (const r of rules) raw.objectStore('rules').put(r);
    if (incoming.settings && kind === 'backup') raw.objectStore('settings').put({ ...incoming.settings }, 'settings');
    await tx.done;
  } catch (e) {
    abortQuietly(tx); // a put that threw (quota, clone error) does not abort by itself
    _resetSavedCache(); // re-read the truth
    throw storageError(e);
  }
  await rememberPapers(merged.papers); // exactly what was written: no 19 MB re-read for the next query
  return {
    papers: merged.counts.papersAdded + merged.counts.papersMerged,
    rules: merged.counts.rulesAdded + merged.counts.rulesReplaced,
    merged: merged.counts.papersMerged,
  };
}

export async function exportBackup(ids?: string[], rulesOnly = false): Promise<string> {
  const now = new Date();
  const rules = await readRules();
  if (rulesOnly) return backupToJson(createRulePack(rules, now));
  return backupToJson(createBackup({ papers: await getSaved(ids), rules, settings: await readSettings() }, now));
}
