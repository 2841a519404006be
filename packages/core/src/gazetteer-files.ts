/**
 * `@mediation-finder/core/gazetteer-files`: a browser's way to the communes it needs, from the
 * gazetteer's small files (see `shardGazetteer` in `@mediation-finder/core/read`).
 */
export {
  type GazetteerFileReader,
  type GazetteerShardIndex,
  gazetteerForSuggestions,
  locateInFiles,
  locatePositionInFiles,
} from './geo/gazetteer-shards.js';
