// Test helper: real Hugging Face daily-papers API items → SavedPaper, plus hand-made edge cases.
import type { Rule, SavedPaper } from '../../../utils/types';
import day2024 from '../../fixtures/hf/hf-api-daily_papers_date-2024-05-27.json';
import day2025 from '../../fixtures/hf/hf-api-daily_papers_date-2025-06-18.json';

interface ApiItem {
  paper: {
    id: string;
    title: string;
    summary: string;
    authors: { name: string }[];
    publishedAt: string;
    upvotes?: number;
    githubRepo?: string;
  };
}

export const SAVED_AT = '2026-11-25T09:00:00.000Z';

export function fromApi(item: ApiItem, i = 0): SavedPaper {
  const p = item.paper;
  return {
    id: p.id,
    title: p.title,
    authors: p.authors.map((a) => a.name),
    summary: p.summary,
    publishedAt: p.publishedAt,
    org: null,
    githubUrl: p.githubRepo ?? null,
    githubStars: null,
    upvotes: p.upvotes ?? null,
    hfUrl: `https://huggingface.co/papers/${p.id}`,
    arxivUrl: `https://arxiv.org/abs/${p.id}`,
    savedAt: SAVED_AT,
    tags: i % 3 === 0 ? ['diffusion'] : i % 3 === 1 ? ['llm', 'agents'] : [],
    status: 'unread',
    note: i % 4 === 0 ? `Read section ${i}` : '',
  };
}

export const fixturePapers: SavedPaper[] = [
  ...(day2025 as ApiItem[]),
  ...(day2024 as ApiItem[]),
].map(fromApi);

/** A SavedPaper with defaults, for hand-made cases. */
export function paper(over: Partial<SavedPaper> & { id: string }): SavedPaper {
  return {
    title: 'Untitled',
    authors: [],
    summary: '',
    publishedAt: null,
    org: null,
    githubUrl: null,
    githubStars: null,
    upvotes: null,
    hfUrl: `https://huggingface.co/papers/${over.id}`,
    arxivUrl: `https://arxiv.org/abs/${over.id}`,
    savedAt: SAVED_AT,
    tags: [],
    status: 'unread',
    note: '',
    ...over,
  };
}

export const accented = paper({
  id: '2405.00001',
  title: 'Über die Analyse: ein Beispiel für Ångström-Skalen',
  authors: ['José Ángel Núñez', 'Zoë Müller', 'Søren Kierkegaard', 'Ahmet Üstün'],
  summary: 'Résumé avec des accents — et des “guillemets”.',
  publishedAt: '2024-05-01T00:00:00.000Z',
  tags: ['théorie'],
});

export const latexy = paper({
  id: '2405.00002',
  title: 'Costs & Benefits: 100% of $x_1$ in #tags {braces} ~tilde ^caret \\backslash',
  authors: ['Ada Lovelace', 'Research and Development Team', 'Martin Luther King Jr.'],
  summary: 'Uses 50% less & more_stuff.',
  publishedAt: '2024-05-02T00:00:00.000Z',
  note: '=HYPERLINK("http://evil")',
  tags: ['+cmd', '@at'],
});

export const sixtyAuthors = paper({
  id: '2405.00003',
  title: 'A Large Collaboration Paper',
  authors: Array.from({ length: 60 }, (_, i) => `Author${i + 1} Surname${i + 1}`),
  summary: 'Many authors.',
  publishedAt: '2024-05-03T12:00:00.000Z',
});

export const bare = paper({ id: 'hep-th/9901001', title: 'Old Style Paper With Nothing Else' });

export const edgePapers = [accented, latexy, sixtyAuthors, bare];

/** Two rules, the second with unknown fields (kept on round trip). */
export const rules: Rule[] = [
  {
    id: 'r1', tag: 'diffusion', terms: ['diffusion', '/\\bDiT\\b/'], fields: ['title', 'abstract'],
    action: 'highlight', color: '#ffe08a', enabled: true, order: 0,
  },
  {
    id: 'r2', tag: 'robotics', terms: ['robot*', '-vacuum'], fields: ['title'], action: 'hide',
    color: '#cccccc', enabled: false, order: 1, sharedBy: 'someone', future: { nested: [1, 2] },
  },
];
