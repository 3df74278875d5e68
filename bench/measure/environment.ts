import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { benchStatement } from './raw-client.js';

export interface GraphScale {
  nodes: number;
  relationships: number;
  entities: number;
  enterprises: number;
  neo4jVersion: string;
}

export async function graphScale(driver: Driver, database: string): Promise<GraphScale> {
  const { records } = await driver.executeQuery(benchStatement('benchGraphScale').text, {}, { database });
  return records[0]!.toObject() as GraphScale;
}

/** The load average over 1, 5 and 15 minutes. */
export function loadAverage(): number[] {
  return os.loadavg().map((v) => Math.round(v * 100) / 100);
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  /** Other work on the machine slows every side down. */
  loadAverage: { start: number[]; end: number[] };
}

export function machineInfo(loadAtStart: number[]): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: { start: loadAtStart, end: loadAverage() },
  };
}
