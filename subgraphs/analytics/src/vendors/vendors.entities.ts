import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/** When each vendor registered (KYC submitted) and how its KYC was decided. */
@Entity({ tableName: 'vendor_facts' })
export class VendorFact {
  @PrimaryKey({ type: 'uuid' })
  vendorId!: string;

  @Property({ type: 'timestamptz' })
  onboardedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  kycOutcome: string | null = null;
}

/** The KYC funnel per India day: registrations (submitted), approvals and rejections. */
@Entity({ tableName: 'daily_vendor_funnel' })
export class DailyVendorFunnel {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  submitted: number & Opt = 0;

  @Property({ type: 'integer' })
  approved: number & Opt = 0;

  @Property({ type: 'integer' })
  rejected: number & Opt = 0;
}

/** Settlements per India day they were generated or paid: the platform's revenue. */
@Entity({ tableName: 'daily_settlements' })
export class DailySettlements {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  generated: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  netPayoutPaise: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  commissionPaise: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  gstOnCommissionPaise: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  tcsPaise: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  tdsPaise: number & Opt = 0;

  @Property({ type: 'integer' })
  paid: number & Opt = 0;

  @Property({ type: 'bigint', runtimeType: 'number' })
  paidPaise: number & Opt = 0;
}
