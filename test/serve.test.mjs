import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startServer } from '../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** One GET with the encodings a browser accepts: status, headers and the raw body. */
const get = (url, acceptEncoding) =>
  new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });

/**
 * The examples' server (`scripts/serve.mjs`, which the demo, these tests and the phone bench use)
 * sends text as static hosts and CDNs do: brotli when the browser takes it, else gzip.
 */
describe('the examples’ server', () => {
  let server;
  let base;
  before(async () => {
    ({ server, url: base } = await startServer(0));
  });
  after(() => server.close());
  const file = 'examples/postal-code/index.html';
  const original = readFileSync(join(ROOT, file));

  test('brotli when accepted, gzip otherwise, nothing for a client that takes neither', async () => {
    const br = await get(`${base}${file}`, 'gzip, deflate, br, zstd');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(br.body), original);
    assert.ok(br.body.length < original.length / 2, `${br.body.length} of ${original.length} bytes`);
    // Kept once made: the second answer is the same bytes.
    assert.deepEqual((await get(`${base}${file}`, 'br')).body, br.body);
    const gzip = await get(`${base}${file}`, 'gzip, deflate');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), original);
    const plain = await get(`${base}${file}`, 'identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, original);
  });

  test('gzip only when asked so (the bench’s BENCH_ENCODING=gzip), and never outside its folders', async () => {
    const { server: gzipOnly, url } = await startServer(0, '127.0.0.1', { brotli: false });
    try {
      const gzip = await get(`${url}${file}`, 'gzip, br');
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.deepEqual(gunzipSync(gzip.body), original);
      assert.equal((await get(`${url}widget/..%2f..%2fpackage.json`, 'br')).status, 404);
    } finally {
      gzipOnly.close();
    }
  });
});
