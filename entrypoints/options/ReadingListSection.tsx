// The reading list: filters, selection with bulk actions, one page of paper rows.
import { useEffect, useMemo } from 'preact/hooks';
import type { Selection } from '@/hooks/use-selection';
import { isFiltering, NO_FILTER, type SavedQueryState } from '@/hooks/use-saved-query';
import { ListFilters } from './ListFilters';
import { BulkBar } from './BulkBar';
import { PaperRow } from './PaperRow';
import { Pager, showingText } from './Pager';

const TAG_LIST_ID = 'papersift-known-tags';

export function ReadingListSection({ list, selection }: { list: SavedQueryState; selection: Selection }) {
  const { result, filter, setFilter, page, setPage, refresh } = list;
  const knownTags = useMemo(() => Object.keys(result?.tagCounts ?? {}).sort(), [result?.tagCounts]);
  const allInFilterSelected = !!result && result.total > 0 && result.ids.every((id) => selection.has(id));

  // `npm run bench` reads this mark: time from page start to the first rows on screen.
  const hasRows = !!result?.rows.length;
  useEffect(() => {
    if (hasRows && !performance.getEntriesByName('papersift:first-rows').length) performance.mark('papersift:first-rows');
  }, [hasRows]);

  function goToPage(next: number) {
    setPage(next);
    document.getElementById('reading-list')?.scrollIntoView({ block: 'start' });
  }

  return (
    <section id="reading-list" aria-label="Reading list">
      <h2>Reading list</h2>
      {result?.all === 0 ? (
        <p class="empty">No saved papers yet. Use “Save to reading list” on any Hugging Face papers page.</p>
      ) : (
        <>
          <ListFilters filter={filter} onChange={setFilter} counts={result} />
          <datalist id={TAG_LIST_ID}>
            {knownTags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <div class="list-summary">
            <span>{result ? (result.total ? showingText(page, result.total) : 'No saved papers match.') : 'Loading…'}</span>
            {result && result.total > 0 && !allInFilterSelected && (
              <button type="button" onClick={() => selection.selectOnly(result.ids)}>
                Select all {result.total} in this filter
              </button>
            )}
            {result && result.total === 0 && isFiltering(filter) && (
              <button type="button" onClick={() => setFilter({ ...NO_FILTER, sort: filter.sort })}>
                Clear filters
              </button>
            )}
          </div>
          {selection.size > 0 && <BulkBar selection={selection} tagListId={TAG_LIST_ID} onChanged={refresh} />}
          {result && result.rows.length > 0 && (
            <ul class="paper-list" aria-label="Saved papers">
              {result.rows.map((paper) => (
                <PaperRow
                  key={paper.id}
                  paper={paper}
                  selected={selection.has(paper.id)}
                  onSelect={selection.toggle}
                  knownTags={knownTags}
                  onChanged={refresh}
                />
              ))}
            </ul>
          )}
          {result && <Pager page={page} total={result.total} onPage={goToPage} />}
        </>
      )}
    </section>
  );
}
