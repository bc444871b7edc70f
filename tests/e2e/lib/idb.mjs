// Reads PaperSift's IndexedDB from one of its own pages (the database lives in the extension's
// origin), so tests can check exactly what is stored.

/** Every paper and rule as stored. */
export const dumpIdb = (extPage) =>
  extPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('papersift');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['papers', 'rules']);
          const papers = tx.objectStore('papers').getAll();
          const rules = tx.objectStore('rules').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ papers: papers.result, rules: rules.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

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
