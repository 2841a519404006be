import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { DataError, type DataFiles } from '../search/files.js';

/** A data folder on this machine, read as a browser reads it over HTTP: by path, within bounds. */
export function folderFiles(folder: string): DataFiles {
  const root = resolve(folder);
  return {
    async read(path, maxBytes) {
      const file = resolve(root, path);
      const inside = relative(root, file);
      if (inside.startsWith(`..${sep}`) || inside === '..' || inside.startsWith(sep))
        throw new DataError(`${path}: not a file of ${folder}`, 'invalid', 'unsafe-file-name');
      const size = await stat(file).then(
        (info) => info.size,
        (error: NodeJS.ErrnoException) => {
          throw new DataError(`cannot read ${join(folder, path)}: ${error.code ?? error.message}`, 'network');
        },
      );
      if (size > maxBytes)
        throw new DataError(
          `${join(folder, path)}: ${size} bytes, more than ${maxBytes} are read`,
          'invalid',
          'too-large',
        );
      return readFile(file);
    },
  };
}
