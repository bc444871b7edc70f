// The paste box: any text holding arXiv ids or URLs, Hugging Face paper URLs, arXiv DOIs or a
// Hugging Face collection URL becomes saved papers.
import { useState } from 'preact/hooks';
import { importMessage } from '@/utils/library/import-file';
import { importPasted } from '@/utils/library/paste-import';
import { plainError } from '@/utils/library/plain-error';
import type { Skipped } from '@/utils/import/types';
import { ImportStatus } from './ImportStatus';

export function PastePapers({ onImported }: { onImported(): void }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const [skipped, setSkipped] = useState<Skipped[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function add() {
    setBusy(true);
    setMessage('');
    setSkipped([]);
    setError('');
    try {
      const outcome = await importPasted(text);
      setMessage(importMessage(outcome));
      setSkipped(outcome.skipped);
      setText('');
      onImported();
    } catch (err) {
      setError(plainError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="paste-papers">
      <label>
        Paste papers
        <textarea
          rows={4}
          value={text}
          placeholder="arXiv ids or links, Hugging Face paper or collection links, arXiv DOIs…"
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <button type="button" disabled={busy || !text.trim()} onClick={() => void add()}>
        Add pasted papers
      </button>
      <ImportStatus message={message} skipped={skipped} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
