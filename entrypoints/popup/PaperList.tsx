// The tab's papers with Save / Hide / Highlight toggles (pressed state reflects the state).
import { sendMessage } from '@/utils/messaging';
import { type PageState, type TabPaper } from '@/utils/types';
import { CopyBibtex } from './CopyBibtex';
import { stripView } from '@/utils/view/tab-papers';

function byline(p: TabPaper): string {
  if (p.authors?.length) return p.authors.length > 3 ? `${p.authors.slice(0, 3).join(', ')} +${p.authors.length - 3}` : p.authors.join(', ');
  if (p.org) return p.org;
  return p.authorCount ? `${p.authorCount} authors` : '';
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');

export function PaperList({ papers, scores, state, onError }: { papers: TabPaper[]; scores?: Map<string, number>; state: PageState; onError: (message: string) => void }) {
  const manual = (id: string) => state.manual[id] ?? { id };
  // Every change goes to the background; a refusal (e.g. storage full) is shown, nothing else changes.
  const act = (p: Promise<unknown>) => void p.then(() => onError('')).catch((e: Error) => onError(e.message || 'PaperSift could not do that.'));
  return (
    <ul class="papers">
      {papers.map((p) => (
        <li key={p.id} data-papersift-paper={p.id} class={p.highlighted ? 'hl' : p.hidden ? 'hidden' : ''}>
          <a class="title" href={p.hfUrl} target="_blank" rel="noopener">
            {p.title}
          </a>
          <div class="meta">
            {[byline(p), day(p.publishedAt), p.upvotes !== null ? `▲ ${p.upvotes}` : '', scores?.has(p.id) ? `For you ${scores.get(p.id)}` : '']
              .filter(Boolean)
              .join(' · ')}
          </div>
          {p.tags.length > 0 && (
            <div class="tags">
              {p.tags.map((t) => (
                <span class="chip" key={t} title={p.reasons.find((r) => r.tag === t)?.label}>
                  {t}
                </span>
              ))}
            </div>
          )}
          <div class="actions">
            <button
              type="button"
              aria-pressed={p.saved}
              onClick={() => act(p.saved ? sendMessage('removePapers', { ids: [p.id] }) : sendMessage('savePaper', { paper: stripView(p) }))}
            >
              Save
            </button>
            <button
              type="button"
              aria-pressed={!!p.hidden}
              onClick={() => act(sendMessage('setManual', p.hidden ? { id: p.id, shown: true } : { id: p.id, hidden: true }))}
            >
              Hide
            </button>
            <button
              type="button"
              aria-pressed={p.highlighted}
              onClick={() => act(sendMessage('setManual', { ...manual(p.id), highlight: !p.highlighted, hidden: false }))}
            >
              Highlight
            </button>
            <CopyBibtex paper={p} />
          </div>
        </li>
      ))}
    </ul>
  );
}
