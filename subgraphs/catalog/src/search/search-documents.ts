import { buildSearchText } from './search-text.js';
import type { Material } from '../material/material.entity.js';
import type { LaborCategory } from '../labor/labor-category.entity.js';

export function materialSearchText(
  material: Pick<Material, 'name' | 'brand' | 'specifications' | 'unitDescription'>,
  categoryNames: string[],
): string {
  return buildSearchText({
    name: material.name,
    brand: material.brand,
    categoryNames,
    specifications: material.specifications,
    extra: [material.unitDescription],
  });
}

export function laborSearchText(trade: Pick<LaborCategory, 'name' | 'skillDescription'>, categoryNames: string[]): string {
  return buildSearchText({ name: trade.name, categoryNames, extra: [trade.skillDescription] });
}
