import { registerEnumType } from 'type-graphql';

/** How a material is sold. `unitDescription` on the material says the pack (e.g. "50 kg bag"). */
export enum SaleUnit {
  BAG = 'BAG',
  TONNE = 'TONNE',
  KG = 'KG',
  PIECE = 'PIECE',
  CUBIC_FOOT = 'CUBIC_FOOT',
  CUBIC_METRE = 'CUBIC_METRE',
  /** 100 cubic feet; how sand and aggregates are traded in much of India. */
  BRASS = 'BRASS',
  LITRE = 'LITRE',
  SQUARE_FOOT = 'SQUARE_FOOT',
  RUNNING_METRE = 'RUNNING_METRE',
  BOX = 'BOX',
  BUNDLE = 'BUNDLE',
  ROLL = 'ROLL',
  SET = 'SET',
}
registerEnumType(SaleUnit, { name: 'SaleUnit', description: 'The unit a material is priced and ordered in.' });
