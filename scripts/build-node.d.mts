export function buildCli(): Promise<unknown>;
export function buildNode(): Promise<unknown>;
