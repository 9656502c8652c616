/**
 * The process's Node options for a worker thread, without the TypeScript loader: a thread whose entry is plain
 * JavaScript must not load it, and one that needs it registers tsx itself.
 */
export function threadExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const args: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    if ((arg === '--import' || arg === '--require') && /tsx/.test(execArgv[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (/^--(import|require)=.*tsx/.test(arg)) continue;
    args.push(arg);
  }
  return args;
}
