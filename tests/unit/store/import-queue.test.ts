// Imports started at the same moment run one after the other (utils/store/serial.ts): each merges
// against what the previous one wrote, so nothing either file brought is lost.
import { expect, it } from 'vitest';
import { sendMessage } from '@/utils/messaging';
import { toBibtex } from '@/utils/export/bibtex';
import type { SavedPaper } from '@/utils/types';
import { pagePapers } from '../../fixtures/papers';
import { bibImport } from './helpers';
import { useBackground } from './background-setup';

useBackground();
const papers = pagePapers();
const shared = papers[0];

const backupOf = (ids: number[], tag: string, rules: { id: string; terms: string[] }[]) =>
  JSON.stringify({
    format: 'papersift-backup',
    version: 1,
    rules: rules.map((r) => ({ ...r, action: 'highlight' })),
    papers: ids.map((i) => ({ id: papers[i].id, title: papers[i].title, tags: [tag] })),
  });

const byId = async (id: string) => (await sendMessage('getSaved', { ids: [id] }))[0];

it('two overlapping backup imports end with the union of both files', async () => {
  const a = backupOf([0, 1, 2], 'from-a', [{ id: 'ra', terms: ['diffusion'] }]);
  const b = backupOf([0, 3, 4], 'from-b', [{ id: 'rb', terms: ['survey'] }, { id: 'rb2', terms: ['agent'] }]);
  // Neither awaited before the other starts: both are in flight at once.
  const first = sendMessage('importBackup', { text: a });
  const second = sendMessage('importBackup', { text: b });
  expect(await first).toEqual({ papers: 3, rules: 1, merged: 0 });
  expect(await second).toEqual({ papers: 3, rules: 2, merged: 1 });

  const page = await sendMessage('querySaved', {});
  expect(page.ids.sort()).toEqual([0, 1, 2, 3, 4].map((i) => papers[i].id).sort());
  expect((await byId(shared.id)).tags.sort()).toEqual(['from-a', 'from-b']);
  const rules = (await sendMessage('getPageState')).rules;
  expect(rules.map((r) => r.id)).toEqual(['ra', 'rb', 'rb2']);
  expect(new Set(rules.map((r) => r.order)).size).toBe(3); // each its own place in the list
});

it('a BibTeX import and a backup import at the same moment both land', async () => {
  const bib = toBibtex([{ ...shared, tags: [] } as unknown as SavedPaper, papers[5] as unknown as SavedPaper]);
  const json = backupOf([0, 6], 'from-json', []);
  await Promise.all([
    sendMessage('importBackup', { text: json }),
    sendMessage('importBackup', bibImport(bib)),
  ]);
  expect((await sendMessage('querySaved', {})).ids.sort()).toEqual([shared.id, papers[5].id, papers[6].id].sort());
  expect((await byId(shared.id)).tags).toEqual(['from-json']);
});

it('an edit made while an import runs is kept, and a refused import does not stop the next', async () => {
  await sendMessage('savePaper', { paper: shared });
  const edit = sendMessage('updatePapers', { ids: [shared.id], patch: { note: 'mine' }, addTags: ['edited'] });
  const imported = sendMessage('importBackup', { text: backupOf([0, 1], 'imported', []) });
  const refused = expect(sendMessage('importBackup', { text: 'not json' })).rejects.toThrow('The file is not valid JSON');
  const after = sendMessage('importBackup', { text: backupOf([2], 'later', []) });
  await edit;
  await imported;
  await refused;
  await after;
  expect(await byId(shared.id)).toMatchObject({ note: 'mine', tags: ['edited', 'imported'] });
  expect((await sendMessage('querySaved', {})).total).toBe(3);
});
