/**
 * @mediation-finder/core/read — reading, validating and merging raw open data.
 * Heavier than the main entry (zod, papaparse): load it only where raw files are read.
 */

export {
  ATTRIBUTION,
  type BuiltDataset,
  buildDataset,
  type DatasetManifest,
} from './dataset/build.js';
export { communesFromCsv, communesFromGeoApi } from './geo/communes-sources.js';
export { serializeGazetteer } from './geo/gazetteer.js';
export { shardGazetteer } from './geo/gazetteer-shards.js';
export {
  type MergeReport,
  type MergeRule,
  mergePlaces,
  mergePlacesInSteps,
  nameSimilarity,
} from './places/merge.js';
export { FORMATS, Place as PlaceSchema } from './places/place.js';
export {
  dateFromFileName,
  detectFormat,
  type ReadOptions,
  type ReadReport,
  type RowNote,
  readPlaces,
  readPlacesInSteps,
} from './places/reader.js';
export { rawFilePlaces } from './search/raw-file.js';
export { runSteps, runStepsYielding, type Steps } from './steps.js';
export { decodeBytes, parseTable, type Table } from './tables/table.js';
