// A button whose own label says, for a moment, how its action went ("Copied", "Copy failed"):
// feedback where the reader is looking, announced politely to screen readers.
import { useState } from 'preact/hooks';

const SHOW_MS = 1500;

interface Props {
  label: string;
  /** Does the work; resolves to the text to show. */
  run(): Promise<string>;
  /** Shown when run() throws. */
  failed: string;
  title?: string;
  class?: string;
}

export function FeedbackButton({ label, run, failed, title, class: className }: Props) {
  const [done, setDone] = useState('');
  async function click() {
    let text: string;
    try {
      text = await run();
    } catch {
      text = failed;
    }
    setDone(text);
    setTimeout(() => setDone(''), SHOW_MS);
  }
  return (
    <button type="button" class={className} title={title} onClick={() => void click()} aria-live="polite">
      {done || label}
    </button>
  );
}
