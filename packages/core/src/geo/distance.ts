const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Distance in kilometres from a point to the nearest point of a [south, west, north, east] box. */
export function distanceToBoxKm(
  latitude: number,
  longitude: number,
  [south, west, north, east]: readonly [number, number, number, number],
): number {
  const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);
  return distanceKm(latitude, longitude, clamp(latitude, south, north), clamp(longitude, west, east));
}
