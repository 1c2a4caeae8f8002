'use client';
import { useEffect } from 'react';

/**
 * Opens the print dialog once the receipt is on screen, then drops `print=1` from the address
 * (without a server round trip), so a reload does not print again.
 */
export function PrintOnLoad() {
  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete('print');
    url.searchParams.delete('job');
    window.history.replaceState(window.history.state, '', url);
    window.print();
  }, []);
  return null;
}
