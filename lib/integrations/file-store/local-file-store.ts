import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { FILE_KEY_PATTERN, InvalidFileKeyError, type FileStore } from './types';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Files on the local disk under `root`, readable by this process's user only (folders 0700,
 * files 0600). Files are spread over sub-folders by the key's first two characters.
 */
export function createLocalFileStore(root: string): FileStore {
  const base = path.resolve(root);

  function locate(key: string): { dir: string; file: string } {
    if (!FILE_KEY_PATTERN.test(key)) throw new InvalidFileKeyError();
    const dir = path.join(base, key.slice(0, 2));
    return { dir, file: path.join(dir, key) };
  }

  return {
    async put(key, bytes) {
      const { dir, file } = locate(key);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // Written under a temporary name, flushed, then renamed: the final name only ever holds a
      // whole file, even if the process dies mid-write.
      const temporary = path.join(dir, `.${key}.${randomBytes(6).toString('hex')}.tmp`);
      const handle = await open(temporary, 'wx', 0o600);
      try {
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, file);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },

    async get(key) {
      try {
        return await readFile(locate(key).file);
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      try {
        await unlink(locate(key).file);
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },

    async *listOlderThan(cutoff) {
      const folders = await readdir(base, { withFileTypes: true }).catch((error: unknown) => {
        if (isMissing(error)) return [];
        throw error;
      });
      for (const folder of folders) {
        if (!folder.isDirectory()) continue;
        const dir = path.join(base, folder.name);
        for (const name of await readdir(dir).catch(() => [] as string[])) {
          const file = path.join(dir, name);
          const info = await stat(file).catch(() => null);
          if (!info?.isFile() || info.mtime >= cutoff) continue;
          if (name.startsWith('.') && name.endsWith('.tmp')) {
            await unlink(file).catch(() => undefined);
          } else if (FILE_KEY_PATTERN.test(name) && name.startsWith(folder.name)) {
            yield name;
          }
        }
      }
    },
  };
}
