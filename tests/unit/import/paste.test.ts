// The paste box's reader and a collection's answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPasted } from '@/utils/import/paste';
import { collectionApiUrl, readCollection } from '@/utils/import/collection';
import { ImportRefused } from '@/utils/import/types';

describe('readPasted', () => {
  it('finds ids, arXiv and Hugging Face links, DOIs and old-style ids in free text; reports other links by line', () => {
    const text = [
      '# My list',
      '1. https://arxiv.org/abs/2506.14429v2',
      '2. [Xolver](https://huggingface.co/papers/2506.14234) and again https://arxiv.org/pdf/2506.14234',
      'Bare: 2506.13642, version 1.2.3, year 2024.5 and 1234.5678 are not ids',
      'doi:10.48550/arXiv.2506.14758 — hep-th/9802150v1',
      'https://example.com/post',
      'https://huggingface.co/collections/ada-lovelace/diffusion-reading-list-6571f0a2b3c4d5e6f7a8b9c0',
    ].join('\n');
    expect(readPasted(text)).toEqual({
      ids: ['2506.14429', '2506.14234', '2506.13642', '2506.14758', 'hep-th/9802150'],
      collections: [{ owner: 'ada-lovelace', slug: 'diffusion-reading-list-6571f0a2b3c4d5e6f7a8b9c0', line: 7 }],
      skipped: [{ label: 'line 6', reason: 'not a paper link' }],
    });
  });

  it('an e-mail with no paper in it gives nothing and reports its links', () => {
    expect(readPasted('Hi,\nsee https://example.org/x\nBest')).toEqual({ ids: [], collections: [], skipped: [{ label: 'line 2', reason: 'not a paper link' }] });
  });
});

describe('readCollection', () => {
  const json = JSON.parse(readFileSync('tests/fixtures/import/hf-collection.json', 'utf8'));
  const ref = { owner: 'ada-lovelace', slug: 'diffusion-reading-list-6571f0a2b3c4d5e6f7a8b9c0', line: 1 };

  it('takes the paper items, tagged with the collection’s name, with their notes; reports the rest', () => {
    const d = readCollection(json, ref, '2026-01-01T00:00:00.000Z');
    expect(d.title).toBe('Diffusion Reading List');
    expect(d.papers.map((p) => [p.id, p.title, p.tags, p.note, p.complete])).toEqual([
      ['2006.11239', 'Denoising Diffusion Probabilistic Models', ['diffusion-reading-list'], 'The one that started it', false],
      ['2112.10752', 'High-Resolution Image Synthesis with Latent Diffusion Models', ['diffusion-reading-list'], '', false],
    ]);
    expect(d.skipped).toEqual([
      { label: 'stabilityai/stable-diffusion-2-1 in Diffusion Reading List', reason: 'a model, not a paper' },
      { label: 'laion/laion2B-en in Diffusion Reading List', reason: 'a dataset, not a paper' },
    ]);
    expect(collectionApiUrl(ref)).toBe('https://huggingface.co/api/collections/ada-lovelace/diffusion-reading-list-6571f0a2b3c4d5e6f7a8b9c0');
  });

  it('refuses an answer without items', () => {
    expect(() => readCollection({ error: 'Collection not found' }, ref, 'now')).toThrow(ImportRefused);
  });
});
