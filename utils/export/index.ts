// Export formats, backup and import for the Library page. Everything here is pure.
export { toBibtex, arxivBibtexKey, uniqueKeys, type BibtexOptions } from './bibtex';
export { toRis, type RisOptions } from './ris';
export { toCslJson, toCslItem, type CslItem, type CslName, type CslOptions } from './csl';
export { toCsv, CSV_HEADER } from './csv';
export { toMarkdown, markdownLine, escapeMarkdown } from './markdown';
export {
  createBackup, createRulePack, backupToJson, BACKUP_FORMAT, BACKUP_VERSION, type Backup,
} from './backup';
export {
  validateBackup, DEFAULT_RULE_COLOR, type ValidateOptions, type ValidateResult,
} from './validate';
export { importSizeProblem, MAX_IMPORT_BYTES } from './import-size';
export { mergeBackup, mergePaper, unionTags, type MergeCounts, type MergeResult } from './merge';
export { exportFileName, type ExportKind } from './filename';
export { normalizeArxivId } from './ids';
