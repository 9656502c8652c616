import { statementName } from './prepared';

/**
 * Read statements kept prepared on the embedded database's one connection (decision 045). PGlite runs the
 * database in this process, on one thread (since decision 060 not the one that serves requests, but the only
 * one it has), so every statement's parse, analysis and planning is CPU the next statement waits for; and its
 * planning asks the size of each table and index it
 * considers, each a file-system call through the WebAssembly layer. A statement sent under a name is parsed
 * once per connection, and PostgreSQL's plan cache then decides per statement whether a generic plan (no
 * planning at all) is as good as planning each time (`plan_cache_mode = auto`). Only reads (`select`,
 * `with`): writes with many rows (an import's chunks) would each be a statement of their own. A bounded number
 * of them, since a list's length changes the text (`in ($1, …, $n)`): past it, statements go unnamed, as before.
 */
export type StatementNamer = (text: string, values: readonly unknown[]) => string | null;

const isRead = /^\s*(select|with)\b/i;

export function statementNamer({ max = 500, maxParameters = 100 } = {}): StatementNamer {
  const named = new Map<string, string>();
  return (text, values) => {
    if (values.length > maxParameters || !isRead.test(text)) return null;
    const known = named.get(text);
    if (known) return known;
    if (named.size >= max) return null;
    const name = statementName(text);
    named.set(text, name);
    return name;
  };
}
