// The SQLite engine (sql.js) that reads DNA files, with its WebAssembly, loaded the first time a
// .dna file is opened and kept for the next one.
import type { SqlJsStatic } from 'sql.js';

let engine: Promise<SqlJsStatic> | null = null;

/** Returns sql.js, loading its code and WebAssembly on first use. */
export function loadSqlite(): Promise<SqlJsStatic> {
  engine ??= (async () => {
    const [{ default: initSqlJs }, { default: wasmUrl }] = await Promise.all([
      import('sql.js'),
      import('sql.js/dist/sql-wasm-browser.wasm?url'),
    ]);
    return initSqlJs({ locateFile: () => wasmUrl });
  })();
  // A failed load (offline, say) is tried again next time rather than kept.
  engine.catch(() => {
    engine = null;
  });
  return engine;
}
