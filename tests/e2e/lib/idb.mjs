// Reads PaperSift's IndexedDB from one of its own pages (the database lives in the extension's
// origin), so tests can check exactly what is stored. Shared by the Chromium (Playwright) and the
// Firefox (puppeteer) suites: each calls `evaluate` with one argument, which both accept.

/** Every record of each named store, read in one transaction: [records of stores[0], …]. */
const readAll = (extPage, stores) =>
  extPage.evaluate(
    (names) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('papersift');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(names);
          const reads = names.map((name) => tx.objectStore(name).getAll());
          tx.oncomplete = () => {
            open.result.close();
            resolve(reads.map((r) => r.result));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );

/** Every paper and rule as stored. */
export const dumpIdb = async (extPage) => {
  const [papers, rules] = await readAll(extPage, ['papers', 'rules']);
  return { papers, rules };
};

/** Every stored paper. */
export const storedPapers = async (extPage) => (await readAll(extPage, ['papers']))[0];

/** One saved paper as stored, or null. */
export const storedPaper = (extPage, id) =>
  extPage.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('papersift');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('papers').objectStore('papers').get(key);
          get.onsuccess = () => (resolve(get.result ?? null), open.result.close());
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
