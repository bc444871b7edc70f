// Page-wide feedback for the Library: one status toast (optionally with Undo) and one error
// alert. Any component reports through useFeedback() instead of threading callbacks around.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useMemo, useRef, useState } from 'preact/hooks';
import { plainError } from '@/utils/library/plain-error';

interface Notice {
  text: string;
  undo?: () => Promise<unknown>;
}

export interface Feedback {
  /** Shows a status message; with `undo`, the toast offers an "Undo" button. */
  announce(text: string, undo?: () => Promise<unknown>): void;
  /** Shows a failure in plain words (role="alert"). */
  fail(err: unknown): void;
}

const FeedbackContext = createContext<Feedback>({ announce: () => {}, fail: (e) => console.error(e) });

export const useFeedback = () => useContext(FeedbackContext);

export function FeedbackProvider({ children }: { children: ComponentChildren }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState('');
  const undoing = useRef(false);

  const announce = useCallback((text: string, undo?: () => Promise<unknown>) => {
    setError('');
    setNotice({ text, undo });
  }, []);
  const fail = useCallback((err: unknown) => setError(plainError(err)), []);
  const value = useMemo(() => ({ announce, fail }), [announce, fail]);

  async function runUndo() {
    if (!notice?.undo || undoing.current) return;
    undoing.current = true;
    try {
      await notice.undo();
      setNotice({ text: 'Undone.' });
    } catch (err) {
      fail(err);
    } finally {
      undoing.current = false;
    }
  }

  return (
    <FeedbackContext.Provider value={value}>
      <div class="library-alert" role="alert">
        {error && (
          <p class="error">
            {error}{' '}
            <button type="button" onClick={() => setError('')}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {children}
      <div class={`library-toast${notice ? ' shown' : ''}`} role="status">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" onClick={() => void runUndo()}>
                Undo
              </button>
            )}
            <button type="button" aria-label="Dismiss message" onClick={() => setNotice(null)}>
              ×
            </button>
          </>
        )}
      </div>
    </FeedbackContext.Provider>
  );
}
