import { describe, expect, it } from 'vitest';
import { statusLine } from '@/entrypoints/options/ForYouSection';

describe('Library → For you status', () => {
  it('below 10 saved papers it says what unlocks the score', () => {
    expect(statusLine({ saved: 7, minSaved: 10, model: null, since: null })).toBe(
      'For you ranks every listing by your own interests once your reading list holds 10 papers: save 3 more to unlock it (7 saved so far).',
    );
  });
  it('with a model: what it learnt from, and when', () => {
    const line = statusLine({ saved: 12, minSaved: 10, model: { saved: 12, hidden: 3, passed: 130, trainedAt: '2026-05-01T08:00:00.000Z' }, since: null });
    expect(line).toMatch(/^Trained on 12 saved and 130 passed-over papers \(and 3 hidden\), .*2026.*\.$/);
  });
  it('10 saved and no model yet: it is learning', () => {
    expect(statusLine({ saved: 10, minSaved: 10, model: null, since: null })).toBe('Learning from your reading list…');
  });
});
