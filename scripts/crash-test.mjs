// The long crash test: a child process saves a growing document again and again and
// is killed (SIGKILL) at random moments; after every kill the document on disk must
// open and be the last version saved or the one after it. The unit test
// (test/unit/reliability/crash-during-save.test.ts) runs the same campaign with 200 kills.
//
//   node scripts/crash-test.mjs [--kills 2000] [--lanes 2] [--scale 1] [--seed N] [--stop-on-failure] [--keep]
//
// --scale 1 saves documents of about 0.5–3 MB; the unit test uses a smaller scale to stay quick.
//
// Prints kills survived, saves completed and failures found; exits 1 if any kill left a bad state.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reliability = join(root, 'test/unit/reliability');

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '2000' },
    lanes: { type: 'string', default: '2' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string' },
    'stop-on-failure': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const kills = positiveInteger(values.kills, '--kills');
const lanes = positiveInteger(values.lanes, '--lanes');
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 4)) {
  console.error(`--scale takes a number above 0 and up to 4, not "${values.scale}".`);
  process.exit(2);
}
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : positiveInteger(values.seed, '--seed');

const work = await mkdtemp(join(tmpdir(), 'bw-crash-test-'));
const bundles = join(work, 'bundles');
const shared = { bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning' };
// Minified: the child is started thousands of times, and parsing less code starts it sooner.
await build({ ...shared, minify: true, entryPoints: [join(reliability, 'save-loop-child.ts')], outfile: join(bundles, 'save-loop-child.mjs') });
await build({ ...shared, entryPoints: [join(reliability, 'crash-harness.ts')], outfile: join(bundles, 'crash-harness.mjs') });
const { runCrashCampaign } = await import(pathToFileURL(join(bundles, 'crash-harness.mjs')).href);

console.log(`Crash test: ${kills} kills, ${lanes} documents side by side, scale ${scale}, seed ${seed}, in ${work}`);
const result = await runCrashCampaign({
  folder: join(work, 'documents'),
  childScript: join(bundles, 'save-loop-child.mjs'),
  kills,
  lanes,
  scale,
  seed,
  stopOnFailure: values['stop-on-failure'],
  onKill({ kills: done, savesCompleted, failures }) {
    if (done % 100 === 0 || done === kills) {
      console.log(`  ${done} kills, ${savesCompleted} saves completed, ${failures} failures`);
    }
  },
});

const megabytes = (bytes) => (bytes / 1048576).toFixed(2);
console.log('');
console.log(`Kills survived:        ${result.kills - result.killsFailed} of ${result.kills}`);
console.log(`Saves completed:       ${result.savesCompleted}`);
console.log(`Failures found:        ${result.killsFailed} kills left a bad state`);
console.log(`Kills mid-write:       ${result.killsMidWriteOfDocument} while writing the document, ${result.killsMidWriteOfBackup} while writing the .bak`);
console.log(`Renamed, not reported: ${result.killsAfterUnreportedRename} kills found the next version already in place`);
console.log(`Temporary files left:  ${result.temporaryFilesLeft} (checked and removed by the test)`);
console.log(`Document sizes:        ${megabytes(result.smallestDocumentBytes)}–${megabytes(result.largestDocumentBytes)} MB`);
console.log(`Files decoded:         ${result.decodes}`);
console.log(`Time:                  ${(result.elapsedMs / 1000).toFixed(1)} s (${(result.checkingCpuMs / 1000).toFixed(1)} s of CPU checking files)`);
for (const failure of result.failures.slice(0, 20)) console.log(`  FAILED ${failure}`);
if (result.failures.length > 20) console.log(`  … and ${result.failures.length - 20} more`);

if (values.keep) console.log(`Kept ${work}`);
else await rm(work, { recursive: true, force: true });
process.exitCode = result.failures.length > 0 ? 1 : 0;

function positiveInteger(text, name) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} takes a positive whole number, not "${text}".`);
    process.exit(2);
  }
  return value;
}
