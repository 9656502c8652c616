import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyPairColumns, encodePairColumns, textArrayLiteral } from './pair-columns';

let pg: PGlite;
// A cold PGlite takes seconds to open on a busy machine.
beforeAll(async () => {
  pg = await PGlite.create();
}, 120_000);
afterAll(async () => {
  await pg.close();
});

describe('pair columns as PostgreSQL array literals', () => {
  it('bring any text back as it was, and null as null', async () => {
    const texts = [
      'vanlig text',
      'citat "så här"',
      'snedstreck \\ och \\"',
      '{klammer, komma}',
      'NULL',
      '',
      'å ä ö – ✓',
    ];
    const result = await pg.query<{ t: string | null }>('select unnest($1::text[]) as t', [
      textArrayLiteral([...texts, null]),
    ]);
    expect(result.rows.map((r) => r.t)).toEqual([...texts, null]);
  });

  it('encode every column of a batch of pairs for one statement', async () => {
    const pairs = emptyPairColumns();
    const reasons = [
      { kind: 'concept', concept: 'eval', needEvidence: ['"mäta" resultat'], offerEvidence: ['x\\y'] },
    ];
    pairs.needIds.push('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002');
    pairs.offerIds.push('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004');
    pairs.scores.push(0.8123456, 0.25);
    pairs.suggested.push(true, false);
    pairs.needRanks.push(1, null);
    pairs.offerRanks.push(null, 10);
    pairs.reasons.push(JSON.stringify(reasons), '[]');
    pairs.concepts.push('eval', null);
    pairs.goals.push(null, 'G2');
    const e = encodePairColumns(pairs);
    expect(e.count).toBe(2);
    const result = await pg.query(
      `select * from unnest($1::uuid[], $2::uuid[], $3::real[], $4::boolean[], $5::integer[], $6::integer[],
        $7::jsonb[], $8::text[], $9::text[]) as p(n, o, score, suggested, nr, orank, reasons, concept, goal)`,
      [
        e.needIds,
        e.offerIds,
        e.scores,
        e.suggested,
        e.needRanks,
        e.offerRanks,
        e.reasons,
        e.concepts,
        e.goals,
      ],
    );
    expect(result.rows).toEqual([
      {
        n: pairs.needIds[0],
        o: pairs.offerIds[0],
        score: 0.8123456,
        suggested: true,
        nr: 1,
        orank: null,
        reasons,
        concept: 'eval',
        goal: null,
      },
      {
        n: pairs.needIds[1],
        o: pairs.offerIds[1],
        score: 0.25,
        suggested: false,
        nr: null,
        orank: 10,
        reasons: [],
        concept: null,
        goal: 'G2',
      },
    ]);
  });
});
