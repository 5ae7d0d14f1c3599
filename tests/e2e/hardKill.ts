import { readdirSync, readFileSync } from 'node:fs';

type ProcessInfo = {
  readonly pid: number;
  readonly state: string;
  readonly group: number;
  readonly args: string[];
};

const processes = (): ProcessInfo[] =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // After the command's closing parenthesis: state, ppid, pgrp.
        const [state = '', , group = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
        return [{ pid: Number(entry), state, group: Number(group), args }];
      } catch {
        return []; // The process ended while we looked.
      }
    });

/**
 * The process group of the browser running on `userDataDir`: Playwright starts the browser as the leader
 * of its own group, and every renderer, GPU and utility process belongs to it. Linux only (reads /proc).
 */
export const findBrowserGroup = (userDataDir: string): number => {
  const flag = `--user-data-dir=${userDataDir}`;
  const browser = processes().find((p) => p.args.includes(flag) && p.group > 1);
  if (!browser) throw new Error(`no browser runs on ${userDataDir}`);
  return browser.group;
};

/**
 * SIGKILL to every process of the group at once, as a power cut or the kernel's OOM killer would end it:
 * no unload, no pagehide, no shutdown, nothing the browser still meant to write.
 */
export const killGroup = (group: number): void => {
  process.kill(-group, 'SIGKILL');
};

/** Whether a process of the group still runs (a killed one that is not reaped yet counts as gone). */
export const groupAlive = (group: number): boolean =>
  processes().some((p) => p.group === group && p.state !== 'Z' && p.state !== 'X');
