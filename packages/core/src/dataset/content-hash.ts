/**
 * A file's name carries a hash of its content (`places-77-3f9a1c2e04b7.json`), so that a site may
 * serve every file but the manifest as immutable: a nightly rebuild that changes a shard gives it
 * a new name, and a cache never mixes two builds. Pure (no node:crypto): `buildDataset` runs in a
 * browser too. 48 bits of two independent 32-bit multiplicative hashes (cyrb53's mixing): a name
 * is a cache key, not a signature.
 */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number, digits: number) => (n >>> 0).toString(16).padStart(8, '0').slice(0, digits);
  return `${hex(h2, 4)}${hex(h1, 8)}`;
}

/** A file of the dataset named by what it is and its content ("places-77-3" → "places-77-3-…json"). */
export const hashedName = (stem: string, text: string): string => `${stem}-${contentHash(text)}.json`;
