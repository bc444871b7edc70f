// Test helper: the rules a fixture backup carries.
import type { Rule } from '../../../utils/types';

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
