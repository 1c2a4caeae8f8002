import { describe, expect, it } from 'vitest';
import en from '@/messages/en';
import id from '@/messages/id';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    keys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(catalogue: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const key of keys(catalogue)) {
    const text = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue);
    result[key] = [...String(text).matchAll(/\{(\w+)/g)].map((match) => match[1] ?? '').sort();
  }
  return result;
}

describe('message catalogues', () => {
  it('English has exactly the Indonesian keys', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('both languages use the same placeholders', () => {
    expect(placeholders(en)).toEqual(placeholders(id));
  });

  it('every schema error key has a message', async () => {
    const source = await import('node:fs').then((fs) =>
      fs.readFileSync('lib/domain/account.ts', 'utf8'),
    );
    const used = [...source.matchAll(/, '(\w+)'\)/g)].map((match) => match[1] ?? '');
    expect(used.length).toBeGreaterThan(5);
    for (const key of used) expect(Object.keys(id.validation)).toContain(key);
  });
});
