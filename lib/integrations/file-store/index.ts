import 'server-only';
import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';
import { createLocalFileStore } from './local-file-store';
import type { FileStore } from './types';

export type { FileStore } from './types';

let instance: FileStore | undefined;

/** The private file store, rooted at PRIVATE_FILES_DIR; built on first use. */
export function fileStore(): FileStore {
  instance ??= createLocalFileStore(env.PRIVATE_FILES_DIR);
  return instance;
}

/** A new random key (144 bits): unguessable, and safe as a file name. */
export const newFileKey = (): string => randomBytes(18).toString('base64url');
