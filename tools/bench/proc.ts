// Linux /proc readings for the benchmarks: which process serves a port, its CPU
// time and memory, and how busy the whole machine is. On 2 shared cores a
// throughput figure mostly measures the load generator, so the benchmarks count
// the serving process's own CPU instead.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

// Clock ticks per second of /proc/<pid>/stat: USER_HZ, 100 on every Linux build Node supports.
const ticksPerSecond = 100;

/** Fields of /proc/<pid>/stat after the command name, which may itself hold spaces and parentheses. */
export function statFields(text: string): string[] {
  return text
    .slice(text.lastIndexOf(')') + 2)
    .trim()
    .split(' ');
}

/**
 * CPU of a process, all its threads, in µs: user and system. The total is the
 * exact run time (the kernel scales the 10 ms ticks to it); the split between
 * user and system is sampled, so read it as an estimate.
 */
export function cpuTimes(pid: number): { user: number; system: number } {
  const fields = statFields(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  // utime and stime are fields 14 and 15 of stat(5); fields[0] is field 3 (state).
  return { user: (Number(fields[11]) * 1e6) / ticksPerSecond, system: (Number(fields[12]) * 1e6) / ticksPerSecond };
}

/** User + system CPU of a process in µs. */
export const cpuMicros = (pid: number) => {
  const { user, system } = cpuTimes(pid);
  return user + system;
};

/** Resident memory of a process in MiB. */
export const rssMiB = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** The 1, 5 and 15 minute load averages as printed by the kernel. */
export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** CPU time all cores spent busy (not idle or waiting for I/O) since boot, in µs. */
export function machineBusyMicros(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal ...: guest time is already inside user.
  const busy = ticks[0]! + ticks[1]! + ticks[2]! + ticks[5]! + ticks[6]! + ticks[7]!;
  return (busy * 1e6) / ticksPerSecond;
}

/** A process and all its descendants, from the parent ids in /proc/<pid>/stat (needs no CONFIG_PROC_CHILDREN). */
export function processTree(rootPid: number): number[] {
  const childrenOf = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let parent: number;
    try {
      parent = Number(statFields(readFileSync(`/proc/${name}/stat`, 'utf8'))[1]);
    } catch {
      continue; // exited while we looked
    }
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), Number(name)]);
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length; i++) tree.push(...(childrenOf.get(tree[i]!) ?? []));
  return tree;
}

/** Socket inodes listening on a TCP port (IPv4 and IPv6), from /proc/net/tcp*. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; column 9 is the inode.
      if (cols.length > 9 && cols[3] === '0A' && parseInt(cols[1]!.split(':')[1]!, 16) === port) inodes.add(cols[9]!);
    }
  }
  return inodes;
}

/**
 * The process that serves a port: the one in the tree started by the bench
 * that holds the listening socket. It is the node child under `tsx server/index.ts`
 * (tsx runs node as a child, with esbuild beside it), the process itself under
 * plain `node`, and still the right one behind npm or a shell wrapper.
 */
export function servingPid(rootPid: number, port: number): number {
  const wanted = new Set([...listeningInodes(port)].map((inode) => `socket:[${inode}]`));
  for (const pid of processTree(rootPid)) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (wanted.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return pid;
      } catch {
        // closed while we looked
      }
    }
  }
  throw new Error(`No process under pid ${rootPid} listens on port ${port}`);
}
