// The keyboard help dialog ("?" on a listing): every key and what it does, modal, closed by ?,
// Escape, its Close button or a click on the backdrop. Built with DOM calls only.
import { KEY_HELP } from '@/utils/keys/commands';

/** Opens the dialog; `onClose` runs when the reader closes it (Escape natively, Close, the backdrop). */
export function openKeysHelp(doc: Document, onClose: () => void): HTMLDialogElement {
  const d = doc.createElement('dialog');
  d.setAttribute('data-papersift-ui', '');
  d.setAttribute('data-papersift-keys', '');
  d.setAttribute('aria-labelledby', 'papersift-keys-title');
  const h = doc.createElement('h2');
  h.id = 'papersift-keys-title';
  h.textContent = 'PaperSift keyboard shortcuts';
  const dl = doc.createElement('dl');
  for (const k of KEY_HELP) {
    const dt = doc.createElement('dt'), dd = doc.createElement('dd');
    k.keys.forEach((key, i) => {
      const kbd = doc.createElement('kbd');
      kbd.textContent = key;
      dt.append(...(i ? ['+', kbd] : [kbd]));
    });
    dd.textContent = k.what;
    dl.append(dt, dd);
  }
  const note = doc.createElement('p');
  note.textContent = 'Off while you type in a field or while PaperSift is paused.';
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.addEventListener('click', onClose);
  d.addEventListener('close', onClose); // Escape closed it natively
  d.addEventListener('click', (e) => e.target === d && onClose()); // the backdrop
  d.append(h, dl, note, close);
  (doc.body ?? doc.documentElement).append(d);
  d.showModal();
  return d;
}

/** Closes and removes the dialog. */
export function closeKeysHelp(d: HTMLDialogElement | null): void {
  if (d?.open) d.close();
  d?.remove();
}
