const INDIAN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Kolkata', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar date in India (`YYYY-MM-DD`) at `at`: prices, GST rates and settlement periods
 * follow Indian calendar days, whatever the server's time zone.
 */
export function indianDate(at: Date = new Date()): string {
  return INDIAN_DATE.format(at);
}
