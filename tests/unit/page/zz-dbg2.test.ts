// @vitest-environment happy-dom
import { it } from 'vitest';
it('is', () => {
  document.body.innerHTML = '<main><article><h3><a href="/papers/1234.12345">x</a></h3><div data-papersift-ui><a href="/papers/1">y</a></div></article></main>';
  console.log('IS', document.querySelectorAll('article, h3 :is(a[href^="/papers/"], a[href^="https://huggingface.co/papers/"]), :is([data-papersift-ui], [data-papersift-placeholder])').length,
  document.querySelector('a')!.closest(':is(h1, h2, h3)')?.tagName);
});
