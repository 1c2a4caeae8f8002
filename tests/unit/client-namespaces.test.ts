import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientNamespaces, type ClientArea } from '@/lib/i18n/client-namespaces';
import id from '@/messages/id';

// Each part of the app sends the browser only its own message namespaces. A component that
// reads a namespace its area does not send would show message keys instead of words: this test
// reads the code and names any such file.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The area whose layout gives the file its messages; shared code gets only the root ones. */
function areaOf(file: string): ClientArea {
  const parts = file.split(path.sep);
  if (parts[0] !== 'app') return 'root';
  if (parts[1] === '(auth)') return 'auth';
  if (parts[1] === '(customer)') return 'customer';
  if (parts[1] === 'agent') return 'agent';
  if (parts[1] === 'admin') return 'admin';
  return 'root';
}

const files = ['app', 'components', 'lib'].flatMap(sourceFiles);

describe('messages sent to the browser', () => {
  it('every namespace a hook reads is sent to the area the file is rendered in', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      if (/useTranslations\(\s*\)/.test(source))
        missing.push(`${file}: useTranslations() with no namespace`);
      for (const match of source.matchAll(/useTranslations\(\s*['"]([A-Za-z]+)[.'"]/g)) {
        seen++;
        const namespace = match[1]!;
        if (!(clientNamespaces(areaOf(file)) as string[]).includes(namespace)) {
          missing.push(`${file}: ${namespace} (area ${areaOf(file)})`);
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it("each area's layout gives its pages the area's messages", () => {
    const layouts: Record<ClientArea, string> = {
      root: 'app/layout.tsx',
      auth: 'app/(auth)/layout.tsx',
      customer: 'app/(customer)/home/layout.tsx',
      agent: 'app/agent/layout.tsx',
      admin: 'app/admin/layout.tsx',
    };
    for (const [area, layout] of Object.entries(layouts)) {
      expect(readFileSync(layout, 'utf8'), layout).toContain(`<ClientMessages area="${area}">`);
    }
  });

  it('an area adds to the root ones and never sends them a second time', () => {
    for (const [area, namespaces] of Object.entries(CLIENT_NAMESPACES)) {
      if (area === 'root') continue;
      for (const namespace of namespaces) {
        expect(CLIENT_NAMESPACES.root as readonly string[], `${area}: ${namespace}`).not.toContain(
          namespace,
        );
      }
    }
  });

  it('names only namespaces that exist', () => {
    for (const namespaces of Object.values(CLIENT_NAMESPACES)) {
      for (const namespace of namespaces) expect(Object.keys(id)).toContain(namespace);
    }
  });

  it('leaves out what only the server reads', () => {
    for (const area of Object.keys(CLIENT_NAMESPACES) as ClientArea[]) {
      expect(clientNamespaces(area)).not.toContain('email');
    }
    expect(clientNamespaces('customer')).not.toContain('adminTransactions');
  });
});
