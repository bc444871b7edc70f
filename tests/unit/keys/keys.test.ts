// Keyboard triage, pure parts: key → command, "is the reader typing?", where the ring moves.
import { describe, expect, it } from 'vitest';
import { commandFor, KEY_HELP, type KeyInput } from '@/utils/keys/commands';
import { isTyping, type EditableLike } from '@/utils/keys/typing';
import { afterHide, firstInView, step } from '@/utils/keys/select';

describe('commandFor', () => {
  const k = (key: string, more: Partial<KeyInput> = {}) => commandFor({ key, ...more });

  it('maps the page keys', () => {
    expect(['j', 'k', 's', 'h', 'o', 'e', '?', 'Escape'].map((key) => k(key))).toEqual([
      'next', 'prev', 'save', 'hide', 'open', 'expand', 'help', 'escape',
    ]);
  });

  it('Shift+O opens in a new tab; other Shift+letters are the page’s', () => {
    expect(k('O', { shiftKey: true })).toBe('openNew');
    for (const key of ['J', 'K', 'S', 'H', 'E']) expect(k(key, { shiftKey: true })).toBeNull();
  });

  it('? counts with Shift (it is Shift+/ on many layouts)', () => {
    expect(k('?', { shiftKey: true })).toBe('help');
  });

  it('Caps Lock letters are the plain keys', () => {
    expect(k('J')).toBe('next');
    expect(k('S')).toBe('save');
  });

  it('never with Ctrl, Alt or Meta, nor while composing', () => {
    for (const mod of ['ctrlKey', 'altKey', 'metaKey', 'isComposing'] as const)
      for (const key of ['j', 's', 'h', 'o', '?', 'Escape']) expect(k(key, { [mod]: true }), `${mod}+${key}`).toBeNull();
  });

  it('other keys are not ours', () => {
    for (const key of ['a', 'x', '/', 'Enter', ' ', 'ArrowDown', 'Tab', 'constructor', '', 'jj']) expect(k(key)).toBeNull();
  });

  it('auto-repeat moves, but never saves, hides or opens twice', () => {
    expect(k('j', { repeat: true })).toBe('next');
    expect(k('k', { repeat: true })).toBe('prev');
    for (const key of ['s', 'h', 'o', 'e', '?']) expect(k(key, { repeat: true })).toBeNull();
  });

  it('the help list names every command key', () => {
    const listed = KEY_HELP.map((h) => h.keys.join('+'));
    expect(listed).toEqual(['j', 'k', 's', 'h', 'e', 'o', 'Shift+O', '?', 'Esc']);
    for (const h of KEY_HELP) expect(h.what.length).toBeGreaterThan(5);
  });
});

describe('isTyping', () => {
  const el = (tagName: string, more: Partial<EditableLike> & { role?: string } = {}): EditableLike => ({
    tagName,
    ...more,
    getAttribute: (n) => (n === 'role' ? (more.role ?? null) : null),
  });

  it('text fields, textareas, selects and editable content', () => {
    for (const type of ['text', 'search', 'email', 'url', 'number', 'password', 'date', 'tel', undefined])
      expect(isTyping(el('INPUT', { type })), String(type)).toBe(true);
    expect(isTyping(el('TEXTAREA'))).toBe(true);
    expect(isTyping(el('select'))).toBe(true);
    expect(isTyping(el('DIV', { isContentEditable: true }))).toBe(true);
    for (const role of ['textbox', 'searchbox', 'combobox', ' TextBox ']) expect(isTyping(el('DIV', { role })), role).toBe(true);
  });

  it('not buttons, checkboxes (the upvote widget), links or the page', () => {
    for (const type of ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image', 'hidden'])
      expect(isTyping(el('INPUT', { type })), type).toBe(false);
    for (const tag of ['BUTTON', 'A', 'BODY', 'ARTICLE', 'DIV']) expect(isTyping(el(tag)), tag).toBe(false);
    expect(isTyping(el('DIV', { role: 'button' }))).toBe(false);
    expect(isTyping(null)).toBe(false);
    expect(isTyping(undefined)).toBe(false);
    expect(isTyping({} as EditableLike)).toBe(false); // document, window: no tagName
  });
});

describe('step', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('moves to the next and previous paper, staying put at either end', () => {
    expect(step(ids, 'a', 1)).toBe('b');
    expect(step(ids, 'c', 1)).toBe('d');
    expect(step(ids, 'd', 1)).toBe('d');
    expect(step(ids, 'c', -1)).toBe('b');
    expect(step(ids, 'a', -1)).toBe('a');
  });

  it('without a ring, lands on the fallback (the first card in view), either way', () => {
    expect(step(ids, null, 1)).toBe('a');
    expect(step(ids, null, 1, 2)).toBe('c');
    expect(step(ids, null, -1, 2)).toBe('c');
    expect(step(ids, null, 1, 9)).toBe('d');
    expect(step(ids, null, 1, -3)).toBe('a');
  });

  it('when the ringed paper left the page, resumes where it was', () => {
    expect(step(['a', 'c', 'd'], 'b', 1, 1)).toBe('c');
    expect(step(['a'], 'b', -1, 1)).toBe('a');
  });

  it('nothing to move to', () => {
    expect(step([], null, 1)).toBeNull();
    expect(step([], 'a', -1)).toBeNull();
  });
});

describe('firstInView', () => {
  it('is the first card whose bottom is below the top of the viewport', () => {
    expect(firstInView([120, 480, 900])).toBe(0);
    expect(firstInView([-300, -5, 0, 40, 500])).toBe(3);
    expect(firstInView([-900, -400])).toBe(1); // all scrolled past: the last
    expect(firstInView([])).toBe(-1);
  });
});

describe('afterHide', () => {
  it('moves on to the next paper, or back at the end', () => {
    expect(afterHide(['a', 'b', 'c'], 'a')).toBe('b');
    expect(afterHide(['a', 'b', 'c'], 'b')).toBe('c');
    expect(afterHide(['a', 'b', 'c'], 'c')).toBe('b');
    expect(afterHide(['a'], 'a')).toBeNull();
    expect(afterHide(['a', 'b'], 'x')).toBeNull();
  });
});
