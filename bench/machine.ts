import { arch, cpus, loadavg, release, totalmem, type as osType, version as osVersion } from 'node:os';

/** The machine the figures were measured on, as PERFORMANCE.md describes it. */
export interface MachineDescription {
  cpuModel: string;
  cpuCount: number;
  memoryBytes: number;
  node: string;
  os: string;
  arch: string;
  /** Load averages over 1, 5 and 15 minutes when the suite started: how busy the machine already was. */
  loadAverage: number[];
}

export function describeMachine(): MachineDescription {
  const processors = cpus();
  return {
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    cpuCount: processors.length,
    memoryBytes: totalmem(),
    node: process.version,
    os: `${osType()} ${release()} (${osVersion()})`,
    arch: arch(),
    loadAverage: loadavg(),
  };
}

/** Whether other work was keeping every processor busy: figures are then slower and noisier than on an idle machine. */
export function wasBusy(machine: MachineDescription, loadAtEnd: readonly number[]): boolean {
  return Math.max(machine.loadAverage[0] ?? 0, loadAtEnd[0] ?? 0) > machine.cpuCount;
}

export function machineMarkdown(machine: MachineDescription, tools: ReadonlyArray<{ name: string; version: string | null }>, loadAtEnd: readonly number[]): string {
  const load = (values: readonly number[]): string => values.map((value) => value.toFixed(1)).join(', ');
  const lines = [
    `- CPU: ${machine.cpuModel}, ${machine.cpuCount} logical ${machine.cpuCount === 1 ? 'processor' : 'processors'} (os.cpus())`,
    `- Memory: ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB`,
    `- Node.js: ${machine.node}`,
    `- OS: ${machine.os}, ${machine.arch}`,
    ...tools.map((tool) => `- ${tool.name}: ${tool.version ?? 'not installed'}`),
    `- Load average (1, 5, 15 min): ${load(machine.loadAverage)} at the start, ${load(loadAtEnd)} at the end${wasBusy(machine, loadAtEnd) ? ' — busier than its processors could serve, so these figures are slower and noisier than an idle machine would give' : ''}`,
  ];
  return lines.join('\n');
}
