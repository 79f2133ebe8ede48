// Renders the app icon and the .brief document icon from their SVGs in build/ into the files
// electron-builder packs (build/ is electron-builder.yml's buildResources):
//   build/icon.png, build/brief-document.png   1024 px PNG
//   build/icon.ico, build/brief-document.ico   Windows: BMP entries 16–128 px, a PNG entry at 256 px
//   build/icon.icns, build/brief-document.icns macOS: PNG entries ic07–ic10 (128–1024 px)
//   build/icons/NxN.png                        Linux: the sizes of the freedesktop hicolor theme
// The outputs are committed (they are build inputs, and packaging needs no tool to convert
// them); run this after changing an SVG. Rasterised by Debian's Chromium through playwright-core.
// Usage: node scripts/make-icons.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, 'build');

/** Sizes written into the ICO: the small ones as bitmaps (what every Windows shell reads), 256 as PNG. */
const ICO_BITMAP_SIZES = [16, 24, 32, 48, 64, 128];
const ICO_PNG_SIZE = 256;
/** ICNS entry types holding PNG data, by pixel size. */
const ICNS_TYPES = new Map([
  [128, 'ic07'],
  [256, 'ic08'],
  [512, 'ic09'],
  [1024, 'ic10'],
]);
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];

/** @typedef {{ png: Buffer, rgba: Buffer | null }} Raster */

/**
 * Draws the SVG on a canvas of `size` pixels: the PNG Chromium encodes, and (for bitmap ICO
 * entries) the straight, unpremultiplied RGBA pixels.
 * @param {import('playwright-core').Page} page
 * @param {string} svg
 * @param {number} size
 * @param {boolean} withPixels
 * @returns {Promise<Raster>}
 */
async function rasterise(page, svg, size, withPixels) {
  const result = await page.evaluate(
    async ({ svgText, px, pixels }) => {
      // This runs in the page: its own Image and document, not Node's globals.
      const { Image: PageImage, document: pageDocument } = /** @type {any} */ (globalThis);
      const image = new PageImage(px, px);
      image.src = `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svgText)))}`;
      await image.decode();
      const canvas = pageDocument.createElement('canvas');
      canvas.width = px;
      canvas.height = px;
      const context = canvas.getContext('2d');
      context.imageSmoothingQuality = 'high';
      context.drawImage(image, 0, 0, px, px);
      const png = canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
      let rgba = null;
      if (pixels) {
        const data = context.getImageData(0, 0, px, px).data;
        let binary = '';
        for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
        rgba = btoa(binary);
      }
      return { png, rgba };
    },
    { svgText: svg, px: size, pixels: withPixels },
  );
  return { png: Buffer.from(result.png, 'base64'), rgba: result.rgba === null ? null : Buffer.from(result.rgba, 'base64') };
}

/**
 * A 32-bit ICO bitmap entry: BITMAPINFOHEADER (height doubled: XOR image and AND mask), the
 * BGRA rows bottom-up, then a 1-bit AND mask (all zero: the alpha channel decides).
 * @param {Buffer} rgba
 * @param {number} size
 */
function icoBitmap(rgba, size) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(0, 16); // BI_RGB
  header.writeUInt32LE(size * size * 4, 20);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    const from = (size - 1 - y) * size * 4;
    for (let x = 0; x < size; x += 1) {
      const source = from + x * 4;
      const target = (y * size + x) * 4;
      pixels[target] = rgba[source + 2];
      pixels[target + 1] = rgba[source + 1];
      pixels[target + 2] = rgba[source];
      pixels[target + 3] = rgba[source + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

/**
 * The ICO container: ICONDIR, one ICONDIRENTRY per image (0 stands for 256 px), then the images.
 * @param {Array<{ size: number, data: Buffer }>} images
 */
function ico(images) {
  const directory = Buffer.alloc(6 + images.length * 16);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, entry);
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt8(0, entry + 2);
    directory.writeUInt8(0, entry + 3);
    directory.writeUInt16LE(1, entry + 4);
    directory.writeUInt16LE(32, entry + 6);
    directory.writeUInt32LE(data.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map(({ data }) => data)]);
}

/**
 * The ICNS container: 'icns' and the file's length, then entries of type, length (with its
 * 8-byte header) and PNG data.
 * @param {Array<{ type: string, png: Buffer }>} entries
 */
function icns(entries) {
  const parts = entries.map(({ type, png }) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([header, ...parts]);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {{ linux: boolean }} options
 */
async function makeIcon(page, name, { linux }) {
  const svg = await readFile(join(buildDir, `${name}.svg`), 'utf8');
  const sizes = [...new Set([...ICO_BITMAP_SIZES, ICO_PNG_SIZE, ...ICNS_TYPES.keys(), ...(linux ? LINUX_SIZES : [])])].sort((a, b) => a - b);
  /** @type {Map<number, Raster>} */
  const rasters = new Map();
  for (const size of sizes) rasters.set(size, await rasterise(page, svg, size, ICO_BITMAP_SIZES.includes(size)));
  const raster = (/** @type {number} */ size) => /** @type {Raster} */ (rasters.get(size));

  const written = [];
  const write = async (/** @type {string} */ file, /** @type {Buffer} */ data) => {
    await mkdir(dirname(join(buildDir, file)), { recursive: true });
    await writeFile(join(buildDir, file), data);
    written.push(`build/${file}`);
  };
  await write(`${name}.png`, raster(1024).png);
  await write(
    `${name}.ico`,
    ico([
      ...ICO_BITMAP_SIZES.map((size) => ({ size, data: icoBitmap(/** @type {Buffer} */ (raster(size).rgba), size) })),
      { size: ICO_PNG_SIZE, data: raster(ICO_PNG_SIZE).png },
    ]),
  );
  await write(`${name}.icns`, icns([...ICNS_TYPES].map(([size, type]) => ({ type, png: raster(size).png }))));
  if (linux) for (const size of LINUX_SIZES) await write(`icons/${size}x${size}.png`, raster(size).png);
  console.log(`Wrote ${written.join(', ')}`);
}

const browser = await chromium.launch({
  executablePath: process.env.BRIEFWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><title>icons</title>');
  await makeIcon(page, 'icon', { linux: true });
  await makeIcon(page, 'brief-document', { linux: false });
} finally {
  await browser.close();
}
