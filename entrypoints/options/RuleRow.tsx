// One tag rule: what it is, its matches on open tabs and over the last 30 days, and
// Enabled / Edit / Move / Delete.
import { sendMessage } from '@/utils/messaging';
import type { PaperInfo, Rule } from '@/utils/types';
import { useFeedback } from '@/components/library/feedback';
import { plural } from '@/utils/library/format';
import { conditionsLabel } from '@/utils/rules/conditions';
import type { RuleHistory } from '@/utils/history/series';
import { Sparkline } from './Sparkline';

interface Props {
  rule: Rule;
  first: boolean;
  last: boolean;
  /** Open-tab papers this rule matches; null while the tabs are being read. */
  matches: PaperInfo[] | null;
  /** Matches per day over the last 30 days; null while read. */
  history: RuleHistory | null;
  onEdit(rule: Rule): void;
  onMove(rule: Rule, delta: -1 | 1): void;
}

export function RuleRow({ rule, first, last, matches, history, onEdit, onMove }: Props) {
  const { announce, fail } = useFeedback();

  async function setEnabled(enabled: boolean) {
    try {
      await sendMessage('putRule', { ...rule, terms: rule.terms, enabled });
    } catch (err) {
      fail(err);
    }
  }

  async function remove() {
    try {
      const deleted = await sendMessage('deleteRule', { id: rule.id });
      if (deleted) announce(`Deleted rule “${deleted.tag}”`, () => sendMessage('restoreRule', deleted));
    } catch (err) {
      fail(err);
    }
  }

  return (
    <li class={`rule-row${rule.enabled ? '' : ' disabled'}`} data-papersift-rule={rule.id}>
      <span class="swatch" style={{ background: rule.color }} title={`Colour ${rule.color}`} />
      <div class="rule-main">
        <span class="chip">{rule.tag}</span> <strong>{rule.action}</strong>
        <span class="hint"> in {rule.fields.join(', ')}</span>
        <div class="terms">{rule.terms.join(', ')}</div>
        {rule.conditions && <div class="conditions">Only if {conditionsLabel(rule.conditions)}</div>}
      </div>
      <div class="rule-controls">
        <label>
          <input type="checkbox" checked={rule.enabled} onChange={(e) => void setEnabled(e.currentTarget.checked)} />
          Enabled
        </label>
        <button type="button" onClick={() => onEdit(rule)}>
          Edit
        </button>
        <button type="button" disabled={first} onClick={() => onMove(rule, -1)}>
          Move up
        </button>
        <button type="button" disabled={last} onClick={() => onMove(rule, 1)}>
          Move down
        </button>
        <button type="button" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      {history && <Sparkline history={history} />}
      <div class="rule-matches">
        {matches === null ? (
          'Counting matches on open tabs…'
        ) : matches.length === 0 ? (
          '0 matches on open tabs'
        ) : (
          <details>
            <summary>{plural(matches.length, 'match', 'matches')} on open tabs</summary>
            <ul>
              {matches.map((p) => (
                <li key={p.id}>
                  <a href={p.hfUrl} target="_blank" rel="noopener noreferrer">
                    {p.title}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </li>
  );
}
