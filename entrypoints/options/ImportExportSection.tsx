// Import and export: exports act on the selection, else the current filter, else everything;
// imports take a backup, a BibTeX file or a rule pack.
import { useState } from 'preact/hooks';
import type { Selection } from '@/hooks/use-selection';
import { isFiltering, type SavedQueryState } from '@/hooks/use-saved-query';
import { PAPER_FORMATS, exportPapers, exportRules, type ExportChoice, type PaperFormat } from '@/utils/library/export-papers';
import { plural } from '@/utils/library/format';
import { useFeedback } from '@/components/library/feedback';
import { FileImport } from './FileImport';
import { PastePapers } from './PastePapers';

interface Scope {
  /** undefined: every saved paper. */
  ids: string[] | undefined;
  count: number;
  text: string;
}

function exportScope(selection: Selection, list: SavedQueryState): Scope {
  if (selection.size) return { ids: [...selection.ids], count: selection.size, text: plural(selection.size, 'selected paper') };
  const result = list.result;
  if (result && isFiltering(list.filter))
    return { ids: result.ids, count: result.total, text: `the ${plural(result.total, 'paper')} in the current filter` };
  const all = result?.all ?? 0;
  return { ids: undefined, count: all, text: all === 1 ? 'the 1 saved paper' : `all ${all} saved papers` };
}

export function ImportExportSection({ selection, list }: { selection: Selection; list: SavedQueryState }) {
  const { fail } = useFeedback();
  const [busy, setBusy] = useState(false);
  const scope = exportScope(selection, list);

  async function run(kind: ExportChoice) {
    setBusy(true);
    try {
      await exportPapers(kind, scope.ids);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section id="import-export" aria-label="Import and export">
      <h2>Import and export</h2>
      <p class="hint">Exports: {scope.text}</p>
      <div class="button-row">
        {(Object.keys(PAPER_FORMATS) as PaperFormat[]).map((kind) => (
          <button key={kind} type="button" disabled={busy || scope.count === 0} onClick={() => void run(kind)}>
            Export {PAPER_FORMATS[kind].label}
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => void run('backup')}>
          Export backup
        </button>
      </div>
      <div class="button-row">
        <FileImport label="Import backup" accept=".json,.bib,.bibtex,.ris,.txt,application/json" rulesOnly={false} onImported={list.refresh} />
      </div>
      <PastePapers onImported={list.refresh} />
      <h3>Rule packs</h3>
      <p class="hint">Share your rules without your reading list: a rule pack imports back with “Import rules”.</p>
      <div class="button-row">
        <button type="button" onClick={() => void exportRules().catch(fail)}>
          Export rules
        </button>
        <FileImport label="Import rules" accept=".json,application/json" rulesOnly onImported={list.refresh} />
      </div>
    </section>
  );
}
