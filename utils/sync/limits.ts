// The browser's sync storage limits (Chrome's; Firefox's are of the same order) and ours, with headroom.

/** chrome.storage.sync: QUOTA_BYTES, QUOTA_BYTES_PER_ITEM (key included), MAX_ITEMS, writes per minute / hour. */
export const BROWSER_LIMITS = { total: 102_400, perItem: 8_192, items: 512, perMinute: 120, perHour: 1_800 } as const;

export interface PackLimits {
  /** Bytes of all our items together. */
  total: number;
  perItem: number;
  items: number;
}

/** What PaperSift allows itself: 90 % of the total, 8,000 bytes an item, 64 items. */
export const PACK_LIMITS: PackLimits = { total: 92_160, perItem: 8_000, items: 64 };

/** set() and remove() calls: a third of the per-minute limit, half of the per-hour one. */
export const WRITE_LIMITS = { perMinute: 40, perHour: 900 } as const;

/** Our items are 'ps0', 'ps1', … (short keys: the key counts against the item's size). */
export const ITEM_PREFIX = 'ps';
export const itemKey = (i: number) => `${ITEM_PREFIX}${i}`;
export const isItemKey = (k: string) => /^ps\d+$/.test(k);

const utf8 = new TextEncoder();
/** An item's size as the browser counts it: key plus JSON of the value, in UTF-8 bytes. */
export const itemBytes = (key: string, value: unknown) => utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;
