/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new GST rate for an HSN or SAC code from a date on. */
export type AddGstRateInput = {
  /** What the code covers, 2–200 characters. */
  description: string;
  /** First day (YYYY-MM-DD, India time) the rate applies; a real calendar date. */
  effectiveFrom: string;
  /** HSN (goods) or SAC (services) code: 4, 6 or 8 digits. */
  hsnCode: string;
  /** Rate in basis points, 0–4000: 18 % = 1800. */
  rateBasisPoints: number;
};

/** An admin’s corrections to another user’s profile; omitted fields stay as they are. */
export type AdminUpdateUserInput = {
  /** 2–100 letters, spaces, dots, apostrophes or hyphens. */
  fullName?: string | null | undefined;
  /** Contact mobile in E.164, e.g. +919876543210; no other (not deleted) user may have it. Does not change how the user signs in. */
  phone?: string | null | undefined;
  /** Language for messages and notifications. */
  preferredLanguage?: PreferredLanguage | null | undefined;
};

/** Whether a category groups materials or labour. */
export type CategoryKind =
  /** Groups trades of skilled labour (masons, plumbers, …). */
  | 'LABOUR'
  /** Groups materials (cement, steel, sand, …). */
  | 'MATERIAL';

/** A new admin account: RealServ user and sign-in account with a password. */
export type CreateAdminUserInput = {
  /** Optional team, e.g. "Operations"; up to 100 characters. */
  department?: string | null | undefined;
  /** Sign-in email (stored lower-case); must not belong to any user or sign-in account yet. */
  email: string;
  /** 2–100 letters, spaces, dots, apostrophes or hyphens. */
  fullName: string;
  /** Initial password (12–128 characters); the admin should change it after signing in. */
  temporaryPassword: string;
};

/** A new catalog category. */
export type CreateCategoryInput = {
  /** Longer text, up to 1,000 characters. */
  description?: string | null | undefined;
  /** MATERIAL or LABOUR; must match the parent’s kind. */
  kind: CategoryKind;
  /** Display name, 2–80 characters. */
  name: string;
  /** Parent category (same kind); omit for a root. */
  parentId?: string | number | null | undefined;
  /** URL-safe unique name, 2–80 lowercase letters and digits joined by single hyphens, e.g. "tmt-bars". */
  slug: string;
  /** Display position among its siblings, 0–10,000 (default 0). */
  sortOrder?: number;
};

/** A new trade of skilled labour. */
export type CreateLaborCategoryInput = {
  /** An active LABOUR category. Errors: BAD_USER_INPUT otherwise. */
  categoryId: string | number;
  /** Reference daily rate per worker (8 hours) in integer paise, GST exclusive, 1 to ₹10,000. */
  dailyRatePaise: number;
  /** Reference hourly rate per worker in integer paise, GST exclusive, 1 to ₹10,000; not above the daily rate. */
  hourlyRatePaise: number;
  /** Display name, 2–80 characters. */
  name: string;
  /** SAC code: 6 digits starting with 99, present in the GST rate table. */
  sacCode: string;
  /** What workers of this trade do, 1–1,000 characters. */
  skillDescription: string;
  /** URL-safe unique name, 2–80 lowercase letters and digits joined by single hyphens. */
  slug: string;
};

/** A new catalog material. */
export type CreateMaterialInput = {
  /** Catalog price per unit in integer paise, GST exclusive, 1 to ₹10 crore. */
  basePricePaise: number;
  /** Brand or manufacturer, 1–80 characters. */
  brand?: string | null | undefined;
  /** An active MATERIAL category. Errors: BAD_USER_INPUT otherwise. */
  categoryId: string | number;
  /** Description, 1–2,000 characters. */
  description: string;
  /** HSN code, 4, 6 or 8 digits, present in the GST rate table. */
  hsnCode: string;
  /** Up to 10 media ids of product images (default none). */
  imageMediaIds?: Array<string>;
  /** Display name, 2–150 characters. */
  name: string;
  /** URL-safe unique name, 2–120 lowercase letters and digits joined by single hyphens. */
  slug: string;
  /** Up to 30 specifications with distinct keys (default none). */
  specifications?: Array<MaterialSpecificationInput>;
  /** The unit it is priced and ordered in. */
  unit: SaleUnit;
  /** The pack or measure, 1–80 characters, e.g. "50 kg bag". */
  unitDescription: string;
};

/** Which deliveries an admin lists; all fields optional. */
export type DeliveryFilterInput = {
  /** Created at or after this time. */
  from?: string | null | undefined;
  /** Only deliveries in this status. */
  status?: DeliveryStatus | null | undefined;
  /** Created before this time. */
  to?: string | null | undefined;
  /** Only this vendor’s deliveries. */
  vendorId?: string | number | null | undefined;
};

/** Where a delivery stands. */
export type DeliveryStatus =
  /** Delivered: the buyer’s OTP was verified or an admin completed it. */
  | 'DELIVERED'
  /** The order was cancelled or rejected before dispatch. */
  | 'FAILED'
  /** Dispatched; the buyer’s OTP (or an admin) completes it. */
  | 'OUT_FOR_DELIVERY'
  /** Created when the vendor confirmed the order; not dispatched yet. */
  | 'PENDING'
  /** An attempt failed (see attempts); waiting for scheduledFor, then the vendor sends it out again (redispatchDelivery). */
  | 'RESCHEDULED';

/** Why a delivery attempt failed. */
export type FailedAttemptReason =
  /** The road or gate was blocked. */
  | 'ACCESS_BLOCKED'
  /** Nobody at the site to receive it. */
  | 'BUYER_ABSENT'
  /** Something else (the note says what). */
  | 'OTHER'
  /** The site was closed. */
  | 'SITE_CLOSED'
  /** The vehicle broke down or could not carry the load. */
  | 'VEHICLE_ISSUE';

/** An admin’s completion of a delivery without the buyer’s OTP. */
export type ForceCompleteDeliveryInput = {
  /** The order whose delivery is OUT_FOR_DELIVERY. */
  orderId: string | number;
  /** Why the delivery is completed without the OTP, 3–500 characters (kept in the history). */
  reason: string;
};

/** An admin’s move of an order to another status. */
export type ForceOrderStatusInput = {
  /** The order. */
  orderId: string | number;
  /** Why, 3–500 characters; kept in the order’s history. */
  reason: string;
  /** The status to move to; must be a transition of the lifecycle (not OUT_FOR_DELIVERY → DELIVERED, which follows the delivery). */
  status: OrderStatus;
};

/** One specification of a material; keys are unique within a material. */
export type MaterialSpecificationInput = {
  /** Machine key, a short camelCase word (letter first, up to 40 characters), e.g. "grade". */
  key: string;
  /** Label for people, 1–60 characters, e.g. "Grade". */
  label: string;
  /** Unit of the value, 1–20 characters, e.g. "mm". */
  unit?: string | null | undefined;
  /** The value, 1–100 characters, e.g. "53". */
  value: string;
};

/** What a file is for; decides its allowed types, maximum size, who may upload and who may read it. */
export type MediaPurpose =
  /** A catalog product image: JPEG, PNG or WebP up to 2 MB; admins upload; anyone reads. */
  | 'CATALOG_IMAGE'
  /** A photo of a cash receipt: JPEG or PNG up to 8 MB; vendors upload; the uploader and admins read. */
  | 'COD_PROOF'
  /** A proof-of-delivery photo: JPEG or PNG up to 8 MB; vendors upload; the uploader and admins read. */
  | 'DELIVERY_PROOF'
  /** Evidence for a dispute: JPEG, PNG or PDF up to 10 MB; buyers and vendors upload; the uploader and admins read. */
  | 'DISPUTE_EVIDENCE'
  /** A vendor’s KYC document: PDF, JPEG or PNG up to 5 MB; vendors upload; the uploader and admins read. */
  | 'KYC_DOCUMENT'
  /** A file on a support ticket message: JPEG, PNG or PDF up to 8 MB; buyers, vendors and admins upload; the uploader and admins read it here, the ticket’s participants through the ticket (TicketAttachment.url). */
  | 'SUPPORT_ATTACHMENT';

/** Whether a file’s bytes are in and checked. */
export type MediaStatus =
  /** Deleted by its owner or an admin (deleteMedia): the bytes are gone and no holder may attach it. */
  | 'DELETED'
  /** Upload requested; PUT the bytes, then confirmUpload. */
  | 'PENDING_UPLOAD'
  /** Uploaded and checked (size and real type); may be used and downloaded. */
  | 'READY';

/** The statuses an admin may set. */
export type ModeratedUserStatus =
  /** Reactivate: sign-in enabled again. */
  | 'ACTIVE'
  /** Suspend: sign-in disabled and sessions ended. */
  | 'SUSPENDED';

/** What a notification is about; preferences are per channel and category. */
export type NotificationCategory =
  /** Account and KYC decisions (security: cannot be switched off entirely). */
  | 'ACCOUNT'
  /** The delivery OTP (security: cannot be switched off entirely). */
  | 'DELIVERY_OTP'
  /** An order was placed, confirmed, rejected, dispatched, delivered, completed or cancelled. */
  | 'ORDER_UPDATES'
  /** Payments received or failed, refunds. */
  | 'PAYMENTS'
  /** Offers and news (off unless the user turns them on). */
  | 'PROMOTIONS'
  /** Vendor settlements generated and paid. */
  | 'SETTLEMENTS';

/** How a notification reaches its recipient. */
export type NotificationChannel =
  /** Email (AWS SES in production). */
  | 'EMAIL'
  /** The in-app feed (myNotifications, notificationReceived). */
  | 'IN_APP'
  /** Push to the recipient’s registered devices (Firebase Cloud Messaging). */
  | 'PUSH'
  /** SMS (Twilio, DLT-registered templates). */
  | 'SMS'
  /** WhatsApp (Meta Cloud API template or session message). */
  | 'WHATSAPP';

/** Where a notification stands: QUEUED → SENT → DELIVERED → READ, or FAILED. */
export type NotificationStatus =
  /** The provider reported it delivered to the device or inbox. */
  | 'DELIVERED'
  /** Not delivered: a permanent provider error, or the retries ran out; see failureReason. */
  | 'FAILED'
  /** Created; waiting to be sent (or to be retried after a transient provider error). */
  | 'QUEUED'
  /** Read: reported by the provider (WhatsApp) or marked read in the app. */
  | 'READ'
  /** The provider accepted it (in-app: it is in the feed). */
  | 'SENT';

/** Narrow the admin list of notifications; all fields optional. */
export type NotificationsFilter = {
  /** Only this category. */
  category?: NotificationCategory | null | undefined;
  /** Only this channel. */
  channel?: NotificationChannel | null | undefined;
  /** Only those of this domain event. */
  eventId?: string | number | null | undefined;
  /** Only this kind, e.g. DELIVERY_OTP. */
  kind?: string | null | undefined;
  /** Only this status. */
  status?: NotificationStatus | null | undefined;
  /** Only this recipient’s (RealServ user id). */
  userId?: string | number | null | undefined;
};

/** The order's view of its money; payments owns the details. */
export type OrderPaymentStatus =
  /** Cash on delivery, collected and recorded by the vendor. */
  | 'COD_COLLECTED'
  /** Cash on delivery, not collected yet. */
  | 'COD_PENDING'
  /** The last online payment attempt failed; the buyer may retry until the payment window passes. */
  | 'FAILED'
  /** Nothing to collect: the order closed before any money was taken, or it is a dispute’s replacement at no charge (replacementFor). */
  | 'NOT_REQUIRED'
  /** Online payment captured. */
  | 'PAID'
  /** Online order waiting for its payment. */
  | 'PENDING'
  /** The payment was refunded in full. */
  | 'REFUNDED'
  /** The order was cancelled or rejected after payment (or paid after it closed); the refund is under way. */
  | 'REFUND_PENDING';

/** Where an order is in its life. Online: PENDING_PAYMENT → PAID → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED. Cash on delivery: PLACED → CONFIRMED → OUT_FOR_DELIVERY → DELIVERED → COMPLETED (once the cash is collected). COMPLETED, CANCELLED and REJECTED are final. */
export type OrderStatus =
  /** Cancelled before dispatch by the buyer, an admin or the system (unpaid in time); stock released and any payment refunded. Final. */
  | 'CANCELLED'
  /** Done: online orders right after delivery, cash-on-delivery orders once the cash is recorded. Final. */
  | 'COMPLETED'
  /** The vendor accepted the order and is preparing it. */
  | 'CONFIRMED'
  /** The delivery was completed (buyer’s OTP, or an admin’s forceCompleteDelivery). */
  | 'DELIVERED'
  /** The vendor dispatched the order; a delivery OTP completes it. */
  | 'OUT_FOR_DELIVERY'
  /** Online order paid; waiting for the vendor to confirm or reject it. */
  | 'PAID'
  /** Online order placed, stock reserved, waiting for the buyer’s payment (cancelled by the system when the payment window passes). */
  | 'PENDING_PAYMENT'
  /** Cash-on-delivery order placed and stock reserved; waiting for the vendor to confirm or reject it. */
  | 'PLACED'
  /** The vendor declined the order (with a reason); stock released and any payment refunded. Final. */
  | 'REJECTED';

/** Narrows an order list; all given conditions must match. */
export type OrdersFilter = {
  /** Only this buyer’s orders (admin search only; ignored elsewhere). */
  buyerId?: string | number | null | undefined;
  /** Order number or its prefix, 2–20 characters, e.g. RS-2611-0001. */
  orderNumber?: string | null | undefined;
  /** Only orders in this status. */
  status?: OrderStatus | null | undefined;
  /** Only this vendor’s orders (admin search only; ignored elsewhere). */
  vendorId?: string | number | null | undefined;
};

/** Offset pagination: skip `offset` items, return at most `limit` (1–100). */
export type PageInput = {
  /** How many items to return: 1 to 100 (default 20); more is refused with BAD_USER_INPUT. */
  limit?: number;
  /** How many matching items to skip; 0 or more (default 0). */
  offset?: number;
};

/** How the money is collected: Razorpay, or cash by the vendor. */
export type PaymentCollectionMethod =
  /** Cash collected by the vendor at delivery. */
  | 'COD'
  /** Paid online through Razorpay. */
  | 'ONLINE';

/** Where the money of a payment stands. */
export type PaymentStatus =
  /** Authorised at Razorpay, not captured yet. */
  | 'AUTHORIZED'
  /** The money is in: captured at Razorpay, or the vendor recorded the cash. */
  | 'CAPTURED'
  /** Opened: an online payment waiting for Razorpay Checkout, or a COD payment waiting for the cash. */
  | 'CREATED'
  /** The last Razorpay payment attempt failed; the buyer may pay again while the order waits. */
  | 'FAILED'
  /** Part of the captured amount was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Refunded in full. */
  | 'REFUNDED';

/** Narrows the admin payment list; all given conditions must match. */
export type PaymentsFilter = {
  /** Opened at or after this instant. */
  from?: string | null | undefined;
  /** Only online or only cash-on-delivery payments. */
  method?: PaymentCollectionMethod | null | undefined;
  /** Exactly this order number, e.g. RS-2611-000123. */
  orderNumber?: string | null | undefined;
  /** Only payments in this status. */
  status?: PaymentStatus | null | undefined;
  /** Opened before this instant. */
  to?: string | null | undefined;
};

/** Language for messages and notifications. */
export type PreferredLanguage =
  /** English. */
  | 'EN'
  /** Hindi. */
  | 'HI'
  /** Kannada. */
  | 'KN'
  /** Marathi. */
  | 'MR'
  /** Tamil. */
  | 'TA'
  /** Telugu. */
  | 'TE';

/** An admin refund of an order’s payment. */
export type RefundPaymentInput = {
  /** Integer paise; omit to refund everything still refundable. At least 100 (₹1, Razorpay’s minimum) and never more than captured less refunded. */
  amountPaise?: number | null | undefined;
  /** Client-chosen, 10–64 letters, digits, - or _ (Razorpay’s X-Refund-Idempotency rule). The same key with the same request returns the first refund; with another request or order it is refused (CONFLICT, reason IDEMPOTENCY_KEY_REUSED). */
  idempotencyKey: string;
  /** The order whose payment is refunded. */
  orderId: string | number;
  /** Why, 3–250 characters; shown on the refund. */
  reason: string;
};

/** Where a refund stands. */
export type RefundStatus =
  /** Razorpay or the bank refused it; see failureReason. Its amount can be refunded again. */
  | 'FAILED'
  /** Sent to Razorpay (or to be re-sent); the outcome is not known yet. Reconciliation settles it. */
  | 'PENDING'
  /** Razorpay processed the refund (for cash, recorded as paid back). */
  | 'PROCESSED';

/** A file to upload. */
export type RequestUploadInput = {
  /** MIME type of the file, allowed for the purpose (e.g. application/pdf, image/jpeg, image/png, image/webp). */
  contentType: string;
  /** What the file is for; decides the allowed types and maximum size. */
  purpose: MediaPurpose;
  /** Exact size in bytes, 1 up to the purpose’s maximum (2–10 MB). */
  sizeBytes: number;
};

/** Which week the weekly settlement run settles, and optionally for which vendors. */
export type RunWeeklySettlementsInput = {
  /** Settle only these vendors (e.g. one that failed); every vendor when omitted, as the scheduled run does. */
  vendorIds?: Array<string | number> | null | undefined;
  /** The Monday the week starts (YYYY-MM-DD, India time); the last whole week before today when omitted, as the Monday 02:00 run does. */
  weekStart?: string | null | undefined;
};

/** The unit a material is priced and ordered in. */
export type SaleUnit =
  /** One bag (see unitDescription, e.g. "50 kg bag"). */
  | 'BAG'
  /** One box (see unitDescription for its content). */
  | 'BOX'
  /** One brass = 100 cubic feet; how sand and aggregates are traded in much of India. */
  | 'BRASS'
  /** One bundle (see unitDescription for its content). */
  | 'BUNDLE'
  /** One cubic foot. */
  | 'CUBIC_FOOT'
  /** One cubic metre. */
  | 'CUBIC_METRE'
  /** One kilogram. */
  | 'KG'
  /** One litre. */
  | 'LITRE'
  /** One piece. */
  | 'PIECE'
  /** One roll (see unitDescription for its length). */
  | 'ROLL'
  /** One metre of length. */
  | 'RUNNING_METRE'
  /** One set (see unitDescription for its content). */
  | 'SET'
  /** One square foot. */
  | 'SQUARE_FOOT'
  /** One metric tonne (1,000 kg). */
  | 'TONNE';

/** An admin’s moderation of a user. */
export type SetUserStatusInput = {
  /** Why, 3–500 characters; logged with the admin’s id. */
  reason: string;
  /** ACTIVE to reactivate, SUSPENDED to suspend. */
  status: ModeratedUserStatus;
  /** The user to suspend or reactivate (not the admin themself). */
  userId: string | number;
};

/** Whether a settlement’s payout was made. */
export type SettlementStatus =
  /** Computed; the payout is not recorded as paid yet. */
  | 'GENERATED'
  /** The payout was transferred (bankReference and paidAt set). */
  | 'PAID';

/** Admins’ settlement list filter; every field optional. */
export type SettlementsFilter = {
  /** Settlements whose period ends on or after this day (YYYY-MM-DD). */
  periodFrom?: string | null | undefined;
  /** Settlements whose period starts on or before this day (YYYY-MM-DD). */
  periodTo?: string | null | undefined;
  /** Generated (unpaid) or paid. */
  status?: SettlementStatus | null | undefined;
  /** One vendor’s settlements. */
  vendorId?: string | number | null | undefined;
};

/** Changes to a category; omitted fields stay as they are. */
export type UpdateCategoryInput = {
  /** Longer text, up to 1,000 characters. */
  description?: string | null | undefined;
  /** Restore an archived category. */
  isActive?: boolean | null | undefined;
  /** Make this a root category. */
  makeRoot?: boolean | null | undefined;
  /** Display name, 2–80 characters. */
  name?: string | null | undefined;
  /** Move under another category of the same kind. */
  parentId?: string | number | null | undefined;
  /** New unique slug, 2–80 lowercase letters and digits joined by single hyphens. */
  slug?: string | null | undefined;
  /** Display position among its siblings, 0–10,000. */
  sortOrder?: number | null | undefined;
};

/** Changes to a material; omitted fields stay as they are. */
export type UpdateMaterialInput = {
  /** Catalog price per unit in integer paise, GST exclusive, 1 to ₹10 crore. */
  basePricePaise?: number | null | undefined;
  /** Brand, up to 80 characters; empty string clears it. */
  brand?: string | null | undefined;
  /** Move to another active MATERIAL category. */
  categoryId?: string | number | null | undefined;
  /** Description, 1–2,000 characters. */
  description?: string | null | undefined;
  /** HSN code, 4, 6 or 8 digits, present in the GST rate table. */
  hsnCode?: string | null | undefined;
  /** Replaces the image media ids: up to 10. */
  imageMediaIds?: Array<string> | null | undefined;
  /** Restore an archived material. */
  isActive?: boolean | null | undefined;
  /** Display name, 2–150 characters. */
  name?: string | null | undefined;
  /** New unique slug, 2–120 lowercase letters and digits joined by single hyphens. */
  slug?: string | null | undefined;
  /** Replaces all specifications: up to 30, distinct keys. */
  specifications?: Array<MaterialSpecificationInput> | null | undefined;
  /** The unit it is priced and ordered in. */
  unit?: SaleUnit | null | undefined;
  /** The pack or measure, 1–80 characters. */
  unitDescription?: string | null | undefined;
};

/** Whether a user may sign in and use RealServ. */
export type UserStatus =
  /** Can sign in and use the API. */
  | 'ACTIVE'
  /** The user deleted their account (soft delete, kept for orders and audits); final. */
  | 'DELETED'
  /** Suspended by an admin: sign-in disabled and sessions ended until reactivated. */
  | 'SUSPENDED';

/** What a user is on RealServ; also their role claim. */
export type UserType =
  /** RealServ operations staff; created by another admin (createAdminUser). */
  | 'ADMIN'
  /** Buys materials and hires labour; registers themself. */
  | 'BUYER'
  /** Staff of a vendor business; registers themself, then onboards the business. */
  | 'VENDOR';

/** Narrows the admin user list; all given conditions must match. */
export type UsersFilter = {
  /** Matches the start of the name, email or phone. */
  search?: string | null | undefined;
  /** Only users in this status; without it deleted users are left out. */
  status?: UserStatus | null | undefined;
  /** Only users of this type. */
  type?: UserType | null | undefined;
};

/** Whether a vendor may sell on RealServ. */
export type VendorStatus =
  /** KYC approved: may take orders (see acceptingOrders). */
  | 'ACTIVE'
  /** Onboarded; waiting for KYC approval before it may take orders. */
  | 'PENDING_KYC'
  /** Suspended by RealServ: may not take orders. */
  | 'SUSPENDED';

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { id: string, slug: string } };

export type UpdateCategoryMutationVariables = Exact<{
  id: string | number;
  input: UpdateCategoryInput;
}>;


export type UpdateCategoryMutation = { updateCategory: { id: string, name: string, isActive: boolean } };

export type ArchiveCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveCategoryMutation = { archiveCategory: { id: string, isActive: boolean } };

export type CreateMaterialMutationVariables = Exact<{
  input: CreateMaterialInput;
}>;


export type CreateMaterialMutation = { createMaterial: { id: string, slug: string, imageMediaIds: Array<string> } };

export type UpdateMaterialMutationVariables = Exact<{
  id: string | number;
  input: UpdateMaterialInput;
}>;


export type UpdateMaterialMutation = { updateMaterial: { id: string, isActive: boolean, imageMediaIds: Array<string> } };

export type ArchiveMaterialMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveMaterialMutation = { archiveMaterial: { id: string, isActive: boolean } };

export type CreateLaborCategoryMutationVariables = Exact<{
  input: CreateLaborCategoryInput;
}>;


export type CreateLaborCategoryMutation = { createLaborCategory: { id: string, slug: string } };

export type AddGstRateMutationVariables = Exact<{
  input: AddGstRateInput;
}>;


export type AddGstRateMutation = { addGstRate: { hsnCode: string, rateBasisPoints: number, effectiveFrom: string } };

export type ForceCompleteDeliveryMutationVariables = Exact<{
  input: ForceCompleteDeliveryInput;
}>;


export type ForceCompleteDeliveryMutation = { forceCompleteDelivery: { id: string, status: DeliveryStatus, history: Array<{ step: string, note: string | null }> } };

export type AdminDeliveriesQueryVariables = Exact<{
  filter?: DeliveryFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdminDeliveriesQuery = { deliveries: { items: Array<{ id: string, orderId: string, status: DeliveryStatus, scheduledFor: string | null, failedAttempts: number, createdAt: string, attempts: Array<{ attemptNumber: number, reason: FailedAttemptReason, note: string | null, rescheduledFor: string }> }>, pageInfo: { totalCount: number } } };

export type SuspendVendorMutationVariables = Exact<{
  vendorId: string | number;
  reason: string;
}>;


export type SuspendVendorMutation = { suspendVendor: { id: string, status: VendorStatus, suspensionReason: string | null, statusHistory: Array<{ fromStatus: VendorStatus, toStatus: VendorStatus, reason: string | null, adminUserId: string | null, createdAt: string }> } };

export type ReactivateVendorMutationVariables = Exact<{
  vendorId: string | number;
}>;


export type ReactivateVendorMutation = { reactivateVendor: { id: string, status: VendorStatus } };

export type AdminDeliveryQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminDeliveryQuery = { delivery: { id: string, orderId: string, status: DeliveryStatus, scheduledFor: string | null, failedAttempts: number, proofMediaIds: Array<string>, attempts: Array<{ attemptNumber: number, reason: FailedAttemptReason, note: string | null, rescheduledFor: string, createdAt: string }>, history: Array<{ step: string, note: string | null, createdAt: string }> } };

export type RequestUploadMutationVariables = Exact<{
  input: RequestUploadInput;
}>;


export type RequestUploadMutation = { requestUpload: { uploadUrl: string, expiresAt: string, media: { id: string, status: MediaStatus } } };

export type ConfirmUploadMutationVariables = Exact<{
  mediaId: string | number;
}>;


export type ConfirmUploadMutation = { confirmUpload: { id: string, status: MediaStatus, url: string | null } };

export type DeleteMediaMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMediaMutation = { deleteMedia: { id: string, status: MediaStatus } };

export type NotificationsQueryVariables = Exact<{
  filter?: NotificationsFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type NotificationsQuery = { notifications: { pageInfo: { totalCount: number, hasNextPage: boolean }, items: Array<{ id: string, recipientId: string | null, eventName: string | null, kind: string, channel: NotificationChannel, status: NotificationStatus, failureReason: string | null, attempts: number, destination: string | null, providerMessageId: string | null, createdAt: string, sentAt: string | null, deliveredAt: string | null }> } };

export type ResendNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendNotificationMutation = { resendNotification: { id: string, status: NotificationStatus, attempts: number } };

export type AdminPaymentsQueryVariables = Exact<{
  filter?: PaymentsFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdminPaymentsQuery = { payments: { items: Array<{ id: string, orderNumber: string, method: PaymentCollectionMethod, status: PaymentStatus, createdAt: string, amount: { paise: number }, refunded: { paise: number }, order: { id: string, status: OrderStatus } | null }>, pageInfo: { totalCount: number, offset: number, limit: number, hasNextPage: boolean } } };

export type AdminPaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPaymentQuery = { payment: { id: string, orderNumber: string, method: PaymentCollectionMethod, status: PaymentStatus, razorpayPaymentId: string | null, amount: { paise: number }, refunded: { paise: number }, refunds: Array<{ id: string, status: RefundStatus, razorpayRefundId: string | null, reason: string, createdAt: string, amount: { paise: number } }>, transactions: Array<{ type: string, source: string, reference: string | null, createdAt: string }> } };

export type SettlementsQueryVariables = Exact<{
  filter?: SettlementsFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type SettlementsQuery = { settlements: { items: Array<{ id: string, vendorId: string, status: SettlementStatus, periodStart: string, periodEnd: string, bankReference: string | null, paidAt: string | null, createdAt: string, netPayout: { paise: number, formatted: string }, carriedForward: { paise: number } }>, pageInfo: { totalCount: number, offset: number, limit: number, hasNextPage: boolean } } };

export type RunWeeklySettlementsMutationVariables = Exact<{
  input?: RunWeeklySettlementsInput | null | undefined;
}>;


export type RunWeeklySettlementsMutation = { runWeeklySettlements: { periodStart: string, periodEnd: string, settlements: Array<{ id: string, vendorId: string, netPayout: { paise: number } }>, failures: Array<{ vendorId: string, code: string, message: string }> } };

export type OrderCodProofQueryVariables = Exact<{
  orderId: string | number;
}>;


export type OrderCodProofQuery = { order: { id: string, orderNumber: string, payment: { id: string, method: PaymentCollectionMethod, status: PaymentStatus, codProof: { mediaId: string, url: string | null } | null } | null } };

export type AdminUsersQueryVariables = Exact<{
  filter?: UsersFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdminUsersQuery = { users: { items: Array<{ id: string, fullName: string, email: string | null, phone: string | null, type: UserType, status: UserStatus, createdAt: string }>, pageInfo: { totalCount: number, offset: number, limit: number, hasNextPage: boolean } } };

export type CreateAdminUserMutationVariables = Exact<{
  input: CreateAdminUserInput;
}>;


export type CreateAdminUserMutation = { createAdminUser: { id: string, email: string | null, type: UserType } };

export type SetUserStatusMutationVariables = Exact<{
  input: SetUserStatusInput;
}>;


export type SetUserStatusMutation = { setUserStatus: { id: string, status: UserStatus } };

export type AdminOrdersQueryVariables = Exact<{
  filter?: OrdersFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdminOrdersQuery = { orders: { items: Array<{ id: string, orderNumber: string, status: OrderStatus, paymentStatus: OrderPaymentStatus, total: { paise: number }, payment: { status: PaymentStatus, transactions: Array<{ type: string, source: string, createdAt: string }> } | null }>, pageInfo: { totalCount: number } } };

export type ForceOrderStatusMutationVariables = Exact<{
  input: ForceOrderStatusInput;
}>;


export type ForceOrderStatusMutation = { forceOrderStatus: { id: string, status: OrderStatus } };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundPaymentMutation = { refundPayment: { id: string, status: RefundStatus, amount: { paise: number } } };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, fullName: string, email: string | null, phone: string | null, type: UserType, status: UserStatus, preferredLanguage: PreferredLanguage, adminProfile: { department: string | null } | null } };

export type AdminUpdateUserMutationVariables = Exact<{
  userId: string | number;
  input: AdminUpdateUserInput;
}>;


export type AdminUpdateUserMutation = { adminUpdateUser: { id: string, fullName: string, preferredLanguage: PreferredLanguage, phone: string | null, status: UserStatus } };

export type AdminDeleteUserMutationVariables = Exact<{
  userId: string | number;
  reason: string;
}>;


export type AdminDeleteUserMutation = { adminDeleteUser: { id: string, status: UserStatus } };


export const CreateCategoryDocument = {"__meta__":{"hash":"sha256:1d7df0d2e31974b76008e90434555929e821e5130dbbae515dc457fe8cecf87b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = {"__meta__":{"hash":"sha256:09d2fd39f8778fe14aa969c86ba28b955b20bcd5fb564157d3fcbbd214b04156"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const ArchiveCategoryDocument = {"__meta__":{"hash":"sha256:b2b348d563a570e385df171ace4978333c6fc168e7447bbdff231f70a2b67396"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<ArchiveCategoryMutation, ArchiveCategoryMutationVariables>;
export const CreateMaterialDocument = {"__meta__":{"hash":"sha256:f5d3a927652bf0fc054ce8bf257a2d8bdbd58185da1ffc6dc4962e82c2137b1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"imageMediaIds"}}]}}]}}]} as unknown as DocumentNode<CreateMaterialMutation, CreateMaterialMutationVariables>;
export const UpdateMaterialDocument = {"__meta__":{"hash":"sha256:ddb06eb4967a7cdb742fe19df61eccd36bef6809e61b2f8bb0658305d8a955b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"imageMediaIds"}}]}}]}}]} as unknown as DocumentNode<UpdateMaterialMutation, UpdateMaterialMutationVariables>;
export const ArchiveMaterialDocument = {"__meta__":{"hash":"sha256:87000034d454d7aa78c185ab369b679658947b5d1efd97bfa81c62e3864d61aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<ArchiveMaterialMutation, ArchiveMaterialMutationVariables>;
export const CreateLaborCategoryDocument = {"__meta__":{"hash":"sha256:de76b2a53c4dd971b288a74e9f23aee7421d7406159237227fc7ed98bf023d3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLaborCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLaborCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLaborCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]} as unknown as DocumentNode<CreateLaborCategoryMutation, CreateLaborCategoryMutationVariables>;
export const AddGstRateDocument = {"__meta__":{"hash":"sha256:d9e9fc0a0f6836122f1227a4fb005228a3db0230204185703f885869e0377e37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGstRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGstRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGstRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hsnCode"}},{"kind":"Field","name":{"kind":"Name","value":"rateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<AddGstRateMutation, AddGstRateMutationVariables>;
export const ForceCompleteDeliveryDocument = {"__meta__":{"hash":"sha256:50f88056f6f5211531d81fe3b5573bacddec43109b0e53f50a9ae84b7bc135fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceCompleteDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceCompleteDeliveryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceCompleteDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ForceCompleteDeliveryMutation, ForceCompleteDeliveryMutationVariables>;
export const AdminDeliveriesDocument = {"__meta__":{"hash":"sha256:01ff48dbb0febc57bce63d1dab864b9233b5b723c8185622c78c45bcb7e93ec1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduledFor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeliveriesQuery, AdminDeliveriesQueryVariables>;
export const SuspendVendorDocument = {"__meta__":{"hash":"sha256:f109fd3d2084b6d7b44ae120b736ec22a6bc4882361c31215ee45de9d127c729"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspensionReason"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"adminUserId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendVendorMutation, SuspendVendorMutationVariables>;
export const ReactivateVendorDocument = {"__meta__":{"hash":"sha256:4a67611a3f4be3e90db5a9a64236cd65839ef36cf5db8e71ef8fb19b6de562f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vendorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vendorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReactivateVendorMutation, ReactivateVendorMutationVariables>;
export const AdminDeliveryDocument = {"__meta__":{"hash":"sha256:e756bbffb649e01dde8ad8ddb22e3c7295b634fcacc59d8d4af8c43a91650fc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"proofMediaIds"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeliveryQuery, AdminDeliveryQueryVariables>;
export const RequestUploadDocument = {"__meta__":{"hash":"sha256:40c605490c869acfa43218ba613e27fd73bf96c829e9adfc5ea811c63ad932ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestUploadMutation, RequestUploadMutationVariables>;
export const ConfirmUploadDocument = {"__meta__":{"hash":"sha256:9c832e9c7c1a955ae7cbf7b8c4210f16c5c52fa6063c5efa968048eb83fb1287"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mediaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConfirmUploadMutation, ConfirmUploadMutationVariables>;
export const DeleteMediaDocument = {"__meta__":{"hash":"sha256:8e6fc6ef890aa3a51e363b6eaf86a27864241e2df8db186921e9e95a1ebe739d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeleteMediaMutation, DeleteMediaMutationVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"sha256:cd1833375c39abb5acd1352c0c4ea7b51474e4e984ec9f7908290ff7ed561dcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientId"}},{"kind":"Field","name":{"kind":"Name","value":"eventName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"providerMessageId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const ResendNotificationDocument = {"__meta__":{"hash":"sha256:cafe22515d0396ff87b044d090daf0b9f6a63b065c891774d278f0438a22ca71"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]} as unknown as DocumentNode<ResendNotificationMutation, ResendNotificationMutationVariables>;
export const AdminPaymentsDocument = {"__meta__":{"hash":"sha256:54780c4b9b92123de814e844187c08b2d95a66c19ea18ca60d6f7b8f600f7501"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPayments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPaymentsQuery, AdminPaymentsQueryVariables>;
export const AdminPaymentDocument = {"__meta__":{"hash":"sha256:76ab4de4f7b28ea4d96fbe5795e2619de23d135d6ba45946b55f8df5e532cb30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"razorpayPaymentId"}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"razorpayRefundId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPaymentQuery, AdminPaymentQueryVariables>;
export const SettlementsDocument = {"__meta__":{"hash":"sha256:97681871a009e66d1952e68ba5019b376fd3cbcc0daba77a8c40059fd4d50b03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Settlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"netPayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedForward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<SettlementsQuery, SettlementsQueryVariables>;
export const RunWeeklySettlementsDocument = {"__meta__":{"hash":"sha256:9bdd23fe44081c797c542cbc45564565c748a525e275900f26e5ed7f96024e4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunWeeklySettlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RunWeeklySettlementsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runWeeklySettlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"settlements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"netPayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RunWeeklySettlementsMutation, RunWeeklySettlementsMutationVariables>;
export const OrderCodProofDocument = {"__meta__":{"hash":"sha256:f816161c5efd663263a251f74427c4960e4d1e70a7bc8851aff3439893cdb21c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCodProof"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"codProof"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderCodProofQuery, OrderCodProofQueryVariables>;
export const AdminUsersDocument = {"__meta__":{"hash":"sha256:46383e72c79dc44091f2ab8fcfbaf15c245066a4932394576498a29744a936a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsersFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateAdminUserDocument = {"__meta__":{"hash":"sha256:376c026c6449143f6a88456d89181c9f555d3752ee0c636a955fe0f3add3578e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAdminUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdminUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdminUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<CreateAdminUserMutation, CreateAdminUserMutationVariables>;
export const SetUserStatusDocument = {"__meta__":{"hash":"sha256:208767dacf1f5ed7da5f588552df4ad4e52aa0600a18c6793be2583d82aae504"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetUserStatusMutation, SetUserStatusMutationVariables>;
export const AdminOrdersDocument = {"__meta__":{"hash":"sha256:0850dadf0fe8d829311b543ea549af66742147f2a1528894f1ca70a7926e3b48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrdersFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const ForceOrderStatusDocument = {"__meta__":{"hash":"sha256:eaf655819eefab0705584df1a14e073653b297c6d3fb8c62079933dd383c2ad9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForceOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForceOrderStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forceOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ForceOrderStatusMutation, ForceOrderStatusMutationVariables>;
export const RefundPaymentDocument = {"__meta__":{"hash":"sha256:db089dc3f39394d1fd0681786c50ef6caa316c99b9ddaa22fbaf3d05f77067ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}}]}}]}}]} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const AdminUserDocument = {"__meta__":{"hash":"sha256:668a05bfe4dfe5da80b01441692c2576b3366d0f89f29bc61353c1d94115323c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"adminProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUserQuery, AdminUserQueryVariables>;
export const AdminUpdateUserDocument = {"__meta__":{"hash":"sha256:a4b2db309d215922a6fab94b54ad498bd73dc2795949b4efe1601dc60c88570f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminDeleteUserDocument = {"__meta__":{"hash":"sha256:bdcc9f04393654c2966cf52e4b5ed778c419834e8e6a6842793596ed512b3bab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminDeleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminDeleteUserMutation, AdminDeleteUserMutationVariables>;