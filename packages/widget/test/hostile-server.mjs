import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

/**
 * A test server's bad luck and bad faith, for the finder's data loading (web-test-runner
 * middleware, under /hostile/): a file that drips one byte a second, a file far too large, a
 * dataset with an unreadable shard, a manifest that points elsewhere, places with hostile links,
 * a large but valid raw file, a copy of the shipped dataset that counts what it serves, and one
 * whose Seine-et-Marne shards come two seconds late; the default data served elsewhere
 * (/hostile/data/, for `data-url`), and a single-page app's server answering every path with
 * its index.html (/hostile/spa/, as Vite's dev server does).
 */
const DATA = new URL('../dist/data/', import.meta.url);
const SHIPPED = new URL('places/', DATA);
const counts = new Map();
/** A shard of the Seine-et-Marne, as the build names it: content-hashed since issue 25, plain before. */
const MELUN_SHARD = /^places-77(-\d+)?(-[0-9a-f]{12})?\.json$/;

export async function hostileServer(context, next) {
  const path = context.path;
  if (!path.startsWith('/hostile/')) return next();
  counts.set(path, (counts.get(path) ?? 0) + 1);
  const [, , name, file] = path.split('/');
  if (name === 'spa') {
    context.type = 'text/html';
    context.body =
      '<!doctype html><html><head><title>App</title></head><body><div id="app"></div></body></html>';
    return;
  }
  if (name === 'data') {
    const within = path.slice('/hostile/data/'.length);
    if (within.split('/').includes('..')) return next();
    context.type = within.endsWith('.json') ? 'application/json' : 'text/plain';
    context.body = readFileSync(new URL(within, DATA));
    return;
  }
  if (name === 'drip.csv') {
    context.status = 200;
    context.type = 'text/csv';
    let timer;
    context.body = new Readable({
      read() {
        timer ??= setInterval(() => this.push('i'), 1000);
      },
      destroy(error, callback) {
        clearInterval(timer);
        callback(error);
      },
    });
    return;
  }
  if (name === 'huge.csv') {
    // 100 MB, sent quickly, without a length announced.
    let sent = 0;
    const chunk = Buffer.alloc(1 << 20, 0x61);
    context.status = 200;
    context.type = 'text/csv';
    context.body = new Readable({
      read() {
        sent += chunk.length;
        this.push(sent > 100 << 20 ? null : chunk);
      },
    });
    return;
  }
  if (name === 'large.csv') {
    context.type = 'text/csv';
    context.body = largeCsv ??= makeLargeCsv(30_000);
    return;
  }
  if (name === 'count') {
    context.body = Object.fromEntries(counts);
    return;
  }
  if (name in MANIFEST_FAULTS && file === 'manifest.json') {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', SHIPPED), 'utf8'));
    MANIFEST_FAULTS[name](manifest);
    context.body = manifest;
    return;
  }
  if (name in PLACE_FAULTS && MELUN_SHARD.test(file ?? '')) {
    const places = JSON.parse(readFileSync(new URL(file, SHIPPED), 'utf8'));
    // Every other place is spoilt: the others must still be shown.
    for (const [i, place] of places.entries()) if (i % 2 === 0) PLACE_FAULTS[name](place);
    context.type = 'application/json';
    context.body = JSON.stringify(places);
    return;
  }
  if (file === 'manifest.json') {
    const manifest = JSON.parse(readFileSync(new URL('manifest.json', SHIPPED), 'utf8'));
    // Seine-et-Marne's shards (a département in parts: "77-1", "77-2"…) point at another server.
    if (name === 'elsewhere')
      for (const [key, shard] of Object.entries(manifest.shards))
        if (/^77(-\d+)?$/.test(key)) shard.file = `//127.0.0.1:9/places-${key}.json`;
    context.body = manifest;
    return;
  }
  if (name === 'malformed' && file?.startsWith('places-')) {
    context.type = 'application/json';
    context.body = '[{"id": "cut in the mid';
    return;
  }
  if (name === 'links' && MELUN_SHARD.test(file ?? '')) {
    const places = JSON.parse(readFileSync(new URL(file, SHIPPED), 'utf8'));
    for (const place of places) {
      place.nom = `\u202E${place.nom}`;
      place.site_web = ['javascript:alert(1)'];
      place.prise_rdv = 'javascript:alert(1)';
      place.courriels = ['a@b.fr?bcc=everyone@example.org'];
    }
    context.body = places;
    return;
  }
  if (name === 'slow' && MELUN_SHARD.test(file ?? '')) {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
  }
  if (file) {
    context.type = 'application/json';
    context.body = readFileSync(new URL(file, SHIPPED));
    return;
  }
  return next();
}

/**
 * One bad field of a manifest, each under its own name (`/hostile/<name>/`): a third party's
 * dataset, hand-edited or built by something else.
 */
const MANIFEST_FAULTS = {
  'attribution-number': (m) => {
    m.attribution = 12345;
  },
  'attribution-object': (m) => {
    m.attribution = {};
    m.licence = {};
  },
  'date-object': (m) => {
    m.dataDate = {};
  },
  'bidi-manifest': (m) => {
    m.attribution = 'Conseil d\u2019\u202Eexemple\u202C départemental';
    m.licence = 'Licence \u2067Ouverte\u2069 \u061C2.0';
    m.dataDate = '\u202E2024-08-01';
  },
};

/** One bad field of half the places of Seine-et-Marne's shards, each under its own name. */
const PLACE_FAULTS = {
  'date-maj-object': (place) => {
    place.date_maj = { year: 2024 };
  },
  'provenance-null': (place) => {
    place.provenance = [null];
  },
  'no-capabilities': (place) => {
    delete place.capabilities;
    delete place.dispositif_programmes_nationaux;
  },
  surrogate: (place) => {
    place.nom = `${place.nom} \ud800`;
  },
  'bidi-places': (place) => {
    place.code_postal = `\u202E${place.code_postal}`;
    place.date_maj = `\u202E${place.date_maj ?? '2024-01-01'}`;
    place.commune = `\u2066${place.commune}\u2069`;
  },
  'mail-headers': (place) => {
    place.courriels = ['x?subject=Urgent&body=Cliquez&bcc=attacker@example.org'];
  },
};

/** How late the slow dataset's Seine-et-Marne shards come. */
export const SLOW_MS = 2000;

let largeCsv;

/** `rows` places of the standard (v1) around Melun, about 300 bytes each. Deterministic. */
function makeLargeCsv(rows) {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const lines = [
    'id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,services,date_maj,source',
  ];
  for (let i = 1; i <= rows; i++) {
    const latitude = (48.54 + (random() - 0.5) * 0.6).toFixed(5);
    const longitude = (2.66 + (random() - 0.5) * 0.9).toFixed(5);
    lines.push(
      [
        `large-${i}`,
        '00000000000000',
        `"Espace numérique ${i}"`,
        'Melun',
        '77000',
        '77288',
        `"${i} rue de la Gare"`,
        latitude,
        longitude,
        '"Aide aux démarches administratives|Accès internet et matériel informatique|Maîtrise des outils numériques du quotidien"',
        '2026-06-01',
        '"Source de test, données fictives"',
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
