import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, assertId, readPlain, type RequestContext } from '@realserv/platform';
import { User } from '../user/user.entity.js';
import type { UserService } from '../user/user.service.js';
import { DeliveryAddress, LocationSource } from './delivery-address.entity.js';
import type { AddAddressInput, UpdateAddressInput } from './delivery-address.inputs.js';
import type { AddressLocator, GpsPin } from './address-location.js';

export const MAX_ADDRESSES_PER_BUYER = 50;

/**
 * A buyer's addresses. Every write locks the buyer's user row first, so concurrent writes for
 * one buyer run one after another and "exactly one default" holds (the partial unique index
 * is the last line of defence).
 */
export class DeliveryAddressService {
  constructor(
    private readonly users: UserService,
    private readonly locator: AddressLocator,
  ) {}

  async list(ctx: RequestContext): Promise<DeliveryAddress[]> {
    const user = await this.users.requireCurrent(ctx, { readOnly: true });
    return readPlain(ctx.em, DeliveryAddress, 'select * from delivery_addresses where user_id = ? order by is_default desc, created_at asc', [user.id]);
  }

  async add(ctx: RequestContext, input: AddAddressInput): Promise<DeliveryAddress> {
    const user = await this.users.requireCurrent(ctx);
    // Placed before anything is written: an address that cannot be placed stores nothing.
    const located = await this.locator.locate(input, input, ctx.requestId);
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
        ...located,
        isDefault: makeDefault,
      });
    });
  }

  /**
   * Edits an address. A changed address line, city, state or pincode, or a new pin, places it
   * again (before anything changes): a new pin wins; without one, a pin the buyer gave earlier is
   * kept (it marks the site, the text only describes it) unless cleared with null, else the new
   * address is geocoded.
   */
  async update(ctx: RequestContext, id: string, input: UpdateAddressInput): Promise<DeliveryAddress> {
    const address = await this.findOwn(ctx, id);
    const lines = {
      line1: input.line1?.trim() ?? address.line1,
      line2: input.line2 != null ? input.line2.trim() || null : address.line2,
      city: input.city?.trim() ?? address.city,
      state: input.state?.trim() ?? address.state,
      pincode: input.pincode ?? address.pincode,
    };
    const linesChanged = (Object.keys(lines) as Array<keyof typeof lines>).some((key) => lines[key] !== address[key]);
    const pinSent = input.latitude !== undefined || input.longitude !== undefined;
    if (linesChanged || pinSent || address.latitude === null) {
      const keptPin: GpsPin = address.locationSource === LocationSource.CLIENT ? { latitude: address.latitude, longitude: address.longitude } : {};
      const pin: GpsPin = pinSent ? { latitude: input.latitude, longitude: input.longitude } : keptPin;
      Object.assign(address, lines, await this.locator.locate(lines, pin, ctx.requestId));
    }
    for (const key of ['label', 'contactName', 'contactPhone'] as const) {
      const value = input[key];
      if (value !== undefined && value !== null) address[key] = value.trim();
    }
    if (input.landmark !== undefined && input.landmark !== null) address.landmark = input.landmark.trim() || null;
    await ctx.em.flush();
    return address;
  }

  /**
   * For orders (SERVICE): a buyer's address, placed first if it was saved before addresses were
   * geocoded, so the coordinates orders prices delivery from are always filled.
   */
  async forOrder(ctx: RequestContext, id: string, buyerId: string): Promise<DeliveryAddress | null> {
    const address = await ctx.em.findOne(DeliveryAddress, { id: assertId(id), userId: assertId(buyerId, 'buyerId') });
    if (address && address.latitude === null) {
      Object.assign(address, await this.locator.locate(address, {}, ctx.requestId));
      await ctx.em.flush();
    }
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
