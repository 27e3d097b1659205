// `npm run serve`: the browser mode over the real database. Prints its URL on one line and
// stops on SIGTERM or SIGINT. Options: --port N (0 = random, the default), PPI_DB_PATH,
// PPI_USER_DATA_DIR (where variable lists are kept; default build/user-data).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHandlers } from '../ipc/handlers';
import { openCodebook } from '../services/store';
import { checkoutPaths } from '../shell/data-paths';
import { startBrowserServer } from './server';

const root = resolve(import.meta.dirname, '..', '..');
const portFlag = process.argv.indexOf('--port');
const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : Number(process.env.PPI_PORT ?? 0);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write('--port needs a whole number from 0 to 65535\n');
  process.exit(2);
}

const paths = checkoutPaths(root);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
try {
  readFileSync(join(paths.renderer, 'index.html'));
} catch {
  process.stderr.write(`no built renderer in ${paths.renderer}: run \`npm run build\` first\n`);
  process.exit(1);
}
const db = openCodebook(paths.db);
const server = await startBrowserServer({
  handlers: createHandlers(db, { name: 'PPI Explorer', version: pkg.version, mode: 'browser' }, { userDataDir: resolve(process.env.PPI_USER_DATA_DIR ?? join(root, 'build', 'user-data')) }),
  rendererDir: paths.renderer,
  pdfDir: paths.pdfs,
  port,
});
process.stdout.write(server.url + '\n');

const stop = async () => {
  await server.close();
  db.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
// `npm run serve` puts a shell between npm and this process; npm passes SIGTERM to the shell,
// which exits without passing it on. So also stop when the parent process is gone.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && void stop(), 500).unref();
