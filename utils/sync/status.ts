// Pure: the sync status and the sentence the Library shows for it.
import { BROWSER_LIMITS } from './limits';

/** storage.local key of the status, which the Library follows. */
export const SYNC_STATUS_KEY = 'papersift:sync';

export interface SyncStatus {
  /** storage.sync exists and answers. */
  available: boolean;
  /** Why not, in plain words. */
  reason?: string;
  enabled: boolean;
  papers: number;
  rules: number;
  /** Saved papers that did not fit. */
  notSynced: number;
  /** Bytes of our items in the sync storage. */
  bytes: number;
  lastSent: number | null;
  lastReceived: number | null;
  /** The last failure (quota, rate), in plain words; local data is never affected. */
  error: string | null;
  /** Papers that arrived from another machine and are still being completed here. */
  arriving: number;
}

export const OFF_STATUS: SyncStatus = {
  available: true,
  enabled: false,
  papers: 0,
  rules: 0,
  notSynced: 0,
  bytes: 0,
  lastSent: null,
  lastReceived: null,
  error: null,
  arriving: 0,
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** "Synced 200 papers and 3 rules · 5 papers not synced (browser sync storage is full) · 61 KB of 100 KB used". */
export function statusText(s: SyncStatus, time: (ms: number) => string): string {
  if (!s.enabled) return 'Sync is off.';
  const parts = [`Synced ${plural(s.papers, 'paper')} and ${plural(s.rules, 'rule')}`];
  if (s.notSynced) parts.push(`${plural(s.notSynced, 'paper')} not synced (browser sync storage is full)`);
  parts.push(`${kb(s.bytes)} of ${kb(BROWSER_LIMITS.total)} used`);
  if (s.arriving) parts.push(`${plural(s.arriving, 'paper')} arrived, details being fetched`);
  parts.push(s.lastSent ? `last sent ${time(s.lastSent)}` : 'nothing sent yet');
  parts.push(s.lastReceived ? `last received ${time(s.lastReceived)}` : 'nothing received yet');
  if (s.error) parts.push(s.error);
  return parts.join(' · ');
}
