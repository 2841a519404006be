/**
 * The raw-file reader's own chunk (zod, papaparse): loaded only when a finder's `src` is one CSV
 * or JSON file, never for a dataset.
 */
export { rawFilePlaces } from '@mediation-finder/core/read';
