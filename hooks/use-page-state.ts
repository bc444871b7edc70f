// Preact hook: the PageState mirror, live (storage.onChanged), for the popup and the Library.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging';
import { type PageState } from '@/utils/types';
import { STATE_KEY } from '@/utils/state-key';

export function usePageState(): PageState | null {
  const [state, setState] = useState<PageState | null>(null);
  useEffect(() => {
    // Ask the background (it republishes the mirror), so a fresh profile gets state too.
    void sendMessage('getPageState').then(setState).catch(() =>
      browser.storage.local.get(STATE_KEY).then((got) => setState((got[STATE_KEY] as PageState) ?? null)),
    );
    const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[STATE_KEY]?.newValue) setState(changes[STATE_KEY].newValue as PageState);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  return state;
}
