// One saved paper: links, selection checkbox, and its Tags / Status / Note fields, which save
// as they are edited (SPEC Library contract names). Stored text is rendered as text only.
import { memo } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { type PaperPatch } from '@/utils/types';
import type { ReadStatus, SavedPaper } from '@/utils/types';
import { useFeedback } from '@/components/library/feedback';
import { byline, day, plural } from '@/utils/library/format';
import { copyBibtex } from '@/utils/library/export-papers';
import { StatusSelect } from '@/components/StatusSelect';
import { TagsField } from './TagsField';
import { NoteField } from './NoteField';
import { useFlash } from '@/hooks/use-flash';

interface Props {
  paper: SavedPaper;
  selected: boolean;
  onSelect(id: string, on: boolean): void;
  knownTags: readonly string[];
  /** After a write of this row (the list's counts may change). */
  onChanged(): void;
}

export const PaperRow = memo(function PaperRow({ paper, selected, onSelect, knownTags, onChanged }: Props) {
  const { announce, fail } = useFeedback();
  const [savedShown, flashSaved] = useFlash();
  const [status, setStatus] = useState(paper.status);
  useEffect(() => setStatus(paper.status), [paper.status]);

  async function save(patch: PaperPatch): Promise<boolean> {
    try {
      await sendMessage('updatePapers', { ids: [paper.id], patch });
      flashSaved();
      onChanged();
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  }

  async function changeStatus(next: ReadStatus) {
    setStatus(next);
    if (!(await save({ status: next }))) setStatus(paper.status);
  }

  async function remove() {
    try {
      const removed = await sendMessage('removePapers', { ids: [paper.id] });
      announce(`Removed ${plural(removed.length, 'paper')}`, () => sendMessage('restorePapers', { papers: removed }));
      onChanged();
    } catch (err) {
      fail(err);
    }
  }

  async function copy() {
    try {
      await copyBibtex(paper);
      announce(`Copied the BibTeX of “${paper.title}”`);
    } catch (err) {
      fail(err);
    }
  }

  const meta = [
    byline(paper.authors),
    paper.publishedAt ? `published ${day(paper.publishedAt)}` : '',
    paper.upvotes !== null && paper.upvotes !== undefined ? plural(paper.upvotes, 'upvote') : '',
    `saved ${day(paper.savedAt)}`,
  ].filter(Boolean);

  // A pasted id waits for its title from the API (or has none there): its arXiv id stands in.
  const title = paper.title || `arXiv:${paper.id}`;
  return (
    <li class={`paper-row${selected ? ' selected' : ''}`} data-papersift-paper={paper.id}>
      <input
        type="checkbox"
        aria-label={`Select ${title}`}
        checked={selected}
        onChange={(e) => onSelect(paper.id, e.currentTarget.checked)}
      />
      <div class="paper-main">
        <a class="title" href={paper.hfUrl} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
        <div class="meta">{meta.join(' · ')}</div>
        {paper.arrived && paper.complete === false && (
          <div class="arrived">Arrived from your other browser · title and authors not fetched yet</div>
        )}
        <div class="links">
          <a href={paper.hfUrl} target="_blank" rel="noopener noreferrer">
            Hugging Face
          </a>
          <a href={paper.arxivUrl} target="_blank" rel="noopener noreferrer">
            arXiv
          </a>
          <button type="button" onClick={() => void copy()}>
            Copy BibTeX
          </button>
        </div>
      </div>
      <div class="paper-edit">
        <TagsField paperId={paper.id} tags={paper.tags} knownTags={knownTags} onSave={(tags) => void save({ tags })} />
        <StatusSelect label="Status" value={status} onChange={(next) => void changeStatus(next)} />
        <NoteField note={paper.note} onSave={(note) => save({ note })} />
        <div class="row-actions">
          <span class="saved-flag" aria-live="polite">
            {savedShown ? 'Saved' : ''}
          </span>
          <button type="button" onClick={() => void remove()}>
            Remove
          </button>
        </div>
      </div>
    </li>
  );
});
