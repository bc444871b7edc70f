// Rules: the list in order of precedence, matches on open tabs and over 30 days, the add /
// edit form, and rules suggested from what the reader saves and hides.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { type PageState } from '@/utils/types';
import type { Rule } from '@/utils/types';
import { useFeedback } from '@/components/library/feedback';
import { useOpenTabPapers } from '@/hooks/use-open-tab-papers';
import { matchesByRule } from '@/utils/library/rule-matches';
import { plural } from '@/utils/library/format';
import { RuleRow } from './RuleRow';
import { RuleEditor } from './RuleEditor';
import { SuggestedRules } from './SuggestedRules';
import { useBackground } from '@/hooks/use-background';

export function RulesSection({ state }: { state: PageState | null }) {
  const rules = state?.rules ?? null;
  const { fail } = useFeedback();
  const tabs = useOpenTabPapers();
  const rulesKey = JSON.stringify(rules);
  // Asked again when rules change and on Refresh (pages may have reported new matches meanwhile).
  const history = useBackground(() => sendMessage('ruleHistory'), `${rulesKey}|${tabs.data ? tabs.loading : ''}`, fail);
  const suggestKey = JSON.stringify([rulesKey, state?.savedIds.length, state && Object.values(state.manual).filter((m) => m.hidden).length]);
  const [editing, setEditing] = useState<Rule | null>(null);
  const sorted = useMemo(() => [...(rules ?? [])].sort((a, b) => a.order - b.order), [rules]);
  const matches = useMemo(() => (tabs.data ? matchesByRule(sorted, tabs.data.papers) : null), [sorted, tabs.data]);
  const refocus = useRefocusAfterMove(sorted);

  async function move(rule: Rule, delta: -1 | 1) {
    const ids = sorted.map((r) => r.id);
    const at = ids.indexOf(rule.id);
    const to = at + delta;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to], ids[at]];
    refocus.expect(rule.id, delta < 0 ? 'Move up' : 'Move down');
    try {
      await sendMessage('reorderRules', { ids });
    } catch (err) {
      fail(err);
    }
  }

  const tabSummary = !tabs.data
    ? 'Reading open Hugging Face papers tabs…'
    : tabs.data.tabs === 0
      ? 'No Hugging Face papers tabs are open: open one to see what each rule matches.'
      : `${plural(tabs.data.papers.length, 'paper')} on ${plural(tabs.data.tabs, 'open tab')}`;

  return (
    <section id="rules" aria-label="Rules">
      <h2>Rules</h2>
      <p class="precedence">
        A paper that matches a highlight rule is never hidden by a hide rule; your own per-paper choices (Hide /
        Highlight / Show) beat every rule.
      </p>
      <div class="list-summary">
        <span>{tabSummary}</span>
        <button type="button" disabled={tabs.loading} onClick={tabs.refresh}>
          Refresh
        </button>
      </div>
      {rules && sorted.length === 0 && <p class="empty">No rules yet. Add one below.</p>}
      {sorted.length > 0 && (
        <ol class="rule-list" aria-label="Rules in order">
          {sorted.map((rule, i) => (
            <RuleRow
              key={rule.id}
              rule={rule}
              first={i === 0}
              last={i === sorted.length - 1}
              matches={matches?.get(rule.id) ?? null}
              history={history?.[rule.id] ?? null}
              onEdit={setEditing}
              onMove={move}
            />
          ))}
        </ol>
      )}
      <h3>{editing ? `Edit rule “${editing.tag}”` : 'Add a rule'}</h3>
      <RuleEditor key={editing?.id ?? 'new'} rule={editing} papers={tabs.data?.papers ?? null} onDone={() => setEditing(null)} />
      <SuggestedRules dataKey={suggestKey} savedCount={state?.savedIds.length ?? 0} papers={tabs.data?.papers ?? null} />
    </section>
  );
}

/** Keeps keyboard focus on the moved rule's button once the new order arrives. */
function useRefocusAfterMove(rules: Rule[]) {
  const wanted = useRef<{ id: string; button: string } | null>(null);
  useEffect(() => {
    const want = wanted.current;
    if (!want) return;
    const row = [...document.querySelectorAll<HTMLElement>('[data-papersift-rule]')].find((el) => el.dataset.papersiftRule === want.id);
    if (!row) return;
    wanted.current = null;
    const buttons = [...row.querySelectorAll('button')];
    const same = buttons.find((b) => b.textContent === want.button && !b.disabled);
    (same ?? buttons.find((b) => /^Move /.test(b.textContent ?? '') && !b.disabled))?.focus();
  }, [rules]);
  return { expect: (id: string, button: string) => (wanted.current = { id, button }) };
}
