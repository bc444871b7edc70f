// The Library's selection of saved papers: a set of ids shared by the reading list (checkboxes,
// bulk actions) and the Import and export section (exports act on the selection first).
import { useCallback, useMemo, useState } from 'preact/hooks';

export interface Selection {
  ids: ReadonlySet<string>;
  size: number;
  has(id: string): boolean;
  toggle(id: string, on: boolean): void;
  /** Replaces the selection (e.g. "Select all N in this filter"). */
  selectOnly(ids: readonly string[]): void;
  clear(): void;
  /** Forgets ids that are no longer saved (removed here or in another tab). */
  keepOnly(existing: readonly string[]): void;
}

export function useSelection(): Selection {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());

  const toggle = useCallback((id: string, on: boolean) => {
    setIds((prev) => {
      if (prev.has(id) === on) return prev;
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const selectOnly = useCallback((list: readonly string[]) => setIds(new Set(list)), []);
  const clear = useCallback(() => setIds((prev) => (prev.size ? new Set() : prev)), []);
  const keepOnly = useCallback((existing: readonly string[]) => {
    setIds((prev) => {
      if (!prev.size) return prev;
      const alive = new Set(existing);
      const next = new Set([...prev].filter((id) => alive.has(id)));
      return next.size === prev.size ? prev : next;
    });
  }, []);

  return useMemo(
    () => ({ ids, size: ids.size, has: (id: string) => ids.has(id), toggle, selectOnly, clear, keepOnly }),
    [ids, toggle, selectOnly, clear, keepOnly],
  );
}
