/** A vendor's price for a material: their own, or the catalog base price when they set none. */
export function effectivePricePaise(offer: { pricePaise: number | null }, material: { basePricePaise: number }): number {
  return offer.pricePaise ?? material.basePricePaise;
}

/** Likewise for labour: the vendor's daily rate, or the trade's reference rate. */
export function effectiveDailyRatePaise(offer: { dailyRatePaise: number | null }, trade: { dailyRatePaise: number }): number {
  return offer.dailyRatePaise ?? trade.dailyRatePaise;
}
