// Entry point of `pnpm cli <command>`. Each command lives in its own module and is loaded on demand, so
// `cli match` never pays for opening a database it does not use.
const commands: Record<
  string,
  { summary: string; load: () => Promise<{ run: (args: string[]) => Promise<number> }> }
> = {
  import: {
    summary:
      'import <file.json|.xlsx|.csv> [--mobilisation <slug>] [--mapping <file>] [--sheet <name>] [--dry-run]  load organisations and profiles (idempotent)',
    load: () => import('./import'),
  },
  'create-admin': {
    summary: 'create-admin <email> [--name <name>]  create a platform administrator',
    load: () => import('./create-admin'),
  },
  backup: {
    summary: 'backup <file>  write a consistent copy of the database, also while the server runs',
    load: () => import('./backup'),
  },
  restore: {
    summary: 'restore <file> [--replace]  restore a backup (the embedded database: with the server stopped)',
    load: () => import('./restore'),
  },
  migrate: { summary: 'migrate  bring the database schema up to date', load: () => import('./migrate') },
  match: {
    summary: 'match <profiles.json> [--top N]  print ranked, explained matches as JSON',
    load: () => import('./match'),
  },
  'link-goals': { summary: 'link-goals <file.json>  goal per project', load: () => import('./link-goals') },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(
      `usage: pnpm cli <command>\n\n${Object.entries(commands)
        .map(([, c]) => `  ${c.summary}`)
        .join('\n')}\n`,
    );
    return name ? 2 : 0;
  }
  const { run } = await command.load();
  return run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
