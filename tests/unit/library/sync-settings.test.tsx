// @vitest-environment happy-dom
// Library → Settings → "Sync with my browser account": off by default, disabled with the reason
// where the browser has no usable sync storage, and the status line the reader sees when on.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { settle } from '../settle';
import { fakeBrowser } from 'wxt/testing';
import { OFF_STATUS, SYNC_STATUS_KEY, type SyncStatus } from '@/utils/sync/status';

let status: SyncStatus;
const sent: unknown[] = [];
vi.mock('@/utils/messaging', () => ({
  sendMessage: async (name: string, data: { enabled: boolean }) => {
    if (name === 'getSyncStatus') return status;
    if (name === 'setSyncEnabled') {
      sent.push(data);
      return (status = { ...status, enabled: data.enabled, lastSent: Date.UTC(2026, 2, 1, 9, 30) });
    }
  },
}));

describe('SyncSettings', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    sent.length = 0;
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  async function show() {
    const { SyncSettings } = await import('@/entrypoints/options/SyncSettings');
    const { FeedbackProvider } = await import('@/components/library/feedback');
    await act(() => render(<FeedbackProvider><SyncSettings onReceived={() => {}} /></FeedbackProvider>, root));
    await settle();
    const box = [...root.querySelectorAll('label')].find((l) => l.textContent?.includes('Sync with my browser account'))!.querySelector('input')!;
    return { box, line: () => root.querySelector('[role="status"].sync-status')?.textContent ?? '' };
  }

  it('is off by default; checking it turns sync on and the line says what is synced', async () => {
    status = { ...OFF_STATUS };
    const { box, line } = await show();
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(false);
    await act(async () => box.click());
    await settle();
    expect(sent).toEqual([{ enabled: true }]);
    expect(box.checked).toBe(true);
    expect(line()).toMatch(/^Synced 0 papers and 0 rules · 0 KB of 100 KB used · last sent /);
    // The background publishes each cycle's status; the line follows.
    await act(() => fakeBrowser.storage.local.set({ [SYNC_STATUS_KEY]: { ...status, papers: 2400, rules: 3, notSynced: 1200, bytes: 62_464 } }));
    await settle();
    expect(line()).toContain('Synced 2400 papers and 3 rules · 1200 papers not synced (browser sync storage is full) · 61 KB of 100 KB used');
  });

  it('is disabled with the reason where storage.sync is missing or refuses', async () => {
    status = { ...OFF_STATUS, available: false, reason: 'This browser has no sync storage for extensions.' };
    const { box } = await show();
    expect(box.disabled).toBe(true);
    expect(root.textContent).toContain('Not available: This browser has no sync storage for extensions.');
  });
});
