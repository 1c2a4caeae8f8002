// Where private files (KTP photos, selfies) are kept: never under public/, never served as
// static files. Callers seal what they store; the store only keeps bytes under opaque keys.

export interface FileStore {
  /** Stores the bytes under `key`; a reader never sees a half-written file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; removing what is not there is not an error. */
  delete(key: string): Promise<void>;
  /**
   * The keys of files last written before `cutoff`, a folder at a time. Files that are not whole
   * (a write cut off by a crash) and are older than `cutoff` are removed on the way.
   */
  listOlderThan(cutoff: Date): AsyncIterable<string>;
}

/** Keys are random ids made by `newFileKey`: letters, digits, '-' and '_' only, so no paths. */
export const FILE_KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export class InvalidFileKeyError extends Error {
  constructor() {
    super('Invalid file key');
    this.name = 'InvalidFileKeyError';
  }
}
