import { firstShardFiles, isPlainFileName } from '@mediation-finder/core';

/**
 * The places of a preset finder's first circle, asked for as soon as the data says which files
 * they are in, while the finder's chunk is still coming or being evaluated: on a phone they were
 * asked for only after that evaluation, half a second later. A postal code's list
 * (`first-circle/770.json`, built with the data by `firstCircleFiles`: a few hundred bytes) names
 * them at once; without it (a position, a radius, data built before those lists), the dataset's
 * manifest and the postal code's gazetteer file do (`firstShardFiles`, which names files only from
 * a manifest it accepts). Core's tests hold both to the search on every postal code; the finder's
 * search takes these responses as its own. Anything missing or wrong asks for nothing: the
 * finder's own search says what failed.
 */
export async function askFirstShards(
  where: string | { latitude: number; longitude: number },
  maxKm: number | undefined,
  files: {
    circle?: Promise<ArrayBuffer | undefined> | undefined;
    manifest: Promise<ArrayBuffer | undefined> | undefined;
    gazetteers: Array<Promise<ArrayBuffer | undefined> | undefined>;
  },
  ask: (file: string) => void,
): Promise<void> {
  const decoder = new TextDecoder();
  const listed = typeof where === 'string' ? listedIn(await files.circle, where, decoder) : undefined;
  if (listed) {
    for (const file of listed) ask(file);
    return;
  }
  const [manifestBytes, ...gazetteerBytes] = await Promise.all([files.manifest, ...files.gazetteers]);
  if (!manifestBytes || gazetteerBytes.some((bytes) => !bytes)) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(manifestBytes));
  } catch {
    return;
  }
  const texts = gazetteerBytes.map((bytes) => decoder.decode(bytes));
  for (const file of firstShardFiles(parsed, texts, where, maxKm === undefined ? {} : { maxKm })) ask(file);
}

/** The files a first-circle list gives a postal code, when it is one: only plain file names. */
function listedIn(bytes: ArrayBuffer | undefined, postalCode: string, decoder: TextDecoder) {
  if (!bytes) return undefined;
  try {
    const list: unknown = JSON.parse(decoder.decode(bytes))?.[postalCode];
    return Array.isArray(list) && list.length && list.every(isPlainFileName) ? (list as string[]) : undefined;
  } catch {
    return undefined;
  }
}
