import { readFileSync } from 'node:fs';
import path from 'node:path';

type Manifest = {
  node: Record<string, { filename?: string; exportedName?: string }>;
};

/**
 * The id Next.js gave a server action in this build, read from the build's manifest, so a test
 * can call the action the way any HTTP client could, without the page's UI.
 */
export function serverActionId(filename: string, exportedName: string): string {
  const manifestPath = path.resolve(
    __dirname,
    '../../../.next/server/server-reference-manifest.json',
  );
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entry = Object.entries(manifest.node).find(
    ([, action]) => action.filename === filename && action.exportedName === exportedName,
  );
  if (!entry) throw new Error(`No server action ${exportedName} in ${filename} in this build`);
  return entry[0];
}
