// Page text and stored text are never interpreted as HTML anywhere: a hostile daily page
// (tests/fixtures/pages/hostile.mjs) is highlighted with rules that match inside the hostile
// text, its papers are saved, hostile notes are written in the Library, and every export is
// downloaded. Everywhere: no injected element, no script runs (window.__pwned, dialogs, CSP
// reports), and the text is shown literally (and escaped as its export format needs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Papa from 'papaparse';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { launch, openPopup } from './lib/browser.mjs';
import { readPage } from './lib/routes.mjs';
import { addRuleInPopup, storedRules } from './lib/rules-ui.mjs';
import { HOSTILE_FILE, HOSTILE_NOTES, HOSTILE_PAPERS, HOSTILE_URL } from '../fixtures/pages/hostile.mjs';
import { injectedElements, sleep, watchContext } from './lib/extension-page.mjs';
import { until } from './lib/until.mjs';

const PAGE = `https://huggingface.co${HOSTILE_URL}`;
const IDS = HOSTILE_PAPERS.map((p) => p.id);
const byId = new Map(HOSTILE_PAPERS.map((p) => [p.id, p]));
const HOSTILE_TAG = `</style><img src=x onerror=alert('tag')>`;
// Highlight rules whose terms match inside the hostile text (marks land in the middle of it).
const RULES = [
  { terms: 'diffusion, script', action: 'highlight', tag: HOSTILE_TAG },
  { terms: '/<img[^>]*>/, </mark>, {{', action: 'highlight', tag: 'html-ish' },
];
let ext;
let events;
let hostileTag;
let page;

before(async () => {
  ext = await launch({ pages: { [HOSTILE_URL]: readPage(HOSTILE_FILE) } });
  events = watchContext(ext.context);
});
after(async () => {
  await ext?.close();
});

const noScriptRan = (where) => {
  assert.deepEqual(events.dialogs, [], `no dialog opened (${where})`);
  assert.deepEqual(events.csp, [], `no CSP violation reported (${where})`);
};

test('the hostile fixture page is up to date with hostile.mjs', () => {
  execFileSync(process.execPath, ['tests/fixtures/pages/hostile.mjs', '--check'], { stdio: 'pipe' });
});

test('page: hostile titles and abstracts stay literal text, marks land inside them, nothing is injected', async () => {
  page = await ext.context.newPage();
  await page.goto(PAGE);
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-id]').length === n, IDS.length);
  const before = (await storedRules(ext)).length;
  for (const rule of RULES) {
    const popup = await addRuleInPopup(ext, page, rule);
    await until(async () => (await storedRules(ext)).length > before + RULES.indexOf(rule), Boolean, `rule ${rule.terms} stored`);
    await popup.close();
  }
  hostileTag = (await storedRules(ext)).find((r) => r.terms.includes('script'))?.tag;
  // SPEC "Tags": trimmed, lower-cased, whitespace runs become '-'; symbols stay (Q&A is q&a), so
  // this tag keeps its angle brackets and quotes: what must hold is that it stays literal text everywhere.
  assert.equal(hostileTag, `</style><img-src=x-onerror=alert('tag')>`, 'the typed tag is stored by the one tag function');
  // Every card says "diffusion" in its title: all are highlighted.
  await page.waitForFunction((n) => document.querySelectorAll('article[data-papersift-highlight]').length === n, IDS.length);
  await page.waitForFunction(() => document.querySelectorAll('mark[data-papersift-mark="html-ish"]').length >= 3);
  await sleep(300); // a payload that got in would fire its onerror/onload by now

  const cards = await page.evaluate(() =>
    [...document.querySelectorAll('article[data-papersift-id]')].map((a) => ({
      id: a.getAttribute('data-papersift-id'),
      tags: a.getAttribute('data-papersift-tags'),
      title: a.querySelector('h3 a').textContent,
      abstract: a.querySelector('p')?.textContent ?? null,
      marks: [...a.querySelectorAll('mark')].map((m) => [m.getAttribute('data-papersift-mark'), m.textContent]),
      nested: a.querySelectorAll('mark mark').length,
      chips: [...a.querySelectorAll('.papersift-chip')].map((c) => c.textContent),
    })),
  );
  assert.deepEqual(cards.map((c) => c.id), IDS);
  for (const c of cards) {
    const p = byId.get(c.id);
    assert.equal(c.title, p.title, `${c.id}: title shown literally`);
    if (p.card === 'abstract') assert.equal(c.abstract, p.summary, `${c.id}: abstract shown literally`);
    assert.equal(c.nested, 0, `${c.id}: no mark inside a mark`);
    assert.ok(c.marks.some(([tag, text]) => /^diffusion$/i.test(text) && tag), `${c.id}: "Diffusion" marked`);
    // The tag typed as hostile HTML is stored as a slug, and shown as attribute value and chip text.
    assert.ok(c.tags.split(' ').includes(hostileTag), `${c.id}: ${hostileTag} in data-papersift-tags`);
    assert.ok(c.chips.some((t) => t.startsWith(hostileTag)), `${c.id}: chip shows the tag as text: ${c.chips}`);
  }
  // Marks inside the hostile text: the literal "<img …>" of card 1 and "</mark>" of card 2.
  const marked = (id) => cards.find((c) => c.id === id).marks.filter(([tag]) => tag === 'html-ish').map(([, t]) => t);
  assert.ok(marked('3102.00001').includes(`<img src=x onerror="window.__pwned='title-img';alert('title-img')">`), 'the literal <img …> text is marked');
  assert.ok(marked('3102.00002').includes('</mark>'), 'the literal </mark> text is marked');
  assert.ok(cards[1].marks.some(([tag, text]) => tag === hostileTag && text === 'script'), 'the word "script" inside the literal <script> is marked');
  assert.ok(marked('3102.00003').includes('{{'), 'template syntax is marked as text');

  assert.deepEqual(await page.evaluate(injectedElements, 'page'), []);
  noScriptRan('page');
});

test('save the hostile papers from their cards; the popup shows their text literally', async () => {
  for (const id of IDS) {
    const card = page.locator(`article[data-papersift-id="${id}"]`);
    await card.getByRole('button', { name: 'Save to reading list' }).click();
    await page.waitForSelector(`article[data-papersift-id="${id}"][data-papersift-saved]`, { state: 'attached' });
  }
  const popup = await openPopup(ext, page);
  await popup.getByRole('status').filter({ hasText: `${IDS.length} saved` }).waitFor();
  await sleep(300);
  const rows = await popup.locator('[data-papersift-paper]').evaluateAll((els) =>
    els.map((e) => ({ id: e.getAttribute('data-papersift-paper'), title: e.querySelector('a.title')?.textContent, text: e.textContent })),
  );
  assert.deepEqual(rows.map((r) => r.id), IDS);
  for (const r of rows) {
    const p = byId.get(r.id);
    assert.equal(r.title, p.title, `${r.id}: popup title literal`);
    assert.ok(r.text.includes(p.authors[0]), `${r.id}: first author literal in the popup: ${p.authors[0]}`);
    assert.ok(r.text.includes(hostileTag), `${r.id}: the rule's tag listed in the popup`);
  }
  assert.deepEqual(await popup.evaluate(injectedElements, 'popup'), []);
  await popup.close();
  noScriptRan('popup');
});

let library;
test('Library: hostile titles, authors and notes are shown and stored literally', async () => {
  library = await ext.context.newPage();
  await library.goto(ext.url('options.html'));
  const row = (id) => library.locator(`[data-papersift-paper="${id}"]`);
  await row(IDS[0]).waitFor();
  for (const [id, note] of Object.entries(HOSTILE_NOTES)) {
    const field = row(id).getByLabel('Note', { exact: true });
    await field.fill(note);
    await field.blur();
    await row(id).getByText('Saved', { exact: true }).waitFor();
  }
  await library.reload();
  await row(IDS[0]).waitFor();
  await sleep(300);
  for (const id of IDS) {
    const p = byId.get(id);
    const shown = await row(id).evaluate((e) => ({ title: e.querySelector('a.title')?.textContent, text: e.textContent }));
    assert.equal(shown.title, p.title, `${id}: Library title literal`);
    assert.ok(shown.text.includes(p.authors[0]), `${id}: first author literal in the Library`);
    assert.equal(await row(id).getByLabel('Note', { exact: true }).inputValue(), HOSTILE_NOTES[id] ?? '', `${id}: note kept exactly`);
  }
  // The rules list shows the regular expression term as text.
  assert.ok((await library.getByRole('region', { name: 'Rules' }).textContent()).includes('/<img[^>]*>/'));
  assert.deepEqual(await library.evaluate(injectedElements, 'library'), []);
  const notes = await library.getByLabel('Note', { exact: true }).count();
  const paste = await library.getByLabel('Paste papers', { exact: true }).count();
  assert.equal(paste, 1, 'the Library has one Paste papers box');
  assert.equal(await library.locator('textarea').count(), notes + paste, 'only the Note fields and the paste box are textareas');
  noScriptRan('Library');
});

async function download(name) {
  const io = library.getByRole('region', { name: 'Import and export' });
  const [d] = await Promise.all([library.waitForEvent('download'), io.getByRole('button', { name }).click()]);
  return fs.readFileSync(await d.path(), 'utf8');
}

const collapse = (s) => s.replace(/\s+/g, ' ').trim();

let bib;
test('Export BibTeX: hostile text is LaTeX-escaped (no command, field or entry injection) and not HTML-escaped', async () => {
  bib = await download('Export BibTeX');
  assert.ok(!/&lt;|&gt;|&quot;|&#/.test(bib), 'no HTML entities in BibTeX');
  const parsed = parseBibtex(bib, { english: false, sentenceCase: false, caseProtection: false });
  assert.deepEqual(parsed.errors ?? [], []);
  assert.equal(parsed.entries.length, IDS.length, 'one entry per saved paper, none injected');
  for (const e of parsed.entries) {
    const p = byId.get(e.fields.eprint);
    assert.ok(p, `entry for a saved paper: ${e.fields.eprint}`);
    assert.deepEqual(Object.keys(e.fields).sort(), ['archiveprefix', 'author', 'eprint', 'title', 'url', 'year'].sort(), `${p.id}: only arXiv's fields`);
    assert.equal(e.fields.author.length, p.authors.length, `${p.id}: one BibTeX name per author`);
  }
  assert.ok(bib.includes('\\textbackslash{}input\\{/etc/passwd\\}'), 'backslash and braces escaped: no \\input');
  assert.ok(!/[^{]\\(input|def|write18)\b/.test(bib.replace(/\\textbackslash\{\}/g, '')), 'no LaTeX command from the text');
});

test('Export BibTeX: every title typesets as the page text (LaTeX decodes it back exactly)', () => {
  const parsed = parseBibtex(bib, { english: false, sentenceCase: false, caseProtection: false });
  for (const e of parsed.entries) {
    const p = byId.get(e.fields.eprint);
    assert.equal(collapse(e.fields.title), p.title, `${p.id}: title decodes back to the page text`);
  }
});

test('Export CSV: cells hold the text exactly (formula cells defused), no HTML escaping', async () => {
  const csv = await download('Export CSV');
  assert.ok(!/&lt;|&gt;|&quot;|&#/.test(csv), 'no HTML entities in CSV');
  const { data, errors } = Papa.parse(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  assert.deepEqual(errors, []);
  assert.equal(data.length, IDS.length);
  const defuse = (s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  for (const r of data) {
    const p = byId.get(r.id);
    assert.equal(r.title, defuse(p.title), `${r.id}: title cell`);
    assert.equal(r.authors, defuse(p.authors.join('; ')), `${r.id}: authors cell`);
    assert.equal(r.note, defuse(HOSTILE_NOTES[r.id] ?? ''), `${r.id}: note cell`);
  }
});

test('Export RIS and CSL-JSON: one record per paper, fields exactly the text, no record injection', async () => {
  const ris = await download('Export RIS');
  assert.ok(!/&lt;|&gt;|&quot;|&#/.test(ris), 'no HTML entities in RIS');
  assert.equal((ris.match(/^TY {2}- /gm) ?? []).length, IDS.length, 'one TY per paper (the multi-line note adds none)');
  assert.equal((ris.match(/^ER {2}- /gm) ?? []).length, IDS.length, 'one ER per paper');
  for (const rec of ris.split(/^ER {2}- *\r?$/m).filter((r) => r.includes('TY  - '))) {
    const id = /^UR {2}- https:\/\/arxiv\.org\/abs\/(\S+)\r?$/m.exec(rec)?.[1];
    const p = byId.get(id);
    assert.ok(p, `record for a saved paper: ${id}`);
    assert.equal(/^TI {2}- (.*?)\r?$/m.exec(rec)?.[1], p.title, `${id}: TI`);
    assert.equal(/^AB {2}- (.*?)\r?$/m.exec(rec)?.[1], p.summary, `${id}: AB`);
    assert.equal((rec.match(/^AU {2}- /gm) ?? []).length, p.authors.length, `${id}: one AU per author`);
  }
  const csl = JSON.parse(await download('Export CSL-JSON'));
  assert.equal(csl.length, IDS.length);
  for (const item of csl) {
    const p = byId.get(item.number.replace(/^arXiv:/, ''));
    assert.ok(p, `item for a saved paper: ${item.number}`);
    assert.equal(item.title, p.title, `${item.number}: title`);
    assert.equal(item.abstract, p.summary, `${item.number}: abstract`);
    assert.equal(item.author.length, p.authors.length, `${item.number}: authors`);
  }
});

test('Export Markdown: stored text cannot become HTML, links or images', async () => {
  const md = await download('Export Markdown');
  assert.ok(!/&lt;|&gt;|&quot;|&#/.test(md), 'no HTML entities in Markdown');
  // CommonMark raw HTML starts with "<" + letter, "/", "!" or "?"; a backslash-escaped "<" is text.
  const unescaped = (re) => [...md.matchAll(new RegExp(String.raw`(?:^|[^\\])(?:\\\\)*(${re})`, 'gm'))].map((m) => m[1]);
  assert.deepEqual(unescaped(String.raw`<[A-Za-z/!?][^\n]{0,30}`), [], 'no raw HTML in the Markdown export');
  assert.deepEqual(unescaped(String.raw`\]\((?!https://huggingface\.co/papers/)[^\n]{0,30}`), [], 'no link other than the paper links');
  for (const id of IDS) {
    const line = md.split('\n').find((l) => l.includes(`(https://huggingface.co/papers/${id})`));
    assert.ok(line, `${id}: listed`);
    const text = /^- \[(.*)\]\(https:\/\/huggingface\.co\/papers\//.exec(line)?.[1];
    assert.equal(text?.replace(/\\([!-/:-@[-`{-~])/g, '$1'), byId.get(id).title, `${id}: link text unescapes to the title`);
  }
});

test('a very long word wraps inside the popup (no sideways scrolling)', async () => {
  const popup = await openPopup(ext, page);
  await popup.locator('[data-papersift-paper="3102.00004"]').waitFor();
  const p = await popup.evaluate(() => {
    const over = (el) => el.scrollWidth - el.clientWidth;
    const list = document.querySelector('[data-papersift-paper]').parentElement;
    return { document: over(document.documentElement), list: over(list), item: over(document.querySelector('[data-papersift-paper="3102.00004"]')) };
  });
  await popup.close();
  assert.deepEqual(p, { document: 0, list: 0, item: 0 }, 'pixels of sideways overflow in the popup');
});

test('a very long word wraps inside the Library (no sideways scrolling)', async () => {
  const l = await library.evaluate(() => {
    const over = (el) => el.scrollWidth - el.clientWidth;
    return { document: over(document.documentElement), row: over(document.querySelector('[data-papersift-paper="3102.00004"]')) };
  });
  assert.deepEqual(l, { document: 0, row: 0 }, 'pixels of sideways overflow in the Library');
});

test('after everything: no script ran anywhere', async () => {
  for (const p of [page, library]) assert.deepEqual(await p.evaluate(injectedElements, p === library ? 'library' : 'page'), []);
  noScriptRan('end');
  assert.deepEqual(events.pageErrors, []);
});
