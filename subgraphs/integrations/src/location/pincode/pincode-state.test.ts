import { canonicalState, checkPincodeState, circleStates } from './pincode-state.js';
import { PincodeDirectory } from './pincode-directory.js';

const directory = PincodeDirectory.shipped();
const check = (pincode: string, state: string) => checkPincodeState(pincode, state, directory.find(pincode)?.states);

describe('the pincode must belong to the state', () => {
  it('accepts the seeded addresses’ pincodes in their states, however the state is written', () => {
    expect(check('560066', 'Karnataka')).toEqual({ ok: true, state: 'Karnataka' });
    expect(check('560011', 'KA')).toEqual({ ok: true, state: 'Karnataka' });
    expect(check('400053', 'maharashtra ')).toEqual({ ok: true, state: 'Maharashtra' });
    expect(check('411038', 'Maharashtra')).toEqual({ ok: true, state: 'Maharashtra' });
    expect(check('110001', 'New Delhi')).toEqual({ ok: true, state: 'Delhi' });
    expect(check('500032', 'Telangana')).toEqual({ ok: true, state: 'Telangana' });
    expect(check('600017', 'Tamil Nadu')).toEqual({ ok: true, state: 'Tamil Nadu' });
    expect(check('751001', 'Orissa')).toEqual({ ok: true, state: 'Odisha' });
  });

  it('refuses a pincode of another state, naming the pincode’s state', () => {
    expect(check('560066', 'Maharashtra')).toEqual({ ok: false, reason: 'PINCODE_STATE_MISMATCH', expected: ['Karnataka'] });
    expect(check('400053', 'Karnataka')).toMatchObject({ ok: false, reason: 'PINCODE_STATE_MISMATCH', expected: ['Maharashtra'] });
  });

  it('knows the UTs inside other circles from the directory (Goa in Maharashtra’s, Puducherry in Tamil Nadu’s)', () => {
    expect(check('403001', 'Goa')).toEqual({ ok: true, state: 'Goa' });
    expect(check('403001', 'Maharashtra')).toMatchObject({ ok: false, reason: 'PINCODE_STATE_MISMATCH' });
    expect(check('605001', 'Puducherry')).toEqual({ ok: true, state: 'Puducherry' });
  });

  it('uses India Post’s circles for a pincode the directory does not list', () => {
    expect(directory.find('560999')).toBeUndefined();
    expect(check('560999', 'Karnataka')).toEqual({ ok: true, state: 'Karnataka' });
    expect(check('560999', 'Kerala')).toEqual({ ok: false, reason: 'PINCODE_STATE_MISMATCH', expected: ['Karnataka'] });
    expect(circleStates('796999')).toEqual(['Mizoram']);
    expect(circleStates('403999')).toEqual(['Maharashtra', 'Goa']);
  });

  it('refuses what is no pincode or no state', () => {
    expect(check('012345', 'Karnataka')).toMatchObject({ ok: false, reason: 'INVALID_PINCODE' });
    expect(check('990001', 'Karnataka')).toMatchObject({ ok: false, reason: 'INVALID_PINCODE' });
    expect(check('56006', 'Karnataka')).toMatchObject({ ok: false, reason: 'INVALID_PINCODE' });
    expect(check('560066', 'Atlantis')).toMatchObject({ ok: false, reason: 'UNKNOWN_STATE', expected: ['Karnataka'] });
  });

  it('reads every state’s usual spellings', () => {
    expect(canonicalState('J&K')).toBe('Jammu and Kashmir');
    expect(canonicalState('jammu & kashmir')).toBe('Jammu and Kashmir');
    expect(canonicalState('Pondicherry')).toBe('Puducherry');
    expect(canonicalState('TS')).toBe('Telangana');
    expect(canonicalState('Bengaluru')).toBeNull();
  });
});

describe('the shipped pincode directory', () => {
  it('has India’s pincodes with centroids in the right places', () => {
    expect(directory.size).toBeGreaterThan(19_000);
    const whitefield = directory.find('560066')!;
    expect(whitefield.states).toEqual(['Karnataka']);
    expect(whitefield.centroid!.lat).toBeCloseTo(12.97, 1);
    expect(whitefield.centroid!.lng).toBeCloseTo(77.75, 1);
  });

  it('finds the nearest pincode to a point', () => {
    expect(directory.nearest({ lat: 12.9699, lng: 77.7499 })!.entry.pincode).toBe('560066');
  });
});
