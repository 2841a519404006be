/**
 * @mediation-finder/core/read — reading, validating and merging raw open data, and building the
 * published dataset. Heavier than the main entry (zod, papaparse): load it only where raw files
 * are read.
 */

export { type BuiltDataset, buildDataset, type DatasetManifest } from './dataset/build.js';
export { areasFromDatasFun, communesFromCsv, communesFromGeoApi } from './geo/communes-sources.js';
export { type EpciSource, epciFiles } from './geo/epci.js';
export { serializeGazetteer } from './geo/gazetteer.js';
export { shardGazetteer } from './geo/gazetteer-shards.js';
export { mainPostalCodesFirst } from './geo/main-postal-code.js';
export {
  type Placement,
  type PlacementFigures,
  type PublicOffice,
  placeAtTownHalls,
  placementFigures,
} from './geo/town-halls.js';
export { type MergeReport, mergePlaces } from './places/merge.js';
export { Place as PlaceSchema } from './places/place.js';
export { type ReadOptions, type ReadReport, type RowNote, readPlaces } from './places/reader.js';
export { publicOfficesOf } from './places/town-halls.js';
export { rawFilePlaces } from './search/raw-file.js';
