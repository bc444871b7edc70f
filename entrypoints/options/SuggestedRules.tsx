// "Suggested rules": terms that set the reader's saved papers apart from the hidden ones
// (computed by the background from stored papers; nothing leaves the browser), each with
// what it would do on the open tabs and one click to add it.
import { useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { DEFAULT_COLORS } from '@/utils/paper/colors';
import { DEFAULT_FIELDS, type PaperInfo, type Rule } from '@/utils/types';
import { MIN_SAVED, type Suggestion } from '@/utils/suggest';
import { useFeedback } from '@/components/library/feedback';
import { useBackground } from '@/hooks/use-background';
import { papersMatching } from '@/utils/library/rule-matches';
import { plural } from '@/utils/library/format';

interface Props {
  /** Changes whenever saved papers, manual marks or rules change: the suggestions are asked again. */
  dataKey: string;
  savedCount: number;
  /** Open-tab papers for the previews; null while they are read. */
  papers: PaperInfo[] | null;
}

export const suggestionRule = (s: Suggestion): Rule => ({
  id: `suggestion-${s.action}-${s.tag}`, tag: s.tag, terms: [s.term], fields: [...DEFAULT_FIELDS],
  action: s.action, color: DEFAULT_COLORS[s.action], enabled: true, order: 0,
});

export function SuggestedRules({ dataKey, savedCount, papers }: Props) {
  const { announce, fail } = useFeedback();
  const enough = savedCount >= MIN_SAVED;
  const suggestions = useBackground(enough ? () => sendMessage('suggestRules') : null, `${enough}|${dataKey}`, fail);
  const [adding, setAdding] = useState('');

  async function add(s: Suggestion) {
    setAdding(s.term);
    try {
      const rule = await sendMessage('putRule', { terms: [s.term], action: s.action, tag: s.tag });
      announce(`Rule “${rule.tag}” added`, () => sendMessage('deleteRule', { id: rule.id }));
    } catch (err) {
      fail(err);
    } finally {
      setAdding('');
    }
  }

  return (
    <div class="suggestions">
      <h3 id="suggested-rules">Suggested rules</h3>
      <p class="hint">
        Terms that set the papers you save apart from the ones you hide, worked out in your browser from your own papers.
        Nothing leaves your browser.
      </p>
      {!enough ? (
        <p class="empty">
          Save at least {MIN_SAVED} papers (you have {savedCount}) to get suggestions; hiding papers you don’t want helps too.
        </p>
      ) : suggestions === null ? (
        <p class="empty">Looking for distinctive terms…</p>
      ) : suggestions.length === 0 ? (
        <p class="empty">No distinctive terms yet: save or hide a few more papers and check back.</p>
      ) : (
        <ul class="suggestion-list" aria-labelledby="suggested-rules">
          {suggestions.map((s) => (
            <li key={`${s.action}:${s.term}`} data-papersift-suggestion={s.term}>
              <span class={`action ${s.action}`}>{s.action}</span> <code>{s.term}</code>
              <span class="hint">
                {' '}
                in {s.saved.with} of {plural(s.saved.of, 'saved paper')} · {s.other.with} of {s.other.of}{' '}
                {s.other.kind === 'hidden' ? 'hidden' : 'other papers seen'}
              </span>
              <span class="preview">{preview(s, papers)}</span>
              <button type="button" disabled={!!adding} onClick={() => void add(s)}>
                Add
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function preview(s: Suggestion, papers: PaperInfo[] | null): string {
  if (!papers) return 'Reading open tabs…';
  const n = papersMatching(suggestionRule(s), papers).length;
  return `Would ${s.action === 'hide' ? 'hide' : 'highlight'} ${plural(n, 'paper')} on open tabs`;
}
