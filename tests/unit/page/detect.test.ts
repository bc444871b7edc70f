import { describe, expect, it } from 'vitest';
import { isListing, isPaperPage, pageKind, parsePageUrl, periodKey } from '@/utils/page/detect';
import { paperIdFromHref } from '@/utils/paper/urls';

const HF = 'https://huggingface.co';

describe('pageKind / periodKey', () => {
  const table: [string, ReturnType<typeof pageKind>, string | null][] = [
    [`${HF}/papers`, 'papers-root', 'root'],
    ['/papers/', 'papers-root', 'root'],
    ['/papers?q=%20', 'papers-root', 'root'],
    ['/papers?q=diffusion', 'search', 'search:diffusion'],
    ['/papers?q=source%20citations', 'search', 'search:source citations'],
    ['/papers?q=+diffusion+', 'search', 'search:diffusion'],
    ['/papers?date=2024-05-27', 'daily', 'day:2024-05-27'],
    ['/papers?date=yesterday', 'papers-root', 'root'],
    [`${HF}/papers/trending`, 'trending', 'trending'],
    ['/papers/trending?q=agents', 'search', 'search:agents'],
    ['/papers/date/2025-06-18', 'daily', 'day:2025-06-18'],
    ['/papers/date/2025-06-18/', 'daily', 'day:2025-06-18'],
    ['/papers/date/2025-06-18#top', 'daily', 'day:2025-06-18'],
    ['/papers/date/2025-06-18?q=llm', 'search', 'search:llm'],
    ['/papers/date/2025-6-18', null, null],
    ['/papers/week/2025-W25', 'weekly', 'week:2025-W25'],
    ['/papers/week/2025-w25', 'weekly', 'week:2025-W25'],
    ['/papers/month/2025-06', 'monthly', 'month:2025-06'],
    ['/papers/month/2025-06?q=llm', 'search', 'search:llm'],
    ['/papers/2405.12345', 'paper', 'paper:2405.12345'],
    [`${HF}/papers/2405.12345v2`, 'paper', 'paper:2405.12345'],
    ['/papers/2405.12345#community', 'paper', 'paper:2405.12345'],
    ['/papers/2405.12345?utm=x', 'paper', 'paper:2405.12345'],
    ['/papers/0704.0001', 'paper', 'paper:0704.0001'],
    ['/papers/hep-th/9901001', 'paper', 'paper:hep-th/9901001'],
    ['/papers/2405.123', null, null],
    ['/papers/2405.123456', null, null],
    ['/papers/2405.12345.md', null, null],
    ['/papers/index', null, null],
    ['/papers/index?arxivId=2405.12345', null, null],
    ['/papers/2405.12345/community', null, null],
    ['/papersx', null, null],
    ['/models', null, null],
    ['/', null, null],
    ['', null, null],
    ['javascript:alert(1)', null, null],
    ['http://[bad', null, null],
  ];
  it.each(table)('%s → %s', (url, kind, key) => {
    expect(pageKind(url)).toBe(kind);
    expect(periodKey(url)).toBe(key);
  });

  it('listing vs paper predicates', () => {
    for (const [url, kind] of table) {
      expect(isPaperPage(url)).toBe(kind === 'paper');
      expect(isListing(url)).toBe(kind !== null && kind !== 'paper');
    }
  });

  it('parsePageUrl gives the parts', () => {
    expect(parsePageUrl('/papers/week/2025-w25')).toEqual({ kind: 'weekly', period: '2025-W25' });
    expect(parsePageUrl('/papers/trending?q=x')).toEqual({ kind: 'search', q: 'x' });
    expect(parsePageUrl('/papers/2405.12345v9')).toEqual({ kind: 'paper', id: '2405.12345' });
  });
});

describe('paperIdFromHref', () => {
  const table: [unknown, string | null][] = [
    ['/papers/2405.12345', '2405.12345'],
    ['/papers/2405.12345v3', '2405.12345'],
    ['/papers/2405.1234', '2405.1234'],
    ['/papers/2405.12345#community', '2405.12345'],
    ['/papers/2405.12345?x=1', '2405.12345'],
    [`${HF}/papers/2405.12345`, '2405.12345'],
    ['https://arxiv.org/abs/2405.12345v2', '2405.12345'],
    ['https://arxiv.org/pdf/2405.12345v2', '2405.12345'],
    ['https://arxiv.org/pdf/2405.12345.pdf', '2405.12345'],
    ['http://arxiv.org/abs/hep-th/9901001v1', 'hep-th/9901001'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136'],
    ['/papers/hep-th/9901001', 'hep-th/9901001'],
    ['2405.12345', '2405.12345'],
    ['2405.12345v2', '2405.12345'],
    [' 2405.12345 ', '2405.12345'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['/papers/date/2025-06-18', null],
    ['/papers/week/2025-W25', null],
    ['/papers/trending', null],
    ['/papers/2405.12345.md', null],
    ['/papers/2405.123456', null],
    ['/papers/12345.12345', null],
    ['/papers/index?arxivId=2405.12345', null],
    ['/login?next=%2Fpapers%2F2405.12345', null],
    ['https://example.com/papers/2405.12345', null],
    ['https://github.com/org/2405.12345', null],
    ['x2405.12345', null],
    ['', null],
    [null, null],
    [undefined, null],
    [42, null],
  ];
  it.each(table)('%s → %s', (href, id) => expect(paperIdFromHref(href as string)).toBe(id));
});
