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
registerEnumType(SaleUnit, {
  name: 'SaleUnit',
  description: 'The unit a material is priced and ordered in.',
  valuesConfig: {
    BAG: { description: 'One bag (see unitDescription, e.g. "50 kg bag").' },
    TONNE: { description: 'One metric tonne (1,000 kg).' },
    KG: { description: 'One kilogram.' },
    PIECE: { description: 'One piece.' },
    CUBIC_FOOT: { description: 'One cubic foot.' },
    CUBIC_METRE: { description: 'One cubic metre.' },
    BRASS: { description: 'One brass = 100 cubic feet; how sand and aggregates are traded in much of India.' },
    LITRE: { description: 'One litre.' },
    SQUARE_FOOT: { description: 'One square foot.' },
    RUNNING_METRE: { description: 'One metre of length.' },
    BOX: { description: 'One box (see unitDescription for its content).' },
    BUNDLE: { description: 'One bundle (see unitDescription for its content).' },
    ROLL: { description: 'One roll (see unitDescription for its length).' },
    SET: { description: 'One set (see unitDescription for its content).' },
  },
});
