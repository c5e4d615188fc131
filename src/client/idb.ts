// A small promise wrapper over IndexedDB: one database, one key-value store. Enough for saved
// labs and progress; a transaction helper lets a read and a write happen atomically, which is
// what keeps two tabs from overwriting each other's saves.

// One database per site: two courses hosted under different paths of one origin keep apart.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const DB_NAME = BASE === '/' ? 'podlab' : `podlab:${BASE}`;
const DB_VERSION = 1;
const STORE = 'kv';

let opening: Promise<IDBDatabase> | undefined;

function openDb(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('the saved-progress database is blocked by another tab being upgraded'));
  });
  opening.catch(() => { opening = undefined; });
  return opening;
}

const done = <T>(req: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error);
});

export async function idbGet<T>(key: string): Promise<T | undefined> {
  const db = await openDb();
  return (await done(db.transaction(STORE).objectStore(STORE).get(key))) as T | undefined;
}

/** Every key starting with `prefix`, with its value. */
export async function idbEntries<T>(prefix: string): Promise<[string, T][]> {
  const db = await openDb();
  const store = db.transaction(STORE).objectStore(STORE);
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  const [keys, values] = await Promise.all([done(store.getAllKeys(range)), done(store.getAll(range))]);
  return keys.map((k, i) => [String(k), values[i] as T]);
}

/**
 * Runs `body` in one read-write transaction: it reads with `get` and writes with `put`/`del`,
 * and no other tab's transaction on the store interleaves with it.
 */
export async function idbUpdate<R>(body: (tx: {
  get<T>(key: string): Promise<T | undefined>;
  put(key: string, value: unknown): void;
  del(key: string): void;
}) => Promise<R>): Promise<R> {
  const db = await openDb();
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const finished = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('the save was aborted'));
  });
  const result = await body({
    get: async <T>(key: string) => (await done(store.get(key))) as T | undefined,
    put: (key, value) => { store.put(value, key); },
    del: (key) => { store.delete(key); },
  });
  await finished;
  return result;
}
