import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, ValidationError, assertId, type RequestContext } from '@realserv/platform';
import { User } from '../user/user.entity.js';
import type { UserService } from '../user/user.service.js';
import { DeliveryAddress } from './delivery-address.entity.js';
import type { AddAddressInput, UpdateAddressInput } from './delivery-address.inputs.js';

export const MAX_ADDRESSES_PER_BUYER = 50;

/**
 * A buyer's addresses. Every write locks the buyer's user row first, so concurrent writes for
 * one buyer run one after another and "exactly one default" holds (the partial unique index
 * is the last line of defence).
 */
export class DeliveryAddressService {
  constructor(private readonly users: UserService) {}

  async list(ctx: RequestContext): Promise<DeliveryAddress[]> {
    const user = await this.users.requireCurrent(ctx);
    return ctx.em.find(DeliveryAddress, { userId: user.id }, { orderBy: { isDefault: 'desc', createdAt: 'asc' } });
  }

  async add(ctx: RequestContext, input: AddAddressInput): Promise<DeliveryAddress> {
    checkCoordinates(input.latitude, input.longitude);
    const user = await this.users.requireCurrent(ctx);
    return ctx.em.transactional(async (em) => {
      await lockBuyer(em, user.id);
      const count = await em.count(DeliveryAddress, { userId: user.id });
      if (count >= MAX_ADDRESSES_PER_BUYER) {
        throw new ConflictError(`A buyer can keep at most ${MAX_ADDRESSES_PER_BUYER} addresses.`);
      }
      const makeDefault = input.isDefault || count === 0;
      if (makeDefault) await clearDefault(em, user.id);
      return em.create(DeliveryAddress, {
        userId: user.id,
        label: input.label.trim(),
        contactName: input.contactName.trim(),
        contactPhone: input.contactPhone,
        line1: input.line1.trim(),
        line2: input.line2?.trim() || null,
        landmark: input.landmark?.trim() || null,
        city: input.city.trim(),
        state: input.state.trim(),
        pincode: input.pincode,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        isDefault: makeDefault,
      });
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateAddressInput): Promise<DeliveryAddress> {
    const address = await this.findOwn(ctx, id);
    const latitude = input.latitude !== undefined ? input.latitude : address.latitude;
    const longitude = input.longitude !== undefined ? input.longitude : address.longitude;
    checkCoordinates(latitude ?? undefined, longitude ?? undefined);
    for (const key of ['label', 'contactName', 'contactPhone', 'line1', 'city', 'state', 'pincode'] as const) {
      const value = input[key];
      if (value !== undefined && value !== null) address[key] = value.trim();
    }
    if (input.line2 !== undefined && input.line2 !== null) address.line2 = input.line2.trim() || null;
    if (input.landmark !== undefined && input.landmark !== null) address.landmark = input.landmark.trim() || null;
    address.latitude = latitude ?? null;
    address.longitude = longitude ?? null;
    await ctx.em.flush();
    return address;
  }

  async setDefault(ctx: RequestContext, id: string): Promise<DeliveryAddress> {
    const address = await this.findOwn(ctx, id);
    await ctx.em.transactional(async (em) => {
      await lockBuyer(em, address.userId);
      await clearDefault(em, address.userId);
      await em.nativeUpdate(DeliveryAddress, { id: address.id }, { isDefault: true });
    });
    await ctx.em.refresh(address);
    return address;
  }

  /** Deletes an address; if it was the default, the oldest remaining one becomes the default. */
  async delete(ctx: RequestContext, id: string): Promise<string> {
    const address = await this.findOwn(ctx, id);
    await ctx.em.transactional(async (em) => {
      await lockBuyer(em, address.userId);
      await em.nativeDelete(DeliveryAddress, { id: address.id });
      if (address.isDefault) {
        const next = await em.findOne(DeliveryAddress, { userId: address.userId }, { orderBy: { createdAt: 'asc' } });
        if (next) await em.nativeUpdate(DeliveryAddress, { id: next.id }, { isDefault: true });
      }
    });
    return address.id;
  }

  /** Another buyer's address is reported as not found, so ids reveal nothing. */
  private async findOwn(ctx: RequestContext, id: string): Promise<DeliveryAddress> {
    const user = await this.users.requireCurrent(ctx);
    const address = await ctx.em.findOne(DeliveryAddress, { id: assertId(id), userId: user.id });
    if (!address) throw new NotFoundError('DeliveryAddress', id);
    return address;
  }
}

async function lockBuyer(em: EntityManager, userId: string): Promise<void> {
  await em.findOne(User, { id: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE, fields: ['id'] });
}

async function clearDefault(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(DeliveryAddress, { userId, isDefault: true }, { isDefault: false });
}

function checkCoordinates(latitude: number | undefined, longitude: number | undefined): void {
  if ((latitude === undefined) !== (longitude === undefined)) {
    throw new ValidationError('Give latitude and longitude together, or neither.', { field: 'latitude' });
  }
}
