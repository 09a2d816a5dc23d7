// Japan Standard Time, UTC+9 all year (no daylight saving since 1951): a fixed offset gives the
// same answer on every machine, whatever its TZ or ICU data.
const JST = 9 * 60 * 60 * 1000;

/**
 * An instant as a municipality in Japan dates it, whatever the machine's time zone:
 * `2026-03-31T23:30:00Z` → "2026-04-01T08:30:00" (the wall clock of Asia/Tokyo, no zone).
 */
export function tokyoTime(date: Date): string {
  return new Date(date.getTime() + JST).toISOString().slice(0, 19);
}
