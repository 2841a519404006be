import { encode } from 'uqr';

/**
 * A QR code of the slip's link, as one SVG path (lit renders it: no markup from a string, fine
 * under a strict CSP). Its own chunk, loaded only when a slip with a link is printed.
 */
export interface QrCode {
  /** Modules per side, quiet zone included. */
  size: number;
  path: string;
}

export function qrCode(text: string): QrCode {
  // Level M survives a crumpled slip; a border of 4 modules is the quiet zone readers need.
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const path = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
  return { size, path };
}
