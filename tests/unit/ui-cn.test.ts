import { describe, expect, it } from 'vitest';
import { cn } from '@/components/ui/cn';

describe('cn', () => {
  it('lets the later Tailwind class win a conflict', () => {
    expect(cn('px-2 py-1 bg-brand-700', 'px-4', 'bg-danger')).toBe('py-1 px-4 bg-danger');
  });

  it('resolves the custom radius tokens against built-in ones', () => {
    expect(cn('rounded-lg', 'rounded-control')).toBe('rounded-control');
  });

  it('drops falsy values and flattens arrays and objects', () => {
    const loading = false;
    expect(cn('a', loading && 'b', null, undefined, 0, '', ['c', { d: true, e: false }])).toBe(
      'a c d',
    );
  });
});
