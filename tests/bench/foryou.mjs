// `npm run bench`, For you part: the offline evaluation (foryou-eval.mjs), then training time at
// 200 and 5,000 saved papers and scoring time for 100 and 1,000 cards, in node (V8, as the
// background service worker and the content script run it).
import { evaluate, loadDays, loadRank, printEval } from './foryou-eval.mjs';

/** CPU time since `from`: steadier than wall time on a machine shared with other jobs. */
const cpuMs = (from) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

export async function benchForYou({ median, fmt }) {
  const rank = await loadRank();
  printEval(await evaluate(rank), '7) For you — offline evaluation: 6 simulated readers, trained on 2026-03-02…04-30, scored on 2026-05-11…15 (AUC / P@10: PaperSift · upvote order · suggested rules)');
  printEval(await evaluate(rank, { masked: true }), '   Same, each topic\'s defining words masked out of every text (only the surrounding vocabulary tells topics apart)');

  // Real abstracts, cycled (with a distinct tail each) to reach the sizes.
  const texts = loadDays().flatMap((d) => d.papers).map((p) => rank.paperText(p));
  const take = (n, from) => Array.from({ length: n }, (_, i) => `${texts[(from + i) % texts.length]} v${i}`);
  const now = new Date();
  console.log('8) For you — training and scoring times (node, median)');
  for (const [saved, passed, hidden] of [[200, 800, 50], [5000, 2000, 500]]) {
    const times = [], cpus = [];
    let model;
    for (let i = 0; i < 3; i++) {
      const t = performance.now(), c = process.cpuUsage();
      model = rank.trainModel({ saved: take(saved, 0), hiddenByHand: take(hidden, saved), hiddenByRule: [], passed: take(passed, saved + hidden), now });
      times.push(performance.now() - t);
      cpus.push(cpuMs(c));
    }
    const size = JSON.stringify(rank.toStored(model)).length;
    console.log(`   train on ${saved} saved + ${hidden} hidden + ${passed} passed over : ${fmt(median(times))} (CPU ${fmt(median(cpus))})   (stored model ${(size / 1024).toFixed(0)} KB, ${model.terms.length} terms)`);
  }
  const model = rank.trainModel({ saved: take(200, 0), hiddenByHand: take(50, 200), hiddenByRule: [], passed: take(800, 250), now });
  for (const n of [100, 1000]) {
    const cards = take(n, 3);
    const compile = [], score = [], cpus = [];
    for (let i = 0; i < 15; i++) {
      let t = performance.now();
      // Content script: the stored table is read from storage.local as JSON, then compiled once.
      const s = rank.scorer(rank.fromStored(JSON.parse(JSON.stringify(rank.toStored(model)))));
      compile.push(performance.now() - t);
      t = performance.now();
      const c0 = process.cpuUsage();
      for (const c of cards) s(c);
      score.push(performance.now() - t);
      cpus.push(cpuMs(c0));
    }
    console.log(`   score ${String(n).padStart(4)} cards : ${fmt(median(score))} (CPU ${fmt(median(cpus))})   (+ ${fmt(median(compile))} to parse and index the weight table once per page)`);
  }
  console.log('');
}
