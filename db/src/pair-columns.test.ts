import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  emptyPairColumns,
  encodePairColumns,
  encodePairRows,
  pairKey,
  pairRowColumns,
  pairSignature,
  pairsDigest,
  parseStoredSignatures,
  sameDigest,
  storedDigest,
  textArrayLiteral,
} from './pair-columns';

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
      'null',
      'G2',
      '00000000-0000-4000-8000-000000000001',
      'a.b:c_d-1',
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
      { kind: 'words', words: ['{klammer, komma}', 'NULL', 'å ä ö – ✓', 'rad\nbrytning\t'] },
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
      `select n, o, score, suggested, nr, orank, reasons::jsonb as reasons, concept, goal
       from rows from (unnest($1::uuid[]), unnest($2::uuid[]), unnest($3::real[]), unnest($4::boolean[]),
         unnest($5::integer[]), unnest($6::integer[]), json_array_elements_text($7::json), unnest($8::text[]),
         unnest($9::text[])) as p(n, o, score, suggested, nr, orank, reasons, concept, goal)`,
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

describe("pair rows in COPY's text format", () => {
  const mobilisationId = '00000000-0000-4000-8000-0000000000aa';
  const texts = ['snedstreck \\ och \\N', 'tabb\toch\nrad\r', '"citat"', '\\', 'å ä ö – ✓', 'NULL', ''];
  const pairs = emptyPairColumns();
  texts.forEach((text, i) => {
    pairs.needIds.push(`00000000-0000-4000-8000-00000000000${i}`);
    pairs.offerIds.push('00000000-0000-4000-8000-0000000000ff');
    pairs.scores.push(i === 0 ? 0.8123456 : 0.25);
    pairs.suggested.push(i % 2 === 0);
    pairs.needRanks.push(i % 3 === 0 ? null : i);
    pairs.offerRanks.push(i % 3 === 1 ? null : 10);
    pairs.reasons.push(JSON.stringify([{ kind: 'words', words: [text] }]));
    pairs.concepts.push(i === 1 ? null : text);
    pairs.goals.push(i === 2 ? null : `G${i}`);
    pairs.signatures.push(i === 3 ? null : 2 ** 53 - 1 - i);
  });

  it('bring every column back as it was, null as null, with the engine version or without', async () => {
    await pg.exec(`create table copied (mobilisation_id uuid, need_id uuid, offer_id uuid, score real,
      suggested boolean, need_rank integer, offer_rank integer, reasons text, engine_version text, concept text,
      goal_code text, signature bigint)`);
    for (const version of ['2.16.0+vocab.1', null]) {
      await pg.exec('truncate copied');
      const rows = encodePairRows(mobilisationId, version, pairs);
      expect(rows.count).toBe(texts.length);
      await pg.query(`copy copied (${pairRowColumns(version !== null).join(', ')}) from '/dev/blob'`, [], {
        blob: new Blob([rows.bytes]),
      });
      const result = await pg.query<Record<string, unknown>>(
        `select mobilisation_id, need_id, offer_id, score, suggested, need_rank, offer_rank, reasons,
          engine_version, concept, goal_code, signature::text from copied order by need_id`,
      );
      expect(result.rows).toEqual(
        texts.map((_, i) => ({
          mobilisation_id: mobilisationId,
          need_id: pairs.needIds[i],
          offer_id: pairs.offerIds[i],
          score: pairs.scores[i],
          suggested: pairs.suggested[i],
          need_rank: pairs.needRanks[i],
          offer_rank: pairs.offerRanks[i],
          reasons: pairs.reasons[i],
          engine_version: version,
          concept: pairs.concepts[i],
          goal_code: pairs.goals[i],
          signature: pairs.signatures[i] === null ? null : String(pairs.signatures[i]),
        })),
      );
    }
  });
});

describe('signatures of stored pairs', () => {
  const pair = {
    score: 0.8123456,
    suggested: true,
    needRank: 1 as number | null,
    offerRank: null as number | null,
    reasons: '[{"kind":"county","county":"Västernorrland"}]',
    concept: 'eval' as string | null,
    goal: 'G1' as string | null,
    engineVersion: '2.2.0',
  };
  const sign = (p: typeof pair) =>
    pairSignature(
      p.score,
      p.suggested,
      p.needRank,
      p.offerRank,
      p.reasons,
      p.concept,
      p.goal,
      p.engineVersion,
    );

  it('are the same for the same content, and change with anything a row stores', () => {
    const signature = sign(pair);
    expect(Number.isSafeInteger(signature)).toBe(true);
    expect(sign({ ...pair })).toBe(signature);
    // A difference `real` does not keep is no change.
    expect(sign({ ...pair, score: pair.score + 1e-12 })).toBe(signature);
    const changed = [
      { score: 0.8123 },
      { suggested: false },
      { needRank: 2 },
      { offerRank: 3 },
      { reasons: '[]' },
      { concept: null },
      { goal: 'G2' },
      { engineVersion: '2.3.0' },
    ];
    for (const change of changed) expect(sign({ ...pair, ...change })).not.toBe(signature);
  });

  it('hash the pair as the JSON of its head and its reasons, as they were first defined', () => {
    // cyrb53 of JSON.stringify([score as real, suggested, needRank, offerRank, concept, goal, engineVersion])
    // followed by the reasons: stored signatures stay valid however the head is fed.
    const reference = (p: typeof pair) => {
      const text =
        JSON.stringify([
          Math.fround(p.score),
          p.suggested,
          p.needRank,
          p.offerRank,
          p.concept,
          p.goal,
          p.engineVersion,
        ]) + p.reasons;
      let h1 = 0xdeadbeef;
      let h2 = 0x41c6ce57;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 2654435761);
        h2 = Math.imul(h2 ^ c, 1597334677);
      }
      h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
      h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
      h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
      return 4294967296 * (2097151 & h2) + (h1 >>> 0);
    };
    const variants = [
      {},
      { score: 0, suggested: false, needRank: null, offerRank: 10 },
      { score: -0, concept: null, goal: null },
      { score: 1, reasons: '' },
      { score: Number.NaN },
      { concept: 'citat "så här"', goal: 'snedstreck \\ och \n' },
      { concept: 'å ä ö – ✓ \u{1F600}', goal: '\ud800 ensam' },
      { engineVersion: '2.16.0+vocab.5423a338' },
      { engineVersion: 'ett "citat"' },
    ];
    for (const variant of variants) {
      const p = { ...pair, ...variant };
      expect(sign(p)).toBe(reference(p));
    }
  });

  it('are read back from what PostgreSQL aggregates, pairs without one as null', async () => {
    const need = '00000000-0000-4000-8000-000000000001';
    const offers = ['00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000003'];
    const signature = sign(pair);
    const { rows } = await pg.query<{ stored: string }>(
      `select string_agg(n::text || o::text || coalesce(s::text, ''), ',') as stored
       from (values ($1::uuid, $2::uuid, $4::bigint), ($1::uuid, $3::uuid, null)) as v(n, o, s)`,
      [need, offers[0], offers[1], String(signature)],
    );
    const stored = parseStoredSignatures(rows[0]?.stored ?? '');
    expect([...stored]).toEqual([
      [pairKey(need, offers[0] as string), signature],
      [pairKey(need, offers[1] as string), null],
    ]);
    expect(parseStoredSignatures('').size).toBe(0);
  });
});

describe('digests of stored pairs', () => {
  const ids = [1, 2, 3, 4].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
  const columns = (signatures: (number | null)[]) => {
    const pairs = emptyPairColumns();
    signatures.forEach((signature, i) => {
      pairs.needIds.push(ids[0] as string);
      pairs.offerIds.push(ids[i + 1] as string);
      pairs.signatures.push(signature);
    });
    return pairs;
  };
  const signatures = [2 ** 53 - 1, 7, 123_456_789_012];

  it('are the same for the pairs a run made and for what PostgreSQL aggregates of them, in any order', async () => {
    const { rows } = await pg.query<{ stored: string }>(
      `select string_agg(n::text || o::text || coalesce(s::text, ''), ',' order by s desc) as stored
       from unnest($1::uuid[], $2::uuid[], $3::bigint[]) as v(n, o, s)`,
      [[ids[0], ids[0], ids[0]], ids.slice(1), signatures.map(String)],
    );
    const stored = storedDigest(rows[0]?.stored ?? '');
    expect(stored.count).toBe(3);
    expect(sameDigest(stored, pairsDigest(columns(signatures)))).toBe(true);
    expect(sameDigest(storedDigest(''), pairsDigest(emptyPairColumns()))).toBe(true);
  });

  it('differ when a pair is missing, added, signed otherwise or not signed', () => {
    const digest = pairsDigest(columns(signatures));
    const [first = 0, second = 0] = signatures;
    const others = [columns([first, second]), columns([first, second, 8]), columns([first, second, null])];
    for (const other of others) expect(sameDigest(pairsDigest(other), digest)).toBe(false);
    const added = columns(signatures);
    added.needIds.push(ids[1] as string);
    added.offerIds.push(ids[2] as string);
    added.signatures.push(7);
    expect(sameDigest(pairsDigest(added), digest)).toBe(false);
  });
});
