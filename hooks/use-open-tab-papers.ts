// The papers on the reader's open papers tabs, loaded on mount and on refresh (Rules section).
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadOpenTabPapers, type OpenTabPapers } from '@/utils/library/open-tab-papers';

export function useOpenTabPapers() {
  const [data, setData] = useState<OpenTabPapers | null>(null);
  const [loading, setLoading] = useState(false);
  const refresh = useCallback(() => {
    setLoading(true);
    loadOpenTabPapers()
      .then(setData, () => setData({ papers: [], tabs: 0 }))
      .finally(() => setLoading(false));
  }, []);
  useEffect(refresh, [refresh]);
  return { data, loading, refresh };
}
