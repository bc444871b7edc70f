// Pure: a sliding-window count of writes (set/remove calls) against the per-minute and per-hour limits.
import { WRITE_LIMITS } from './limits';

export class WriteBudget {
  private times: number[] = [];
  constructor(private limits: { perMinute: number; perHour: number } = WRITE_LIMITS) {}

  private trim(now: number) {
    while (this.times.length && this.times[0] <= now - 3_600_000) this.times.shift();
  }

  /** The earliest time (ms) at which `count` more writes stay within both limits; `now` when they already do. */
  nextAt(now: number, count = 1): number {
    this.trim(now);
    const { perMinute, perHour } = this.limits;
    let at = now;
    const inLastMinute = this.times.filter((t) => t > now - 60_000);
    if (inLastMinute.length + count > perMinute) at = Math.max(at, inLastMinute[inLastMinute.length + count - perMinute - 1] + 60_000);
    if (this.times.length + count > perHour) at = Math.max(at, this.times[this.times.length + count - perHour - 1] + 3_600_000);
    return at;
  }

  record(now: number, count = 1) {
    for (let i = 0; i < count; i++) this.times.push(now);
  }

  /** Writes in the window ending at `now` (for tests and the status). */
  countSince(since: number): number {
    return this.times.filter((t) => t > since).length;
  }
}
