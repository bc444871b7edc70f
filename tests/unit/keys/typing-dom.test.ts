// @vitest-environment happy-dom
// isTyping on real elements (the duck type must match what the DOM gives).
import { expect, it } from 'vitest';
import { isTyping } from '@/utils/keys/typing';

const html = (s: string) => {
  document.body.innerHTML = s; // test markup only
  return document.body.firstElementChild!;
};

it('reads real inputs, textareas, selects and editable content', () => {
  expect(isTyping(html('<input name="daily-papers-search" type="search">'))).toBe(true);
  expect(isTyping(html('<input>'))).toBe(true);
  expect(isTyping(html('<input type="bogus">'))).toBe(true); // an unknown type is a text field
  expect(isTyping(html('<textarea></textarea>'))).toBe(true);
  expect(isTyping(html('<select><option>a</option></select>'))).toBe(true);
  expect(isTyping(html('<div role="textbox"></div>'))).toBe(true);
  expect(isTyping(html('<div contenteditable="true"></div>'))).toBe(true);
  expect(isTyping(html('<input type="checkbox">'))).toBe(false);
  expect(isTyping(html('<button>Save</button>'))).toBe(false);
  expect(isTyping(html('<a href="/papers/2506.14429">x</a>'))).toBe(false);
  expect(isTyping(document.body)).toBe(false);
});
