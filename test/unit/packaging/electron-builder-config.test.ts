import { load } from 'js-yaml';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BRIEF_EXTENSION, BRIEF_MIME_TYPE } from '../../../core/document/container';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

type Config = Record<string, unknown> & {
  files: string[];
  electronFuses: Record<string, boolean>;
  fileAssociations: Array<Record<string, unknown>>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  extraResources: Array<{ from: string; to: string }>;
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  directories: { output: string; buildResources: string };
};

interface PackageJson {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

function readPackageJson(): PackageJson {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
}

/** A module of the installed electron-builder (app-builder-lib, @electron/fuses…), resolved as `npm run dist` resolves it. */
function fromElectronBuilder<T>(id: string): T {
  const fromProject = createRequire(join(root, 'package.json'));
  const fromBuilder = createRequire(fromProject.resolve('electron-builder/package.json'));
  return fromBuilder(id) as T;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  expect(data.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

interface IcoImage {
  size: number;
  format: 'png' | 'bmp';
  width: number;
  height: number;
}

/** The images of an ICO file, each checked against its directory entry. */
function readIco(data: Buffer): IcoImage[] {
  expect(data.readUInt16LE(0), 'ICO reserved field').toBe(0);
  expect(data.readUInt16LE(2), 'ICO type (1 = icon)').toBe(1);
  const count = data.readUInt16LE(4);
  const images: IcoImage[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 6 + index * 16;
    const size = data[entry] || 256;
    expect(data[entry + 1] || 256, 'square entry').toBe(size);
    expect(data.readUInt16LE(entry + 6), 'bits per pixel').toBe(32);
    const length = data.readUInt32LE(entry + 8);
    const offset = data.readUInt32LE(entry + 12);
    expect(offset + length).toBeLessThanOrEqual(data.length);
    const image = data.subarray(offset, offset + length);
    if (image.subarray(0, 8).equals(PNG_SIGNATURE)) {
      images.push({ size, format: 'png', ...pngSize(image) });
    } else {
      // BITMAPINFOHEADER: its own size, the width, the height of image and mask together.
      expect(image.readUInt32LE(0)).toBe(40);
      images.push({ size, format: 'bmp', width: image.readInt32LE(4), height: image.readInt32LE(8) / 2 });
      expect(length, 'BGRA pixels and a 1-bit mask').toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size);
    }
  }
  return images;
}

/** The entries of an ICNS file: type and PNG dimensions. */
function readIcns(data: Buffer): Map<string, { width: number; height: number }> {
  expect(data.toString('latin1', 0, 4), 'ICNS magic').toBe('icns');
  expect(data.readUInt32BE(4), 'ICNS length').toBe(data.length);
  const entries = new Map<string, { width: number; height: number }>();
  for (let offset = 8; offset < data.length; ) {
    const type = data.toString('latin1', offset, offset + 4);
    const length = data.readUInt32BE(offset + 4);
    expect(length).toBeGreaterThan(8);
    entries.set(type, pngSize(data.subarray(offset + 8, offset + length)));
    offset += length;
  }
  return entries;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function readConfig(): Config {
  return load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Config;
}

/** electron-builder's own check of a configuration against its scheme.json (the one `npm run dist` runs). */
async function validateWithElectronBuilder(config: unknown): Promise<void> {
  const fromProject = createRequire(join(root, 'package.json'));
  const fromBuilder = createRequire(fromProject.resolve('electron-builder/package.json'));
  const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
  };
  // The validator coerces types in place; give it a copy.
  await validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined });
}

describe('electron-builder configuration', () => {
  it('is valid for the installed electron-builder', async () => {
    await expect(validateWithElectronBuilder(readConfig())).resolves.toBeUndefined();
  });

  it('the validator used above does reject a misspelt fuse', async () => {
    const config = readConfig();
    await expect(validateWithElectronBuilder({ ...config, electronFuses: { ...config.electronFuses, runAsnode: false } })).rejects.toThrow(
      /electronFuses/,
    );
  });

  it('never publishes anywhere and ships no auto-update feed', () => {
    const config = readConfig();
    // null, not the string "never": in the configuration a string names a publish provider, and
    // any provider makes electron-builder write app-update.yml into the package.
    expect(config).toHaveProperty('publish', null);
    for (const platform of ['linux', 'win', 'mac', 'nsis', 'msi', 'dmg', 'appImage', 'deb']) {
      expect(config[platform] ?? {}, platform).not.toHaveProperty('publish');
    }
    const dist = readPackageJson().scripts.dist;
    expect(dist).toMatch(/(^|&& )electron-builder --config electron-builder\.yml( |$)/);
    expect(dist).toMatch(/ --publish never( |$)/);
    expect(dist).not.toMatch(/--publish (always|onTag|onTagOrDraft)/);
  });

  it('has no auto-updater: no electron-updater package, no autoUpdater in the desktop code', () => {
    const pkg = readPackageJson();
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater');
    expect(readFileSync(join(root, 'package-lock.json'), 'utf8')).not.toContain('node_modules/electron-updater');
    const sources = listFiles(join(root, 'electron')).filter((file) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(file));
    expect(sources.length).toBeGreaterThan(10);
    const offenders = sources.filter((file) => /\bautoUpdater\b|electron-updater|update-electron-app/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('packs the app into an asar archive holding only dist/ and package.json', () => {
    const config = readConfig();
    expect(config.asar).toBe(true);
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['dist/**', 'package.json']);
    expect(config.files).toContain('!node_modules/**');
    const pkg = readPackageJson();
    expect(pkg.main.startsWith('dist/')).toBe(true);
    // The icon sources stay out of the package (they are build resources, not app files).
    expect(config.files.some((pattern) => pattern.startsWith('build'))).toBe(false);
    expect(config.directories.output).toBe('release');
  });

  it('has electron-builder flip those fuses after packing, with @electron/fuses', async () => {
    const { PlatformPackager } = fromElectronBuilder<{
      PlatformPackager: { prototype: { generateFuseConfig(fuses: Record<string, boolean>): Promise<Record<string, unknown>> } };
    }>('app-builder-lib');
    const { FuseV1Options, FuseVersion } = fromElectronBuilder<{ FuseV1Options: Record<string, number>; FuseVersion: Record<string, string> }>(
      '@electron/fuses',
    );
    const fuse = (name: string): number => {
      const id = FuseV1Options[name];
      if (id === undefined) throw new Error(`@electron/fuses has no fuse ${name}`);
      return id;
    };
    // What the installed electron-builder hands to flipFuses() for our electronFuses.
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, readConfig().electronFuses);
    expect(wire).toMatchObject({
      version: FuseVersion.V1,
      [fuse('RunAsNode')]: false,
      [fuse('EnableCookieEncryption')]: true,
      [fuse('EnableNodeOptionsEnvironmentVariable')]: false,
      [fuse('EnableNodeCliInspectArguments')]: false,
      [fuse('EnableEmbeddedAsarIntegrityValidation')]: true,
      [fuse('OnlyLoadAppFromAsar')]: true,
      [fuse('GrantFileProtocolExtraPrivileges')]: false,
    });
    expect(readConfig()).not.toHaveProperty('disableAsarIntegrity');
  });

  it('flips the fuses that close Node-level back doors in the packaged binary', () => {
    expect(readConfig().electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .brief files with Briefwright as their editor, with the container’s MIME type and icon', () => {
    const config = readConfig();
    const associations = config.fileAssociations;
    expect(associations).toHaveLength(1);
    expect(associations[0]).toMatchObject({
      ext: BRIEF_EXTENSION.slice(1),
      name: 'Briefwright document',
      mimeType: BRIEF_MIME_TYPE,
      role: 'Editor',
      rank: 'Owner',
      icon: 'brief-document',
    });
    // electron-builder adds the platform's extension and looks in buildResources.
    const { getPlatformIconFileName } = fromElectronBuilder<{ getPlatformIconFileName(value: string, isMac: boolean): string }>('builder-util');
    const windows = join(root, config.directories.buildResources, getPlatformIconFileName('brief-document', false));
    const mac = join(root, config.directories.buildResources, getPlatformIconFileName('brief-document', true));
    expect(windows.endsWith('build/brief-document.ico')).toBe(true);
    expect(mac.endsWith('build/brief-document.icns')).toBe(true);
    expect(readIco(readFileSync(windows)).some((image) => image.size === 256)).toBe(true);
    expect(readIcns(readFileSync(mac)).get('ic10')).toEqual({ width: 1024, height: 1024 });
  });

  it('builds the installers analysts and IT departments use', () => {
    const config = readConfig();
    expect(config).toMatchObject({ appId: 'org.briefwright.app', productName: 'Briefwright' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('gives each platform its own icon file, drawn from build/icon.svg', () => {
    const config = readConfig();
    expect(config.directories.buildResources).toBe('build');
    expect(config.win.icon).toBe('build/icon.ico');
    expect(config.mac.icon).toBe('build/icon.icns');
    expect(config.linux.icon).toBe('build/icons');
    for (const svg of ['build/icon.svg', 'build/brief-document.svg']) {
      expect(readFileSync(join(root, svg), 'utf8'), svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1024" height="1024"/);
    }
    expect(pngSize(readFileSync(join(root, 'build/icon.png')))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(readFileSync(join(root, 'build/brief-document.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it.each(['icon', 'brief-document'])('%s.ico holds bitmaps for the small sizes and a 256 px PNG', (name) => {
    const images = readIco(readFileSync(join(root, `build/${name}.ico`)));
    expect(images.length).toBeGreaterThanOrEqual(3);
    expect(images.map((image) => image.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const image of images) {
      expect({ width: image.width, height: image.height }, `${image.size} px`).toEqual({ width: image.size, height: image.size });
      expect(image.format, `${image.size} px`).toBe(image.size === 256 ? 'png' : 'bmp');
    }
  });

  it.each(['icon', 'brief-document'])('%s.icns holds PNG entries from 128 to 1024 px', (name) => {
    const entries = readIcns(readFileSync(join(root, `build/${name}.icns`)));
    expect(Object.fromEntries(entries)).toEqual({
      ic07: { width: 128, height: 128 },
      ic08: { width: 256, height: 256 },
      ic09: { width: 512, height: 512 },
      ic10: { width: 1024, height: 1024 },
    });
  });

  it('ships the Linux icon theme sizes, each PNG the size its name says', () => {
    const dir = join(root, readConfig().linux.icon);
    const names = readdirSync(dir).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
    expect(names).toEqual(['16x16.png', '32x32.png', '48x48.png', '64x64.png', '128x128.png', '256x256.png', '512x512.png']);
    for (const name of names) {
      const size = parseInt(name, 10);
      expect(pngSize(readFileSync(join(dir, name))), name).toEqual({ width: size, height: size });
    }
  });

  it('gives electron-builder icons it uses as they are, with no conversion tool to download', async () => {
    const { convertIcon } = fromElectronBuilder<{
      convertIcon(options: { sources: string[]; fallbackSources: string[]; roots: string[]; format: string; outDir: string }): Promise<{
        icons: Array<{ file: string; size: number }>;
        isFallback: boolean;
      }>;
    }>('app-builder-lib/out/util/iconConverter');
    const config = readConfig();
    const roots = [join(root, config.directories.buildResources), root];
    // The output folder is only used when a conversion runs; none may run here.
    const outDir = join(root, 'tmp', 'icon-conversion-must-not-happen');
    const convert = (source: string, format: string) => convertIcon({ sources: [source], fallbackSources: [], roots, format, outDir });
    await expect(convert(config.win.icon, 'ico')).resolves.toEqual({ icons: [{ file: join(root, 'build/icon.ico'), size: 256 }], isFallback: false });
    await expect(convert(config.mac.icon, 'icns')).resolves.toEqual({ icons: [{ file: join(root, 'build/icon.icns'), size: 0 }], isFallback: false });
    const linux = await convert(config.linux.icon, 'set');
    expect(linux.isFallback).toBe(false);
    expect(linux.icons.map((icon) => icon.size)).toEqual([16, 32, 48, 64, 128, 256, 512]);
    expect(linux.icons.every((icon) => icon.file.startsWith(join(root, 'build/icons/')))).toBe(true);
    expect(existsSync(outDir)).toBe(false);
  });

  it('names a Debian maintainer with an address, as dpkg requires', () => {
    expect(readConfig().linux.maintainer).toMatch(/^[^<>]+ <[^<>@\s]+@[^<>@\s]+>$/);
  });

  it('ships the licences of the bundled spelling dictionaries', () => {
    const resources = readConfig().extraResources;
    for (const dictionary of ['dictionary-en', 'dictionary-en-gb']) {
      const notice = resources.find((resource) => resource.from === `node_modules/${dictionary}/license`);
      expect(notice, dictionary).toEqual({ from: `node_modules/${dictionary}/license`, to: `licenses/${dictionary}.txt` });
      expect(existsSync(join(root, notice?.from ?? '')), dictionary).toBe(true);
      expect(readFileSync(join(root, notice?.from ?? ''), 'utf8')).toMatch(/Hunspell Dictionary/);
    }
  });
});
