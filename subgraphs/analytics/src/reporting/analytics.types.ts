import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';

export enum AnalyticsGranularity {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}
registerEnumType(AnalyticsGranularity, {
  name: 'AnalyticsGranularity',
  description: 'How a range is grouped, in India time.',
  valuesConfig: {
    DAY: { description: 'India calendar days (Asia/Kolkata).' },
    WEEK: { description: 'ISO weeks, Monday to Sunday; periodStart is the Monday.' },
    MONTH: { description: 'Calendar months; periodStart is the 1st.' },
  },
});

export enum SalesDimension {
  CITY = 'CITY',
  VENDOR = 'VENDOR',
  CATEGORY = 'CATEGORY',
  MATERIAL = 'MATERIAL',
}
registerEnumType(SalesDimension, {
  name: 'SalesDimension',
  description: 'What sales are broken down by.',
  valuesConfig: {
    CITY: { description: 'The delivery city (key: the lower-cased name).' },
    VENDOR: { description: 'The vendor (key: vendor id).' },
    CATEGORY: { description: 'The catalog category of each line’s material, or the trade of a labour line (line totals).' },
    MATERIAL: { description: 'The catalog material of each line (line totals; labour lines are not counted).' },
  },
});

@InputType({ description: 'A range of India calendar days, both ends included, and how to group it.' })
export class AnalyticsRange {
  @Field({ description: 'First day, YYYY-MM-DD (India).' })
  from!: string;

  @Field({ description: 'Last day, YYYY-MM-DD (India), not before from; at most 400 days by DAY, 1,830 by WEEK or MONTH.' })
  to!: string;

  @Field(() => AnalyticsGranularity, { description: 'Days, weeks or months.' })
  granularity!: AnalyticsGranularity;
}

@ObjectType({ description: 'A day’s headline figures (India day), from the analytics read models.' })
export class DashboardKpis {
  @Field({ description: 'The India day, YYYY-MM-DD.' })
  date!: string;

  @Field(() => Int, { description: 'Orders placed that day.' })
  ordersPlaced!: number;

  @Field(() => SafeIntResolver, { description: 'Gross GMV: totals of the orders placed that day, tax included, in paise.' })
  gmvPaise!: number;

  @Field(() => SafeIntResolver, { description: 'GMV of that day’s orders net of their cancellations, rejections and refunds, in paise.' })
  netGmvPaise!: number;

  @Field(() => SafeIntResolver, { description: 'Average order value (gross GMV / orders), in paise; 0 without orders.' })
  averageOrderValuePaise!: number;

  @Field(() => Float, { description: 'Share of that day’s orders placed cash on delivery, per cent (0–100).' })
  codSharePercent!: number;

  @Field(() => Float, { nullable: true, description: 'Online payments captured that day over captured plus failed attempts (0–1); null without attempts.' })
  onlinePaymentSuccessRate!: number | null;

  @Field(() => SafeIntResolver, { description: 'Refunds processed that day, in paise.' })
  refundsPaise!: number;

  @Field(() => Int, { description: 'Vendors with at least one order placed that day.' })
  activeVendors!: number;

  @Field(() => Int, { description: 'Support tickets open now (not RESOLVED or CLOSED), whatever the date: the support queue size.' })
  openSupportTickets!: number;

  @Field(() => Date, { description: 'When these figures last changed (now, for a day without any).' })
  updatedAt!: Date;
}

@ObjectType({ description: 'Sales of one period (orders counted on the India day they were placed).' })
export class SalesPoint {
  @Field({ description: 'First day of the period, YYYY-MM-DD.' })
  periodStart!: string;

  @Field(() => Int, { description: 'Orders placed.' })
  orders!: number;

  @Field(() => SafeIntResolver, { description: 'Gross GMV, in paise.' })
  gmvPaise!: number;

  @Field(() => SafeIntResolver, { description: 'GMV net of cancellations, rejections and refunds, in paise.' })
  netGmvPaise!: number;

  @Field(() => Int, { description: 'Of these orders, how many were cancelled or rejected since.' })
  cancelledOrders!: number;

  @Field(() => SafeIntResolver, { description: 'Refunded on these orders, in paise.' })
  refundedPaise!: number;

  @Field(() => Int, { description: 'Placed cash on delivery.' })
  codOrders!: number;

  @Field(() => Int, { description: 'Placed to pay online.' })
  onlineOrders!: number;
}

@ObjectType({ description: 'Sales of one city, vendor, category or material over a range.' })
export class SalesBreakdownRow {
  @Field(() => ID, { description: 'The city (lower-cased), vendor, category or material id.' })
  key!: string;

  @Field({ description: 'What to show: the city, vendor, category or material name.' })
  label!: string;

  @Field(() => Int, { description: 'Orders counted.' })
  orders!: number;

  @Field(() => SafeIntResolver, { description: 'Gross GMV, in paise.' })
  gmvPaise!: number;

  @Field(() => SafeIntResolver, { description: 'Net GMV, in paise.' })
  netGmvPaise!: number;
}
