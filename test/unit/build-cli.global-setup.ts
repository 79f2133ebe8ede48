import { buildCli } from '../../scripts/build-node.mjs';

/** The CLI tests run the bundled command; it is built once, before any of them start. */
export default async function buildCliOnce(): Promise<void> {
  await buildCli();
}
