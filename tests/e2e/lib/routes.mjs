// Answers every https://huggingface.co request from the committed fixtures.
import fs from 'node:fs';
import path from 'node:path';

const HF = path.resolve('tests/fixtures/hf');
const PAGES = path.resolve('tests/fixtures/pages');
export const readFixture = (f) => fs.readFileSync(path.join(HF, f), 'utf8');
export const readPage = (f) => fs.readFileSync(path.join(PAGES, f), 'utf8');

/** Default URL → fixture page map; tests may add or override paths (pathname + search). */
export function defaultPages() {
  const pages = {
    '/papers/trending': readFixture('hf-trending-2026-10_page-excerpt.html'),
  };
  // HF answers /papers with the latest period (a 302 that Playwright's fulfill cannot follow here):
  // serving that day's page at /papers exercises the root URL variant.
  pages['/papers'] = readPage('daily-2025-06-18.html');
  for (const f of fs.existsSync(PAGES) ? fs.readdirSync(PAGES) : []) {
    const m = /^(.*)\.html$/.exec(f);
    if (!m) continue;
    const html = fs.readFileSync(path.join(PAGES, f), 'utf8');
    // Generated pages name the URL they stand for in their header comment ("Represents /papers/…").
    const url = /^<!doctype html>\s*<!--[\s\S]*?Represents (\S+)/i.exec(html.slice(0, 600))?.[1];
    if (url) pages[url] = html;
  }
  return pages;
}

/** Every paper of the two API fixture days, by id (the answers of /api/papers/<id>). */
export const apiPapers = () => {
  const out = new Map();
  for (const f of ['hf-api-daily_papers_date-2024-05-27.json', 'hf-api-daily_papers_date-2025-06-18.json'])
    for (const item of JSON.parse(readFixture(f))) out.set(item.paper.id, item.paper);
  return out;
};

// HF's stylesheet, approximated from the fixtures' class names (tests/fixtures/styles/build.mjs).
export const HF_CSS_PATH = '/front/build/kube-8fccf39/style.css';
const hfCss = () => fs.readFileSync(path.resolve('tests/fixtures/styles/hf-tailwind.css'), 'utf8');
/** A page as it looks with HF's styling: the stylesheet linked (generated pages have no link), `html.dark` if asked. */
export function styledPage(html, { dark = false } = {}) {
  let out = html.includes(HF_CSS_PATH) ? html : html.replace('</head>', `<link rel="stylesheet" href="${HF_CSS_PATH}" />\n</head>`);
  if (dark) out = out.replace('<html class="">', '<html class="dark">');
  return out;
}

const TILE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">' +
  '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#e0e7ff"/><stop offset="1" stop-color="#fde68a"/></linearGradient></defs>' +
  '<rect width="640" height="360" fill="url(#g)"/></svg>';

/**
 * @param {{ pages?: Record<string, string>, api?: (pathname: string) => any, styled?: boolean | { dark?: boolean } }} [opts]
 * `styled`: every page gets the approximated HF stylesheet (and `html.dark` with `{ dark: true }`).
 */
export async function routeHuggingFace(context, opts = {}) {
  const pages = { ...defaultPages(), ...(opts.pages ?? {}) };
  const papers = apiPapers();
  const log = [];
  const server = { pages, log, apiDown: false };
  // Thumbnails and avatars are neutral tiles (the CDN is not in the fixtures). Never the network:
  // here it does not answer, and a page's load event waited ≈ 5 s for its images.
  await context.route(/^https:\/\/cdn-[a-z]+\.huggingface\.co\//, (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: TILE_SVG }),
  );
  await context.route('https://huggingface.co/**', (route) => {
    const u = new URL(route.request().url());
    log.push(u.pathname + u.search);
    if (u.pathname.startsWith('/api/')) {
      if (server.apiDown) return route.abort('internetdisconnected');
      const custom = opts.api?.(u.pathname + u.search);
      if (custom !== undefined) return route.fulfill({ contentType: 'application/json', body: JSON.stringify(custom) });
      const m = /^\/api\/papers\/([^/]+)$/.exec(u.pathname);
      const p = m && papers.get(decodeURIComponent(m[1]));
      if (p) return route.fulfill({ contentType: 'application/json', body: JSON.stringify(p) });
      return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":"Paper not found"}' });
    }
    if (u.pathname === HF_CSS_PATH && opts.styled) return route.fulfill({ contentType: 'text/css', body: hfCss() });
    let body = pages[u.pathname + u.search] ?? pages[u.pathname];
    if (body !== undefined && opts.styled) body = styledPage(body, typeof opts.styled === 'object' ? opts.styled : {});
    if (body !== undefined) return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in fixtures' });
  });
  return server;
}

/**
 * What HF's Svelte app does on a date arrow or period button: a new URL without a load and the
 * <main> of `html` in place of the page's own.
 */
export const navigateInPage = (page, path, html) =>
  page.evaluate(
    ({ path, html }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', path);
      document.querySelector('main').replaceWith(document.adoptNode(next.querySelector('main')));
    },
    { path, html },
  );
