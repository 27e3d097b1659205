// LHC-Forms (the `lforms` package's prebuilt web component, test-only) served from node_modules
// on 127.0.0.1, with a page that renders a FHIR Questionnaire given to it by the test.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { PROJECT_ROOT } from './serve';

export const LFORMS_DIST = join(PROJECT_ROOT, 'node_modules', 'lforms', 'dist', 'lforms');
export const hasLforms = existsSync(join(LFORMS_DIST, 'webcomponent', 'lhc-forms.js'));

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LHC-Forms</title>
<link rel="stylesheet" href="/webcomponent/styles.css"></head><body>
<div id="form"></div>
<script src="/webcomponent/assets/lib/zone.min.js"></script>
<script src="/webcomponent/lhc-forms.js"></script>
<script src="/fhir/R4/lformsFHIR.min.js"></script>
</body></html>`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.map': 'application/json' };

export async function serveLforms(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    const file = normalize(join(LFORMS_DIST, path));
    if (!file.startsWith(LFORMS_DIST) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}
