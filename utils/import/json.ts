// What the JSON formats' readers (CSL-JSON, PaperMemory, a Hugging Face collection) share: the
// parse that refuses a broken file, and reading fields of unknown shape. Pure.
import { ImportRefused } from './types';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string field, or a number field as text (years, ids); '' for anything else. */
export const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The file's JSON (a leading byte-order mark ignored), or ImportRefused. */
export function parseJson(file: string): unknown {
  try {
    return JSON.parse(file.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportRefused('The file is not valid JSON; nothing was imported');
  }
}
