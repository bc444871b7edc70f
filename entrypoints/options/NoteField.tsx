// A paper's note: any text, always shown as text. Saves ~500 ms after typing stops and on
// blur; a pending save is not lost when the row goes away (paging, filtering).
import { useEffect, useRef, useState } from 'preact/hooks';
import { Field } from '@/components/Field';

const DEBOUNCE_MS = 500;

interface Props {
  note: string;
  /** Resolves to false when the save failed (the text is kept and sent again later). */
  onSave(note: string): Promise<boolean>;
}

export function NoteField({ note, onSave }: Props) {
  const [draft, setDraft] = useState(note);
  const focused = useRef(false);
  const sent = useRef(note);
  const pending = useRef<{ text: string; timer: ReturnType<typeof setTimeout> } | null>(null);
  const save = useRef(onSave);
  save.current = onSave;
  const stored = useRef(note);
  stored.current = note;

  useEffect(() => {
    if (focused.current) return;
    setDraft(note);
    sent.current = note;
  }, [note]);

  function flush() {
    const job = pending.current;
    if (!job) return;
    clearTimeout(job.timer);
    pending.current = null;
    if (job.text === sent.current) return;
    sent.current = job.text;
    void save.current(job.text).then((ok) => {
      // Failed: remember that the stored note is still the old one, so the text is sent again.
      if (!ok && sent.current === job.text) sent.current = stored.current;
    });
  }

  // Unmounting (another page of the list) saves what is still waiting.
  useEffect(() => flush, []);

  function schedule(text: string) {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = { text, timer: setTimeout(flush, DEBOUNCE_MS) };
  }

  return (
    <Field label="Note" class="note">
      {(id) => (
        <textarea
          id={id}
          value={draft}
          rows={2}
          onFocus={() => (focused.current = true)}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            schedule(e.currentTarget.value);
          }}
          onBlur={(e) => {
            focused.current = false;
            schedule(e.currentTarget.value);
            flush();
          }}
        />
      )}
    </Field>
  );
}
