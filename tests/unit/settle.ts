// For component tests (happy-dom): lets a rendered component's pending answers (mocked messages,
// a few promise turns) arrive and Preact re-render with them.
import { act } from 'preact/test-utils';

export async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}
