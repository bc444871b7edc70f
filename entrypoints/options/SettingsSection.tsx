// Settings: how hidden papers and papers seen before look on the page, and the pause switch.
import { sendMessage } from '@/utils/messaging';
import type { HideMode, SeenMode, Settings } from '@/utils/types';
import { PauseSwitch } from '@/components/PauseSwitch';
import { SyncSettings } from './SyncSettings';
import { useFeedback } from '@/components/library/feedback';

const HIDE_MODES: [HideMode, string][] = [
  ['placeholder', 'Show a one-line placeholder'],
  ['dim', 'Dim it'],
  ['remove', 'Remove it entirely'],
];

const SEEN_MODES: [SeenMode, string][] = [
  ['mark', 'Only mark the new ones'],
  ['dim', 'Dim the ones seen before'],
  ['fold', 'Fold the ones seen before to one line'],
];

export function SettingsSection({ settings, onSyncReceived }: { settings: Settings; onSyncReceived(): void }) {
  const { fail } = useFeedback();
  return (
    <section id="settings" aria-label="Settings">
      <h2>Settings</h2>
      <fieldset class="hide-modes">
        <legend>When a rule hides a paper</legend>
        {HIDE_MODES.map(([mode, text]) => (
          <label key={mode}>
            <input
              type="radio"
              name="hideMode"
              value={mode}
              checked={settings.hideMode === mode}
              onChange={() => void sendMessage('setSettings', { hideMode: mode }).catch(fail)}
            />
            {text}
          </label>
        ))}
      </fieldset>
      <fieldset class="hide-modes">
        <legend>Papers you have already seen on a listing</legend>
        {SEEN_MODES.map(([mode, text]) => (
          <label key={mode}>
            <input
              type="radio"
              name="seenMode"
              value={mode}
              checked={(settings.seenMode ?? 'mark') === mode}
              onChange={() => void sendMessage('setSettings', { seenMode: mode }).catch(fail)}
            />
            {text}
          </label>
        ))}
      </fieldset>
      <PauseSwitch paused={settings.paused} />
      <SyncSettings onReceived={onSyncReceived} />
    </section>
  );
}
