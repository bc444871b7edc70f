// Rule conditions and suggested rules through the real background handlers.
import { describe, expect, it } from 'vitest';
import { sendMessage } from '@/utils/messaging';
import { STATE_KEY } from '@/utils/state-key';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Rule } from '@/utils/types';
import { pagePapers } from '../../fixtures/papers';
import { useBackground } from './background-setup';

useBackground();
const papers = pagePapers();
/** The rules as published to the pages' mirror (getPageState republishes it). */
const storedRules = async (): Promise<Rule[]> => {
  await sendMessage('getPageState');
  return ((await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as { rules: Rule[] }).rules;
};

describe('rule conditions', () => {
  it('are validated, stored, published and cleared by an edit', async () => {
    const r = await sendMessage('putRule', { terms: '', action: 'highlight', conditions: { minUpvotes: 10, hasCode: true } });
    expect(r).toMatchObject({ tag: 'has-code', terms: [], conditions: { minUpvotes: 10, hasCode: true } });
    expect((await storedRules())[0].conditions).toEqual({ minUpvotes: 10, hasCode: true });
    const edited = await sendMessage('putRule', { ...r, terms: 'reasoning', conditions: null });
    expect(edited.conditions).toBeUndefined();
    expect('conditions' in (await storedRules())[0]).toBe(false);
  });

  it.each([
    [{ minUpvotes: -1 }, 'Minimum upvotes must be a whole number, 0 or more'],
    [{ publishedWithinDays: 1.5 }, 'Published within (days) must be a whole number, 0 or more'],
    [{ org: 'x'.repeat(201) }, 'Organisation is too long (at most 200 characters)'],
  ])('refuses %j and stores nothing', async (conditions, message) => {
    await expect(sendMessage('putRule', { terms: 'gan', action: 'tag', conditions })).rejects.toThrow(message);
    expect(await storedRules()).toEqual([]);
  });

  it('survive a backup round trip; a conditions-only rule imports; a bad condition refuses the file', async () => {
    await sendMessage('putRule', { terms: [], action: 'hide', tag: 'low', conditions: { minStars: 5, org: 'Meta AI' } });
    const text = await sendMessage('exportBackup', {});
    expect(JSON.parse(text).rules[0]).toMatchObject({ terms: [], conditions: { minStars: 5, org: 'Meta AI' } });
    const bad = JSON.parse(text);
    bad.rules[0] = { ...bad.rules[0], id: 'other', conditions: { minStars: -3 } };
    await expect(sendMessage('importBackup', { text: JSON.stringify(bad) })).rejects.toThrow('rules[0]: Minimum GitHub stars must be a whole number, 0 or more');
    const good = JSON.parse(text);
    good.rules[0] = { ...good.rules[0], id: 'r-import', tag: 'popular', conditions: { minUpvotes: 15 } };
    expect(await sendMessage('importBackup', { text: JSON.stringify(good) })).toMatchObject({ rules: 1 });
    expect((await storedRules()).map((r) => [r.tag, r.conditions])).toEqual([
      ['low', { minStars: 5, org: 'Meta AI' }],
      ['popular', { minUpvotes: 15 }],
    ]);
  });

  it('apply to the tags a paper gets when saved', async () => {
    const popular = papers.find((p) => (p.upvotes ?? 0) >= 15)!;
    const quiet = papers.find((p) => (p.upvotes ?? 0) < 15)!;
    await sendMessage('putRule', { terms: [], action: 'tag', tag: 'popular', conditions: { minUpvotes: 15 } });
    expect((await sendMessage('savePaper', { paper: popular })).tags).toEqual(['popular']);
    expect((await sendMessage('savePaper', { paper: quiet })).tags).toEqual([]);
  });
});

describe('suggested rules', () => {
  const text = (p: (typeof papers)[number]) => `${p.title} ${p.summary}`;
  const reasoning = papers.filter((p) => /\breasoning\b/i.test(text(p)));
  const others = papers.filter((p) => !reasoning.includes(p));

  it('none with fewer than 3 saved papers', async () => {
    await sendMessage('reportPapers', { papers });
    for (const p of reasoning.slice(0, 2)) await sendMessage('savePaper', { paper: p });
    expect(await sendMessage('suggestRules')).toEqual([]);
  });

  it('from saved versus hidden papers (hidden by hand and by rules), leaving out covered terms', async () => {
    await sendMessage('reportPapers', { papers });
    for (const p of reasoning) await sendMessage('savePaper', { paper: p });
    for (const p of others.slice(0, 4)) await sendMessage('setManual', { id: p.id, hidden: true });
    const hideWord = 'Agents';
    await sendMessage('putRule', { terms: 'agent*', action: 'hide' });
    const s = await sendMessage('suggestRules');
    const highlight = s.filter((x) => x.action === 'highlight');
    expect(highlight[0]).toMatchObject({ term: 'reasoning', saved: { with: reasoning.length, of: reasoning.length }, other: { kind: 'hidden' } });
    const hiddenCount = highlight[0].other.of;
    const byRule = others.filter((p) => /\bagent/i.test(text(p)));
    expect(hiddenCount).toBe(new Set([...others.slice(0, 4), ...byRule].map((p) => p.id)).size);
    expect(s.map((x) => x.term.toLowerCase())).not.toContain(hideWord.toLowerCase());

    // Adding the top suggestion as a rule removes it from the next answer.
    await sendMessage('putRule', { terms: [highlight[0].term], action: 'highlight', tag: highlight[0].tag });
    expect((await sendMessage('suggestRules')).map((x) => x.term)).not.toContain('reasoning');
  });
});
