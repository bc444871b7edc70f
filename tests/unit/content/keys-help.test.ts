// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { closeKeysHelp, openKeysHelp } from '@/entrypoints/papers.content/keys-help';
import { KEY_HELP } from '@/utils/keys/commands';

it('lists every key and what it does in a modal dialog named by its heading; Close and the backdrop close it', () => {
  const onClose = vi.fn();
  const d = openKeysHelp(document, onClose);
  expect(d.open).toBe(true);
  const title = document.getElementById(d.getAttribute('aria-labelledby')!)!;
  expect(title.textContent).toBe('PaperSift keyboard shortcuts');
  expect([...d.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(KEY_HELP.map((k) => k.what));
  expect([...d.querySelectorAll('dt')].map((dt) => [...dt.querySelectorAll('kbd')].map((k) => k.textContent))).toEqual(KEY_HELP.map((k) => [...k.keys]));
  [...d.querySelectorAll('button')].find((b) => b.textContent === 'Close')!.click();
  expect(onClose).toHaveBeenCalledTimes(1);
  d.dispatchEvent(new MouseEvent('click', { bubbles: true })); // on the backdrop: the dialog itself
  expect(onClose).toHaveBeenCalledTimes(2);
  closeKeysHelp(d);
  expect(d.isConnected).toBe(false);
});
