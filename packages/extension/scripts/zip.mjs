/**
 * The stores' zips, the same bytes from the same sources: files in code-point order of their
 * paths, one fixed date for every entry, one compression level, no owner or permission bits.
 * (web-ext build stored each file's modification time, so two builds never matched.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/**
 * 1 January 2026, 00:00, as the zip's local wall-clock date: built from local fields, it is the
 * same in every time zone (zip dates have no zone, and fflate writes the local time).
 */
const ZIP_DATE = () => new Date(2026, 0, 1, 0, 0, 0);

/** Every file under `dir`, as `/`-separated paths relative to it, in a stable order. */
export function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).replaceAll('\\', '/'));
    }
  };
  walk(dir);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A zip of `files` (path → bytes): in code-point order of their paths, every entry of one date. */
export function stableZip(files) {
  const mtime = ZIP_DATE();
  const entries = {};
  for (const path of Object.keys(files).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
    entries[path] = [files[path], { mtime }];
  return zipSync(entries, { level: 9 });
}

/** The zip of a built extension folder, its manifest at the root. */
export const zipFolder = (dir) =>
  stableZip(Object.fromEntries(filesUnder(dir).map((path) => [path, readFileSync(join(dir, path))])));
