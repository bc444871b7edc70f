// "Pause PaperSift": turns every decoration off and on in all tabs, without reload.
import { sendMessage } from '@/utils/messaging';

export function PauseSwitch({ paused }: { paused: boolean }) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={paused}
        aria-checked={paused}
        onChange={(e) => void sendMessage('setSettings', { paused: e.currentTarget.checked })}
      />
      Pause PaperSift
    </label>
  );
}
