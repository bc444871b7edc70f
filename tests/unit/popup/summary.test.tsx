// @vitest-environment happy-dom
// The popup's summary line against the order in which its two answers arrive: the tab's papers
// and the stored state. It must never claim "0 papers" while one of them is still on its way.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { settle } from '../settle';
import type { PageState, TabPaper, TabPapers } from '@/utils/types';
import { blankPaper } from '@/utils/paper/info';
import { DEFAULT_SETTINGS } from '@/utils/types';
import { fakeBrowser } from 'wxt/testing';
import { publishPlan } from '@/utils/rules/matcher/published';


type Pending<T> = { promise: Promise<T>; resolve: (v: T) => void };
const pending = <T,>(): Pending<T> => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

let answers: { getPageState: Pending<PageState>; listTabPapers: Pending<TabPapers> };
vi.mock('@/utils/messaging', () => ({
  sendMessage: (name: string) => {
    if (name === 'getPageState') return answers.getPageState.promise;
    if (name === 'listTabPapers') return answers.listTabPapers.promise;
    return new Promise(() => {}); // anything else: no answer needed here
  },
}));

const paper = (id: string, saved: boolean): TabPaper => ({ ...blankPaper(id, `Paper ${id}`), tags: [], highlighted: false, hidden: null, saved, reasons: [] });
const tab: TabPapers = { url: 'https://huggingface.co/papers/trending', kind: 'trending', health: 'ok', papers: [paper('2401.00001', false), paper('2401.00002', true)] };
const state: PageState = { rules: [], plan: publishPlan([]), ruleCss: '', settings: { ...DEFAULT_SETTINGS }, manual: {}, savedIds: ['2401.00002'] };

describe('popup summary', () => {
  let root: HTMLElement;
  beforeEach(() => {
    answers = { getPageState: pending(), listTabPapers: pending() };
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]); // the keyboard help asks; not implemented in the fake
    history.replaceState(null, '', '/popup.html?tab=7'); // the tab under test, no tabs query
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const summary = () => root.querySelector('[role="status"]')?.textContent ?? null;

  it.each([
    ['the tab answers first', ['listTabPapers', 'getPageState'] as const],
    ['the state arrives first', ['getPageState', 'listTabPapers'] as const],
  ])('%s: nothing until both are in, then the right counts', async (_, order) => {
    const { App } = await import('@/entrypoints/popup/App');
    await act(() => render(<App />, root));
    expect(summary()).toBeNull();
    answers[order[0]].resolve((order[0] === 'getPageState' ? state : tab) as never);
    await settle();
    expect(summary()).toBeNull(); // one answer alone says nothing (it used to say "0 papers")
    answers[order[1]].resolve((order[1] === 'getPageState' ? state : tab) as never);
    await settle();
    expect(summary()).toBe('2 papers · 0 highlighted · 0 hidden · 1 saved');
  });
});
