/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new delivery address of the signed-in buyer. */
export type AddAddressInput = {
  /** City or town, 2–100 characters. */
  city: string;
  /** Who receives the delivery, 2–100 characters. */
  contactName: string;
  /** Indian mobile in E.164, e.g. +919876543210. */
  contactPhone: string;
  /** Make this the buyer’s default address (the first address always is). */
  isDefault?: boolean;
  /** The buyer’s name for it, 1–50 characters, e.g. "Site office". */
  label: string;
  /** A landmark to find the site, up to 200 characters. */
  landmark?: string | null | undefined;
  /** Latitude in decimal degrees (−90 to 90). Give latitude and longitude together, or neither (else BAD_USER_INPUT). */
  latitude?: number | null | undefined;
  /** First address line, 3–200 characters. */
  line1: string;
  /** Second address line, up to 200 characters. */
  line2?: string | null | undefined;
  /** Longitude in decimal degrees (−180 to 180); together with latitude. */
  longitude?: number | null | undefined;
  /** Six-digit India Post PIN code (first digit 1–9). */
  pincode: string;
  /** Indian state or union territory, 2–100 characters. */
  state: string;
};

/** RELEVANCE orders by text match when searching and by name otherwise. */
export type CatalogSort =
  /** By name, A to Z. */
  | 'NAME_ASC'
  /** By name, Z to A. */
  | 'NAME_DESC'
  /** Most recently added first. */
  | 'NEWEST'
  /** Cheapest first (base price, or reference daily rate for trades). */
  | 'PRICE_ASC'
  /** Most expensive first. */
  | 'PRICE_DESC'
  /** Best text match first when searching; by name otherwise (the default). */
  | 'RELEVANCE';

/** Whether a category groups materials or labour. */
export type CategoryKind =
  /** Groups trades of skilled labour (masons, plumbers, …). */
  | 'LABOUR'
  /** Groups materials (cement, steel, sand, …). */
  | 'MATERIAL';

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

/** Narrows the trade list; all given conditions must match. */
export type LaborCategoryFilter = {
  /** Only trades some vendor has workers available for. */
  available?: boolean | null | undefined;
  /** This LABOUR category and all its sub-categories. */
  categoryId?: string | number | null | undefined;
  /** Admins only: include archived trades (FORBIDDEN for others). */
  includeArchived?: boolean | null | undefined;
  /** Highest reference daily rate, integer paise; not below minDailyRatePaise (else BAD_USER_INPUT). */
  maxDailyRatePaise?: number | null | undefined;
  /** Lowest reference daily rate, integer paise. */
  minDailyRatePaise?: number | null | undefined;
  /** Words to find in the trade’s name, description and category, 1–100 characters; forgives small typos. */
  search?: string | null | undefined;
  /** Only trades this vendor has workers available for. */
  vendorId?: string | number | null | undefined;
};

/** Which of the signed-in user’s in-app notifications to mark read: some ids, or all. */
export type MarkNotificationsReadInput = {
  /** True: every unread notification. Give either this or ids. */
  all?: boolean | null | undefined;
  /** Notification ids (1–100); ids that are not the caller’s are ignored. */
  ids?: Array<string | number> | null | undefined;
};

/** Narrows the material list; all given conditions must match. */
export type MaterialFilter = {
  /** Any of these brands (case-insensitive), up to 20. */
  brands?: Array<string> | null | undefined;
  /** This category and all its sub-categories. */
  categoryId?: string | number | null | undefined;
  /** Only materials some vendor has available and in stock. */
  inStock?: boolean | null | undefined;
  /** Admins only: include archived materials (FORBIDDEN for others). */
  includeArchived?: boolean | null | undefined;
  /** Highest catalog base price per unit, integer paise; not below minPricePaise (else BAD_USER_INPUT). */
  maxPricePaise?: number | null | undefined;
  /** Lowest catalog base price per unit, integer paise. */
  minPricePaise?: number | null | undefined;
  /** Words to find in name, brand, category and specifications, 1–100 characters, e.g. "tmt 12mm" or "ultratech 53"; forgives small typos. */
  search?: string | null | undefined;
  /** Only materials this vendor has available and in stock. */
  vendorId?: string | number | null | undefined;
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

/** Who moved an order to a status. */
export type OrderActor =
  /** A RealServ admin (always with a reason). */
  | 'ADMIN'
  /** The order’s buyer. */
  | 'BUYER'
  /** RealServ itself: payment capture, delivery completion, unpaid-order expiry. */
  | 'SYSTEM'
  /** The order’s vendor. */
  | 'VENDOR';

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

/** How the money is collected: Razorpay, or cash by the vendor. */
export type PaymentCollectionMethod =
  /** Cash collected by the vendor at delivery. */
  | 'COD'
  /** Paid online through Razorpay. */
  | 'ONLINE';

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

/** Prices are never sent: the server prices from the vendor’s inventory. */
export type PlaceOrderInput = {
  /** One of the buyer’s saved addresses; it is copied into the order. */
  deliveryAddressId: string | number;
  /** Client-generated key, 8–64 letters, digits, - or _ (e.g. a UUID per checkout); a retry with the same key and request returns the same order. */
  idempotencyKey: string;
  /** 1 to 100 lines, each material or trade once. */
  items: Array<PlaceOrderItemInput>;
  /** ONLINE (pay with Razorpay before the vendor confirms) or COD. */
  paymentMethod: PaymentMethod;
  /** The vendor to order from; it must be ACTIVE and accepting orders. */
  vendorId: string | number;
};

/** One line of a new order. */
export type PlaceOrderItemInput = {
  /** MATERIAL or LABOUR; each kind and refId at most once per order. */
  kind: OrderItemKind;
  /** Units of sale, or worker-days for labour: 1 to 1,000,000, and at least the vendor’s minimum order quantity for a material. */
  quantity: number;
  /** Material id (MATERIAL) or labour category id (LABOUR). */
  refId: string | number;
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

/** Where a refund stands. */
export type RefundStatus =
  /** Razorpay or the bank refused it; see failureReason. Its amount can be refunded again. */
  | 'FAILED'
  /** Sent to Razorpay (or to be re-sent); the outcome is not known yet. Reconciliation settles it. */
  | 'PENDING'
  /** Razorpay processed the refund (for cash, recorded as paid back). */
  | 'PROCESSED';

/** What a signed-in account registers with; email and phone come from the sign-in account. */
export type RegisterInput = {
  /** 2–100 letters, spaces, dots, apostrophes or hyphens. */
  fullName: string;
  /** Language for messages; EN when omitted. */
  preferredLanguage?: PreferredLanguage | null | undefined;
  /** BUYER (default) or VENDOR; cannot change later. */
  type?: RegistrationType;
};

/** What a new user registers as. Admins are created by other admins. */
export type RegistrationType =
  /** A buyer of materials and labour (gets a buyer profile). */
  | 'BUYER'
  /** Vendor staff; then onboardVendor registers the business. */
  | 'VENDOR';

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

/** Fields to change; omitted fields stay as they are. */
export type UpdateAddressInput = {
  /** City or town, 2–100 characters. */
  city?: string | null | undefined;
  /** Who receives the delivery, 2–100 characters. */
  contactName?: string | null | undefined;
  /** Indian mobile in E.164, e.g. +919876543210. */
  contactPhone?: string | null | undefined;
  /** The buyer’s name for it, 1–50 characters. */
  label?: string | null | undefined;
  /** A landmark, up to 200 characters; empty string clears it. */
  landmark?: string | null | undefined;
  /** Latitude in decimal degrees; the result must have both coordinates or neither. */
  latitude?: number | null | undefined;
  /** First address line, 3–200 characters. */
  line1?: string | null | undefined;
  /** Second address line, up to 200 characters; empty string clears it. */
  line2?: string | null | undefined;
  /** Longitude in decimal degrees; the result must have both coordinates or neither. */
  longitude?: number | null | undefined;
  /** Six-digit India Post PIN code. */
  pincode?: string | null | undefined;
  /** Indian state or union territory, 2–100 characters. */
  state?: string | null | undefined;
};

/** Changes to the signed-in buyer’s profile; omitted fields stay as they are. */
export type UpdateBuyerProfileInput = {
  /** Company or firm name, up to 150 characters; empty string clears it. */
  companyName?: string | null | undefined;
  /** 15-character GSTIN (format and check digit verified, stored upper-case); empty string clears it. Errors: BAD_USER_INPUT when invalid. */
  gstin?: string | null | undefined;
};

/** Changes to the signed-in user’s own profile; omitted fields stay as they are. */
export type UpdateMeInput = {
  /** 2–100 letters, spaces, dots, apostrophes or hyphens. */
  fullName?: string | null | undefined;
  /** Language for messages and notifications. */
  preferredLanguage?: PreferredLanguage | null | undefined;
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

/** Razorpay Checkout’s success response for an order. */
export type VerifyPaymentInput = {
  /** The RealServ order id. */
  orderId: string | number;
  /** razorpay_order_id from Checkout (order_…). */
  razorpayOrderId: string;
  /** razorpay_payment_id from Checkout (pay_…). */
  razorpayPaymentId: string;
  /** razorpay_signature from Checkout: the 64-character hex HMAC-SHA256. */
  razorpaySignature: string;
};

export type MaterialCardFragment = { id: string, name: string, slug: string, brand: string | null, unit: SaleUnit, unitDescription: string, imageMediaIds: Array<string>, basePrice: { paise: number, formatted: string }, category: { id: string, name: string } };

export type CategoryNodeFragment = { id: string, name: string, slug: string, kind: CategoryKind, sortOrder: number };

export type CategoryTreeQueryVariables = Exact<{
  kind?: CategoryKind | null | undefined;
}>;


export type CategoryTreeQuery = { categories: Array<{ id: string, name: string, slug: string, kind: CategoryKind, sortOrder: number, children: Array<{ id: string, name: string, slug: string, kind: CategoryKind, sortOrder: number, children: Array<{ id: string, name: string, slug: string, kind: CategoryKind, sortOrder: number }> }> }> };

export type BrowseMaterialsQueryVariables = Exact<{
  filter?: MaterialFilter | null | undefined;
  sort?: CatalogSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type BrowseMaterialsQuery = { materials: { items: Array<{ id: string, name: string, slug: string, brand: string | null, unit: SaleUnit, unitDescription: string, imageMediaIds: Array<string>, offers: Array<{ id: string, price: { paise: number, formatted: string } }>, basePrice: { paise: number, formatted: string }, category: { id: string, name: string } }>, pageInfo: { totalCount: number, offset: number, limit: number, hasNextPage: boolean } } };

export type MaterialDetailQueryVariables = Exact<{
  slug: string;
}>;


export type MaterialDetailQuery = { material: { description: string, hsnCode: string, id: string, name: string, slug: string, brand: string | null, unit: SaleUnit, unitDescription: string, imageMediaIds: Array<string>, specifications: Array<{ key: string, label: string, value: string, unit: string | null }>, gstRate: { ratePercent: number, effectiveFrom: string } | null, offers: Array<{ id: string, stockQuantity: number, minOrderQuantity: number, leadTimeDays: number, price: { paise: number, formatted: string }, vendor: { id: string } }>, basePrice: { paise: number, formatted: string }, category: { id: string, name: string } } | null };

export type BrowseLabourQueryVariables = Exact<{
  filter?: LaborCategoryFilter | null | undefined;
  sort?: CatalogSort | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type BrowseLabourQuery = { laborCategories: { items: Array<{ id: string, name: string, slug: string, skillDescription: string, hourlyRate: { paise: number, formatted: string }, dailyRate: { paise: number, formatted: string }, offers: Array<{ id: string, workersAvailable: number, dailyRate: { paise: number, formatted: string }, vendor: { id: string } }> }>, pageInfo: { totalCount: number, hasNextPage: boolean } } };

export type OrderDeliveryQueryVariables = Exact<{
  orderId: string | number;
}>;


export type OrderDeliveryQuery = { order: { id: string, status: OrderStatus, deliveryOtp: string | null, delivery: { id: string, status: DeliveryStatus, proofMediaIds: Array<string>, history: Array<{ step: string, note: string | null, createdAt: string }> } | null } };

export type UserSummaryFragment = { id: string, fullName: string, email: string | null, phone: string | null, type: UserType, status: UserStatus, preferredLanguage: PreferredLanguage };

export type AddressFieldsFragment = { id: string, label: string, contactName: string, contactPhone: string, line1: string, line2: string | null, landmark: string | null, city: string, state: string, pincode: string, latitude: number | null, longitude: number | null, isDefault: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, fullName: string, email: string | null, phone: string | null, type: UserType, status: UserStatus, preferredLanguage: PreferredLanguage, buyerProfile: { id: string, companyName: string | null, gstin: string | null } | null } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { id: string, fullName: string, email: string | null, phone: string | null, type: UserType, status: UserStatus, preferredLanguage: PreferredLanguage } };

export type UpdateMeMutationVariables = Exact<{
  input: UpdateMeInput;
}>;


export type UpdateMeMutation = { updateMe: { id: string, fullName: string, email: string | null, phone: string | null, type: UserType, status: UserStatus, preferredLanguage: PreferredLanguage } };

export type UpdateBuyerProfileMutationVariables = Exact<{
  input: UpdateBuyerProfileInput;
}>;


export type UpdateBuyerProfileMutation = { updateBuyerProfile: { id: string, companyName: string | null, gstin: string | null } };

export type MyAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAddressesQuery = { myAddresses: Array<{ id: string, label: string, contactName: string, contactPhone: string, line1: string, line2: string | null, landmark: string | null, city: string, state: string, pincode: string, latitude: number | null, longitude: number | null, isDefault: boolean }> };

export type AddAddressMutationVariables = Exact<{
  input: AddAddressInput;
}>;


export type AddAddressMutation = { addAddress: { id: string, label: string, contactName: string, contactPhone: string, line1: string, line2: string | null, landmark: string | null, city: string, state: string, pincode: string, latitude: number | null, longitude: number | null, isDefault: boolean } };

export type UpdateAddressMutationVariables = Exact<{
  id: string | number;
  input: UpdateAddressInput;
}>;


export type UpdateAddressMutation = { updateAddress: { id: string, label: string, contactName: string, contactPhone: string, line1: string, line2: string | null, landmark: string | null, city: string, state: string, pincode: string, latitude: number | null, longitude: number | null, isDefault: boolean } };

export type SetDefaultAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type SetDefaultAddressMutation = { setDefaultAddress: { id: string, isDefault: boolean } };

export type DeleteAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAddressMutation = { deleteAddress: string };

export type DeleteMyAccountMutationVariables = Exact<{
  confirm: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: { id: string, status: UserStatus } };

export type OrderLiveSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type OrderLiveSubscription = { orderStatusChanged: { id: string, orderNumber: string, status: OrderStatus, paymentStatus: OrderPaymentStatus, updatedAt: string, payment: { status: PaymentStatus } | null } };

export type MyOrderUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyOrderUpdatesSubscription = { myOrderUpdates: { id: string, orderNumber: string, status: OrderStatus, paymentStatus: OrderPaymentStatus, updatedAt: string } };

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

export type OrderSummaryFragment = { id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, total: { paise: number, formatted: string } };

export type OrderDetailFragment = { pricingDate: string, distanceKm: number | null, closingReason: string | null, id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, subtotal: { paise: number, formatted: string }, deliveryCharge: { paise: number, formatted: string }, tax: { paise: number, formatted: string }, deliveryAddress: { label: string, contactName: string, contactPhone: string | null, line1: string, line2: string | null, landmark: string | null, city: string, state: string, pincode: string }, items: Array<{ id: string, kind: OrderItemKind, name: string, unit: string, unitDescription: string, quantity: number, gstRateBasisPoints: number, unitPrice: { paise: number, formatted: string }, lineTotal: { paise: number, formatted: string } }>, statusHistory: Array<{ fromStatus: OrderStatus | null, toStatus: OrderStatus, actor: OrderActor, note: string | null, createdAt: string }>, payment: { id: string, method: PaymentCollectionMethod, status: PaymentStatus, amount: { paise: number, formatted: string }, refunded: { paise: number, formatted: string } } | null, total: { paise: number, formatted: string } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { placeOrder: { pricingDate: string, distanceKm: number | null, closingReason: string | null, id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, subtotal: { paise: number, formatted: string }, deliveryCharge: { paise: number, formatted: string }, tax: { paise: number, formatted: string }, deliveryAddress: { label: string, contactName: string, contactPhone: string | null, line1: string, line2: string | null, landmark: string | null, city: string, state: string, pincode: string }, items: Array<{ id: string, kind: OrderItemKind, name: string, unit: string, unitDescription: string, quantity: number, gstRateBasisPoints: number, unitPrice: { paise: number, formatted: string }, lineTotal: { paise: number, formatted: string } }>, statusHistory: Array<{ fromStatus: OrderStatus | null, toStatus: OrderStatus, actor: OrderActor, note: string | null, createdAt: string }>, payment: { id: string, method: PaymentCollectionMethod, status: PaymentStatus, amount: { paise: number, formatted: string }, refunded: { paise: number, formatted: string } } | null, total: { paise: number, formatted: string } } };

export type StartOnlinePaymentMutationVariables = Exact<{
  orderId: string | number;
}>;


export type StartOnlinePaymentMutation = { startOnlinePayment: { razorpayOrderId: string, keyId: string, orderNumber: string, amount: { paise: number, formatted: string } } };

export type VerifyPaymentMutationVariables = Exact<{
  input: VerifyPaymentInput;
}>;


export type VerifyPaymentMutation = { verifyPayment: { id: string, status: PaymentStatus } };

export type MyOrdersQueryVariables = Exact<{
  filter?: OrdersFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type MyOrdersQuery = { myOrders: { items: Array<{ id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, total: { paise: number, formatted: string } }>, pageInfo: { totalCount: number, hasNextPage: boolean } } };

export type OrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDetailQuery = { order: { pricingDate: string, distanceKm: number | null, closingReason: string | null, id: string, orderNumber: string, status: OrderStatus, paymentMethod: PaymentMethod, paymentStatus: OrderPaymentStatus, createdAt: string, subtotal: { paise: number, formatted: string }, deliveryCharge: { paise: number, formatted: string }, tax: { paise: number, formatted: string }, deliveryAddress: { label: string, contactName: string, contactPhone: string | null, line1: string, line2: string | null, landmark: string | null, city: string, state: string, pincode: string }, items: Array<{ id: string, kind: OrderItemKind, name: string, unit: string, unitDescription: string, quantity: number, gstRateBasisPoints: number, unitPrice: { paise: number, formatted: string }, lineTotal: { paise: number, formatted: string } }>, statusHistory: Array<{ fromStatus: OrderStatus | null, toStatus: OrderStatus, actor: OrderActor, note: string | null, createdAt: string }>, payment: { id: string, method: PaymentCollectionMethod, status: PaymentStatus, amount: { paise: number, formatted: string }, refunded: { paise: number, formatted: string } } | null, total: { paise: number, formatted: string } } };

export type CancelOrderMutationVariables = Exact<{
  input: OrderReasonInput;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus, paymentStatus: OrderPaymentStatus } };

export type PaymentQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentQuery = { payment: { id: string, orderNumber: string, method: PaymentCollectionMethod, status: PaymentStatus, amount: { paise: number }, refunded: { paise: number }, refunds: Array<{ status: RefundStatus, createdAt: string, amount: { paise: number } }> } };

export const MaterialCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"imageMediaIds"}},{"kind":"Field","name":{"kind":"Name","value":"basePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MaterialCardFragment, unknown>;
export const CategoryNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]} as unknown as DocumentNode<CategoryNodeFragment, unknown>;
export const UserSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]} as unknown as DocumentNode<UserSummaryFragment, unknown>;
export const AddressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"landmark"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<AddressFieldsFragment, unknown>;
export const OrderSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrderSummaryFragment, unknown>;
export const OrderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}},{"kind":"Field","name":{"kind":"Name","value":"pricingDate"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"landmark"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gstRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrderDetailFragment, unknown>;
export const CategoryTreeDocument = {"__meta__":{"hash":"sha256:7a6dd3d943af7cadd3f5591a241d94754a959ac09fb9f2845d9434f720aea34c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryNode"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}}]}}]} as unknown as DocumentNode<CategoryTreeQuery, CategoryTreeQueryVariables>;
export const BrowseMaterialsDocument = {"__meta__":{"hash":"sha256:d48e76c37738eb8f3bd6693bae9c8e5e158addf2ac7fad0872f55f550707f2ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialCard"}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"imageMediaIds"}},{"kind":"Field","name":{"kind":"Name","value":"basePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BrowseMaterialsQuery, BrowseMaterialsQueryVariables>;
export const MaterialDetailDocument = {"__meta__":{"hash":"sha256:132705a9d651ef3e211fe8026104f48ca247a0cef001f93356a284d6cc593646"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaterialCard"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hsnCode"}},{"kind":"Field","name":{"kind":"Name","value":"specifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gstRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratePercent"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stockQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"minOrderQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"leadTimeDays"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaterialCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"imageMediaIds"}},{"kind":"Field","name":{"kind":"Name","value":"basePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MaterialDetailQuery, MaterialDetailQueryVariables>;
export const BrowseLabourDocument = {"__meta__":{"hash":"sha256:09729ef55def980a0f5c18c88fc8e5f6f0c393d4ce7b04da624c73fb17ce1b43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowseLabour"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LaborCategoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laborCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"skillDescription"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workersAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"dailyRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<BrowseLabourQuery, BrowseLabourQueryVariables>;
export const OrderDeliveryDocument = {"__meta__":{"hash":"sha256:f32e57f983b569a2a601ac0635a4b723ba22d5b8427082219f34078850e97898"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryOtp"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proofMediaIds"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDeliveryQuery, OrderDeliveryQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:604d912ce8cf07de4fcab923573f94fd1d2babda1a5a342bf3f7c48ea3855609"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}},{"kind":"Field","name":{"kind":"Name","value":"buyerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"gstin"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const RegisterDocument = {"__meta__":{"hash":"sha256:f73bafa4feebbfa721b8fcacfec61c60759cf037ab19ad2144a26825046cf522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const UpdateMeDocument = {"__meta__":{"hash":"sha256:16c45809ac17e729ad0867979b5c011dbecc40d9c95f1a308865e4a45e2c6433"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]} as unknown as DocumentNode<UpdateMeMutation, UpdateMeMutationVariables>;
export const UpdateBuyerProfileDocument = {"__meta__":{"hash":"sha256:a7ddcf8d83503b40dc2b1a926ca22e8c5fe7ee2660721a89bb16ffe79a88418c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBuyerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBuyerProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBuyerProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"gstin"}}]}}]}}]} as unknown as DocumentNode<UpdateBuyerProfileMutation, UpdateBuyerProfileMutationVariables>;
export const MyAddressesDocument = {"__meta__":{"hash":"sha256:17da01c76ba85eec4531ce5c0b1fe5417f1516744009d5c5386008d9065c197d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAddresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"landmark"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<MyAddressesQuery, MyAddressesQueryVariables>;
export const AddAddressDocument = {"__meta__":{"hash":"sha256:d5d141d408e83840d30dc844b855c141033cd263d6444e6e07ef64c96775cf5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"landmark"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<AddAddressMutation, AddAddressMutationVariables>;
export const UpdateAddressDocument = {"__meta__":{"hash":"sha256:53bd2c1a9ec54649f1ae1d15244759938ff16e3e9cf994ae48156dd1d1ef7ca9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AddressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AddressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryAddress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"landmark"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]} as unknown as DocumentNode<UpdateAddressMutation, UpdateAddressMutationVariables>;
export const SetDefaultAddressDocument = {"__meta__":{"hash":"sha256:df976154aa9b6b845ce3ef6494ffa91a3d0ea55a080ec086a6a2a1987f2f0d56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<SetDefaultAddressMutation, SetDefaultAddressMutationVariables>;
export const DeleteAddressDocument = {"__meta__":{"hash":"sha256:d6f964f512a8c6b543850c16c6895c094bbd4ec0f76a7e01d6b4ed67c40ce13b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const DeleteMyAccountDocument = {"__meta__":{"hash":"sha256:edbe74702464f0701b0793f4d6bada60a1a8368a77c3296435868d5abcce103b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const OrderLiveDocument = {"__meta__":{"hash":"sha256:d5bb538b677f5406809f1b2c551704a23ceb9131949bd4919aa5102c7500ef27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderLiveSubscription, OrderLiveSubscriptionVariables>;
export const MyOrderUpdatesDocument = {"__meta__":{"hash":"sha256:00a43a3af852cd02abac8385c7965e5b87a6f4f39e9c25ad989d6561a1aec3a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyOrderUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrderUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<MyOrderUpdatesSubscription, MyOrderUpdatesSubscriptionVariables>;
export const RequestUploadDocument = {"__meta__":{"hash":"sha256:40c605490c869acfa43218ba613e27fd73bf96c829e9adfc5ea811c63ad932ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"media"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestUploadMutation, RequestUploadMutationVariables>;
export const ConfirmUploadDocument = {"__meta__":{"hash":"sha256:9c832e9c7c1a955ae7cbf7b8c4210f16c5c52fa6063c5efa968048eb83fb1287"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mediaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mediaId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ConfirmUploadMutation, ConfirmUploadMutationVariables>;
export const DeleteMediaDocument = {"__meta__":{"hash":"sha256:8e6fc6ef890aa3a51e363b6eaf86a27864241e2df8db186921e9e95a1ebe739d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMedia"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeleteMediaMutation, DeleteMediaMutationVariables>;
export const MyNotificationsDocument = {"__meta__":{"hash":"sha256:efcf783c8750e19ba236bf9cc26a240a1b872c3988732c9f2df73eabf10503df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:046c12c8008bb5ee5f737d2848c14c9ab1f5dd31e87ec39eff1133e1a367c014"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationReceivedDocument = {"__meta__":{"hash":"sha256:3b51d4c9644b405e4ad24a5ffec6ab0e4a1d52db4c7692dd1d96ef439705968f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const PlaceOrderDocument = {"__meta__":{"hash":"sha256:d81a3ed4519d970d7b6676c2b542aced5126cbc8cda3c755e09131ab6c8eb3c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}},{"kind":"Field","name":{"kind":"Name","value":"pricingDate"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"landmark"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gstRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const StartOnlinePaymentDocument = {"__meta__":{"hash":"sha256:79fab610b2509e173381b7198285d6f75931c47ec5b105440989d03e52a1035f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartOnlinePayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startOnlinePayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"razorpayOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<StartOnlinePaymentMutation, StartOnlinePaymentMutationVariables>;
export const VerifyPaymentDocument = {"__meta__":{"hash":"sha256:70a9a729c19458da6622484ab8703fd77655090a0a382df8fdf22f109249f84c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<VerifyPaymentMutation, VerifyPaymentMutationVariables>;
export const MyOrdersDocument = {"__meta__":{"hash":"sha256:1e68400cacf073a2188b92b0221ad618cc492be8e12012a564bfd32be63fbf7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrdersFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyOrdersQuery, MyOrdersQueryVariables>;
export const OrderDetailDocument = {"__meta__":{"hash":"sha256:bf9fea3a87fb4975af2a6615e7e1352235e7b0e76de5ef9b0631d6e8ff9ef7e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummary"}},{"kind":"Field","name":{"kind":"Name","value":"pricingDate"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"closingReason"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"landmark"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"pincode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitDescription"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"gstRateBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const CancelOrderDocument = {"__meta__":{"hash":"sha256:0b5b2957941f5e85d930e48504b019555acbb8d44d45f385f4b06d8d0d28299e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderReasonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const PaymentDocument = {"__meta__":{"hash":"sha256:af0f981904e5964556f26774bb5c86c2ed6e6f6ed0d0c47d4316a44451a9085c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Payment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paise"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentQuery, PaymentQueryVariables>;