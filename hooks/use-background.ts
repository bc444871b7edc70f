// Asks the background for something whenever `key` changes; keeps the last answer meanwhile.
// A failure leaves `data` null and reports through `onError` (the Library's alert).
import { useEffect, useState } from 'preact/hooks';

export function useBackground<T>(ask: (() => Promise<T>) | null, key: string, onError: (e: unknown) => void): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    if (!ask) return setData(null);
    let live = true;
    ask().then(
      (d) => live && setData(d),
      (e) => live && onError(e),
    );
    return () => {
      live = false;
    };
  }, [key]);
  return data;
}
