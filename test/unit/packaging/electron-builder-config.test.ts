import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
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
  linux: { target: string[]; category: string; maintainer: string };
  extraResources: Array<{ from: string; to: string }>;
  win: { target: string[] };
  mac: { target: string[] };
  directories: { output: string };
};

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
    expect(config).toHaveProperty('publish', null);
  });

  it('packs the app into an asar archive holding only dist/ and package.json', () => {
    const config = readConfig();
    expect(config.asar).toBe(true);
    expect(config.files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['dist/**', 'package.json']);
    expect(config.files).toContain('!node_modules/**');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('dist/')).toBe(true);
    expect(config.directories.output).toBe('release');
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

  it('associates .brief files with Briefwright as their editor, with the container’s MIME type', () => {
    const associations = readConfig().fileAssociations;
    expect(associations).toHaveLength(1);
    expect(associations[0]).toMatchObject({
      ext: BRIEF_EXTENSION.slice(1),
      name: 'Briefwright document',
      mimeType: BRIEF_MIME_TYPE,
      role: 'Editor',
    });
  });

  it('builds the installers analysts and IT departments use', () => {
    const config = readConfig();
    expect(config).toMatchObject({ appId: 'org.briefwright.app', productName: 'Briefwright' });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.mac.target).toEqual(['dmg']);
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
