// The popup's "Keyboard" section: the page keys of keyboard triage, and the browser shortcut
// that opens this popup (the only one a browser can bind: commands need Ctrl or Alt).
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { KEY_HELP } from '@/utils/keys/commands';

export function KeyboardHelp() {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === '_execute_action')?.shortcut || ''))
      .catch(() => {});
  }, []);
  return (
    <details class="keys">
      <summary>Keyboard</summary>
      <p>Page keys on papers listings (not while typing in a field, nor while paused):</p>
      <dl>
        {KEY_HELP.map((k) => (
          <Fragment key={k.keys.join('+')}>
            <dt>{k.keys.map((key, i) => (i ? ['+', <kbd>{key}</kbd>] : <kbd>{key}</kbd>))}</dt>
            <dd>{k.what}</dd>
          </Fragment>
        ))}
      </dl>
      <p>
        {shortcut ? (
          <>
            <kbd>{shortcut}</kbd> opens this popup.{' '}
          </>
        ) : shortcut === '' ? (
          'No shortcut opens this popup yet. '
        ) : null}
        Set that shortcut in the browser's extension shortcut settings; the single-letter page keys are not
        browser shortcuts and cannot be changed there.
      </p>
    </details>
  );
}
