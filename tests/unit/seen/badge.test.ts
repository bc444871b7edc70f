// The toolbar badge: highlighted count, else new count, empty off listings and while paused (pure).
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLOR, NEW_COLOR, badgeFor } from '@/utils/seen/badge';

const on = { listing: true, paused: false, highlighted: 0, fresh: 0 };

describe('badgeFor', () => {
  it('counts highlighted papers, in the highlight colour, and says so', () => {
    expect(badgeFor({ ...on, highlighted: 4, fresh: 2 })).toEqual({
      text: '4',
      color: HIGHLIGHT_COLOR,
      title: 'PaperSift: 4 papers highlighted on this page · 2 papers new since your last visit',
    });
    expect(badgeFor({ ...on, highlighted: 1 }).title).toBe('PaperSift: 1 paper highlighted on this page');
  });

  it('falls back to the new papers, in another colour, when none is highlighted', () => {
    expect(badgeFor({ ...on, fresh: 3 })).toEqual({ text: '3', color: NEW_COLOR, title: 'PaperSift: no highlighted papers · 3 papers new since your last visit' });
    expect(NEW_COLOR).not.toBe(HIGHLIGHT_COLOR);
  });

  it('is empty with nothing to count, while paused, and off listings (single paper pages included)', () => {
    expect(badgeFor(on).text).toBe('');
    expect(badgeFor({ ...on, paused: true, highlighted: 5, fresh: 5 })).toMatchObject({ text: '', title: 'PaperSift (paused)' });
    expect(badgeFor({ ...on, listing: false, highlighted: 1 })).toMatchObject({ text: '', title: 'PaperSift' });
  });

  it('fits the button: 999+ beyond three digits', () => {
    expect(badgeFor({ ...on, highlighted: 999 }).text).toBe('999');
    expect(badgeFor({ ...on, highlighted: 1000 }).text).toBe('999+');
  });
});
