import { clsx, type ClassValue } from 'clsx';
import { extendTailwindMerge } from 'tailwind-merge';

// Teach tailwind-merge the custom radius tokens from globals.css so `rounded-*` overrides resolve.
const twMerge = extendTailwindMerge({ extend: { theme: { radius: ['control', 'card'] } } });

export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
