/**
 * How long anyone may reuse a public catalog answer (Apollo `@cacheControl`, in seconds). An
 * answer is as fresh as its most volatile field. Catalog writes also drop the gateway's cached
 * answers at once (CatalogChanged, InventoryChanged): these ages bound staleness where nothing
 * announces a change (stock held by orders) and when an announcement is lost. Why these
 * numbers: docs/caching.md.
 */

/** Categories, materials' names, descriptions and specifications, trades, GST rates: admin edits, a few a day. */
export const CATALOG_MAX_AGE_SECONDS = 300;

/** Prices, stock and offers: vendors reprice and orders hold stock all day; a buyer may see them this old. */
export const OFFER_MAX_AGE_SECONDS = 5;

export const CATALOG_HINT = `@cacheControl(maxAge: ${CATALOG_MAX_AGE_SECONDS})`;
export const OFFER_HINT = `@cacheControl(maxAge: ${OFFER_MAX_AGE_SECONDS})`;
