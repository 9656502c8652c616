import { CompiledQuery, type RawBuilder } from 'kysely';
import type pg from 'pg';
import type { Db } from './kysely';

/**
 * Rows in `COPY`'s text format (one line per row, columns separated by tabs, `\N` for null: `copyText`), as
 * bytes, to be loaded by `copyRows`. It travels to the pool as the one parameter of the `COPY … FROM STDIN`
 * statement, so a copy goes through the same pool, transaction and cancellation as every other statement.
 */
export class CopyRows {
  constructor(readonly bytes: Uint8Array) {}
}

/**
 * Loads `rows` with `statement` (`copy <table> (<columns>) from stdin`), on `db` (the pool or a transaction).
 * For bulk loads: PostgreSQL parses COPY's lines with a fraction of the work of a statement's array parameters
 * (decision 074).
 */
export async function copyRows(db: Db, statement: RawBuilder<unknown>, rows: CopyRows): Promise<void> {
  const { sql } = statement.compile(db);
  await db.executeQuery(CompiledQuery.raw(sql, [rows]));
}

/** What of pg's connection a copy uses (pg's own typings leave the copy messages out). */
type CopyConnection = {
  query: (text: string) => void;
  sendCopyFromChunk: (chunk: Buffer) => void;
  endCopyFrom: () => void;
  stream: { cork?: () => void; uncork?: () => void };
};

/** How a copy ended, as pg's result is read by Kysely: no rows, the command and its count. */
export type CopyResult = { command: 'COPY'; rowCount: number; rows: [] };

/**
 * A `COPY … FROM STDIN` for pg's client (a "submittable": pg hands it the connection and the backend's answers).
 * It sends the statement, the rows and the end of the data at once, without waiting for the backend's
 * CopyInResponse: the embedded database's thread runs a connection's messages as they arrive, and PGlite must
 * find a copy's data with its statement (embedded-worker.mjs holds a copy until its end has come). Should the
 * statement fail before the copy starts, PostgreSQL drops the copy messages that follow (protocol: "any
 * subsequent CopyData, CopyDone, or CopyFail messages issued by the frontend will simply be dropped").
 */
export class CopyFromStdin {
  private rowCount = 0;
  private settled = false;

  constructor(
    private readonly text: string,
    private readonly rows: CopyRows,
    private readonly done: (error: Error | null, result?: CopyResult) => void,
  ) {}

  submit(connection: CopyConnection): void {
    connection.stream.cork?.();
    try {
      connection.query(this.text);
      const { bytes } = this.rows;
      connection.sendCopyFromChunk(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      connection.endCopyFrom();
    } finally {
      connection.stream.uncork?.();
    }
  }

  handleCopyInResponse(): void {
    // The rows were sent with the statement.
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/\d+$/.exec(message.text ?? '')?.[0] ?? 0);
  }

  /** An error from the backend (the client has then let the copy go) or from the connection: final. */
  handleError(error: Error): void {
    this.settle(error);
  }

  handleReadyForQuery(): void {
    this.settle(null);
  }

  // Answers a COPY FROM never gets; present because pg calls whatever its active query is sent.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}

  private settle(error: Error | null) {
    if (this.settled) return;
    this.settled = true;
    if (error) this.done(error);
    else this.done(null, { command: 'COPY', rowCount: this.rowCount, rows: [] });
  }
}

/** Runs a copy on pg's client (`client.query` with a submittable answers through the submittable only). */
export function runCopy(client: pg.ClientBase, text: string, rows: CopyRows): Promise<CopyResult> {
  return new Promise((resolve, reject) => {
    const copy = new CopyFromStdin(text, rows, (error, result) =>
      error || !result ? reject(error) : resolve(result),
    );
    // pg's typings know a submittable's `submit` with their Connection type, which lacks the copy messages.
    client.query(copy as unknown as pg.Submittable);
  });
}
