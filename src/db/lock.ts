// One process at a time may open an embedded data folder: PGlite is a single-user PostgreSQL and two
// writers would corrupt it. A lock left by a killed process (its pid no longer runs) is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config';

export function takeDataFolderLock(dataDir: string): () => void {
  const file = path.join(dataDir, 'doithoai.pid');
  const holder = readHolder(file);
  if (holder && holder !== process.pid && isRunning(holder)) {
    throw new ConfigError(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder} sử dụng (data folder ${dataDir} is in use by process ${holder}).`,
    );
  }
  writeFileSync(file, String(process.pid));
  return () => {
    if (readHolder(file) === process.pid) rmSync(file, { force: true });
  };
}

function readHolder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
