/**
 * The extension's PNG icons, drawn by the build from the one source, src/icons/icon.svg (no PNG is
 * committed). resvg's WebAssembly build draws the same pixels on every machine, so an AMO
 * reviewer's build gives the same files, and the zips the same checksum.
 *
 * 16, 32 and 48 px (toolbar, menus, the extensions page) fill their square. 128 px (the store
 * listing and install dialogs) follows the Chrome Web Store's guidance: the artwork is 96 × 96
 * inside a 128 × 128 square with 16 px of transparent margin on each side.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
let ready;

/** The sizes in the manifest's `icons`, and the margin each is drawn with (px on each side). */
export const ICON_SIZES = { 16: 0, 32: 0, 48: 0, 128: 16 };

/** The source icon with its artwork shrunk into a transparent margin: a 128-unit square keeps its viewBox. */
function withMargin(svg, size, margin) {
  if (margin === 0) return svg;
  const scale = (size - 2 * margin) / size;
  const open = svg.match(/<svg\b[^>]*>/);
  const viewBox = open?.[0].match(/viewBox="0 0 (\d+) (\d+)"/);
  if (!open || !viewBox) throw new Error('icon.svg: expected a root <svg> with a viewBox "0 0 w h"');
  const unit = Number(viewBox[1]) / size;
  const body = svg.slice(open.index + open[0].length, svg.lastIndexOf('</svg>'));
  return `${open[0]}<g transform="translate(${margin * unit} ${margin * unit}) scale(${scale})">${body}</g></svg>`;
}

/** PNG bytes of each icon, by file name (`16.png`…). */
export async function drawIcons(svgPath) {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  const svg = readFileSync(svgPath, 'utf8');
  const icons = {};
  for (const [size, margin] of Object.entries(ICON_SIZES)) {
    const resvg = new Resvg(withMargin(svg, Number(size), margin), {
      fitTo: { mode: 'width', value: Number(size) },
    });
    icons[`${size}.png`] = resvg.render().asPng();
  }
  return icons;
}
