import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrashCampaign } from './crash-harness';

/**
 * A process saving a growing document is killed (SIGKILL) at random moments, 200
 * times, and restarted from what is on disk; after every kill the document must open
 * and be the last version reported saved or the one after it, and its .bak must open.
 * scripts/crash-test.mjs runs the same campaign for thousands of kills.
 */
const KILLS = 200;
// About 0.13–0.8 MB on disk: every save still writes hundreds of kilobytes with fsync, and 200 kills stay quick.
const SCALE = 0.3;
const SEED = Number(process.env.CRASH_TEST_SEED ?? Date.now() % 2 ** 31);

describe('a save killed at any moment', () => {
  let work: string;
  let childScript: string;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'bw-crash-'));
    childScript = join(work, 'save-loop-child.mjs');
    // Bundled once, so that each of the 200 children is a plain, quick `node save-loop-child.mjs`.
    await build({
      entryPoints: [fileURLToPath(new URL('./save-loop-child.ts', import.meta.url))],
      outfile: childScript,
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      logLevel: 'warning',
    });
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('leaves the last saved version or the next one on disk, never a partial file, and a .bak that opens', async () => {
    const result = await runCrashCampaign({ folder: join(work, 'documents'), childScript, kills: KILLS, lanes: 2, scale: SCALE, seed: SEED, stopOnFailure: true });
    console.info(
      `crash test (seed ${SEED}): ${result.kills} kills, ${result.savesCompleted} saves completed, ${result.failures.length} failures; ` +
        `${result.killsMidWriteOfDocument} kills mid-write of the document and ${result.killsMidWriteOfBackup} of the .bak; ` +
        `${result.killsAfterUnreportedRename} found the next version already renamed into place; ${(result.elapsedMs / 1000).toFixed(1)} s`,
    );
    expect(result.failures).toEqual([]);
    expect(result.kills).toBe(KILLS);
    // The kills really land inside saves: some children finish saves, and some are killed while writing.
    expect(result.savesCompleted).toBeGreaterThan(KILLS / 4);
    expect(result.killsMidWriteOfDocument + result.killsMidWriteOfBackup).toBeGreaterThan(0);
  }, 600_000);
});
