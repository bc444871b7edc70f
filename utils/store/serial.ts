// Writes to the Library one after another. An import reads what is stored, merges the file into
// it and writes the result; a second import or an edit landing in between would be overwritten
// by it (or overwrite it). IndexedDB only serialises single transactions, and an import's read
// (the memory copy) and its write are not one transaction, so the background queues them here.
let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs `fn` once every write queued before it has settled; a failure does not stop the queue.
 * `fn` must not wait for another serial() call: it would wait for itself.
 */
export function serial<T>(fn: () => Promise<T>): Promise<T> {
  const run = tail.then(fn);
  tail = run.catch(() => {});
  return run;
}
