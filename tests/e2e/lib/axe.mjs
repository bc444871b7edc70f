// axe-core (the engine of browsers' own accessibility tools) run inside a Playwright page.
// The source goes in through page.evaluate, not a <script> tag: extension pages' CSP refuses
// injected scripts, and CDP evaluation is not subject to it.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on `include` (CSS selectors; the whole page when omitted) and returns the serious and
 * critical violations as short lines ("rule: target — summary"), empty when there are none.
 * label-content-name-mismatch (WCAG 2.5.3) is experimental in axe, so it is switched on here.
 */
export async function seriousViolations(page, include) {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(`${AXE}\n;void 0`);
  const violations = await page.evaluate(async (include) => {
    const context = include ? { include: include.filter((s) => document.querySelector(s)).map((s) => [s]) } : document;
    const result = await window.axe.run(context, {
      resultTypes: ['violations'],
      rules: { 'label-content-name-mismatch': { enabled: true } },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.join(' '), impact: n.impact, summary: n.failureSummary })) }));
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${n.impact}): ${n.target} — ${v.help}; ${n.summary?.replace(/\s+/g, ' ')}`));
}
