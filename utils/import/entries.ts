// The rule every file format shares for its entries: an entry is taken when it has an arXiv id
// not already taken from this file and a title; else it is reported as skipped, with why. Pure.
import { skip, type Skipped } from './types';

export interface Intake {
  /** The entries not taken, in file order. */
  readonly skipped: Skipped[];
  /** True (the entry is taken) or false (it is added to `skipped` under `label`). */
  accepts(label: string, id: string | null, title: string): id is string;
}

export function intake(): Intake {
  const taken = new Set<string>();
  const skipped: Skipped[] = [];
  return {
    skipped,
    accepts(label, id, title): id is string {
      const reason = !id ? 'no arXiv id' : taken.has(id) ? `${id} is already in this file` : !title ? 'no title' : null;
      if (reason) skipped.push(skip(label, reason));
      else taken.add(id!);
      return !reason;
    },
  };
}

/** An entry known by its title: “the title”, cut to 60 characters. */
export const titleLabel = (title: string) => `“${title.length > 60 ? title.slice(0, 57) + '…' : title}”`;
