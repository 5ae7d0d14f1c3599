import { describe, expect, it } from 'vitest';
import { checkForReleases, RELEASE_CHECK_MS, type CheckHost } from '../../src/pwa/releaseChecks';

const fakeHost = (online: { value: boolean }) => {
  const timers: { ms: number; check: () => void }[] = [];
  const visible: (() => void)[] = [];
  const host: CheckHost = {
    every: (ms, check) => timers.push({ ms, check }),
    onVisible: (check) => visible.push(check),
    online: () => online.value,
  };
  return {
    host,
    tick: () => timers.forEach((t) => t.check()),
    show: () => visible.forEach((f) => f()),
    timers,
  };
};

describe('an open app asks for a new release now and then (issue 16 §4)', () => {
  it('checks every hour and when the tab is shown again, and not at all with the network off', async () => {
    const online = { value: true };
    const { host, tick, show, timers } = fakeHost(online);
    let checks = 0;
    checkForReleases(async () => {
      checks += 1;
    }, host);
    expect(timers.map((t) => t.ms)).toEqual([RELEASE_CHECK_MS]);
    expect(RELEASE_CHECK_MS).toBe(3_600_000);
    tick();
    show();
    expect(checks).toBe(2);
    online.value = false;
    tick();
    show();
    expect(checks).toBe(2);
  });

  it('keeps checking after a check that failed (a server that did not answer)', async () => {
    const { host, tick } = fakeHost({ value: true });
    let checks = 0;
    checkForReleases(() => {
      checks += 1;
      return Promise.reject(new Error('offline'));
    }, host);
    tick();
    await Promise.resolve();
    tick();
    expect(checks).toBe(2);
  });
});
