// The generated page fixtures are committed; they must match what build.mjs produces today.
import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('tests/fixtures/pages/*.html are up to date with build.mjs', () => {
  expect(() => execFileSync(process.execPath, ['tests/fixtures/pages/build.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
});
