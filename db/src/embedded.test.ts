import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('copies its data directory between statements', async () => {
    const archive = await database.dump();
    // A gzip stream.
    expect([archive[0], archive[1]]).toEqual([0x1f, 0x8b]);
  });
});
