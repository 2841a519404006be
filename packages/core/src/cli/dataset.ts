import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BuiltDataset, DatasetManifest } from '../dataset/build.js';
import { doorsFile } from '../dataset/doors.js';
import type { ReadReport } from '../places/reader.js';
import { CliError } from './load.js';

export interface WriteOptions {
  /** Publish even when the new dataset has less than half the places of the one it replaces. */
  allowShrink?: boolean;
}

/** The files a dataset directory's manifest owns: the only ones `writeDataset` ever replaces or removes. */
function ownedFiles(manifest: DatasetManifest): string[] {
  const listed = [manifest.shards, manifest.directory ?? {}].flatMap((files) =>
    Object.values(files).map((entry) => entry.file),
  );
  for (const [code, entry] of Object.entries(manifest.doors ?? {}))
    if ('parts' in entry) for (let part = 0; part < entry.parts; part++) listed.push(doorsFile(code, part));
    else listed.push(entry.file);
  // A file name only: a manifest written by hand must not make the build delete elsewhere.
  return [...listed.filter((file) => file === basename(file) && file !== '..'), 'report.json'];
}

/** The dataset already published in `dir`, if any. */
async function publishedManifest(dir: string): Promise<DatasetManifest | undefined> {
  const text = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as DatasetManifest;
    return manifest.format === 'mediation-finder-dataset' ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Publishes a built dataset in `outDir` without ever leaving it broken or emptied:
 * - refuses a dataset with no place, or with less than half the places of the one it replaces
 *   (unless `allowShrink`): a truncated download must not replace a good dataset;
 * - writes every file into a temporary folder beside `outDir` first, so a crash or a full disk
 *   leaves the published dataset as it was;
 * - then moves the files in, `manifest.json` last (one atomic rename), so a reader sees either
 *   the old manifest or the new one, each with its files present; and removes only the files the
 *   old manifest listed that the new one does not. Any other file of `outDir` is left alone.
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
  const previous = info ? await publishedManifest(outDir) : undefined;
  if (previous && manifest.places < previous.places / 2 && !options.allowShrink) {
    throw new CliError(
      `the dataset in ${outDir} has ${previous.places} places and this build only ${manifest.places}: ` +
        'refusing to publish a dataset that lost more than half of its places (a truncated or wrong input?). ' +
        `${outDir} was left as it was; pass --allow-shrink if this is intended`,
    );
  }

  const temporary = join(dirname(outDir), `.${basename(outDir)}.building-${randomBytes(4).toString('hex')}`);
  await mkdir(temporary, { recursive: true });
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

    await mkdir(outDir, { recursive: true });
    for (const file of files) await rename(join(temporary, file), join(outDir, file));
    await rename(join(temporary, 'manifest.json'), join(outDir, 'manifest.json'));
    if (previous) {
      const kept = new Set(files);
      for (const file of ownedFiles(previous))
        if (!kept.has(file)) await rm(join(outDir, file), { force: true });
    }
  } finally {
    await rm(temporary, { recursive: true, force: true });
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
