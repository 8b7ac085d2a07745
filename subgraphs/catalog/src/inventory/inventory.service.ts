import { randomUUID } from 'node:crypto';
import { ValidationError, assertId, recordEvent, requireVendorId, type RequestContext } from '@realserv/platform';
import { InventoryChanged } from '@realserv/contracts';
import { requireActiveMaterials } from '../material/material.service.js';
import { VendorInventory } from './vendor-inventory.entity.js';
import type { UpdateInventoryInput } from './inventory.inputs.js';

export class InventoryService {
  /**
   * Creates or updates rows of the calling vendor's inventory in one transaction: any bad row
   * rejects the whole request and nothing is written.
   */
  async update(ctx: RequestContext, input: UpdateInventoryInput): Promise<VendorInventory[]> {
    const vendorId = requireVendorId(ctx);
    const ids = input.items.map((item) => assertId(item.materialId, 'materialId'));
    if (new Set(ids).size !== ids.length) throw new ValidationError('Each material may appear once.', { field: 'materialId' });
    return ctx.em.transactional(async (em) => {
      await requireActiveMaterials(em, ids);
      recordEvent(em, InventoryChanged, { vendorId, offers: 'MATERIALS' });
      return em.upsertMany(
        VendorInventory,
        input.items.map((item, i) => ({
          vendorId,
          materialId: ids[i]!,
          pricePaise: item.pricePaise ?? null,
          stockQuantity: item.stockQuantity,
          minOrderQuantity: item.minOrderQuantity,
          leadTimeDays: item.leadTimeDays,
          isAvailable: item.isAvailable,
          id: randomUUID(),
          createdAt: new Date(),
          updatedAt: new Date(),
        })),
        {
          onConflictFields: ['vendorId', 'materialId'],
          onConflictAction: 'merge',
          onConflictExcludeFields: ['id', 'createdAt'],
        },
      );
    });
  }
}
