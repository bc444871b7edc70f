// A rule's matches per day over the last 30 days, as small bars (Preact SVG, no markup strings),
// so dead or too broad rules stand out. The accessible label carries the numbers.
import type { RuleHistory } from '@/utils/history/series';
import { plural } from '@/utils/library/format';

const BAR = 3;
const HEIGHT = 18;

export function historyLabel(h: RuleHistory): string {
  return h.total ? `Matched ${plural(h.total, 'paper')} in the last ${h.days.length} days` : `No matches in ${h.days.length} days`;
}

export function Sparkline({ history }: { history: RuleHistory }) {
  const max = Math.max(1, ...history.days.map((d) => d.count));
  const label = historyLabel(history);
  return (
    <span class={`rule-history${history.total ? '' : ' dead'}`}>
      <svg
        role="img"
        aria-label={label}
        width={history.days.length * BAR}
        height={HEIGHT}
        viewBox={`0 0 ${history.days.length * BAR} ${HEIGHT}`}
      >
        {history.days.map((d, i) => {
          // Days without matches keep a 1px tick, so the 30-day frame stays visible.
          const h = d.count ? Math.max(2, Math.round((d.count / max) * HEIGHT)) : 1;
          return (
            <rect key={d.day} x={i * BAR} y={HEIGHT - h} width={BAR - 1} height={h} class={d.count ? 'bar' : 'tick'}>
              <title>{`${d.day}: ${plural(d.count, 'paper')}`}</title>
            </rect>
          );
        })}
      </svg>
      <span class="hint" aria-hidden="true">
        {history.total ? `${history.total} in 30 days` : 'No matches in 30 days'}
      </span>
    </span>
  );
}
