import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { canListen, freePort, GaveUp, linuxEphemeralRange, portRange, waitFor } from './ports.js';

describe('free ports for the stack’s services', () => {
  test('the range avoids the ephemeral ports outgoing connections are given', () => {
    // Linux's default, and macOS's and Windows's (no Linux file: null), leave all of 15000–32767.
    expect(portRange([32768, 60999])).toEqual([15000, 32767]);
    expect(portRange([49152, 65535])).toEqual([15000, 32767]);
    expect(portRange(null)).toEqual([15000, 32767]);
    // An ephemeral range reaching into it leaves the larger side, if it holds 1,000 ports.
    expect(portRange([20000, 60999])).toEqual([15000, 19999]);
    expect(portRange([10000, 25000])).toEqual([25001, 32767]);
    expect(portRange([15500, 32500])).toBeNull();
    expect(portRange([1024, 65535])).toBeNull();
  });

  test('this machine’s range and the pick are outside its ephemeral ports', async () => {
    const ephemeral = linuxEphemeralRange();
    const port = await freePort();
    if (ephemeral) expect(port < ephemeral[0] || port > ephemeral[1]).toBe(true);
    expect(await canListen(port)).toBe(true);
  });

  test('a port in use is skipped, and no port is handed out twice', async () => {
    // The busy port and its neighbour come from outside the ephemeral range: with listen(0) the
    // neighbour was an ephemeral port that an outgoing connection of the running suite could take.
    let busyPort = await freePort();
    while (busyPort + 1 > 32767 || !(await canListen(busyPort + 1))) busyPort = await freePort();
    const busy: Server = createServer();
    busy.listen(busyPort, '127.0.0.1');
    await once(busy, 'listening');
    try {
      // The first draw lands on the busy port, the second on its neighbour, then the neighbour again.
      const range: [number, number] = [busyPort, busyPort + 1];
      const draws = [0, 0.99, 0.99, 0.99];
      const random = () => draws.shift() ?? 0.99;
      const first = await freePort({ range, random });
      expect(first).toBe(busyPort + 1);
      // The same range again: the neighbour was handed out, the busy port is still busy; the OS picks.
      const second = await freePort({ range, random: () => 0.99 });
      expect(second).not.toBe(busyPort + 1);
      expect(second).not.toBe(busyPort);
      expect(await canListen(busyPort)).toBe(false);
    } finally {
      busy.close();
    }
  });

  test('many picks in a row are all different and all free', async () => {
    const ports = await Promise.all(Array.from({ length: 30 }, () => freePort()));
    expect(new Set(ports).size).toBe(30);
    for (const port of ports) expect(await canListen(port)).toBe(true);
  });
});

describe('waitFor', () => {
  test('a check that never settles ends at the deadline instead of holding the wait forever', async () => {
    await expect(waitFor('a silent server', () => new Promise<boolean>(() => undefined), { timeoutMs: 200, intervalMs: 10 })).rejects.toThrow('Timed out after 200 ms waiting for a silent server');
  });

  test('a check that fails is retried until it passes; GaveUp ends the wait at once', async () => {
    let calls = 0;
    await waitFor('third time', async () => ++calls === 3, { timeoutMs: 5_000, intervalMs: 1 });
    expect(calls).toBe(3);
    await expect(waitFor('a dead process', async () => {
      throw new GaveUp('it exited');
    })).rejects.toThrow('it exited');
  });
});
