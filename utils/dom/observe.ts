// One batched MutationObserver (uBlock Origin style): mutations only queue; one animation
// frame does the work. PaperSift's own insertions are ignored, so decorating never
// re-triggers it. The batch receives the elements whose content changed.
const OURS = ':is([data-papersift-ui], mark[data-papersift-mark])'; // one :is() matches faster than a list
const UI = '[data-papersift-ui]';
const isOurs = (n: Node): boolean =>
  n.nodeType === 1 ? !!(n as Element).closest(OURS) : !!n.parentElement?.closest(OURS);

export function observeAdded(root: Node, onBatch: (changed: Set<Element>) => void, signal: AbortSignal): () => void {
  let queued: Set<Element> | null = null;
  const flush = () => {
    const batch = queued;
    queued = null;
    if (batch && !signal.aborted) onBatch(batch);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) {
      // A removed mark counts: the page re-rendering a title takes our marks with its old text.
      // (Our own unmarking then costs one more pass, which finds nothing to change.)
      const foreign = [...r.addedNodes].some((n) => n.nodeType === 1 && !isOurs(n)) ||
        [...r.removedNodes].some((n) => n.nodeType === 1 && !(n as Element).matches(UI));
      if (!foreign || isOurs(r.target)) continue;
      if (!queued) {
        queued = new Set();
        requestAnimationFrame(flush);
      }
      queued.add(r.target as Element);
    }
  });
  mo.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => mo.disconnect());
  // Background tabs get no frames: callers can flush at once when they must answer now.
  return flush;
}

export interface ChangeWatch {
  /** Report the changes still queued, then stop watching: what follows is our own writing. */
  pause(): void;
  /** Watch again. */
  resume(): void;
  stop(): void;
}

/**
 * Reports the nodes the page changes under root (targets of child, text and attribute changes,
 * and added nodes), so a reader can reuse what it read from untouched cards. pause() drains the
 * queue with takeRecords(): nothing changed before a read goes unreported. Pausing while we
 * decorate also spares the browser a record per write of ours.
 */
export function watchChanges(root: Node, changed: (targets: Node[], added: Node[]) => void): ChangeWatch {
  const report = (records: MutationRecord[]) => {
    if (!records.length) return;
    // Added nodes too: one put back after changes made while it was out of the page was not watched.
    changed(records.map((r) => r.target), records.flatMap((r) => [...r.addedNodes]));
  };
  const mo = new MutationObserver(report);
  let stopped = false;
  const resume = () => {
    if (!stopped) mo.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  };
  resume();
  return {
    pause: () => {
      report(mo.takeRecords());
      mo.disconnect();
    },
    resume,
    stop: () => {
      stopped = true;
      mo.disconnect();
    },
  };
}
