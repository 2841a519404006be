import { firstShardFiles } from '@mediation-finder/core';

/**
 * The places of a preset finder's first circle, asked for as soon as the dataset's manifest and
 * the postal code's gazetteer file has come (read by `first-files.ts`), while the finder's chunk
 * is still coming or being evaluated: on a phone they were asked for only after that evaluation,
 * half a second later. The files are those the search's first step reads (`firstShardFiles`,
 * which names files only from a manifest it accepts, core's test holding it to the search on every
 * postal code); the finder's search takes these responses as its own. Anything missing or wrong
 * asks for nothing: the finder's own search says what failed.
 */
export async function askFirstShards(
  where: string | { latitude: number; longitude: number },
  maxKm: number | undefined,
  manifest: Promise<ArrayBuffer | undefined> | undefined,
  gazetteers: Array<Promise<ArrayBuffer | undefined> | undefined>,
  ask: (file: string) => void,
): Promise<void> {
  const [manifestBytes, ...gazetteerBytes] = await Promise.all([manifest, ...gazetteers]);
  if (!manifestBytes || gazetteerBytes.some((bytes) => !bytes)) return;
  const decoder = new TextDecoder();
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(manifestBytes));
  } catch {
    return;
  }
  const texts = gazetteerBytes.map((bytes) => decoder.decode(bytes));
  for (const file of firstShardFiles(parsed, texts, where, maxKm === undefined ? {} : { maxKm })) ask(file);
}
