/**
 * The largest amounts RealServ accepts, in one place. Money is integer paise and JavaScript
 * numbers are exact only up to 2^53 − 1 (≈ ₹90 lakh crore); amount × quantity × GST basis points
 * passes that long before a value does, so every input is capped well below it. With these caps
 * the largest line (100,000 × ₹1 crore = ₹1 lakh crore = 10^14 paise) and its tax stay exact, and
 * an order above ₹5 crore is refused before anything is reserved or stored.
 *
 * They are business limits too: a single unit of cement, steel or labour above ₹1 crore, or an
 * order above ₹5 crore, is a typo (or an attack), never a purchase this marketplace serves online.
 */

/** Highest price of one unit (a material's base price, a vendor's price, a daily rate filter): ₹1 crore. */
export const MAX_UNIT_PRICE_PAISE = 1_00_00_000_00;

/** Most units of sale (or worker-days) on one order line, and the highest minimum order quantity. */
export const MAX_LINE_QUANTITY = 100_000;

/** Highest total of one order (goods, delivery and GST), and so of any cash or refund amount: ₹5 crore. */
export const MAX_ORDER_TOTAL_PAISE = 5_00_00_000_00;
