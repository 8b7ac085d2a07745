/**
 * Does a pincode belong to the state an address names? Pure rules over the shipped pincode
 * directory (data/pincode-centroids.tsv, India Post's directory) and, for pincodes the directory
 * does not list (new ones), India Post's postal circles by the pincode's first digits.
 */

/** Official names of the states and union territories, and the spellings people use for them. */
const STATE_ALIASES: Record<string, string[]> = {
  'Andaman and Nicobar Islands': ['AN', 'Andaman & Nicobar', 'Andaman & Nicobar Islands', 'Andaman'],
  'Andhra Pradesh': ['AP'],
  'Arunachal Pradesh': ['AR'],
  Assam: ['AS'],
  Bihar: ['BR'],
  Chandigarh: ['CH'],
  Chhattisgarh: ['CG', 'CT', 'Chattisgarh'],
  'Dadra and Nagar Haveli and Daman and Diu': ['DN', 'DD', 'DH', 'Daman and Diu', 'Daman & Diu', 'Dadra and Nagar Haveli', 'Dadra & Nagar Haveli'],
  Delhi: ['DL', 'New Delhi', 'NCT of Delhi', 'National Capital Territory of Delhi'],
  Goa: ['GA'],
  Gujarat: ['GJ'],
  Haryana: ['HR'],
  'Himachal Pradesh': ['HP'],
  'Jammu and Kashmir': ['JK', 'J&K', 'Jammu & Kashmir'],
  Jharkhand: ['JH'],
  Karnataka: ['KA'],
  Kerala: ['KL'],
  Ladakh: ['LA'],
  Lakshadweep: ['LD'],
  'Madhya Pradesh': ['MP'],
  Maharashtra: ['MH'],
  Manipur: ['MN'],
  Meghalaya: ['ML'],
  Mizoram: ['MZ'],
  Nagaland: ['NL'],
  Odisha: ['OD', 'OR', 'Orissa'],
  Puducherry: ['PY', 'Pondicherry'],
  Punjab: ['PB'],
  Rajasthan: ['RJ'],
  Sikkim: ['SK'],
  'Tamil Nadu': ['TN'],
  Telangana: ['TG', 'TS'],
  Tripura: ['TR'],
  'Uttar Pradesh': ['UP'],
  Uttarakhand: ['UK', 'UT', 'Uttaranchal'],
  'West Bengal': ['WB'],
};

const key = (s: string) => s.toLowerCase().replace(/&/g, 'and').replace(/[^a-z]/g, '');
const CANONICAL = new Map<string, string>();
for (const [name, aliases] of Object.entries(STATE_ALIASES)) for (const spelling of [name, ...aliases]) CANONICAL.set(key(spelling), name);

/** The official name of a state or union territory as written on an address, or null if it is none. */
export function canonicalState(written: string): string | null {
  return CANONICAL.get(key(written)) ?? null;
}

export const INDIAN_STATES = Object.keys(STATE_ALIASES);

/**
 * India Post's postal circles by the pincode's first two or three digits (the longest prefix
 * wins). Circles span neighbouring states and UTs (Goa in the Maharashtra circle, Puducherry in
 * Tamil Nadu's), so a prefix allows each of them: this rule only refuses what cannot be right.
 */
const CIRCLES: Array<[prefix: string, states: string[]]> = [
  ['11', ['Delhi']],
  ['12', ['Haryana']], ['13', ['Haryana', 'Punjab']],
  ['14', ['Punjab']], ['15', ['Punjab']], ['16', ['Punjab', 'Chandigarh', 'Haryana']], ['160', ['Chandigarh', 'Punjab', 'Haryana']],
  ['17', ['Himachal Pradesh']],
  ['18', ['Jammu and Kashmir']], ['19', ['Jammu and Kashmir', 'Ladakh']], ['194', ['Ladakh', 'Jammu and Kashmir']],
  ['20', ['Uttar Pradesh']], ['21', ['Uttar Pradesh']], ['22', ['Uttar Pradesh']], ['23', ['Uttar Pradesh']],
  ['24', ['Uttar Pradesh', 'Uttarakhand']], ['25', ['Uttar Pradesh']], ['26', ['Uttar Pradesh', 'Uttarakhand']],
  ['27', ['Uttar Pradesh']], ['28', ['Uttar Pradesh']],
  ['30', ['Rajasthan']], ['31', ['Rajasthan']], ['32', ['Rajasthan']], ['33', ['Rajasthan']], ['34', ['Rajasthan']],
  ['36', ['Gujarat']], ['37', ['Gujarat']], ['38', ['Gujarat']], ['39', ['Gujarat', 'Dadra and Nagar Haveli and Daman and Diu']],
  ['40', ['Maharashtra', 'Goa']], ['41', ['Maharashtra']], ['42', ['Maharashtra']], ['43', ['Maharashtra']], ['44', ['Maharashtra']],
  ['45', ['Madhya Pradesh']], ['46', ['Madhya Pradesh']], ['47', ['Madhya Pradesh']], ['48', ['Madhya Pradesh']],
  ['49', ['Chhattisgarh']],
  ['50', ['Telangana', 'Andhra Pradesh']], ['51', ['Andhra Pradesh', 'Telangana']], ['52', ['Andhra Pradesh']], ['53', ['Andhra Pradesh']],
  ['56', ['Karnataka']], ['57', ['Karnataka']], ['58', ['Karnataka']], ['59', ['Karnataka']],
  ['60', ['Tamil Nadu', 'Puducherry']], ['61', ['Tamil Nadu']], ['62', ['Tamil Nadu']], ['63', ['Tamil Nadu']], ['64', ['Tamil Nadu']],
  ['67', ['Kerala', 'Puducherry']], ['68', ['Kerala', 'Lakshadweep']], ['69', ['Kerala']],
  ['70', ['West Bengal']], ['71', ['West Bengal']], ['72', ['West Bengal']], ['73', ['West Bengal', 'Sikkim']], ['74', ['West Bengal', 'Andaman and Nicobar Islands']],
  ['75', ['Odisha']], ['76', ['Odisha']], ['77', ['Odisha']],
  ['78', ['Assam']],
  ['790', ['Arunachal Pradesh']], ['791', ['Arunachal Pradesh']], ['792', ['Arunachal Pradesh']],
  ['793', ['Meghalaya']], ['794', ['Meghalaya']], ['795', ['Manipur']], ['796', ['Mizoram']],
  ['797', ['Nagaland']], ['798', ['Nagaland']], ['799', ['Tripura']],
  ['80', ['Bihar']], ['81', ['Bihar', 'Jharkhand']], ['82', ['Bihar', 'Jharkhand']], ['83', ['Jharkhand']], ['84', ['Bihar']], ['85', ['Bihar']],
];
const CIRCLE_BY_PREFIX = new Map(CIRCLES);

/** The states India Post's postal circles allow for a pincode (empty: no circle uses its prefix). */
export function circleStates(pincode: string): string[] {
  return CIRCLE_BY_PREFIX.get(pincode.slice(0, 3)) ?? CIRCLE_BY_PREFIX.get(pincode.slice(0, 2)) ?? [];
}

export const PINCODE = /^[1-9]\d{5}$/;

export type PincodeStateCheck =
  | { ok: true; state: string }
  | { ok: false; reason: 'INVALID_PINCODE' | 'UNKNOWN_STATE' | 'PINCODE_STATE_MISMATCH'; expected: string[] };

/**
 * Whether `pincode` belongs to `writtenState`: the directory's states for that pincode when it
 * lists it (`directoryStates`), India Post's circles by prefix otherwise.
 */
export function checkPincodeState(pincode: string, writtenState: string, directoryStates: readonly string[] | undefined): PincodeStateCheck {
  const expected = directoryStates?.length ? [...directoryStates] : circleStates(pincode);
  if (!PINCODE.test(pincode) || expected.length === 0) return { ok: false, reason: 'INVALID_PINCODE', expected: [] };
  const state = canonicalState(writtenState);
  if (!state) return { ok: false, reason: 'UNKNOWN_STATE', expected };
  return expected.includes(state) ? { ok: true, state } : { ok: false, reason: 'PINCODE_STATE_MISMATCH', expected };
}

/** The two-letter code of a state or union territory (as Google's `short_name` gives it), or the name itself. */
export function stateCode(state: string): string {
  const name = canonicalState(state);
  return (name && STATE_ALIASES[name]?.find((a) => /^[A-Z]{2}$/.test(a))) ?? state;
}
