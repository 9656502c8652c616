import { analyse } from './src/index';
for (const t of process.argv.slice(2)) {
  const a = analyse(t);
  console.log('\n==', t);
  for (const c of a.concepts.slice(0, 8)) console.log(' ', c.id, c.score.toFixed(2), JSON.stringify(c.evidence));
}
