// PageState: rules, settings, manual marks and saved ids, read from IndexedDB and mirrored
// into storage.local so every papers tab can decorate at document_start without waking
// the service worker, and learns of every change through storage.onChanged.
import { browser } from 'wxt/browser';
import { db } from '@/utils/db';
import { DEFAULT_SETTINGS, type ManualMark, type Rule, type Settings } from '@/utils/types';
import type { PageState } from '@/utils/types';
import { publishPlan } from '@/utils/rules/matcher/published';
import { ruleStyles } from '@/utils/rules/rule-styles';

export { STATE_KEY } from '@/utils/state-key';
import { STATE_KEY } from '@/utils/state-key';

export async function readSettings(): Promise<Settings> {
  const stored = (await (await db()).get('settings', 'settings')) as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function readRules(): Promise<Rule[]> {
  const rules = await (await db()).getAll('rules');
  return rules.sort((a, b) => a.order - b.order);
}

export async function readPageState(): Promise<PageState> {
  const d = await db();
  const tx = d.transaction(['rules', 'settings', 'manual', 'papers'], 'readonly');
  const [rules, stored, manual, savedIds] = await Promise.all([
    tx.objectStore('rules').getAll(),
    tx.objectStore('settings').get('settings') as Promise<Partial<Settings> | undefined>,
    tx.objectStore('manual').getAll(),
    tx.objectStore('papers').getAllKeys(),
  ]);
  rules.sort((a, b) => a.order - b.order);
  return {
    rules,
    plan: publishPlan(rules),
    ruleCss: ruleStyles(rules),
    settings: { ...DEFAULT_SETTINGS, ...stored },
    manual: Object.fromEntries(manual.map((m: ManualMark) => [m.id, m])),
    savedIds,
  };
}

/** Rewrites the mirror from IndexedDB (the source of truth). Call after every write. */
export async function publishState(): Promise<PageState> {
  const state = await readPageState();
  await browser.storage.local.set({ [STATE_KEY]: state });
  return state;
}
