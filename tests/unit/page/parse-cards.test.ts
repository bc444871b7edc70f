// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CardCache, parseCards, parsePage } from '@/utils/page/parse-cards';
import { apiItems, fixtureText, loadFixture, parseHtml, TRENDING, TRENDING_URL, TRENDING_IDS } from './load';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const dropProps = (doc: Document) => doc.querySelector('[data-target="DailyPapers"]')!.removeAttribute('data-props');

describe('trending capture', () => {
  const doc = loadFixture(TRENDING);
  const cards = parseCards(doc, TRENDING_URL);

  it('finds each rendered paper once, in page order; not the JSON-only 2403.08299', () => {
    expect(cards.map((c) => c.paper.id)).toEqual(TRENDING_IDS);
  });

  it('one <article> per paper, both title and abstract copies', () => {
    for (const c of cards) {
      expect(c.articles.map((a) => a.tagName)).toEqual(['ARTICLE']);
      expect(c.titles).toHaveLength(2);
      expect(c.abstracts).toHaveLength(2);
      expect(c.titles.every((t) => t.getAttribute('href') === `/papers/${c.paper.id}` && c.articles[0].contains(t))).toBe(true);
      expect(c.abstracts.every((p) => p.tagName === 'P')).toBe(true);
    }
    expect(new Set(cards.map((c) => c.articles[0])).size).toBe(3);
  });

  it('reads title, org, authors count, date, votes, stars and links', () => {
    expect(cards.map((c) => c.paper)).toMatchObject([
      { title: 'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation', org: 'Kandinsky Lab',
        publishedAt: '2026-10-04T00:00:00.000Z', upvotes: 117, githubUrl: 'https://github.com/kandinskylab/kandinsky-6', githubStars: 131, authorCount: null },
      { title: 'NeoHorse-1: Towards Recursive Self-Improvement via Agentic Post-Training with Routing Harness', org: 'TokenRhythm',
        publishedAt: '2026-09-08T00:00:00.000Z', upvotes: 327, githubUrl: 'https://github.com/TokenRhythm/NeoHorse', githubStars: 1660 },
      { title: 'AgentScope 1.0: A Developer-Centric Framework for Building Agentic Applications', org: null,
        publishedAt: '2025-08-22T00:00:00.000Z', upvotes: 70, githubUrl: 'https://github.com/agentscope-ai/agentscope', githubStars: 32800, authorCount: 23 },
    ]);
    for (const c of cards) {
      expect(c.paper.arxivUrl).toBe(`https://arxiv.org/abs/${c.paper.id}`);
      expect(c.paper.hfUrl).toBe(`https://huggingface.co/papers/${c.paper.id}`);
      expect(c.paper.comments).toBeNull(); // no #community link on these cards
      expect(c.paper.authors).toBeNull(); // five li[title] of 23 are no author list
      expect(c.paper.aiSummary).toBeNull();
    }
    expect(cards[0].paper.summary).toMatch(/^We present Kandinsky 6\.0 Video, a family of foundation diffusion models/);
    expect(cards[2].paper.summary).toBe(collapse(cards[2].abstracts[1].textContent!));
  });

  it('the class-stripped and the props-less copies give the same papers', () => {
    const noClass = parseCards(loadFixture('pages/trending-noclass.html'), TRENDING_URL);
    expect(noClass.map((c) => c.paper)).toEqual(cards.map((c) => c.paper));
    expect(noClass.map((c) => [c.articles.length, c.titles.length, c.abstracts.length])).toEqual([[1, 2, 2], [1, 2, 2], [1, 2, 2]]);
    const noProps = parseCards(loadFixture('pages/trending-noprops.html'), TRENDING_URL);
    expect(noProps.map((c) => c.paper)).toEqual(cards.map((c) => c.paper));
  });

  it('JSON wins when the props describe a rendered card', () => {
    const d = loadFixture(TRENDING);
    d.querySelector('[data-target="DailyPapers"]')!.setAttribute('data-props', JSON.stringify({ isTrending: true, query: {}, dailyPapers: [{
      paper: { id: '2508.16279', title: 'AgentScope 1.0 (JSON)', summary: 'The full abstract.', ai_summary: collapse(cards[2].abstracts[0].textContent!),
        authors: Array.from({ length: 23 }, (_, i) => ({ name: `Author ${i}` })), upvotes: 71, githubStars: 32801 }, numComments: 3 }] }));
    const p = parseCards(d, TRENDING_URL)[2].paper;
    expect(p).toMatchObject({ title: 'AgentScope 1.0 (JSON)', summary: 'The full abstract.', upvotes: 71, githubStars: 32801, comments: 3, authorCount: 23,
      githubUrl: 'https://github.com/agentscope-ai/agentscope', publishedAt: '2025-08-22T00:00:00.000Z' });
    expect(p.aiSummary).toMatch(/^AgentScope enhances/);
    expect(p.authors).toHaveLength(23);
  });

  it('ignores our own UI and marks when re-reading a decorated page', () => {
    const d = loadFixture(TRENDING);
    const art = d.querySelector('main article')!;
    const title = art.querySelector('h3 a')!;
    const mark = d.createElement('mark');
    mark.setAttribute('data-papersift-mark', 'video');
    mark.append((title.firstChild as Text).splitText(0));
    title.prepend(mark);
    const ui = d.createElement('div');
    ui.setAttribute('data-papersift-ui', '');
    ui.innerHTML = '<label><input type="checkbox"> Save 999</label><a href="/papers/2401.00001">Other</a><h3><a href="/papers/2401.00002">x</a></h3><p>Decoration paragraph of some length</p>';
    art.prepend(ui);
    art.after(Object.assign(d.createElement('div'), { innerHTML: '<button>Show</button>' }));
    (art.nextElementSibling as Element).setAttribute('data-papersift-placeholder', '');
    const again = parseCards(d, TRENDING_URL);
    expect(again.map((c) => c.paper)).toEqual(cards.map((c) => c.paper));
    expect(again[0].abstracts).toHaveLength(2);
  });

  it('reads the rest of a card only when asked, still without our UI added since the parse', () => {
    const d = loadFixture(TRENDING);
    const lazy = parseCards(d, TRENDING_URL);
    // Decorations land between the parse and the first use of .paper (a Save, the popup).
    for (const art of d.querySelectorAll('main article')) {
      const ui = d.createElement('div');
      ui.setAttribute('data-papersift-ui', '');
      ui.innerHTML = '<label>Save 999</label><span>99 authors</span><span>Jan 1, 2001</span><a href="https://github.com/x/y">GitHub 5</a><a class="rounded-full" href="/evil-org"><span>Evil Org</span></a>';
      art.prepend(ui);
    }
    expect(lazy.map((c) => c.paper)).toEqual(cards.map((c) => c.paper));
  });

  it('a card\'s text is its paper\'s text, on every kind of page', () => {
    const pages: [string, string][] = [
      [TRENDING, TRENDING_URL],
      ['pages/trending-noprops.html', TRENDING_URL],
      ['pages/daily-2025-06-18.html', 'https://huggingface.co/papers/date/2025-06-18'],
      ['pages/daily-2024-05-27.html', 'https://huggingface.co/papers/date/2024-05-27'],
      ['pages/search-source-citations.html', 'https://huggingface.co/papers?q=source+citations'],
    ];
    for (const [file, url] of pages) {
      const cs = parseCards(loadFixture(file), url);
      expect(cs.length, file).toBeGreaterThan(0);
      for (const c of cs) {
        const { id, title, summary, aiSummary } = c.paper;
        expect(c.text, `${file} ${c.id}`).toEqual({ id, title, summary, aiSummary });
        expect(c.id).toBe(id);
      }
    }
  });

  it('a paper in two articles is one entry listing both', () => {
    const d = loadFixture(TRENDING);
    const first = d.querySelector('main article')!;
    first.parentElement!.append(first.cloneNode(true));
    const res = parseCards(d, TRENDING_URL);
    expect(res.map((c) => c.paper.id)).toEqual(TRENDING_IDS);
    expect(res[0].articles).toHaveLength(2);
    expect(res[0].titles).toHaveLength(4);
    expect(res[0].abstracts).toHaveLength(4);
  });
});

describe('markup drift fallbacks', () => {
  it('no <article>: the largest block holding only that paper', () => {
    const html = fixtureText('pages/daily-2025-06-18.html').replace(/<article /g, '<div data-was-article="" ').replace(/<\/article>/g, '</div>');
    const cards = parseCards(parseHtml(html), '/papers/date/2025-06-18');
    expect(cards).toHaveLength(23);
    expect(cards.every((c) => c.articles.length === 1 && c.articles[0].hasAttribute('data-was-article'))).toBe(true);
  });

  it('cards as <li>', () => {
    const html = fixtureText(TRENDING).replace(/<article /g, '<li ').replace(/<\/article>/g, '</li>');
    const cards = parseCards(parseHtml(html), TRENDING_URL);
    expect(cards.map((c) => c.paper.id)).toEqual(TRENDING_IDS);
    expect(cards.every((c) => c.articles[0].tagName === 'LI' && c.titles.length === 2)).toBe(true);
  });

  it('a fallback card\'s own bar is not read as the paper\'s (a re-read of a decorated <li> card)', () => {
    const d = parseHtml(fixtureText(TRENDING).replace(/<article /g, '<li ').replace(/<\/article>/g, '</li>'));
    const before = parseCards(d, TRENDING_URL);
    for (const c of before) {
      const bar = d.createElement('div');
      bar.setAttribute('data-papersift-ui', '');
      bar.innerHTML = '<p>A decoration paragraph of some length</p><span>99 authors</span><span>Jan 1, 2001</span>'; // test markup only
      c.articles[0].append(bar);
    }
    const again = parseCards(d, TRENDING_URL);
    expect(again.map((c) => c.paper)).toEqual(before.map((c) => c.paper));
    expect(again.map((c) => c.abstracts)).toEqual(before.map((c) => c.abstracts));
  });

  it('titles no longer in <h3>: the first text link to the paper, every copy', () => {
    const html = fixtureText(TRENDING).replace(/<(\/?)h3\b/g, '<$1h4');
    const cards = parseCards(parseHtml(html), TRENDING_URL);
    expect(cards.map((c) => c.paper.title)).toEqual(parseCards(loadFixture(TRENDING), TRENDING_URL).map((c) => c.paper.title));
    expect(cards.every((c) => c.titles.length === 2)).toBe(true);
  });

  it('one <article> around every card: each title gets its own block', () => {
    const html = fixtureText(TRENDING).replace(/<article [^>]*>/g, '<section>').replace(/<\/article>/g, '</section>')
      .replace('<div class="relative grid gap-5', '<article class="wrapper"><div class="relative grid gap-5').replace('</section><!----></div><!----></main>', '</article></section><!----></div><!----></main>');
    const cards = parseCards(parseHtml(html), TRENDING_URL);
    expect(cards.map((c) => c.paper.id)).toEqual(TRENDING_IDS);
    expect(cards.every((c) => c.articles.length === 1 && c.articles[0].tagName === 'SECTION')).toBe(true);
  });
});

describe('daily pages (generated from the API dumps)', () => {
  it.each([['2025-06-18', 23], ['2024-05-27', 13]] as const)('%s: all %i papers in order, authors and abstracts from data-props', (date, n) => {
    const items = apiItems(date);
    const cards = parseCards(loadFixture(`pages/daily-${date}.html`), `/papers/date/${date}`);
    expect(cards).toHaveLength(n);
    expect(cards.map((c) => c.paper.id)).toEqual(items.map((x) => x.paper.id));
    for (const [i, c] of cards.entries()) {
      const p = items[i].paper;
      expect(c.paper.title).toBe(collapse(p.title));
      expect(c.paper.summary).toBe(collapse(p.summary));
      expect(c.paper.authors).toEqual(p.authors.map((a: { name: string }) => a.name));
      expect(c.paper.upvotes).toBe(p.upvotes);
      expect(c.paper.comments).toBe(items[i].numComments);
      expect(c.paper.publishedAt).toBe(new Date(p.publishedAt).toISOString());
      expect(c.abstracts).toEqual([]);
      expect(c.titles).toHaveLength(1);
      expect(c.articles[0].tagName).toBe('ARTICLE');
    }
  });

  it.each(['2025-06-18', '2024-05-27'] as const)('%s without data-props: DOM votes (link or <label>), comments, GitHub, author count', (date) => {
    const items = apiItems(date);
    const doc = loadFixture(`pages/daily-${date}.html`);
    dropProps(doc);
    const cards = parseCards(doc, `/papers/date/${date}`);
    for (const [i, c] of cards.entries()) {
      const x = items[i];
      expect(c.paper).toMatchObject({ id: x.paper.id, title: collapse(x.paper.title), upvotes: x.paper.upvotes, authorCount: x.paper.authors.length,
        comments: x.numComments > 0 ? x.numComments : null, githubUrl: x.paper.githubRepo ?? null, authors: null, summary: null, publishedAt: null, org: null });
    }
  });

  it('stale week page falls back to the DOM', () => {
    const items = apiItems('2025-06-18');
    const cards = parseCards(loadFixture('pages/week-2025-W25.html'), '/papers/week/2025-W25');
    expect(cards.map((c) => c.paper.id)).toEqual(items.map((x) => x.paper.id));
    expect(cards.map((c) => c.paper.title)).toEqual(items.map((x) => collapse(x.paper.title)));
    for (const c of cards) {
      expect(c.paper.authors).toBeNull();
      expect(c.paper.summary).toBeNull();
      expect(c.paper.authorCount).toBeGreaterThan(0);
    }
  });
});

describe('search page', () => {
  const URL_ = '/papers?q=diffusion';
  const ids = ['2506.14429', '2506.14603', '2506.10100', '2506.10038'];

  it('lists the results, not the unrendered dailyPapers; the abstract link is the abstract', () => {
    const items = apiItems('2025-06-18');
    const cards = parseCards(loadFixture('pages/search-source-citations.html'), URL_);
    expect(cards.map((c) => c.paper.id)).toEqual(ids);
    for (const c of cards) {
      const x = items.find((i) => i.paper.id === c.paper.id)!;
      expect(c.paper.summary).toBe(collapse(x.paper.summary));
      expect(c.paper.authors).toHaveLength(x.paper.authors.length);
      expect(c.abstracts).toHaveLength(1);
      expect(c.abstracts[0].tagName).toBe('A');
      expect(c.abstracts[0].querySelector('.highlight')).not.toBeNull();
      expect(c.titles[0].closest('h3')).not.toBeNull();
    }
  });

  it('from the DOM alone: dates without a year take the year of `now`; a short avatar list is the author list', () => {
    const doc = loadFixture('pages/search-source-citations.html');
    dropProps(doc);
    const cards = parseCards(doc, URL_, new Date('2025-06-20T12:00:00Z'));
    expect(cards.map((c) => c.paper.publishedAt)).toEqual(['2025-06-17', '2025-06-17', '2025-06-11', '2025-06-10'].map((d) => `${d}T00:00:00.000Z`));
    expect(cards.map((c) => c.paper.upvotes)).toEqual([21, 6, 4, 3]);
    expect(cards.map((c) => c.paper.authorCount)).toEqual([6, 3, 8, 5]);
    expect(cards[1].paper.authors).toEqual(['Amirmojtaba Sabour', 'Sanja Fidler', 'Karsten Kreis']);
    expect(cards[0].paper.authors).toBeNull();
    expect(cards[0].paper.summary).toMatch(/^Large Language Diffusion Models, or diffusion LLMs, have emerged as a significant focus/);
    expect(parseCards(doc, URL_, new Date('2027-01-01'))[0].paper.publishedAt).toBe('2027-06-17T00:00:00.000Z');
  });
});

describe('paper page', () => {
  const URL_ = 'https://huggingface.co/papers/2506.13642';

  it('one card: the header block with h1 and abstract, data from PaperContent', () => {
    const doc = loadFixture('pages/paper-2506.13642.html');
    const cards = parseCards(doc, URL_);
    expect(cards).toHaveLength(1);
    const [c] = cards;
    const h1 = doc.querySelector('h1')!;
    expect(c.titles).toEqual([h1]);
    expect(c.articles).toHaveLength(1);
    expect(c.articles[0].contains(h1) && c.articles[0].contains(c.abstracts[0])).toBe(true);
    expect(c.articles[0].matches('main, [data-target]')).toBe(false);
    expect(c.articles[0].querySelector('#community')).toBeNull();
    expect(c.abstracts[0].previousElementSibling ?? c.abstracts[0].parentElement!.previousElementSibling).toHaveProperty('textContent', 'Abstract');
    const x = apiItems('2025-06-18')[2];
    expect(c.paper).toMatchObject({ id: '2506.13642', title: collapse(x.paper.title), summary: collapse(x.paper.summary), aiSummary: collapse(x.paper.ai_summary),
      upvotes: 16, githubUrl: 'https://github.com/ictnlp/Stream-Omni', publishedAt: '2025-06-16T16:06:45.000Z' });
    expect(c.paper.authors).toHaveLength(5);
  });

  it('without the island: h1 title and the paragraph after "Abstract" (not the AI summary)', () => {
    const doc = loadFixture('pages/paper-2506.13642.html');
    doc.querySelector('[data-target="PaperContent"]')!.removeAttribute('data-props');
    const x = apiItems('2025-06-18')[2];
    const [c] = parseCards(doc, URL_);
    expect(c.paper).toMatchObject({ id: '2506.13642', title: collapse(x.paper.title), summary: collapse(x.paper.summary), aiSummary: null, authors: null,
      upvotes: 16, githubUrl: 'https://github.com/ictnlp/Stream-Omni', publishedAt: '2025-06-16T00:00:00.000Z' });
  });

  it('no h1: no card', () => {
    expect(parseCards(parseHtml('<main><p>Paper not found</p></main>'), URL_)).toEqual([]);
  });
});

describe('parsePage', () => {
  it('reports kind and health', () => {
    expect(parsePage(loadFixture(TRENDING), TRENDING_URL)).toMatchObject({ kind: 'trending', health: 'ok' });
    expect(parsePage(loadFixture(TRENDING), TRENDING_URL).cards).toHaveLength(3);
    expect(parsePage(parseHtml('<main><h1>Daily Papers</h1></main>'), '/papers/date/2025-06-18')).toEqual({ kind: 'daily', cards: [], health: 'no-cards', ours: false });
    expect(parsePage(loadFixture(TRENDING), '/papers/2405.12345.md')).toEqual({ kind: null, cards: [], health: 'not-listing', ours: false });
    expect(parsePage(loadFixture('pages/paper-2506.13642.html'), '/papers/2506.13642')).toMatchObject({ kind: 'paper', health: 'ok' });
  });

  it('never throws on odd roots', () => {
    expect(parseCards(parseHtml(''), TRENDING_URL)).toEqual([]);
    expect(parseCards(parseHtml('<article><h3><a href="/papers/2405.12345">Only</a></h3></article>'), 'nonsense')).toHaveLength(1);
    expect(parseCards(parseHtml('x').createDocumentFragment(), TRENDING_URL)).toEqual([]);
    expect(parseCards({} as ParentNode, TRENDING_URL)).toEqual([]);
  });
});

describe('CardCache (repeated parses of a live page)', () => {
  // What a card says (its paper read in full), not how it keeps it.
  const strip = (cs: ReturnType<typeof parseCards>) => cs.map((c) => ({ id: c.id, text: c.text, paper: c.paper, articles: c.articles, titles: c.titles, abstracts: c.abstracts }));
  // What the content script does: every change the page makes is reported before the next parse.
  const live = (doc: Document) => {
    const cache = new CardCache();
    const mo = new MutationObserver(() => {});
    mo.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true });
    const parse = (now?: Date) => {
      const recs = mo.takeRecords();
      cache.changed(recs.map((r) => r.target), recs.flatMap((r) => [...r.addedNodes]));
      return parseCards(doc, TRENDING_URL, now, cache);
    };
    return { cache, parse };
  };

  it('gives what a parse without it gives, and the same card objects while nothing changed', () => {
    const doc = loadFixture(TRENDING);
    const { parse } = live(doc);
    const first = parse();
    expect(strip(first)).toEqual(strip(parseCards(doc, TRENDING_URL)));
    const again = parse();
    expect(again.every((c, i) => c === first[i])).toBe(true);
  });

  it('reads a card again after the page changes it, and only that card', () => {
    const doc = loadFixture(TRENDING);
    const { parse } = live(doc);
    const first = parse();
    const vote = doc.querySelectorAll('main article')[1].querySelector('[role="checkbox"] .font-semibold')!;
    (vote.firstChild as Text).data = '999'; // a text node updated in place
    const next = parse();
    expect(next[1]).not.toBe(first[1]);
    expect(next[1].paper.upvotes).toBe(999);
    expect(next[0]).toBe(first[0]);
    expect(next[2]).toBe(first[2]);
    expect(strip(next)).toEqual(strip(parseCards(doc, TRENDING_URL)));
  });

  it('an article changed while out of the page is read again when it comes back', () => {
    const doc = loadFixture(TRENDING);
    const { parse } = live(doc);
    const first = parse();
    const art = doc.querySelectorAll('main article')[2];
    const parent = art.parentElement!, next = art.nextSibling;
    art.remove();
    parse(); // the removal is seen; later changes to the detached article are not
    art.querySelector('h3 a')!.textContent = 'Renamed while detached';
    parent.insertBefore(art, next);
    const back = parse();
    expect(back[2]).not.toBe(first[2]);
    expect(back[2].paper.title).toBe(parseCards(doc, TRENDING_URL)[2].paper.title);
  });

  it('checks what lies outside the article: the year of short dates and a heading around it', () => {
    const doc = loadFixture('pages/search-source-citations.html');
    dropProps(doc);
    const cache = new CardCache();
    const a = parseCards(doc, '/papers?q=diffusion', new Date('2025-06-20'), cache);
    const b = parseCards(doc, '/papers?q=diffusion', new Date('2026-06-20'), cache);
    expect(b[0].paper.publishedAt).toBe('2026-06-17T00:00:00.000Z');
    expect(b[0]).not.toBe(a[0]);
    const t = parseHtml(fixtureText(TRENDING));
    const c1 = parseCards(t, TRENDING_URL, undefined, cache);
    const art = t.querySelector('main article')!;
    // Moving the article under a heading is a change outside it; the cache is not told here.
    const h2 = t.createElement('h2');
    art.replaceWith(h2);
    h2.append(art);
    const c2 = parseCards(t, TRENDING_URL, undefined, cache);
    expect(c2[0].abstracts).toEqual([]);
    expect(c1[0].abstracts).toHaveLength(2);
  });
});

describe('which paragraphs are abstracts', () => {
  it('not one in a heading or in UI of ours anywhere in the card; the others, in order', () => {
    const doc = parseHtml(`<main><article>
      <h3><a href="/papers/2401.00001">A title long enough</a><p>A paragraph inside the heading element</p></h3>
      <div><p>The first real abstract paragraph, long enough</p></div>
      <div><section data-papersift-ui><p>A paragraph in a panel of ours nested deep</p></section></div>
      <p>The second copy of the abstract, long enough</p>
    </article></main>`);
    const [card] = parseCards(doc, '/papers/trending');
    expect(card.abstracts.map((p) => p.textContent)).toEqual(['The first real abstract paragraph, long enough', 'The second copy of the abstract, long enough']);
    expect(card.text.summary).toBe('The first real abstract paragraph, long enough');
  });

  it('in a card that is no <article> (markup drift: list items), its paragraphs still count', () => {
    const doc = parseHtml(`<main><ul>
      <li><h3><a href="/papers/2401.00001">First paper title</a></h3><div><p>The first paper's abstract, long enough</p></div></li>
      <li><h3><a href="/papers/2401.00002">Second paper title</a></h3><p>The second paper's abstract, long enough</p></li>
    </ul></main>`);
    const cards = parseCards(doc, '/papers/trending');
    expect(cards.map((c) => [c.articles[0].localName, c.text.summary])).toEqual([
      ['li', "The first paper's abstract, long enough"],
      ['li', "The second paper's abstract, long enough"],
    ]);
  });

  it('a card inside another card element: its paragraphs count for the paper whose card holds them', () => {
    const doc = parseHtml(`<main><article>
      <h3><a href="/papers/2401.00001">Outer paper title</a></h3>
      <article><p>An abstract paragraph in an inner card element, long enough</p></article>
    </article></main>`);
    const [card] = parseCards(doc, '/papers/trending');
    expect(card.id).toBe('2401.00001');
    expect(card.text.summary).toBe('An abstract paragraph in an inner card element, long enough');
  });
});

describe('a card read in full later', () => {
  it('whose markup breaks the reader after the parse still gives its text, never an exception', () => {
    const d = loadFixture(TRENDING);
    const [card] = parseCards(d, TRENDING_URL);
    const title = card.text.title;
    // The reader queries the card's links on first use: make that throw.
    for (const a of card.articles) a.getElementsByTagName = () => { throw new Error('markup changed'); };
    for (const a of card.articles) a.querySelectorAll = () => { throw new Error('markup changed'); };
    expect(() => card.paper).not.toThrow();
    expect(card.paper).toMatchObject({ id: card.id, title, summary: card.text.summary, authors: null, upvotes: null });
  });

  it('says whether our UI sits in any card (an earlier pass decorated the page)', () => {
    const doc = loadFixture(TRENDING);
    expect(parsePage(doc, TRENDING_URL).ours).toBe(false);
    const bar = doc.createElement('div');
    bar.setAttribute('data-papersift-ui', '');
    doc.querySelectorAll('main article')[1].append(bar);
    expect(parsePage(doc, TRENDING_URL).ours).toBe(true);
  });
});
