// The listing's name in the digest heading, from its URL (the reader's local day where the URL has none).
import { describe, expect, it } from 'vitest';
import { listingName } from '@/utils/page/listing-name';

const NOW = new Date(2026, 10, 25, 10, 0);

describe('listingName', () => {
  it.each([
    ['https://huggingface.co/papers/date/2025-06-18', 'Daily papers, 2025-06-18'],
    ['https://huggingface.co/papers?date=2025-06-18', 'Daily papers, 2025-06-18'],
    ['https://huggingface.co/papers/week/2025-W25', 'Weekly papers, 2025-W25'],
    ['https://huggingface.co/papers/month/2025-06', 'Monthly papers, 2025-06'],
    ['https://huggingface.co/papers/trending', 'Trending papers, 2026-11-25'],
    ['https://huggingface.co/papers?q=source%20citations', 'Papers matching “source citations”, 2026-11-25'],
    ['https://huggingface.co/papers', 'Daily papers, 2026-11-25'],
    ['https://huggingface.co/papers/2506.13642', 'Hugging Face papers, 2026-11-25'],
    [null, 'Hugging Face papers, 2026-11-25'],
  ])('%s → %s', (url, name) => expect(listingName(url, NOW)).toBe(name));
});
