// Previous / Next under the list: the reading list renders one page of rows at a time.
import { PAGE_SIZE } from '@/hooks/use-saved-query';

/** "Showing 1–50 of N" */
export function showingText(page: number, total: number): string {
  const first = page * PAGE_SIZE + 1;
  return `Showing ${first}–${Math.min(total, first + PAGE_SIZE - 1)} of ${total}`;
}

export function Pager({ page, total, onPage }: { page: number; total: number; onPage(page: number): void }) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label="Reading list pages">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page + 1} of {pages}
      </span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
