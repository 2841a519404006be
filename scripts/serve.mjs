#!/usr/bin/env node
/**
 * Serves the examples and the built data on 127.0.0.1, offline, with no dependency.
 *   /            → the examples index
 *   /examples/…  → examples/
 *   /build/…     → build/ (bundles made by rollup)
 *   /data/…      → packages/core/data/ (gazetteer and dataset made by scripts/prepare-data.mjs)
 *   /widget/…    → packages/widget/dist/ (the embeddable script, its chunks and default data)
 * PORT=0 picks a free port. The URL is printed on stdout.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, createGzip } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const MOUNTS = [
  ['/examples/', join(ROOT, 'examples')],
  ['/build/', join(ROOT, 'build')],
  ['/data/', join(ROOT, 'packages/core/data')],
  ['/widget/', join(ROOT, 'packages/widget/dist')],
  // Small made-up files the end-to-end tests give the widget as its `src`.
  ['/fixtures/', join(ROOT, 'packages/widget/test/fixtures')],
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Text up to this size is sent as brotli at its highest quality when the browser takes it, as
 * static hosts and CDNs send files they compress once (jsDelivr, unpkg, Cloudflare, Netlify):
 * compressed once per file and version, then kept. Larger text is gzipped as it streams.
 */
const BROTLI_MAX_BYTES = 4 * 1024 * 1024;
const compressBrotli = promisify(brotliCompress);
/** file → { mtimeMs, size, body } */
const brotliCopies = new Map();

function brotliCopy(file, { mtimeMs, size }) {
  const kept = brotliCopies.get(file);
  if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept.body;
  // Kept before it is made: a second request while it is made waits for the same copy.
  const body = readFile(file).then((bytes) =>
    compressBrotli(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: size },
    }),
  );
  brotliCopies.set(file, { mtimeMs, size, body });
  body.catch(() => brotliCopies.delete(file));
  return body;
}

/** The encoding a response takes: brotli, gzip or none. */
function encodingOf(type, size, accepted = '', withBrotli = true) {
  if (!/^(text|application\/json|image\/svg)/.test(type)) return null;
  if (withBrotli && size <= BROTLI_MAX_BYTES && /\bbr\b/.test(accepted)) return 'br';
  return /\bgzip\b/.test(accepted) ? 'gzip' : null;
}

function locate(pathname) {
  for (const [prefix, directory] of MOUNTS) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(directory, decodeURIComponent(pathname.slice(prefix.length))));
    // Never serve outside the mounted folder.
    return file === directory || file.startsWith(directory + sep) ? file : null;
  }
  return null;
}

/** `brotli: false` sends gzip only (as a server without brotli would). */
export function startServer(
  port = Number(process.env.PORT ?? 8080),
  host = '127.0.0.1',
  { brotli = true } = {},
) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/') {
      response.writeHead(302, { location: '/examples/' }).end();
      return;
    }
    let file = locate(pathname);
    let info;
    try {
      if (!file) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      info = await stat(file);
    } catch {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Not found: ${pathname}\n`);
      return;
    }
    // Text compressed as production servers do (the data's JSON shrinks tenfold).
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const encoding = encodingOf(type, info.size, request.headers['accept-encoding'], brotli);
    const head = {
      'content-type': type,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    };
    if (encoding === 'br') {
      try {
        const body = await brotliCopy(file, info);
        response.writeHead(200, { ...head, 'content-length': body.length }).end(body);
      } catch {
        response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Unreadable file\n');
      }
      return;
    }
    response.writeHead(200, head);
    const body = createReadStream(file);
    if (encoding === 'gzip') body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { url } = await startServer();
  process.stdout.write(`mediation-finder examples: ${url}examples/\n(Ctrl+C to stop)\n`);
}
