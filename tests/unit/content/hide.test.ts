// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hide } from '@/entrypoints/papers.content/hide';
import { onMessage, removeAllListeners } from '@/utils/messaging';
import type { ManualMark } from '@/utils/types';
import { AGENTSCOPE, rule, state, trending } from './page';

const agents = rule('agents', 'hide', ['agentic']);
const placeholders = (a: Element) => {
  const out: Element[] = [];
  for (let p = a.previousElementSibling; p?.hasAttribute('data-papersift-ui'); p = p.previousElementSibling) out.push(p);
  return out;
};

afterEach(() => removeAllListeners());

describe('hide', () => {
  it('placeholder mode: the card is hidden and a line in front of it says why, with a "Show" button that shows it', async () => {
    const { article, view } = trending();
    const a = article(AGENTSCOPE);
    hide.apply(a, view(AGENTSCOPE, state([agents])));
    expect(a.getAttribute('data-papersift-hidden')).toBe('agents');
    const [line] = placeholders(a);
    expect(line.getAttribute('data-papersift-placeholder')).toBe(AGENTSCOPE);
    expect(line.textContent).toContain('Hidden by rule “agents”');
    expect(line.textContent).toContain('AgentScope 1.0');
    const show = line.querySelector('button')!;
    expect(show.textContent).toBe('Show');
    const sent = new Promise<ManualMark>((resolve) => onMessage('setManual', ({ data }) => resolve(data)));
    show.click();
    expect(await sent).toEqual({ id: AGENTSCOPE, shown: true });
  });

  it('hidden by the reader: "Hidden by you", and Show undoes that choice', async () => {
    const { article, view } = trending();
    const a = article(AGENTSCOPE);
    hide.apply(a, view(AGENTSCOPE, state([], { manual: { [AGENTSCOPE]: { id: AGENTSCOPE, hidden: true } } })));
    const [line] = placeholders(a);
    expect(line.textContent).toContain('Hidden by you');
    const sent = new Promise<ManualMark>((resolve) => onMessage('setManual', ({ data }) => resolve(data)));
    line.querySelector('button')!.click();
    expect(await sent).toEqual({ id: AGENTSCOPE });
  });

  it('dim mode fades the card only; remove mode hides it with no line', () => {
    const { article, view } = trending();
    const a = article(AGENTSCOPE);
    hide.apply(a, view(AGENTSCOPE, state([agents], {}, { hideMode: 'dim' })));
    expect([a.getAttribute('data-papersift-dimmed'), a.hasAttribute('data-papersift-hidden'), placeholders(a).length]).toEqual(['agents', false, 0]);
    hide.apply(a, view(AGENTSCOPE, state([agents], {}, { hideMode: 'remove' })));
    expect([a.hasAttribute('data-papersift-dimmed'), a.getAttribute('data-papersift-hidden'), placeholders(a).length]).toEqual([false, 'agents', 0]);
  });

  it('a new reason replaces the line (one line, the new reason); paused, a paper page or undo show the card', () => {
    const { article, view } = trending();
    const a = article(AGENTSCOPE);
    hide.apply(a, view(AGENTSCOPE, state([agents])));
    hide.apply(a, view(AGENTSCOPE, state([rule('framework', 'hide')])));
    expect(placeholders(a).map((p) => p.textContent?.includes('“framework”'))).toEqual([true]);
    hide.apply(a, view(AGENTSCOPE, state([agents], {}, { paused: true })));
    expect([a.hasAttribute('data-papersift-hidden'), placeholders(a).length]).toEqual([false, 0]);
    hide.apply(a, view(AGENTSCOPE, state([agents]), 'paper'));
    expect([a.hasAttribute('data-papersift-hidden'), placeholders(a).length]).toEqual([false, 0]);
    hide.apply(a, view(AGENTSCOPE, state([agents])));
    hide.undo(a);
    expect([a.hasAttribute('data-papersift-hidden'), placeholders(a).length]).toEqual([false, 0]);
  });
});
