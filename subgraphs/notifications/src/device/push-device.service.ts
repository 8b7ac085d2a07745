// TEMPORARY (core, until the templates branch merges): the templates helper REPLACES this file
// with the PushDevice-backed service; only the class name and signatures are the seam.
import type { EntityManager } from '@mikro-orm/postgresql';

export class PushDeviceService {
  /** Stand-in: no devices registered yet. */
  async tokensOf(_em: EntityManager, _userId: string): Promise<Array<{ id: string; token: string }>> {
    return [];
  }

  async forget(_em: EntityManager, _deviceId: string): Promise<void> {}
}
