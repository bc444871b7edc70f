// Reads PaperSift's IndexedDB from one of its own pages (the database lives in the extension's
// origin), so tests can check exactly what is stored. Shared by the Chromium (Playwright) and the
// Firefox (puppeteer) suites: each calls `evaluate` with one argument, which both accept.

/** Each named store's records (and keys, if asked), read in one transaction, and the database version. */
const readAll = (extPage, stores, withKeys = false) =>
  extPage.evaluate(
    ({ names, withKeys }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('papersift');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names);
          const reads = names.map((name) => [tx.objectStore(name).getAll(), withKeys && tx.objectStore(name).getAllKeys()]);
          tx.oncomplete = () => {
            db.close();
            resolve({ version: db.version, stores: reads.map(([values, keys]) => ({ values: values.result, keys: keys ? keys.result : undefined })) });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { names: stores, withKeys },
  );

/** Every paper and rule as stored. */
export const dumpIdb = async (extPage) => {
  const [papers, rules] = (await readAll(extPage, ['papers', 'rules'])).stores;
  return { papers: papers.values, rules: rules.values };
};

/** Every stored paper. */
export const storedPapers = async (extPage) => (await readAll(extPage, ['papers'])).stores[0].values;

/** One store as stored: the database version, its keys and its records. */
export const readStore = async (extPage, store) => {
  const { version, stores: [{ keys, values }] } = await readAll(extPage, [store], true);
  return { version, keys, values };
};

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
