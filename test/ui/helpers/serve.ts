// Starts `npm run serve`'s program (the browser mode) as a child process and reads the one line
// it prints: its URL. Stopped with SIGTERM, as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..', '..');

export interface Served {
  url: string;
  origin: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

/** `env` adds variables for the server (each UI test passes its own PPI_USER_DATA_DIR); `root`: another checkout's (benches compare two). */
export async function serveBrowserMode(env: Record<string, string> = {}, root = PROJECT_ROOT): Promise<Served> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/browser-mode/cli.ts', '--port', '0'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    once(lines, 'line').then(([l]) => l as string),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`browser mode exited with ${code}: ${stderr}`))),
  ]);
  const url = first.trim();
  return {
    url,
    origin: new URL(url).origin,
    child,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      return code as number | null;
    },
  };
}
