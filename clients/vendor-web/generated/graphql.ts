/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The business address of a vendor; its depot location is the GPS pin when given, else the geocoded address. */
export type BusinessAddressInput = {
  /** City or town, 2–100 characters. */
  city: string;
  /** GPS pin of the depot, latitude in decimal degrees (−90 to 90); with longitude, or neither (then the address is geocoded). */
  latitude?: number | null | undefined;
  /** First address line, 3–200 characters. */
  line1: string;
  /** Second address line, up to 200 characters. */
  line2?: string | null | undefined;
  /** GPS pin of the depot, longitude in decimal degrees (−180 to 180); with latitude. */
  longitude?: number | null | undefined;
  /** Six-digit India Post PIN code. */
  pincode: string;
  /** Indian state or union territory, 2–100 characters. */
  state: string;
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

/** A failed delivery attempt and the new time. */
export type FailedDeliveryAttemptInput = {
  /** Details, up to 500 characters; required (3+) for OTHER. */
  note?: string | null | undefined;
  /** Why the attempt failed. */
  reason: FailedAttemptReason;
  /** When the vendor will try again: in the future, at most two weeks ahead. */
  rescheduledFor: string;
};

/** One row of a vendor's inventory; the vendor is always the caller. */
export type InventoryItemInput = {
  /** Offer it to buyers now (default true). */
  isAvailable?: boolean;
  /** Days needed before delivery, 0–90 (default 1). */
  leadTimeDays?: number;
  /** An active material (each material at most once per request). Errors: BAD_USER_INPUT when unknown or archived. */
  materialId: string | number;
  /** Smallest quantity one order may contain, in units of sale, 1–1,000,000 (default 1). */
  minOrderQuantity?: number;
  /** Price per unit in integer paise, GST exclusive, 1 to ₹10 crore; omit to sell at the catalog base price. */
  pricePaise?: number | null | undefined;
  /** Units of sale in stock, 0–100,000,000. */
  stockQuantity: number;
};

/** One KYC document: an uploaded, confirmed KYC_DOCUMENT file of the caller. */
export type KycDocumentInput = {
  /** Media id from requestUpload/confirmUpload (purpose KYC_DOCUMENT). */
  mediaId: string | number;
  /** Which document it is. */
  type: KycDocumentType;
};

/** BANK_PROOF: a cancelled cheque or bank statement. */
export type KycDocumentType =
  /** A cancelled cheque or bank statement of the payout account. */
  | 'BANK_PROOF'
  /** The GST registration certificate. */
  | 'GSTIN_CERTIFICATE'
  /** The business’s PAN card. */
  | 'PAN_CARD';

/** Where the vendor’s KYC review stands. */
export type KycStatus =
  /** Approved by an admin; final. */
  | 'APPROVED'
  /** No documents submitted yet. */
  | 'NOT_SUBMITTED'
  /** Rejected by an admin (see kycRejectionReason); the vendor may resubmit. */
  | 'REJECTED'
  /** Documents submitted; waiting for an admin’s review. */
  | 'SUBMITTED';

/** One labour offer of the signed-in vendor. */
export type LaborOfferInput = {
  /** Daily rate per worker in integer paise, GST exclusive, 1 to ₹10,000; omit to charge the trade’s reference daily rate. */
  dailyRatePaise?: number | null | undefined;
  /** Offer it to buyers now (default true). */
  isAvailable?: boolean;
  /** An active trade (each at most once per request). Errors: BAD_USER_INPUT when unknown or archived. */
  laborCategoryId: string | number;
  /** Workers the vendor can send, 0–10,000. */
  workersAvailable: number;
};

/** Cash collected at the door for a cash-on-delivery order. */
export type MarkCashCollectedInput = {
  /** Cash received, integer paise; must equal the order total. */
  amountPaise: number;
  /** The cash-on-delivery order, DELIVERED. */
  orderId: string | number;
  /** The photo of the cash receipt: the vendor’s own confirmed upload of purpose COD_PROOF. Required when a vendor records the cash (BAD_USER_INPUT reason PROOF_REQUIRED); an admin may omit it. */
  proofMediaId?: string | number | null | undefined;
};

/** Which of the signed-in user’s in-app notifications to mark read: some ids, or all. */
export type MarkNotificationsReadInput = {
  /** True: every unread notification. Give either this or ids. */
  all?: boolean | null | undefined;
  /** Notification ids (1–100); ids that are not the caller’s are ignored. */
  ids?: Array<string | number> | null | undefined;
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

/** The business a vendor user registers. */
export type OnboardVendorInput = {
  /** Business address and depot location. */
  businessAddress: BusinessAddressInput;
  /** Trading name, 2–150 characters. */
  businessName: string;
  /** 15-character GSTIN (format and check character verified); its PAN (characters 3–12) must equal `pan`. Must not belong to another vendor. */
  gstin: string;
  /** 10-character PAN of the business. */
  pan: string;
  /** How far the vendor delivers, 1–200 km (default 25). */
  serviceRadiusKm?: number;
};

/** What an order line buys. */
export type OrderItemKind =
  /** Workers of a trade, in worker-days. */
  | 'LABOUR'
  /** A material from the vendor’s inventory, in its unit of sale. */
  | 'MATERIAL';

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

/** An order and an optional reason for a status change. */
export type OrderReasonInput = {
  /** The order. */
  orderId: string | number;
  /** 3–500 characters; required to reject, and for admins. Kept as the order’s closingReason and in its history. */
  reason?: string | null | undefined;
};

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

/** ONLINE through Razorpay, or cash on delivery. */
export type PaymentMethod =
  /** Cash on delivery: the vendor collects the total at the door and records it (markCashCollected). */
  | 'COD'
  /** Paid before the vendor confirms, through Razorpay Checkout (startOnlinePayment). */
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

/** A file to upload. */
export type RequestUploadInput = {
  /** MIME type of the file, allowed for the purpose (e.g. application/pdf, image/jpeg, image/png, image/webp). */
  contentType: string;
  /** What the file is for; decides the allowed types and maximum size. */
  purpose: MediaPurpose;
  /** Exact size in bytes, 1 up to the purpose’s maximum (2–10 MB). */
  sizeBytes: number;
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

/** A period of whole India calendar days. */
export type SettlementPeriodInput = {
  /** Last day, YYYY-MM-DD, not before periodStart. */
  periodEnd: string;
  /** First day, YYYY-MM-DD (a real calendar date, 2020 to next year; a period is at most 31 days, an earnings range at most 366). */
  periodStart: string;
};

/** Whether a settlement’s payout was made. */
export type SettlementStatus =
  /** Computed; the payout is not recorded as paid yet. */
  | 'GENERATED'
  /** The payout was transferred (bankReference and paidAt set). */
  | 'PAID';

/** The KYC documents of the signed-in vendor. */
export type SubmitKycInput = {
  /** 1 to 10 documents including a GSTIN certificate, a PAN card and a bank proof; they replace any submitted before. */
  documents: Array<KycDocumentInput>;
};

/** Rows of the signed-in vendor’s inventory to create or update. */
export type UpdateInventoryInput = {
  /** 1 to 200 rows, one per material, applied all or nothing. */
  items: Array<InventoryItemInput>;
};

/** Labour offers of the signed-in vendor to create or update. */
export type UpdateLaborOffersInput = {
  /** 1 to 100 offers, one per trade, applied all or nothing. */
  offers: Array<LaborOfferInput>;
};

/** Changes to the signed-in vendor’s profile; omitted fields stay as they are. */
export type UpdateMyVendorInput = {
  /** A new business address, geocoded like at onboarding (a GPS pin wins). */
  businessAddress?: BusinessAddressInput | null | undefined;
  /** Trading name, 2–150 characters. */
  businessName?: string | null | undefined;
  /** Who to call about orders, 2–100 characters. */
  contactName?: string | null | undefined;
  /** Contact phone in E.164, e.g. +919876543210. */
  contactPhone?: string | null | undefined;
  /** How far the vendor delivers, 1–200 km. */
  serviceRadiusKm?: number | null | undefined;
};

/** Whether a vendor may sell on RealServ. */
export type VendorStatus =
  /** KYC approved: may take orders (see acceptingOrders). */
  | 'ACTIVE'
  /** Onboarded; waiting for KYC approval before it may take orders. */
  | 'PENDING_KYC'
  /** Suspended by RealServ: may not take orders. */
  | 'SUSPENDED';

export type RequestCodProofUploadMutationVariables = Exact<{
  contentType: string;
  sizeBytes: number;
}>;


export type RequestCodProofUploadMutation = { requestUpload: { uploadUrl: string, expiresAt: string, media: { id: string } } };

export type ConfirmCodProofUploadMutationVariables = Exact<{
  mediaId: string | number;
}>;


export type ConfirmCodProofUploadMutation = { confirmUpload: { id: string, status: MediaStatus } };

export type OrderCodProofQueryVariables = Exact<{
  orderId: string | number;
}>;


export type OrderCodProofQuery = { order: { id: string, payment: { id: string, status: PaymentStatus, codProof: { mediaId: string, url: string | null } | null } | null } };

export type InventoryRowFragment = { id: string, stockQuantity: number, minOrderQuantity: number, leadTimeDays: number, isAvailable: boolean, sellsAtBasePrice: boolean, updatedAt: string, price: { paise: number, formatted: string }, material: { id: string, name: string, slug: string, unit: SaleUnit, unitDescription: string, basePrice: { paise: number, formatted: string } } };

export type LabourOfferRowFragment = { id: string, workersAvailable: number, isAvailable: boolean, dailyRate: { paise: number, formatted: string }, laborCategory: { id: string, name: string, dailyRate: { paise: number } } };

export type MyInventoryQueryVariables = Exact<{ [key: string]: never; }>;


export type MyInventoryQuery = { myInventory: Array<{ id: string, stockQuantity: number, minOrderQuantity: number, leadTimeDays: number, isAvailable: boolean, sellsAtBasePrice: boolean, updatedAt: string, price: { paise: number, formatted: string }, material: { id: string, name: string, slug: string, unit: SaleUnit, unitDescription: string, basePrice: { paise: number, formatted: string } } }> };

export type UpdateMyInventoryMutationVariables = Exact<{
  input: UpdateInventoryInput;
}>;


export type UpdateMyInventoryMutation = { updateMyInventory: Array<{ id: string, stockQuantity: number, minOrderQuantity: number, leadTimeDays: number, isAvailable: boolean, sellsAtBasePrice: boolean, updatedAt: string, price: { paise: number, formatted: string }, material: { id: string, name: string, slug: string, unit: SaleUnit, unitDescription: string, basePrice: { paise: number, formatted: string } } }> };

export type MyLabourOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLabourOffersQuery = { myLaborOffers: Array<{ id: string, workersAvailable: number, isAvailable: boolean, dailyRate: { paise: number, formatted: string }, laborCategory: { id: string, name: string, dailyRate: { paise: number } } }> };

export type UpdateMyLabourOffersMutationVariables = Exact<{
  input: UpdateLaborOffersInput;
}>;


export type UpdateMyLabourOffersMutation = { updateMyLaborOffers: Array<{ id: string, workersAvailable: number, isAvailable: boolean, dailyRate: { paise: number, formatted: string }, laborCategory: { id: string, name: string, dailyRate: { paise: number } } }> };

export type FindMaterialsToStockQueryVariables = Exact<{
  search?: string | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type FindMaterialsToStockQuery = { materials: { items: Array<{ id: string, name: string, brand: string | null, unit: SaleUnit, unitDescription: string, basePrice: { paise: number, formatted: string } }>, pageInfo: { totalCount: number, hasNextPage: boolean } } };

export type GenerateDeliveryOtpMutationVariables = Exact<{
  orderId: string | number;
}>;


export type GenerateDeliveryOtpMutation = { generateDeliveryOtp: { id: string, status: DeliveryStatus } };

export type VerifyDeliveryOtpMutationVariables = Exact<{
  orderId: string | number;
  code: string;
}>;


export type VerifyDeliveryOtpMutation = { verifyDeliveryOtp: { id: string, status: DeliveryStatus } };

export type UploadDeliveryProofMutationVariables = Exact<{
  orderId: string | number;
  mediaId: string;
}>;


export type UploadDeliveryProofMutation = { uploadDeliveryProof: { id: string, proofMediaIds: Array<string> } };

export type MySettlementsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
}>;


export type MySettlementsQuery = { mySettlements: { items: Array<{ id: string, periodStart: string, periodEnd: string, status: SettlementStatus, bankReference: string | null, netPayout: { paise: number, formatted: string }, carriedForward: { paise: number, formatted: string } }>, pageInfo: { totalCount: number } } };

export type EarningsSummaryQueryVariables = Exact<{
  input: SettlementPeriodInput;
}>;


export type EarningsSummaryQuery = { earningsSummary: { completedOrders: number, netPayout: { paise: number, formatted: string }, amounts: { gross: { formatted: string }, deductions: { formatted: string } } } };

export type OnboardVendorMutationVariables = Exact<{
  input: OnboardVendorInput;
}>;


export type OnboardVendorMutation = { onboardVendor: { id: string, status: VendorStatus } };

export type SubmitKycMutationVariables = Exact<{
  input: SubmitKycInput;
}>;


export type SubmitKycMutation = { submitKyc: { id: string, kycStatus: KycStatus | null } };

export type DeliveryLiveSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type DeliveryLiveSubscription = { deliveryStatusChanged: { id: string, status: DeliveryStatus, history: Array<{ step: string, createdAt: string }> } };

export type MyDeliveriesQueryVariables = Exact<{
  status?: DeliveryStatus | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type MyDeliveriesQuery = { myDeliveries: { items: Array<{ id: string, orderId: string, status: DeliveryStatus, scheduledFor: string | null, failedAttempts: number, createdAt: string }>, pageInfo: { totalCount: number } } };

export type DeliveryByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DeliveryByIdQuery = { delivery: { id: string, orderId: string, status: DeliveryStatus, scheduledFor: string | null, attempts: Array<{ attemptNumber: number, reason: FailedAttemptReason, note: string | null, rescheduledFor: string, createdAt: string }>, history: Array<{ step: string, note: string | null, createdAt: string }> } };

export type RecordFailedDeliveryAttemptMutationVariables = Exact<{
  deliveryId: string | number;
  input: FailedDeliveryAttemptInput;
}>;


export type RecordFailedDeliveryAttemptMutation = { recordFailedDeliveryAttempt: { id: string, status: DeliveryStatus, scheduledFor: string | null, failedAttempts: number } };

export type RedispatchDeliveryMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedispatchDeliveryMutation = { redispatchDelivery: { id: string, status: DeliveryStatus } };

export type UpdateMyVendorContactMutationVariables = Exact<{
  input: UpdateMyVendorInput;
}>;


export type UpdateMyVendorContactMutation = { updateMyVendor: { id: string, businessName: string, contactName: string | null, contactPhone: string | null } };

export type VendorOrderFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type VendorOrderFeedSubscription = { vendorOrderFeed: { id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, total: { paise: number, formatted: string }, items: Array<{ name: string, quantity: number, unit: string }> } };

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

export type MyNotificationsQueryVariables = Exact<{
  page?: PageInput | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { unreadCount: number, pageInfo: { totalCount: number, hasNextPage: boolean }, items: Array<{ id: string, kind: string, category: NotificationCategory, subject: string | null, body: string, orderId: string | null, read: boolean, createdAt: string }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { unreadCount: number } };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { notificationReceived: { id: string, kind: string, category: NotificationCategory, subject: string | null, body: string, orderId: string | null, createdAt: string } };

export type VendorOrderRowFragment = { id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, total: { paise: number, formatted: string }, deliveryAddress: { contactName: string, contactPhone: string | null, line1: string, city: string, pincode: string, latitude: number | null, longitude: number | null }, items: Array<{ kind: OrderItemKind, name: string, unit: string, quantity: number }> };

export type VendorOrdersQueryVariables = Exact<{
  filter?: OrdersFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type VendorOrdersQuery = { vendorOrders: { items: Array<{ id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, total: { paise: number, formatted: string }, deliveryAddress: { contactName: string, contactPhone: string | null, line1: string, city: string, pincode: string, latitude: number | null, longitude: number | null }, items: Array<{ kind: OrderItemKind, name: string, unit: string, quantity: number }> }>, pageInfo: { totalCount: number, hasNextPage: boolean } } };

export type ConfirmOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type ConfirmOrderMutation = { confirmOrder: { id: string, status: OrderStatus } };

export type RejectOrderMutationVariables = Exact<{
  input: OrderReasonInput;
}>;


export type RejectOrderMutation = { rejectOrder: { id: string, status: OrderStatus } };

export type DispatchOrderMutationVariables = Exact<{
  orderId: string | number;
}>;


export type DispatchOrderMutation = { dispatchOrder: { id: string, status: OrderStatus } };

export type MarkCashCollectedMutationVariables = Exact<{
  input: MarkCashCollectedInput;
}>;


export type MarkCashCollectedMutation = { markCashCollected: { id: string, status: OrderStatus, paymentStatus: OrderPaymentStatus } };

export const InventoryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InventoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"sellsAtBasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"basePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<InventoryRowFragment, unknown>;
export const LabourOfferRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorLaborAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workersAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laborCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}}]}}]}}]} as unknown as DocumentNode<LabourOfferRowFragment, unknown>;
export const VendorOrderRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VendorOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<VendorOrderRowFragment, unknown>;
export const RequestCodProofUploadDocument = {"__meta__":{"hash":"sha256:aa15523fb04214eeed4a1d5ce16272aa5ed3eb1fcfdd57bd5da18b5cfb331930"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestCodProofUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contentType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sizeBytes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"purpose"},"value":{"kind":"EnumValue","value":"COD_PROOF"}},{"kind":"ObjectField","name":{"kind":"Name","value":"contentType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contentType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sizeBytes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sizeBytes"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestCodProofUploadMutation, RequestCodProofUploadMutationVariables>;
export const ConfirmCodProofUploadDocument = {"__meta__":{"hash":"sha256:c3b0e5d0eb7becfa7f9b8168d6676dc53e159ad66a8f6763d321418515cd3077"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmCodProofUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mediaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmCodProofUploadMutation, ConfirmCodProofUploadMutationVariables>;
export const OrderCodProofDocument = {"__meta__":{"hash":"sha256:4b6e51a6d24c2386ae13e3e306b57005ffe49ce754d24c34b1c19bc63b5d6a6b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCodProof"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"codProof"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mediaId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderCodProofQuery, OrderCodProofQueryVariables>;
export const MyInventoryDocument = {"__meta__":{"hash":"sha256:860cdfaa2cf93da4e3ce0a38e74a2304ea4c38eac1c30bb271eba67f2e37276d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInventory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InventoryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InventoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"sellsAtBasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"basePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<MyInventoryQuery, MyInventoryQueryVariables>;
export const UpdateMyInventoryDocument = {"__meta__":{"hash":"sha256:6cb45665ba468a10abdf1b5574e440bbb851115ed1a298369419efecfbceef06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInventoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InventoryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InventoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorInventory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"sellsAtBasePrice"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"material"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"basePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateMyInventoryMutation, UpdateMyInventoryMutationVariables>;
export const MyLabourOffersDocument = {"__meta__":{"hash":"sha256:b1075356c8e1c6064778d471689ebec42af8b24d79274430afe492f7371905d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLabourOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myLaborOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabourOfferRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorLaborAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workersAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laborCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}}]}}]}}]} as unknown as DocumentNode<MyLabourOffersQuery, MyLabourOffersQueryVariables>;
export const UpdateMyLabourOffersDocument = {"__meta__":{"hash":"sha256:b1005e1f4b441b1b9d94fca249381f1b7b859f0e47b5db829db879f403af11d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyLabourOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLaborOffersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyLaborOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabourOfferRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourOfferRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VendorLaborAvailability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workersAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"isAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laborCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMyLabourOffersMutation, UpdateMyLabourOffersMutationVariables>;
export const FindMaterialsToStockDocument = {"__meta__":{"hash":"sha256:353dc7dd9f0be3c7dcd08eaa334509022db5c76a0d55c6600bbb3abe3fc1323a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindMaterialsToStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"basePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<FindMaterialsToStockQuery, FindMaterialsToStockQueryVariables>;
export const GenerateDeliveryOtpDocument = {"__meta__":{"hash":"sha256:1138006324ffa68d4343964107437995b2206b36b28f8e17ac2e658164c09ef0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateDeliveryOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateDeliveryOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<GenerateDeliveryOtpMutation, GenerateDeliveryOtpMutationVariables>;
export const VerifyDeliveryOtpDocument = {"__meta__":{"hash":"sha256:a025c59a934cf5953128c1a358037e3d269b79a24744e79e6f7dbb75d11d5d55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyDeliveryOtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyDeliveryOtp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerifyDeliveryOtpMutation, VerifyDeliveryOtpMutationVariables>;
export const UploadDeliveryProofDocument = {"__meta__":{"hash":"sha256:6ccfdd76fbdd8b4ad05b369d2abb187390480058fdacd638914757e9fe2f1bea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadDeliveryProof"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadDeliveryProof"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mediaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proofMediaIds"}}]}}]}}]} as unknown as DocumentNode<UploadDeliveryProofMutation, UploadDeliveryProofMutationVariables>;
export const MySettlementsDocument = {"__meta__":{"hash":"sha256:606cd3dfa50442119f0e2cb4c7afb9497dce0fef8ca068c0afe78c7ff713099f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySettlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySettlements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}},{"kind":"Field","name":{"kind":"Name","value":"netPayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carriedForward"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<MySettlementsQuery, MySettlementsQueryVariables>;
export const EarningsSummaryDocument = {"__meta__":{"hash":"sha256:0305fb00b178a2bd8e770e2db087e95abeff89c68d29768e95146cb46b828760"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarningsSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettlementPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earningsSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedOrders"}},{"kind":"Field","name":{"kind":"Name","value":"netPayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EarningsSummaryQuery, EarningsSummaryQueryVariables>;
export const OnboardVendorDocument = {"__meta__":{"hash":"sha256:84171c39c9a39a85bfc8c84262b5b75b7e9938ee01a37b39e83282d61f026fb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OnboardVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnboardVendorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OnboardVendorMutation, OnboardVendorMutationVariables>;
export const SubmitKycDocument = {"__meta__":{"hash":"sha256:9aaceafa82e2f5cca2a80acf91d245f901081cc185d731fc1b78e08734106636"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitKyc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitKycInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitKyc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}}]}}]}}]} as unknown as DocumentNode<SubmitKycMutation, SubmitKycMutationVariables>;
export const DeliveryLiveDocument = {"__meta__":{"hash":"sha256:94dc33596b0f62d78d0ccb31b3ea64b4c8f7e28c159002de08a30ec05af8e677"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeliveryLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryLiveSubscription, DeliveryLiveSubscriptionVariables>;
export const MyDeliveriesDocument = {"__meta__":{"hash":"sha256:5d2eeec1afab58784576cd88d61a85565284ffe0f876ac1d37b0449ea6ab64f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<MyDeliveriesQuery, MyDeliveriesQueryVariables>;
export const DeliveryByIdDocument = {"__meta__":{"hash":"sha256:0dc193cdd705b58b23882c47366ff38f1ac25d697b83454900ca6b4627284e37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliveryById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rescheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<DeliveryByIdQuery, DeliveryByIdQueryVariables>;
export const RecordFailedDeliveryAttemptDocument = {"__meta__":{"hash":"sha256:42d948c9e973f4b3f4c5cc00528f932f8fb566f115ff782bbddb09fafa31631e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFailedDeliveryAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FailedDeliveryAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFailedDeliveryAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"failedAttempts"}}]}}]}}]} as unknown as DocumentNode<RecordFailedDeliveryAttemptMutation, RecordFailedDeliveryAttemptMutationVariables>;
export const RedispatchDeliveryDocument = {"__meta__":{"hash":"sha256:60e5ae857a2b9da5634486d93081110f4fcb69f2cf9f24f211bbd4aba37532e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedispatchDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redispatchDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliveryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RedispatchDeliveryMutation, RedispatchDeliveryMutationVariables>;
export const UpdateMyVendorContactDocument = {"__meta__":{"hash":"sha256:e631609939af893ccdc718b1b2a73b3568289bb5d35d274638bf5086e6b06790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyVendorContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyVendorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"businessName"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]} as unknown as DocumentNode<UpdateMyVendorContactMutation, UpdateMyVendorContactMutationVariables>;
export const VendorOrderFeedDocument = {"__meta__":{"hash":"sha256:3ab7af528a98ea710cc206dacd1f487e97f3c535aa9739058680a1d40dd14594"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VendorOrderFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorOrderFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<VendorOrderFeedSubscription, VendorOrderFeedSubscriptionVariables>;
export const RequestUploadDocument = {"__meta__":{"hash":"sha256:40c605490c869acfa43218ba613e27fd73bf96c829e9adfc5ea811c63ad932ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestUploadMutation, RequestUploadMutationVariables>;
export const ConfirmUploadDocument = {"__meta__":{"hash":"sha256:9c832e9c7c1a955ae7cbf7b8c4210f16c5c52fa6063c5efa968048eb83fb1287"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mediaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConfirmUploadMutation, ConfirmUploadMutationVariables>;
export const DeleteMediaDocument = {"__meta__":{"hash":"sha256:8e6fc6ef890aa3a51e363b6eaf86a27864241e2df8db186921e9e95a1ebe739d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeleteMediaMutation, DeleteMediaMutationVariables>;
export const MyNotificationsDocument = {"__meta__":{"hash":"sha256:efcf783c8750e19ba236bf9cc26a240a1b872c3988732c9f2df73eabf10503df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:046c12c8008bb5ee5f737d2848c14c9ab1f5dd31e87ec39eff1133e1a367c014"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationReceivedDocument = {"__meta__":{"hash":"sha256:3b51d4c9644b405e4ad24a5ffec6ab0e4a1d52db4c7692dd1d96ef439705968f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const VendorOrdersDocument = {"__meta__":{"hash":"sha256:08807bc944939c427eb95d5e4a444f0df6efb1cce20fad8473e2a3051a506578"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VendorOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrdersFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendorOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VendorOrderRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VendorOrderRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]} as unknown as DocumentNode<VendorOrdersQuery, VendorOrdersQueryVariables>;
export const ConfirmOrderDocument = {"__meta__":{"hash":"sha256:e734d0a066f201dc187c8bdd0e1afde179b067c65b68690d0b46dfc7a2bf7c73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const RejectOrderDocument = {"__meta__":{"hash":"sha256:a8557cea066330711b005d9babf5badd8e50772b0046e1c0c9299f85661e6089"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectOrderMutation, RejectOrderMutationVariables>;
export const DispatchOrderDocument = {"__meta__":{"hash":"sha256:79465a0141abd4cf386c3a0c276f7c77e584e8839d0f698e306bf954355a40ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DispatchOrderMutation, DispatchOrderMutationVariables>;
export const MarkCashCollectedDocument = {"__meta__":{"hash":"sha256:05f6d1141d0930b55f430948f158716c648cb458252a97c9b999757657b69224"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkCashCollected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkCashCollectedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markCashCollected"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}}]}}]}}]} as unknown as DocumentNode<MarkCashCollectedMutation, MarkCashCollectedMutationVariables>;