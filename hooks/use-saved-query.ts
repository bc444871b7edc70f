// The reading list as the Library shows it: the filter the reader chose, the page they are on,
// and the background's answer (querySaved). Stale answers (a slower earlier query) are dropped.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/utils/messaging';
import { type SavedPage, type SavedQuery } from '@/utils/types';
import type { ReadStatus } from '@/utils/types';

export const PAGE_SIZE = 25;

export type SortKey = NonNullable<SavedQuery['sort']>;

export interface ListFilter {
  text: string;
  tag: string;
  status: ReadStatus | '';
  sort: SortKey;
}

export const NO_FILTER: ListFilter = { text: '', tag: '', status: '', sort: 'savedAt' };

/** True when the filter narrows the list (sorting alone does not). */
export const isFiltering = (f: ListFilter) => !!(f.text.trim() || f.tag || f.status);

export interface SavedQueryState {
  filter: ListFilter;
  setFilter(patch: Partial<ListFilter>): void;
  page: number;
  setPage(page: number): void;
  result: SavedPage | null;
  /** Asks again (after a write of this page, whose effect may not change the state mirror). */
  refresh(): void;
}

/** `changeKey` is anything that changes when saved papers may have changed elsewhere. */
export function useSavedQuery(changeKey: unknown, onError: (err: unknown) => void): SavedQueryState {
  const [filter, setFilterState] = useState<ListFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<SavedPage | null>(null);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);

  const setFilter = useCallback((patch: Partial<ListFilter>) => {
    setFilterState((f) => ({ ...f, ...patch }));
    setPage(0);
  }, []);
  const refresh = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    const request = ++latest.current;
    const query: SavedQuery = {
      text: filter.text.trim(),
      tag: filter.tag,
      status: filter.status,
      sort: filter.sort,
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    };
    sendMessage('querySaved', query).then(
      (answer) => {
        if (request !== latest.current) return;
        // Removals can leave the page past the end: step back to the last page that exists.
        const lastPage = Math.max(0, Math.ceil(answer.total / PAGE_SIZE) - 1);
        if (page > lastPage) setPage(lastPage);
        else setResult(answer);
      },
      (err) => request === latest.current && onError(err),
    );
  }, [filter, page, tick, changeKey]);

  return { filter, setFilter, page, setPage, result, refresh };
}
