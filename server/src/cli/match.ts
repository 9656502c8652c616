export async function run(_args: string[]): Promise<number> {
  process.stderr.write('match: not implemented yet\n');
  return 1;
}
