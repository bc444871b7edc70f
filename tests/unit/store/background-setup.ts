// The background with its real message handlers on a fresh fake IndexedDB per test, fetch
// answering 404 unless a test stubs it (background.test.ts and the triage store tests).
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { _resetDbHandle } from '@/utils/db';
import { removeAllListeners } from '@/utils/messaging';
import { _resetCompletion } from '@/utils/store/completion';
import { _resetSavedCache } from '@/utils/store/saved';
import { _resetForYou } from '@/utils/store/foryou';

export function useBackground() {
  const realFetch = globalThis.fetch;
  beforeEach(() => {
    fakeBrowser.reset();
    globalThis.indexedDB = new IDBFactory();
    _resetDbHandle();
    _resetSavedCache();
    _resetCompletion();
    globalThis.fetch = vi.fn(async () => new Response('{}', { status: 404 })) as typeof fetch;
    background.main!();
  });
  afterEach(() => {
    vi.useRealTimers();
    _resetCompletion(); // no completion timer or drain of this test runs on into the next
    _resetForYou();
    removeAllListeners();
    globalThis.fetch = realFetch;
  });
}
