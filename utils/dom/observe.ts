// One batched MutationObserver (uBlock Origin style): mutations only queue; one animation
// frame does the work. PaperSift's own insertions are ignored, so decorating never
// re-triggers it. The batch receives the elements whose content changed.
const OURS = ':is([data-papersift-ui], mark[data-papersift-mark])'; // one :is() matches faster than a list
const UI = '[data-papersift-ui]';
const isOurs = (n: Node): boolean =>
  n.nodeType === 1 ? !!(n as Element).closest(OURS) : !!n.parentElement?.closest(OURS);

export interface AddedWatch {
  /** Hands the queued batch over now: background tabs get no frames, and callers must answer now. */
  flush(): void;
  /**
   * Stops watching while PaperSift writes the page (a pass makes thousands of nodes on a long
   * listing: each would queue a record to be filtered out). What the page did before is kept.
   */
  pause(): void;
  resume(): void;
}

export function observeAdded(root: Node, onBatch: (changed: Set<Element>) => void, signal: AbortSignal): AddedWatch {
  let queued: Set<Element> | null = null;
  const flush = () => {
    const batch = queued;
    queued = null;
    if (batch && !signal.aborted) onBatch(batch);
  };
  const handle = (records: MutationRecord[]) => {
    for (const r of records) {
      // A removed mark counts: the page re-rendering a title takes our marks with its old text.
      const foreign = [...r.addedNodes].some((n) => n.nodeType === 1 && !isOurs(n)) ||
        [...r.removedNodes].some((n) => n.nodeType === 1 && !(n as Element).matches(UI));
      if (!foreign || isOurs(r.target)) continue;
      if (!queued) {
        queued = new Set();
        requestAnimationFrame(flush);
      }
      queued.add(r.target as Element);
    }
  };
  const mo = new MutationObserver(handle);
  const watch = () => {
    if (!signal.aborted) mo.observe(root, { childList: true, subtree: true });
  };
  watch();
  signal.addEventListener('abort', () => mo.disconnect());
  return {
    flush,
    pause: () => {
      handle(mo.takeRecords());
      mo.disconnect();
    },
    resume: watch,
  };
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
