/**
 * Shapes of the demo catalog (seed/catalog-data.ts). Plain data: the seed turns it into
 * entities through the same services the API uses, so validation applies to it too.
 */
export type CategoryKind = 'MATERIAL' | 'LABOUR';

export type SaleUnitName =
  | 'BAG'
  | 'TONNE'
  | 'KG'
  | 'PIECE'
  | 'CUBIC_FOOT'
  | 'CUBIC_METRE'
  | 'BRASS'
  | 'LITRE'
  | 'SQUARE_FOOT'
  | 'RUNNING_METRE'
  | 'BOX'
  | 'BUNDLE'
  | 'ROLL'
  | 'SET';

export interface SeedCategory {
  slug: string;
  name: string;
  kind: CategoryKind;
  /** Slug of the parent category; omitted for a root. */
  parent?: string;
  description: string;
  sortOrder: number;
}

export interface SeedGstRate {
  hsnCode: string;
  description: string;
  /** Percent in basis points: 18 % = 1800. */
  rateBasisPoints: number;
  /** ISO date (YYYY-MM-DD) from which the rate applies. */
  effectiveFrom: string;
}

export interface SeedSpecification {
  /** Machine key, e.g. "grade", "diameter", "cementType". */
  key: string;
  /** Label shown to buyers, e.g. "Grade". */
  label: string;
  /** Value as text, e.g. "53", "OPC", "Fe500D". */
  value: string;
  /** Unit of the value when it has one, e.g. "mm", "kg". */
  unit?: string;
}

export interface SeedMaterial {
  slug: string;
  name: string;
  /** Slug of a MATERIAL category (a leaf or any level). */
  category: string;
  brand?: string;
  description: string;
  specifications: SeedSpecification[];
  unit: SaleUnitName;
  /** Human description of the unit, e.g. "50 kg bag", "per tonne", "1 brass = 100 cubic feet". */
  unitDescription: string;
  /** Base price per unit, integer paise, GST exclusive. */
  basePricePaise: number;
  /** Must exist in the GST rate table. */
  hsnCode: string;
}

export interface SeedLaborCategory {
  slug: string;
  name: string;
  /** Slug of a LABOUR category. */
  category: string;
  skillDescription: string;
  hourlyRatePaise: number;
  dailyRatePaise: number;
  /** SAC code of the service, e.g. "998519" (labour supply) or "995461" (installation). */
  sacCode: string;
}

export interface SeedVendorInventory {
  material: string;
  /** Omitted: the vendor sells at the base price. */
  pricePaise?: number;
  stockQuantity: number;
  minOrderQuantity: number;
  leadTimeDays: number;
}

export interface SeedLaborOffer {
  laborCategory: string;
  workersAvailable: number;
  /** Omitted: the category's daily rate. */
  dailyRatePaise?: number;
}

export interface SeedVendorCatalog {
  /** Fixed id of a demo vendor (the vendors subgraph will own these vendors). */
  vendorId: string;
  name: string;
  inventory: SeedVendorInventory[];
  laborOffers: SeedLaborOffer[];
}
