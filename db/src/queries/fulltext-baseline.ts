// PostgreSQL full-text search as a matching baseline, for `pnpm bench:quality`: every need becomes a query
// (its Swedish lexemes OR-ed together) against the offers of all other organisations, ranked by ts_rank. It
// shows what the database alone would give, next to the matching engine's figures.

/**
 * The least a connection must offer: PGlite, a pg Client, or a pg Pool of one connection all fit. It must be a
 * single session, since the baseline works in temporary tables.
 */
export type SqlRunner = {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
};

export type FulltextItem = { org: string; index: number; text: string };

export type FulltextMatch = {
  needOrg: string;
  needIndex: number;
  offerOrg: string;
  offerIndex: number;
  rank: number;
};

export async function rankOffersByFulltext(
  db: SqlRunner,
  needs: FulltextItem[],
  offers: FulltextItem[],
  top = 10,
): Promise<FulltextMatch[]> {
  await db.query('DROP TABLE IF EXISTS fts_baseline_offer');
  await db.query('DROP TABLE IF EXISTS fts_baseline_need');
  await db.query('CREATE TEMP TABLE fts_baseline_offer (org text, idx int, doc tsvector)');
  await db.query('CREATE TEMP TABLE fts_baseline_need (org text, idx int, query tsquery)');
  await db.query(
    `INSERT INTO fts_baseline_offer (org, idx, doc)
     SELECT o.org, o.idx, to_tsvector('swedish', o.text)
     FROM json_to_recordset($1::json) AS o(org text, idx int, text text)`,
    [JSON.stringify(offers.map((o) => ({ org: o.org, idx: o.index, text: o.text })))],
  );
  // plainto_tsquery would AND every word and match almost nothing; OR-ing the need's own lexemes is the usual
  // "any of these words" search. The lexemes are already stemmed, so the query uses the 'simple' configuration.
  await db.query(
    `INSERT INTO fts_baseline_need (org, idx, query)
     SELECT n.org, n.idx,
            (SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(l.lexeme), ' | '), ''))
             FROM unnest(to_tsvector('swedish', n.text)) AS l)
     FROM json_to_recordset($1::json) AS n(org text, idx int, text text)`,
    [JSON.stringify(needs.map((n) => ({ org: n.org, idx: n.index, text: n.text })))],
  );
  const { rows } = await db.query(
    `SELECT n.org AS need_org, n.idx AS need_index, m.org AS offer_org, m.idx AS offer_index, m.rank
     FROM fts_baseline_need n
     CROSS JOIN LATERAL (
       SELECT o.org, o.idx, ts_rank(o.doc, n.query) AS rank
       FROM fts_baseline_offer o
       WHERE o.org <> n.org AND o.doc @@ n.query
       ORDER BY rank DESC, o.org, o.idx
       LIMIT $1
     ) m
     ORDER BY n.org, n.idx, m.rank DESC, m.org, m.idx`,
    [top],
  );
  return rows.map((row) => {
    const r = row as Record<string, unknown>;
    return {
      needOrg: String(r.need_org),
      needIndex: Number(r.need_index),
      offerOrg: String(r.offer_org),
      offerIndex: Number(r.offer_index),
      rank: Number(r.rank),
    };
  });
}
