import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CopyFromStdin, CopyRows, runCopy } from './copy';
import { EmbeddedDatabase } from './embedded';

let database: EmbeddedDatabase;
// A cold PGlite takes seconds to open on a busy machine.
beforeAll(async () => {
  database = await EmbeddedDatabase.open(null);
}, 120_000);
afterAll(async () => {
  await database.close();
});

const connect = async () => {
  const client = new pg.Client(database.poolConfig());
  await client.connect();
  return client;
};

describe('the embedded database in its thread', () => {
  it('answers pg as a server does: parameters, named statements, errors, and a session after them', async () => {
    const client = await connect();
    try {
      const named = { name: 'twice', text: 'select $1::int * 2 as n', values: [21] };
      expect((await client.query(named)).rows).toEqual([{ n: 42 }]);
      expect((await client.query({ ...named, values: [2] })).rows).toEqual([{ n: 4 }]);
      await expect(client.query('select nope')).rejects.toThrow(/column "nope" does not exist/);
      expect((await client.query('select $1::text as t', ['å'.repeat(100_000)])).rows[0].t).toHaveLength(
        100_000,
      );
    } finally {
      await client.end();
    }
  });

  it('rolls back what a connection left open, and lets the next prepare its statements again', async () => {
    const first = await connect();
    await first.query('create table kept (n int)');
    await first.query({ name: 'count-kept', text: 'select count(*)::int as n from kept' });
    await first.query('begin');
    await first.query('insert into kept values (1)');
    await first.end();
    const second = await connect();
    try {
      expect(
        (await second.query({ name: 'count-kept', text: 'select count(*)::int as n from kept' })).rows,
      ).toEqual([{ n: 0 }]);
    } finally {
      await second.end();
    }
  });

  it('delivers a NOTIFY to its listeners when the transaction commits, and no more once they stop', async () => {
    const heard: string[] = [];
    const stop = await database.listen('wake up', () => heard.push('wake up'));
    const client = await connect();
    try {
      await client.query('begin');
      await client.query(`notify "wake up"`);
      expect(heard).toEqual([]);
      await client.query('commit');
      expect(heard).toEqual(['wake up']);
      await stop();
      await client.query(`notify "wake up"`);
      expect(heard).toEqual(['wake up']);
    } finally {
      await client.end();
    }
  });

  it('loads a COPY FROM STDIN sent with its rows, and stays usable after a copy that fails', async () => {
    const client = await connect();
    const rows = (text: string) => new CopyRows(new TextEncoder().encode(text));
    try {
      await client.query('create table copied (n int, t text)');
      const done = await runCopy(client, 'copy copied (n, t) from stdin', rows('1\tett\n2\t\\N\n'));
      expect(done.rowCount).toBe(2);
      await expect(runCopy(client, 'copy nowhere (n) from stdin', rows('3\n'))).rejects.toThrow(
        /relation "nowhere" does not exist/,
      );
      await expect(
        runCopy(client, 'copy copied (n, t) from stdin', rows('4\tfyra\nfem\tfem\n')),
      ).rejects.toThrow(/invalid input syntax for type integer/);
      await client.query('begin');
      await runCopy(client, 'copy copied (n, t) from stdin', rows('6\tsex\n'));
      await client.query('rollback');
      expect((await client.query('select n, t from copied order by n')).rows).toEqual([
        { n: 1, t: 'ett' },
        { n: 2, t: null },
      ]);
    } finally {
      await client.end();
    }
  });

  it("holds a copy whose rows come in a later turn until its end has come, as PGlite needs a copy's data with it", async () => {
    // A client that sends the statement, then its rows and its end each in a turn of their own, as one that
    // waits for the database's CopyInResponse would.
    class Piecemeal extends CopyFromStdin {
      override submit(connection: Parameters<CopyFromStdin['submit']>[0]) {
        connection.query('copy later (n) from stdin');
        setImmediate(() => {
          connection.sendCopyFromChunk(Buffer.from('7\n'));
          setImmediate(() => {
            connection.sendCopyFromChunk(Buffer.from('8\n'));
            setImmediate(() => connection.endCopyFrom());
          });
        });
      }
    }
    const client = await connect();
    try {
      await client.query('create table later (n int)');
      await new Promise<void>((resolve, reject) => {
        const copy = new Piecemeal('', new CopyRows(new Uint8Array()), (error) =>
          error ? reject(error) : resolve(),
        );
        client.query(copy as unknown as pg.Submittable);
      });
      expect((await client.query('select n from later order by n')).rows).toEqual([{ n: 7 }, { n: 8 }]);
    } finally {
      await client.end();
    }
  });

  it('copies its data directory between statements', async () => {
    const archive = await database.dump();
    // A gzip stream.
    expect([archive[0], archive[1]]).toEqual([0x1f, 0x8b]);
  });
});
