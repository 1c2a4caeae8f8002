'use client';
import { Printer } from 'lucide-react';
import { Button } from '@/components/ui/button';

export function PrintPageButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      <Printer aria-hidden="true" className="size-4" />
      {label}
    </Button>
  );
}
