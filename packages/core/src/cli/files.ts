import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { DataError, type DataFiles } from '../search/files.js';

/**
 * A data folder on this machine, read as a browser reads it over HTTP: by path, within bounds.
 * A dataset may be a third party's: a name that leads outside the folder (`..`, or a link to
 * another file), anything but a regular file (a pipe that never ends, `/dev/zero`) and more bytes
 * than the kind of file allows are refused, whatever the size the file system tells.
 */
export function folderFiles(folder: string): DataFiles {
  const root = resolve(folder);
  return {
    async read(path, maxBytes) {
      const unsafe = (why: string) => new DataError(`${path}: ${why}`, 'invalid', 'unsafe-file-name');
      const file = resolve(root, path);
      if (isOutside(root, file)) throw unsafe(`not a file of ${folder}`);
      const cannot = (error: NodeJS.ErrnoException) =>
        new DataError(`cannot read ${join(folder, path)}: ${error.code ?? error.message}`, 'network');
      const [real, realRoot] = await Promise.all([realpath(file), realpath(root)]).catch((error) => {
        throw cannot(error);
      });
      if (isOutside(realRoot, real)) throw unsafe(`a link out of ${folder}`);
      // Non-blocking: opening a named pipe must not wait for a writer.
      const handle = await open(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)).catch((error) => {
        throw cannot(error);
      });
      try {
        const info = await handle.stat();
        if (!info.isFile()) throw unsafe('not a regular file');
        const tooLarge = (bytes: string) =>
          new DataError(
            `${join(folder, path)}: ${bytes} bytes, more than ${maxBytes} are read`,
            'invalid',
            'too-large',
          );
        if (info.size > maxBytes) throw tooLarge(String(info.size));
        // Read until the end, never past the limit: a file that grows meanwhile is still bounded.
        const chunks: Buffer[] = [];
        let length = 0;
        for (;;) {
          const chunk = Buffer.alloc(Math.min(1 << 20, maxBytes + 1 - length));
          const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
          if (bytesRead === 0) break;
          chunks.push(chunk.subarray(0, bytesRead));
          length += bytesRead;
          if (length > maxBytes) throw tooLarge(`more than ${maxBytes}`);
        }
        return Buffer.concat(chunks, length);
      } finally {
        await handle.close();
      }
    },
  };
}

const isOutside = (root: string, file: string) => {
  const inside = relative(root, file);
  return inside.startsWith(`..${sep}`) || inside === '..' || inside.startsWith(sep);
};
