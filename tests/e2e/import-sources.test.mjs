// Bringing papers in, in real Chromium (SPEC "Bringing papers in"): each tool's export through the
// Library's "Import backup" input, the "Paste papers" box, and a Hugging Face collection (its API
// answer from tests/fixtures/import/hf-collection.json); bad files change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './lib/browser.mjs';
import { dumpIdb } from './lib/idb.mjs';
import { importFiles, importRegion, openLibrary } from './lib/library.mjs';

const FIX = path.resolve('tests/fixtures/import');
const COLLECTION = '/api/collections/ada-lovelace/diffusion-reading-list-6571f0a2b3c4d5e6f7a8b9c0';
let ext;
let library;
const files = importFiles('sources');

const io = () => importRegion(library);
const fileStatus = () => io().locator('.file-pick').first().getByRole('status');
const stored = async () => new Map((await dumpIdb(library)).papers.map((p) => [p.id, p]));

/** Chooses `body`, or the committed fixture of that name, as the file `name`. */
const chooseFile = (name, body) => files.choose(library, name, body ?? fs.readFileSync(path.join(FIX, name)));

/** Chooses the file and waits for the status the test expects (each case's status differs from the last). */
async function statusAfter(name, expected) {
  await chooseFile(name);
  const status = fileStatus().filter({ hasText: expected });
  await status.waitFor({ timeout: 15_000 }).catch(async (e) => {
    throw new Error(`${name}: status is “${await fileStatus().textContent()}”, alert “${await io().getByRole('alert').allTextContents()}”; ${e.message}`);
  });
  return status.textContent();
}

before(async () => {
  ext = await launch({ api: (p) => (p === COLLECTION ? JSON.parse(fs.readFileSync(path.join(FIX, 'hf-collection.json'), 'utf8')) : undefined) });
  library = await openLibrary(ext);
});
after(async () => {
  await ext?.close();
});

test('each tool’s export imports through “Import backup”: arXiv papers saved, the rest reported', async () => {
  const cases = [
    ['zotero-bbt.bib', /^Imported 3 papers and 0 rules · 2 skipped \(knuth1984texbook: no arXiv id; lecunDeepLearning2015: no arXiv id\)$/, ['2006.11239', '2112.10752', 'hep-th/9802150']],
    ['mendeley.bib', /^Imported 2 papers and 0 rules · 1 skipped \(Goodfellow2016: no arXiv id\)$/, ['2305.18290', '2302.13971']],
    ['google-scholar.bib', /^Imported 3 papers and 0 rules · 1 skipped \(goodfellow2016deep: no arXiv id\)$/, ['1706.03762', '1810.04805', 'hep-th/9711200']],
    ['dblp.bib', /^Imported 2 papers and 0 rules · 1 skipped \(DBLP:journals\/nature\/LeCunBH15: no arXiv id\)$/, ['2010.11929', '1312.6114']],
    ['semantic-scholar.bib', /^Imported 2 papers and 0 rules \(1 merged\) · 1 skipped \(Lecun1998GradientbasedLA: no arXiv id\)$/, ['2006.11239', 'math/0211159']],
    ['overleaf.bib', /^Imported 3 papers and 0 rules \(3 merged\) · 2 skipped \(adsproc: no arXiv id; schoelkopf: no arXiv id\)$/, ['2305.18290']],
    ['zotero.ris', /^Imported 3 papers and 0 rules \(3 merged\) · 1 skipped \(“The TeXbook”: no arXiv id\)$/, ['2112.10752']],
    ['mendeley.ris', /^Imported 2 papers and 0 rules \(2 merged\) · 1 skipped \(“Deep learning”: no arXiv id\)$/, ['2302.13971']],
    ['zotero-csl.json', /^Imported 3 papers and 0 rules \(3 merged\) · 1 skipped \(http:\/\/zotero\.org\/users\/local\/kQ3aB7xz\/items\/ZZTEX001: no arXiv id\)$/, ['hep-th/9711200']],
    ['mendeley-csl.json', /^Imported 1 papers and 0 rules \(1 merged\) · 1 skipped \(ITEM-2: no arXiv id\)$/, ['2305.18290']],
    ['papermemory.json', /^Imported 2 papers and 0 rules \(2 merged\) · 1 skipped \(“Attention is All you Need”: no arXiv id\)$/, ['2006.11239']],
  ];
  for (const [name, message, ids] of cases) {
    assert.match(await statusAfter(name, message), message, name);
    const papers = await stored();
    for (const id of ids) assert.ok(papers.has(id), `${name}: ${id} saved`);
  }
  const papers = await stored();
  assert.equal(papers.size, 11);
  // LaTeX became Unicode; PaperMemory's tags and note were kept; the union of tags across files.
  assert.equal(papers.get('2302.13971').authors.includes('Timothée Lacroix'), true);
  assert.equal(papers.get('1706.03762').authors.includes('Łukasz Kaiser'), true);
  assert.ok(['diffusion', 'generative-models'].every((t) => papers.get('2006.11239').tags.includes(t)));
  assert.match(papers.get('2006.11239').note, /simplified loss/);
  // The reading list shows them.
  await library.locator('[data-papersift-paper="math/0211159"]').waitFor();
});

test('the full list of skipped entries opens on demand', async () => {
  await statusAfter('zotero-bbt.bib', /^Imported 3 papers and 0 rules \(3 merged\) · 2 skipped/);
  const more = io().locator('.file-pick').first().getByText('All 2 skipped entries');
  await more.click();
  const items = io().locator('.file-pick').first().getByRole('listitem');
  assert.deepEqual(await items.allTextContents(), ['knuth1984texbook: no arXiv id', 'lecunDeepLearning2015: no arXiv id']);
});

test('bad files (truncated BibTeX, RIS without ER, binary data, 50 MB) are refused and nothing changes', async () => {
  const before = await dumpIdb(library);
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
  const cases = [
    ['truncated.bib', undefined, /truncated\.bib: Not a complete BibTeX file \(line \d+: .*\); nothing was imported/],
    ['truncated.ris', undefined, /truncated\.ris: Not a complete RIS file: the record at line 7 has no ER line; nothing was imported/],
    ['picture.bib', png, /picture\.bib: The file holds binary data, not text/],
    ['huge.bib', Buffer.concat([Buffer.from('@misc{a, title={A}, eprint={2401.00001}}\n'), Buffer.alloc(50 * 1024 * 1024, 0x20)]), /huge\.bib: The file is too large \(50\.0 MB; the limit is 20 MB\)/],
    ['nothing.bib', Buffer.from('@book{knuth1984texbook, title={The TeXbook}}\n'), /nothing\.bib: No arXiv papers found, so nothing was imported \(1 skipped \(knuth1984texbook: no arXiv id\)\)/],
  ];
  for (const [name, body, message] of cases) {
    await chooseFile(name, body);
    const alert = io().getByRole('alert').filter({ hasText: name });
    await alert.waitFor();
    assert.match(await alert.textContent(), message);
  }
  assert.deepEqual(await dumpIdb(library), before);
});

test('“Paste papers”: ids, arXiv and Hugging Face links and DOIs in any text become saved papers, completed from the API', async () => {
  const box = io().getByLabel('Paste papers');
  await box.fill([
    'Reading list for Monday',
    '- https://arxiv.org/abs/2506.14429v2 (long context)',
    '- [Xolver](https://huggingface.co/papers/2506.14234)',
    '- see https://example.com/blog/post-1 too',
    'pdf: https://arxiv.org/pdf/2506.13642v1.pdf, doi:10.48550/arXiv.2506.14758 and cond-mat/0102536',
  ].join('\n'));
  await io().getByRole('button', { name: 'Add pasted papers' }).click();
  const status = io().locator('.paste-papers').getByRole('status');
  await status.filter({ hasText: /^Imported/ }).waitFor();
  assert.equal(await status.textContent(), 'Imported 5 papers and 0 rules · 1 skipped (line 4: not a paper link)');
  const papers = await stored();
  for (const id of ['2506.14429', '2506.14234', '2506.13642', '2506.14758', 'cond-mat/0102536']) assert.ok(papers.has(id), id);
  // Completed from the public API like any saved id: the title arrives.
  // The queue is paced (one request per 1.2 s) behind the papers the files above queued.
  const deadline = Date.now() + 60_000;
  while (!(await stored()).get('2506.13642').title.startsWith('Stream-Omni')) {
    if (Date.now() > deadline) throw new Error(`not completed: ${JSON.stringify((await stored()).get('2506.13642'))}; API log ${ext.server.log.filter((l) => l.startsWith('/api/')).join(' ')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await library.reload();
  await library.locator('[data-papersift-paper="2506.13642"] a.title', { hasText: 'Stream-Omni' }).waitFor();
  // Nothing to add: a clear message, nothing changes.
  const before = await dumpIdb(library);
  await box.fill('no papers here, only https://example.com');
  await io().getByRole('button', { name: 'Add pasted papers' }).click();
  await io().locator('.paste-papers').getByRole('alert').filter({ hasText: 'No arXiv papers found' }).waitFor();
  assert.deepEqual((await dumpIdb(library)).papers.length, before.papers.length);
});

test('a pasted Hugging Face collection saves its papers, tagged with the collection’s name', async () => {
  const box = io().getByLabel('Paste papers');
  await box.fill('https://huggingface.co/collections/ada-lovelace/diffusion-reading-list-6571f0a2b3c4d5e6f7a8b9c0');
  await io().getByRole('button', { name: 'Add pasted papers' }).click();
  const status = io().locator('.paste-papers').getByRole('status').filter({ hasText: /^Imported/ });
  await status.waitFor();
  assert.match(
    await status.textContent(),
    /^Imported 2 papers and 0 rules \(2 merged\) · 2 skipped \(stabilityai\/stable-diffusion-2-1 in Diffusion Reading List: a model, not a paper; laion\/laion2B-en in Diffusion Reading List: a dataset, not a paper\)$/,
  );
  const papers = await stored();
  assert.ok(papers.get('2006.11239').tags.includes('diffusion-reading-list'));
  assert.ok(papers.get('2112.10752').tags.includes('diffusion-reading-list'));
  assert.ok(ext.server.log.includes(COLLECTION));
});
