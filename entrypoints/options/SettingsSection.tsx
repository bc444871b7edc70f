// Settings: how hidden papers and papers seen before look on the page, and the pause switch.
import { sendMessage } from '@/utils/messaging';
import type { HideMode, SeenMode, Settings } from '@/utils/types';
import { PauseSwitch } from '@/components/PauseSwitch';
import { RadioGroup } from '@/components/RadioGroup';
import type { Choice } from '@/components/SelectField';
import { SyncSettings } from './SyncSettings';
import { useFeedback } from '@/components/library/feedback';

const HIDE_MODES: Choice<HideMode>[] = [
  ['placeholder', 'Show a one-line placeholder'],
  ['dim', 'Dim it'],
  ['remove', 'Remove it entirely'],
];

const SEEN_MODES: Choice<SeenMode>[] = [
  ['mark', 'Only mark the new ones'],
  ['dim', 'Dim the ones seen before'],
  ['fold', 'Fold the ones seen before to one line'],
];

export function SettingsSection({ settings, onSyncReceived }: { settings: Settings; onSyncReceived(): void }) {
  const { fail } = useFeedback();
  return (
    <section id="settings" aria-label="Settings">
      <h2>Settings</h2>
      <RadioGroup
        legend="When a rule hides a paper"
        name="hideMode"
        class="hide-modes"
        value={settings.hideMode}
        choices={HIDE_MODES}
        onChange={(hideMode) => void sendMessage('setSettings', { hideMode }).catch(fail)}
      />
      <RadioGroup
        legend="Papers you have already seen on a listing"
        name="seenMode"
        class="hide-modes"
        value={settings.seenMode ?? 'mark'}
        choices={SEEN_MODES}
        onChange={(seenMode) => void sendMessage('setSettings', { seenMode }).catch(fail)}
      />
      <PauseSwitch paused={settings.paused} />
      <SyncSettings onReceived={onSyncReceived} />
    </section>
  );
}
