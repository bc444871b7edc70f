// The paste box: any text holding arXiv ids or URLs, Hugging Face paper URLs, arXiv DOIs or a
// Hugging Face collection URL becomes saved papers.
import { useState } from 'preact/hooks';
import { ImportStatus } from '@/components/ImportStatus';
import { useImport } from '@/hooks/use-import';
import { importPasted } from '@/utils/library/paste-import';

export function PastePapers({ onImported }: { onImported(): void }) {
  const [text, setText] = useState('');
  const { report, busy, run } = useImport(onImported);

  async function add() {
    if (await run(() => importPasted(text))) setText('');
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
      <ImportStatus {...report} />
    </div>
  );
}
