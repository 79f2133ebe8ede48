export function buildCli(): Promise<unknown>;
export function buildNode(): Promise<unknown>;
/** Bundles the export worker (electron/services/export-worker.ts) as CommonJS at `outfile`. */
export function buildExportWorker(outfile: string): Promise<unknown>;
