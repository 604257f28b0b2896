// The Node adapter of the Executor interface, on native DuckDB (@duckdb/node-api): used by
// the command line and by the tests that run the shared SQL.
import { DuckDBInstance } from '@duckdb/node-api';
import { toCell, type Cell, type Executor, type QueryResult } from '../lib/sql/executor';

export interface NodeDatabase extends Executor {
  close(): void;
}

export async function openNodeDatabase(options: { threads?: number } = {}): Promise<NodeDatabase> {
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(options.threads ?? 2),
    // The same safety defaults as the browser: no extension is fetched from the network.
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  return {
    async query(sql: string): Promise<QueryResult> {
      const reader = await connection.runAndReadAll(sql);
      const names = reader.columnNames();
      const raw = reader.getColumnsJS();
      const columns: Record<string, Cell[]> = {};
      names.forEach((name, i) => {
        // An empty result has no column arrays at all.
        columns[name] = (raw[i] ?? []).map((v) => toCell(v instanceof Date ? v.toISOString() : v));
      });
      return { names, columns, length: reader.currentRowCount };
    },
    async exec(sql: string): Promise<void> {
      await connection.run(sql);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
