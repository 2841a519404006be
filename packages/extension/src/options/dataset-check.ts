import { DataError, DatasetPlaces } from '@mediation-finder/core';

/** Why a dataset address is not saved: a key of the options' words. */
export type DatasetProblem =
  | { key: 'datasetHttp'; status: string }
  | { key: 'datasetNotDataset' }
  | { key: 'datasetUnreadable' };

/**
 * What the options check before saving a dataset address: it is a folder built by
 * `mediation-finder build` (ending in `/`) or that folder's `manifest.json`, the manifest answers,
 * and core reads it as a dataset's (`DatasetPlaces.open`: its format, its fields, its files all
 * plain names of the folder). A page that merely answers (`…/phish.html`, a manifest of anything
 * else) is refused, with the reason.
 */
export async function datasetProblem(
  url: string,
  fetcher: typeof fetch = fetch,
): Promise<DatasetProblem | null> {
  const folder = url.endsWith('/')
    ? url
    : url.endsWith('/manifest.json')
      ? url.slice(0, -'manifest.json'.length)
      : null;
  if (!folder) return { key: 'datasetNotDataset' };
  let status: number | undefined;
  try {
    await DatasetPlaces.open(
      {
        async read(path, maxBytes) {
          const response = await fetcher(new URL(path, folder).href, { credentials: 'omit' });
          if (!response.ok) {
            status = response.status;
            throw new DataError(`HTTP ${response.status}`, 'network');
          }
          const bytes = new Uint8Array(await response.arrayBuffer());
          if (bytes.length > maxBytes) throw new DataError('larger than a manifest', 'invalid');
          return bytes;
        },
      },
      'manifest.json',
    );
    return null;
  } catch (error) {
    if (status !== undefined) return { key: 'datasetHttp', status: String(status) };
    return error instanceof DataError && error.kind === 'invalid'
      ? { key: 'datasetNotDataset' }
      : { key: 'datasetUnreadable' };
  }
}
