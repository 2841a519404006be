import type { Place } from '../places/place.js';

/**
 * A place as a dataset publishes it for finders (its shards and doors): what routing, the JSON
 * contract, the widget and the extension read, nothing more. Left out: `legacy` (the v0 values a
 * v1 field was mapped from), `presentation_detail` (no finder shows it: the summary is
 * `presentation_resume`) and, of its provenance, all but each source's publisher (the JSON
 * contract's `sources`). They were about a quarter of a shard's bytes (22 % gzip); the answers
 * are the same (test/published.test.ts). The reader's places, `validate` and the merge keep them.
 */
export function publishedPlace(place: Place): Place {
  const { legacy: _legacy, presentation_detail: _detail, provenance, ...published } = place;
  return { ...published, provenance: provenance.map(({ source }) => ({ source })) };
}
