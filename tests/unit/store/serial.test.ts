import { expect, it } from 'vitest';
import { serial } from '@/utils/store/serial';

const later = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

it('runs queued writes one after another, in the order they were queued', async () => {
  const log: string[] = [];
  const step = (name: string, ms: number) => async () => {
    log.push(`${name} start`);
    await later(ms, 0);
    log.push(`${name} end`);
    return name;
  };
  const results = await Promise.all([serial(step('slow', 20)), serial(step('fast', 0))]);
  expect(results).toEqual(['slow', 'fast']);
  expect(log).toEqual(['slow start', 'slow end', 'fast start', 'fast end']);
});

it('a failed write rejects for its caller only; the next one still runs', async () => {
  const failed = serial(async () => {
    throw new Error('refused');
  });
  const next = serial(async () => 'ran');
  await expect(failed).rejects.toThrow('refused');
  expect(await next).toBe('ran');
});
