// A realistic backup built from the 2025 API fixture: real authors and abstracts, plus notes and
// tags with accents, LaTeX specials and HTML-looking text.
import { items2025 } from './data.mjs';

export function fixtureBackup({ count } = {}) {
  const items = items2025();
  const n = count ?? items.length;
  const papers = Array.from({ length: n }, (_, i) => {
    const it = items[i % items.length];
    const id = count ? `29${String(10 + Math.floor(i / 99999)).padStart(2, '0')}.${String((i % 99999) + 1).padStart(5, '0')}` : it.paper.id;
    return {
      id,
      title: it.paper.title.replace(/\s+/g, ' ').trim(),
      authors: it.paper.authors.map((a) => a.name),
      summary: it.paper.summary.replace(/\s+/g, ' ').trim(),
      publishedAt: it.paper.publishedAt,
      savedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
      tags: i % 3 ? ['llm'] : ['vision', 'to-read'],
      status: ['unread', 'reading', 'done'][i % 3],
      note: i % 4 === 0 ? `Café & 50% of \\LaTeX_{x} — <b>not bold</b> #${i}` : '',
      upvotes: it.paper.upvotes ?? null,
      customField: { keptOnRoundTrip: i },
    };
  });
  return {
    format: 'papersift-backup',
    version: 1,
    exportedAt: '2026-11-25T10:00:00.000Z',
    rules: [
      { id: 'r-diff', tag: 'diffusion', terms: ['diffusion', '/\\bDiT\\b/'], fields: ['title', 'abstract'], action: 'highlight', color: '#ffe08a', enabled: true },
      { id: 'r-survey', tag: 'survey', terms: ['survey'], fields: ['title'], action: 'hide', color: '#cccccc', enabled: false },
    ],
    papers,
  };
}
