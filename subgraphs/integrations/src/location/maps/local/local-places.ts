import type { LatLng } from '../../geo.js';

/**
 * What the local maps server knows beyond the pincode directory: the seeded cities (vendors,
 * buyers and tests use Bengaluru, Mysuru, Mumbai, Pune, Delhi, Hyderabad and Chennai), their
 * neighbourhoods at their real coordinates, and how their roads compare with a straight line
 * (road factor) and how fast a loaded truck moves through them.
 */
export interface LocalCity {
  name: string;
  state: string;
  stateCode: string;
  district: string;
  centre: LatLng;
  /** Road distance ÷ straight line within the city (dense, one-way, river crossings). */
  roadFactor: number;
  /** Average driving speed of a delivery truck in the city, km/h. */
  speedKmph: number;
}

export interface LocalLocality {
  pincode: string;
  name: string;
  city: string;
  point: LatLng;
}

export const LOCAL_CITIES: LocalCity[] = [
  { name: 'Bengaluru', state: 'Karnataka', stateCode: 'KA', district: 'Bangalore Urban', centre: { lat: 12.9716, lng: 77.5946 }, roadFactor: 1.45, speedKmph: 18 },
  { name: 'Mysuru', state: 'Karnataka', stateCode: 'KA', district: 'Mysuru', centre: { lat: 12.2958, lng: 76.6394 }, roadFactor: 1.35, speedKmph: 24 },
  { name: 'Mumbai', state: 'Maharashtra', stateCode: 'MH', district: 'Mumbai', centre: { lat: 19.076, lng: 72.8777 }, roadFactor: 1.5, speedKmph: 16 },
  { name: 'Pune', state: 'Maharashtra', stateCode: 'MH', district: 'Pune', centre: { lat: 18.5204, lng: 73.8567 }, roadFactor: 1.4, speedKmph: 20 },
  { name: 'New Delhi', state: 'Delhi', stateCode: 'DL', district: 'New Delhi', centre: { lat: 28.6139, lng: 77.209 }, roadFactor: 1.35, speedKmph: 20 },
  { name: 'Hyderabad', state: 'Telangana', stateCode: 'TG', district: 'Hyderabad', centre: { lat: 17.385, lng: 78.4867 }, roadFactor: 1.4, speedKmph: 20 },
  { name: 'Chennai', state: 'Tamil Nadu', stateCode: 'TN', district: 'Chennai', centre: { lat: 13.0827, lng: 80.2707 }, roadFactor: 1.4, speedKmph: 19 },
];

/** Between cities (and outside them): highways, straighter and faster. */
export const INTERCITY = { roadFactor: 1.25, speedKmph: 45 };
/** A point within this of a city's centre drives on that city's roads. */
export const CITY_RADIUS_METERS = 35_000;

export const LOCAL_LOCALITIES: LocalLocality[] = [
  { pincode: '560001', name: 'MG Road', city: 'Bengaluru', point: { lat: 12.9756, lng: 77.6069 } },
  { pincode: '560011', name: 'Jayanagar', city: 'Bengaluru', point: { lat: 12.925, lng: 77.5938 } },
  { pincode: '560016', name: 'Ramamurthy Nagar', city: 'Bengaluru', point: { lat: 13.0122, lng: 77.6784 } },
  { pincode: '560017', name: 'Vimanapura', city: 'Bengaluru', point: { lat: 12.9591, lng: 77.6974 } },
  { pincode: '560022', name: 'Yeshwanthpur', city: 'Bengaluru', point: { lat: 13.0285, lng: 77.5401 } },
  { pincode: '560034', name: 'Koramangala', city: 'Bengaluru', point: { lat: 12.9352, lng: 77.6245 } },
  { pincode: '560038', name: 'Indiranagar', city: 'Bengaluru', point: { lat: 12.9784, lng: 77.6408 } },
  { pincode: '560066', name: 'Whitefield', city: 'Bengaluru', point: { lat: 12.9698, lng: 77.75 } },
  { pincode: '560078', name: 'JP Nagar', city: 'Bengaluru', point: { lat: 12.9063, lng: 77.5857 } },
  { pincode: '560100', name: 'Electronic City', city: 'Bengaluru', point: { lat: 12.8452, lng: 77.6602 } },
  { pincode: '570001', name: 'Mysuru City', city: 'Mysuru', point: { lat: 12.3051, lng: 76.6551 } },
  { pincode: '400001', name: 'Fort', city: 'Mumbai', point: { lat: 18.9338, lng: 72.8356 } },
  { pincode: '400050', name: 'Bandra West', city: 'Mumbai', point: { lat: 19.0596, lng: 72.8295 } },
  { pincode: '400053', name: 'Andheri West', city: 'Mumbai', point: { lat: 19.1364, lng: 72.8296 } },
  { pincode: '400070', name: 'Kurla', city: 'Mumbai', point: { lat: 19.0726, lng: 72.8845 } },
  { pincode: '400076', name: 'Powai', city: 'Mumbai', point: { lat: 19.1176, lng: 72.906 } },
  { pincode: '411001', name: 'Pune Camp', city: 'Pune', point: { lat: 18.5158, lng: 73.876 } },
  { pincode: '411014', name: 'Viman Nagar', city: 'Pune', point: { lat: 18.5679, lng: 73.9143 } },
  { pincode: '411038', name: 'Kothrud', city: 'Pune', point: { lat: 18.5074, lng: 73.8077 } },
  { pincode: '411057', name: 'Hinjewadi', city: 'Pune', point: { lat: 18.5912, lng: 73.7389 } },
  { pincode: '110001', name: 'Connaught Place', city: 'New Delhi', point: { lat: 28.6315, lng: 77.2167 } },
  { pincode: '110017', name: 'Malviya Nagar', city: 'New Delhi', point: { lat: 28.5355, lng: 77.2109 } },
  { pincode: '110020', name: 'Okhla', city: 'New Delhi', point: { lat: 28.5308, lng: 77.2713 } },
  { pincode: '110085', name: 'Rohini', city: 'New Delhi', point: { lat: 28.7383, lng: 77.0822 } },
  { pincode: '500001', name: 'Abids', city: 'Hyderabad', point: { lat: 17.3924, lng: 78.4753 } },
  { pincode: '500032', name: 'Gachibowli', city: 'Hyderabad', point: { lat: 17.4401, lng: 78.3489 } },
  { pincode: '500034', name: 'Banjara Hills', city: 'Hyderabad', point: { lat: 17.4156, lng: 78.4347 } },
  { pincode: '500081', name: 'Madhapur', city: 'Hyderabad', point: { lat: 17.4483, lng: 78.3915 } },
  { pincode: '600017', name: 'T. Nagar', city: 'Chennai', point: { lat: 13.0418, lng: 80.2341 } },
  { pincode: '600020', name: 'Adyar', city: 'Chennai', point: { lat: 13.0012, lng: 80.2565 } },
  { pincode: '600040', name: 'Anna Nagar', city: 'Chennai', point: { lat: 13.085, lng: 80.2101 } },
  { pincode: '600096', name: 'Perungudi', city: 'Chennai', point: { lat: 12.9654, lng: 80.2461 } },
];
