import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGED_DB, PACKAGED_PDFS } from '../../../electron/shell/data-paths';

const root = resolve(import.meta.dirname, '..', '..', '..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// electron-builder's own schema check, offline (the same function `electron-builder` runs first).
const { validateConfiguration } = createRequire(import.meta.url)(join(root, 'node_modules/app-builder-lib/out/util/config/config.js')) as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean }): Promise<void>;
};

describe('electron-builder config', () => {
  it("passes electron-builder's schema, which rejects unknown options", async () => {
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, made_up_option: 1 }, { isEnabled: false })).rejects.toThrow();
  });

  it('builds Linux AppImage and deb, Windows nsis, macOS dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('sets the fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('only uses fuse names this electron-builder knows', () => {
    const types = readFileSync(join(root, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8');
    const block = types.slice(types.indexOf('export interface FuseOptionsV1'));
    for (const key of Object.keys(config.electronFuses)) expect(block).toMatch(new RegExp(`\\b${key}\\?:`));
  });

  it('packs the app into an asar with the native module unpacked', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toContain('out/**');
  });

  it('ships the database and the PDFs as extraResources under the names the app opens', () => {
    expect(config.extraResources).toEqual([{ from: 'build/package-resources', to: '.', filter: [PACKAGED_DB, `${PACKAGED_PDFS}/**`] }]);
  });

  it('publishes nowhere and starts from the built main process', () => {
    expect(config.publish).toBeNull();
    expect(pkg.main).toBe('out/main/index.js');
  });
});
