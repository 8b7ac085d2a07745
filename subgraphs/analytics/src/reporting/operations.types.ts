import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { SalesBreakdownRow, SalesPoint } from './analytics.types.js';

@ObjectType({ description: 'How many times a reason was given.' })
export class ReasonCount {
  @Field({ description: 'The reason as given (trimmed), or "(none)".' }) reason!: string;
  @Field(() => Int, { description: 'How many.' }) count!: number;
}

@ObjectType({ description: 'Rejections and cancellations by reason.' })
export class ClosingReasonCount {
  @Field({ description: 'REJECTED or CANCELLED.' }) outcome!: string;
  @Field({ description: 'The reason as given (trimmed), or "(none)".' }) reason!: string;
  @Field(() => Int, { description: 'Orders.' }) count!: number;
}

@ObjectType({ description: 'Payments over a range (each counted on the India day it happened).' })
export class PaymentsAnalytics {
  @Field(() => Int, { description: 'Online payments captured.' }) onlineCaptured!: number;
  @Field(() => Int, { description: 'Failed online attempts (a buyer may retry).' }) onlineFailed!: number;
  @Field(() => Float, { nullable: true, description: 'Captured over captured plus failed (0–1); null without attempts.' }) onlineSuccessRate!: number | null;
  @Field(() => SafeIntResolver, { description: 'Captured online, in paise.' }) onlineCapturedPaise!: number;
  @Field(() => Int, { description: 'COD payments collected.' }) codCollected!: number;
  @Field(() => SafeIntResolver, { description: 'Cash collected, in paise.' }) codCollectedPaise!: number;
  @Field(() => Int, { description: 'Refunds processed.' }) refunds!: number;
  @Field(() => SafeIntResolver, { description: 'Refunded, in paise.' }) refundedPaise!: number;
  @Field(() => Float, { nullable: true, description: 'Refunds over payments captured (online and COD), 0–1; null without captures.' }) refundRate!: number | null;
  @Field(() => Int, { description: 'Refunds Razorpay refused.' }) refundFailures!: number;
  @Field(() => [ReasonCount], { description: 'Failed online attempts by Razorpay’s reason, most frequent first (top 20).' }) failuresByReason!: ReasonCount[];
}

@ObjectType({ description: 'Vendors’ handling of orders over a range (each counted on the India day it happened).' })
export class FulfilmentAnalytics {
  @Field(() => Int, { description: 'Orders vendors accepted.' }) confirmed!: number;
  @Field(() => Int, { description: 'Orders vendors rejected.' }) rejected!: number;
  @Field(() => Int, { description: 'Orders cancelled (buyer, admin or system).' }) cancelled!: number;
  @Field(() => Int, { description: 'Orders delivered.' }) delivered!: number;
  @Field(() => Float, { nullable: true, description: 'Accepted over accepted plus rejected (0–1); null without decisions.' }) acceptanceRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean seconds from placed (COD) or paid (online) to accepted.' }) averageTimeToConfirmSeconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median seconds to accept (from buckets, within 10 %).' }) timeToConfirmP50Seconds!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median seconds from accepted to delivered (from buckets, within 10 %).' }) confirmToDeliveredP50Seconds!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile seconds from accepted to delivered (from buckets, within 10 %).' }) confirmToDeliveredP90Seconds!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Failed delivery-code attempts: null, no event reports them yet (vendors keeps the count on the delivery).',
  })
  otpFailures!: number | null;
  @Field(() => [ClosingReasonCount], { description: 'Rejections and cancellations by reason, most frequent first (top 20).' }) closingReasons!: ClosingReasonCount[];
}

@ObjectType({ description: 'Vendors over a range: KYC funnel, activity, top sellers.' })
export class VendorsAnalytics {
  @Field(() => Int, { description: 'Vendors registered (KYC submitted).' }) kycSubmitted!: number;
  @Field(() => Int, { description: 'KYC approvals.' }) kycApproved!: number;
  @Field(() => Int, { description: 'KYC rejections.' }) kycRejected!: number;
  @Field(() => Float, { nullable: true, description: 'Median seconds from registration to the first KYC decision.' }) kycDecisionP50Seconds!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile seconds from registration to the first KYC decision.' }) kycDecisionP90Seconds!: number | null;
  @Field(() => Int, { description: 'Vendors with at least one order placed in the range.' }) activeVendors!: number;
  @Field(() => [SalesBreakdownRow], { description: 'The top 10 vendors by gross GMV.' }) topVendors!: SalesBreakdownRow[];
}

@ObjectType({ description: 'Settlements over a range: what vendors are paid and what the platform keeps.' })
export class RevenueAnalytics {
  @Field(() => Int, { description: 'Settlements generated.' }) settlementsGenerated!: number;
  @Field(() => SafeIntResolver, { description: 'Net payouts of those settlements, in paise.' }) netPayoutPaise!: number;
  @Field(() => SafeIntResolver, { description: 'Commission, in paise.' }) commissionPaise!: number;
  @Field(() => SafeIntResolver, { description: 'GST on the commission, in paise.' }) gstOnCommissionPaise!: number;
  @Field(() => SafeIntResolver, { description: 'GST TCS withheld, in paise.' }) tcsPaise!: number;
  @Field(() => SafeIntResolver, { description: 'Income-tax TDS withheld, in paise.' }) tdsPaise!: number;
  @Field(() => SafeIntResolver, { description: 'Platform revenue: commission plus GST on it (TCS and TDS are held for the government).' }) platformRevenuePaise!: number;
  @Field(() => Int, { description: 'Settlements paid out.' }) settlementsPaid!: number;
  @Field(() => SafeIntResolver, { description: 'Paid out, in paise.' }) paidOutPaise!: number;
}

@ObjectType({ description: 'One vendor’s own figures over a range.' })
export class VendorOwnAnalytics {
  @Field(() => ID, { description: 'The vendor.' }) vendorId!: string;
  @Field(() => [SalesPoint], { description: 'Its sales per ISO week (Monday), empty weeks as zeros.' }) salesByWeek!: SalesPoint[];
  @Field(() => [SalesBreakdownRow], { description: 'Its sales by material (line totals), top 20.' }) salesByMaterial!: SalesBreakdownRow[];
  @Field(() => Int, { description: 'Buyers who ordered in the range.' }) buyers!: number;
  @Field(() => Int, { description: 'Of them, buyers with more than one order in the range.' }) repeatBuyers!: number;
  @Field(() => Float, { nullable: true, description: 'Orders it accepted over accepted plus rejected (0–1); null without decisions.' }) acceptanceRate!: number | null;
}

@ObjectType({ description: 'What a rebuild replayed.' })
export class AnalyticsRebuildResult {
  @Field(() => Int, { description: 'Counted events replayed into the emptied read models.' }) replayedEvents!: number;
  @Field(() => Date, { description: 'When the rebuilt figures were committed.' }) rebuiltAt!: Date;
}

@ObjectType({ description: 'Dispute decisions of one outcome.' })
export class DisputeOutcomeCount {
  @Field({ description: 'FULL_REFUND, PARTIAL_REFUND, REPLACEMENT or REJECTED.' }) outcome!: string;
  @Field(() => Int, { description: 'Disputes resolved so.' }) count!: number;
  @Field(() => SafeIntResolver, { description: 'Refunds approved with them, in paise.' }) refundApprovedPaise!: number;
}

@ObjectType({ description: 'Support tickets and disputes over a range (each counted on the India day it happened).' })
export class SupportAnalytics {
  @Field(() => Int, { description: 'Tickets open now (not RESOLVED or CLOSED), whatever the range.' }) openTickets!: number;
  @Field(() => Int, { description: 'Tickets opened.' }) ticketsOpened!: number;
  @Field(() => Int, { description: 'Tickets resolved for the first time.' }) ticketsResolved!: number;
  @Field(() => Int, { description: 'Tickets reopened after being resolved.' }) ticketsReopened!: number;
  @Field(() => Int, {
    description: 'Tickets resolved in the range whose first public reply came after its due time (or not before it passed) or which were resolved after their resolution due time.',
  })
  slaBreaches!: number;
  @Field(() => Int, { description: 'First public replies of support.' }) firstResponses!: number;
  @Field(() => Float, { nullable: true, description: 'Median seconds from opened to support’s first public reply (from buckets, within 10 %).' }) firstResponseP50Seconds!: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile seconds to the first reply (from buckets, within 10 %).' }) firstResponseP90Seconds!: number | null;
  @Field(() => Int, { description: 'Disputes opened.' }) disputesOpened!: number;
  @Field(() => Int, { description: 'Orders delivered in the range.' }) deliveredOrders!: number;
  @Field(() => Float, { nullable: true, description: 'Disputes opened over orders delivered in the range (0–1); null without deliveries.' }) disputeRate!: number | null;
  @Field(() => Int, { description: 'Disputes resolved (all outcomes).' }) disputesResolved!: number;
  @Field(() => [DisputeOutcomeCount], { description: 'Resolutions by outcome (every outcome, zeros included).' }) outcomes!: DisputeOutcomeCount[];
  @Field(() => SafeIntResolver, { description: 'Refunds approved by dispute resolutions, in paise.' }) disputeRefundApprovedPaise!: number;
  @Field(() => SafeIntResolver, { description: 'Refunds payments processed for disputes, in paise (on the refund’s day).' }) disputeRefundedPaise!: number;
}
