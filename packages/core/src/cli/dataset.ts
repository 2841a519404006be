import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { BuiltDataset, DatasetManifest } from '../dataset/build.js';
import { doorsFileOf } from '../dataset/doors.js';
import { isPlainFileName } from '../dataset/manifest.js';
import type { ReadReport } from '../places/reader.js';
import { CliError } from './load.js';

export interface WriteOptions {
  /** Publish even when the new dataset has less than half the places of the one it replaces. */
  allowShrink?: boolean;
}

/**
 * The names the build gives its files (`places-77-3-<hash>.json`, `doors-77-0-<hash>.json`,
 * `directory-77-<hash>.json`, and before content hashes the same without them) and its report:
 * the only files it ever removes.
 */
const BUILD_FILE = /^(?:(?:places|doors|directory)-[0-9A-Za-z_.-]+\.json|report\.json)$/;

/**
 * The files of `dir` that the dataset published there owns and that the build may replace or
 * remove: those its manifest lists that are plain file names (`isPlainFileName`) named as the
 * build names them. A hand-edited manifest listing `manifest.json`, `.`, `..`, `index.html` or
 * a path elsewhere never makes the build remove anything else.
 */
function ownedFiles(manifest: DatasetManifest): string[] {
  const listed = [manifest.shards, manifest.directory ?? {}].flatMap((files) =>
    Object.values(files ?? {}).map((entry) => (entry as { file?: unknown })?.file),
  );
  for (const [code, entry] of Object.entries(manifest.doors ?? {}))
    if (entry && 'parts' in entry) {
      const parts = Number.isInteger(entry.parts) ? Math.min(entry.parts, 10_000) : 0;
      const hash = typeof entry.hash === 'string' ? entry.hash : undefined;
      for (let part = 0; part < parts; part++) listed.push(doorsFileOf(code, hash ? { hash } : {}, part));
    } else listed.push((entry as { file?: unknown })?.file);
  return [
    ...new Set(
      [...listed, 'report.json'].filter(
        (file): file is string => isPlainFileName(file) && BUILD_FILE.test(file),
      ),
    ),
  ];
}

/** The dataset already published in `dir`, if any. */
/**
 * The previous build's manifest, kept beside the new one: its files stay one more build, so that
 * a page that read it before the rebuild still finds them (a reception desk's tab left open
 * overnight). Never read by a finder.
 */
export const PREVIOUS_MANIFEST = 'manifest.previous.json';

async function publishedManifest(dir: string, name = 'manifest.json'): Promise<DatasetManifest | undefined> {
  const text = await readFile(join(dir, name), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as DatasetManifest | null;
    return manifest?.format === 'mediation-finder-dataset' &&
      manifest.shards &&
      typeof manifest.shards === 'object'
      ? manifest
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Publishes a built dataset in `outDir` without ever leaving it broken or emptied:
 * - refuses a dataset with no place, or with less than half the places of the one it replaces
 *   (unless `allowShrink`): a truncated download must not replace a good dataset;
 * - one build at a time: a lock file in `outDir` names the build that holds it (process, host,
 *   time); another build refuses, saying so; a lock left by a build that no longer runs (its
 *   process gone on this host, or older than `STALE_LOCK_HOURS`) is taken over;
 * - writes every file into a temporary folder inside `outDir` first (the same file system, so
 *   that moving the files in is a rename, even when `outDir` is a mount point), so a crash or a
 *   full disk leaves the published dataset as it was;
 * - then moves the files in, `manifest.json` last (one atomic rename), so a reader sees either
 *   the old manifest or the new one, each with its files present; keeps the old manifest as
 *   `PREVIOUS_MANIFEST`, its files one build more (a page that read it still finds them); and
 *   removes only the files the build before it listed, named as the build names them
 *   (`ownedFiles`), that neither of the two later ones names. Any other file of `outDir` is left
 *   alone.
 * A folder that cannot be created or written is a `CliError` saying what to change.
 * Deterministic: same inputs, same bytes (no build time, sorted keys and places).
 */
export async function writeDataset(
  outDir: string,
  built: BuiltDataset,
  reports: ReadReport[],
  options: WriteOptions = {},
): Promise<void> {
  const { manifest } = built;
  if (manifest.places === 0)
    throw new CliError(`no place could be read from the input files: ${outDir} was left as it was`);
  const info = await stat(outDir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new CliError(`${outDir} exists and is not a folder`);
  await mkdir(outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw unwritable(outDir, error, 'create');
  });
  const release = await lock(outDir);
  try {
    await publish(outDir, built, reports, options);
  } finally {
    await release();
  }
}

async function publish(
  outDir: string,
  built: BuiltDataset,
  reports: ReadReport[],
  options: WriteOptions,
): Promise<void> {
  const { manifest } = built;
  const previous = await publishedManifest(outDir);
  if (previous && manifest.places < previous.places / 2 && !options.allowShrink) {
    throw new CliError(
      `the dataset in ${outDir} has ${previous.places} places and this build only ${manifest.places}: ` +
        'refusing to publish a dataset that lost more than half of its places (a truncated or wrong input?). ' +
        `${outDir} was left as it was; pass --allow-shrink if this is intended`,
    );
  }

  const temporary = join(outDir, `.building-${randomBytes(4).toString('hex')}`);
  await mkdir(temporary).catch((error: NodeJS.ErrnoException) => {
    throw unwritable(outDir, error, 'write in');
  });
  try {
    const files: string[] = [];
    const put = async (file: string, text: string) => {
      await writeFile(join(temporary, file), text);
      files.push(file);
    };
    for (const [code, places] of built.shards) {
      const file = manifest.shards[code]?.file;
      if (file) await put(file, JSON.stringify(places));
    }
    for (const [file, places] of built.doors) await put(file, JSON.stringify(places));
    for (const [code, places] of built.directory) {
      const file = manifest.directory[code]?.file;
      if (file) await put(file, JSON.stringify(places));
    }
    await writeReport(join(temporary, 'report.json'), reports);
    files.push('report.json');
    await writeFile(join(temporary, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);

    // The build before the previous one: its files that neither the previous build nor this one
    // names go, once the new manifest is in place.
    const older = await publishedManifest(outDir, PREVIOUS_MANIFEST);
    for (const file of files) await rename(join(temporary, file), join(outDir, file));
    await rename(join(temporary, 'manifest.json'), join(outDir, 'manifest.json'));
    if (previous) {
      await writeFile(join(outDir, PREVIOUS_MANIFEST), `${JSON.stringify(previous, null, 1)}\n`);
      const kept = new Set([...files, ...ownedFiles(previous)]);
      for (const file of older ? ownedFiles(older) : [])
        if (!kept.has(file)) await rm(join(outDir, file), { force: true });
    }
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOSPC' || code === 'EXDEV')
      throw unwritable(outDir, error as NodeJS.ErrnoException, 'write in');
    throw error;
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** A folder the build cannot use, and what to change. */
function unwritable(dir: string, error: NodeJS.ErrnoException, doing: 'create' | 'write in'): CliError {
  const what: Record<string, string> = {
    EACCES: `this user (${userInfo().username}) may not ${doing} it: give it write access to ${doing === 'create' ? dirname(dir) : dir}, or choose another --out`,
    EPERM: `this user (${userInfo().username}) may not ${doing} it: give it write access, or choose another --out`,
    EROFS: 'it is on a read-only file system: choose another --out',
    ENOSPC: 'the disk is full: free some space',
    ENOTDIR: `a part of its path is a file, not a folder: choose another --out`,
    EXDEV: `a file could not be moved within it (another file system mounted inside?): choose a folder on one file system`,
  };
  return new CliError(
    `cannot ${doing} ${dir} (${error.code ?? error.message}): ${what[error.code ?? ''] ?? 'choose another --out'}. ` +
      'The published dataset, if any, was left as it was',
  );
}

/** The lock's file in `outDir`: who is publishing there. */
const LOCK_FILE = '.mediation-finder-build.lock';
/** A lock older than this is a crashed build's, whatever its host (a build takes minutes). */
const STALE_LOCK_HOURS = 6;

interface Holder {
  pid: number;
  host: string;
  started: string;
}

/**
 * Takes `outDir`'s lock, or refuses (a `CliError` naming the build that holds it). A stale lock
 * (its process gone on this host, or older than `STALE_LOCK_HOURS`) is removed and taken, said
 * on no stream: the build that left it is gone. Returns what releases it.
 */
async function lock(outDir: string): Promise<() => Promise<void>> {
  const path = join(outDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(path, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      return async () => {
        // Only ours: a lock taken over as stale by another build is that build's now.
        const text = await readFile(path, 'utf8').catch(() => '');
        if (text.trim() === JSON.stringify(me)) await rm(path, { force: true });
      };
    } catch (error) {
      const { code } = error as NodeJS.ErrnoException;
      if (code !== 'EEXIST') throw unwritable(outDir, error as NodeJS.ErrnoException, 'write in');
    }
    const text = await readFile(path, 'utf8').catch(() => '');
    const holder = parseHolder(text);
    // A lock that names no holder is being written (the file exists before its content), or broken.
    const written = await stat(path).then(
      (info) => info.mtimeMs,
      () => 0,
    );
    if (!holder && Date.now() - written < 60_000)
      throw new CliError(`another build is starting to publish to ${outDir}: ${outDir} was left to it`);
    if (holder && !isStale(holder)) {
      throw new CliError(
        `another build is publishing to ${outDir} (process ${holder.pid} on ${holder.host}, since ${holder.started}): ` +
          `${outDir} was left to it. Run this build again when it has ended; if no such build runs, remove ${path}`,
      );
    }
    // A crashed build's lock (or a broken one, a minute old): taken over, once.
    const current = await readFile(path, 'utf8').catch(() => '');
    if (current === text) await rm(path, { force: true });
  }
  throw new CliError(`another build took the lock on ${outDir} at the same moment: ${outDir} was left to it`);
}

function parseHolder(text: string): Holder | undefined {
  try {
    const holder = JSON.parse(text) as Holder;
    return Number.isInteger(holder.pid) &&
      typeof holder.host === 'string' &&
      typeof holder.started === 'string'
      ? holder
      : undefined;
  } catch {
    return undefined;
  }
}

function isStale({ pid, host, started }: Holder): boolean {
  const age = Date.now() - Date.parse(started);
  if (!(age < STALE_LOCK_HOURS * 3_600_000)) return true;
  if (host !== hostname()) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * The read report, without the places, one row note per line: a file with hundreds of thousands
 * of notes never becomes one string too long for the engine.
 */
async function writeReport(path: string, reports: ReadReport[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write('[\n');
    for (const [i, { places: _places, rejected, warnings, ...rest }] of reports.entries()) {
      const head = JSON.stringify(rest, null, 1);
      await file.write(`${head.slice(0, -2)},\n "rejected": [`);
      await writeNotes(file, rejected);
      await file.write('],\n "warnings": [');
      await writeNotes(file, warnings);
      await file.write(`]\n}${i < reports.length - 1 ? ',' : ''}\n`);
    }
    await file.write(']\n');
  } finally {
    await file.close();
  }
}

async function writeNotes(
  file: Awaited<ReturnType<typeof open>>,
  notes: ReadReport['rejected'],
): Promise<void> {
  let chunk = '';
  for (const [i, note] of notes.entries()) {
    chunk += `${i ? ',' : ''}\n  ${JSON.stringify(note)}`;
    if (chunk.length > 1 << 20) {
      await file.write(chunk);
      chunk = '';
    }
  }
  await file.write(notes.length ? `${chunk}\n ` : chunk);
}
