// SPEC.md "Tags": the same rule typed in the popup's quick form, typed in the Library's rule
// editor and imported from a backup carries the same tag (`Q&A` → `q&a` on every path).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './lib/browser.mjs';
import { addRuleInPopup } from './lib/rules-ui.mjs';
import { importFiles, importRegion, openLibrary, rulesRegion, until } from './lib/library.mjs';
import { dumpIdb } from './lib/idb.mjs';

const DAY = 'https://huggingface.co/papers/date/2025-06-18';
const TERMS = ['Q&A', '/diffusion\\s+model/i', '-survey, diffus*'];
const EXPECTED = { 'Q&A': 'q&a', '/diffusion\\s+model/i': 'diffusion-model', '-survey, diffus*': 'diffus' };
let ext;
let library;
const files = importFiles('tags');

before(async () => {
  ext = await launch();
  library = await openLibrary(ext);
});
after(async () => {
  await ext?.close();
});

/** Stored rules whose terms, joined as typed, are `terms`: their tags. */
const tagsOf = async (terms) => (await dumpIdb(library)).rules.filter((r) => r.terms.join(', ') === terms).map((r) => r.tag);

test('popup, Library and backup import give a rule the same tag', async () => {
  const page = await ext.context.newPage();
  await page.goto(DAY);
  await page.waitForSelector('article[data-papersift-id]');
  for (const terms of TERMS) {
    const popup = await addRuleInPopup(ext, page, { terms, action: 'tag' });
    await until(() => tagsOf(terms), (tags) => tags.length === 1, `the popup's rule ${terms}`);
    await popup.close();
  }

  const form = rulesRegion(library).getByRole('form', { name: 'Add a rule' });
  for (const terms of TERMS) {
    await form.getByLabel('Terms', { exact: true }).fill(terms);
    await form.getByLabel('Action', { exact: true }).selectOption('tag');
    await form.getByRole('button', { name: 'Save rule' }).click();
    await until(() => tagsOf(terms), (tags) => tags.length === 2, `the Library's rule ${terms}`);
  }

  const backup = {
    format: 'papersift-backup',
    version: 1,
    rules: TERMS.map((t) => ({ terms: t.split(', '), action: 'tag' })),
    papers: [{ id: '2405.12345', title: 'A paper tagged by hand', tags: ['Q&A', 'Diffusion Model'] }],
  };
  await files.choose(library, 'rules.json', JSON.stringify(backup));
  await importRegion(library).getByRole('status').filter({ hasText: 'Imported 1 papers and 3 rules' }).waitFor();

  for (const terms of TERMS) assert.deepEqual(await tagsOf(terms), [EXPECTED[terms], EXPECTED[terms], EXPECTED[terms]], terms);
  // A paper's tags typed in another tool and imported read the same way, so the rules' tags find them.
  const paper = (await dumpIdb(library)).papers.find((p) => p.id === '2405.12345');
  assert.deepEqual(paper.tags, ['q&a', 'diffusion-model']);
  await page.close();
});
