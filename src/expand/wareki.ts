/** Japanese era dates as 公用文 writes them: 令和8年3月, 令和元年5月1日. */
const ERAS: Array<{ name: string; start: [number, number, number] }> = [
  { name: '令和', start: [2019, 5, 1] },
  { name: '平成', start: [1989, 1, 8] },
  { name: '昭和', start: [1926, 12, 25] },
  { name: '大正', start: [1912, 7, 30] },
  { name: '明治', start: [1868, 1, 25] },
];

function onOrAfter(a: [number, number, number], b: [number, number, number]): boolean {
  return a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] >= b[2];
}

/**
 * "2026-03" → 令和8年3月, "2019-05-01" → 令和元年5月1日. A month-only date is placed in an era by
 * the month's last day, so "2019-05" is 令和元年5月 and "2019-04" 平成31年4月.
 * Returns undefined for anything that is not such a date.
 */
export function toWareki(date: string): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  // Day 1 to the month's last: 2026-02-30 is no date (Date.UTC would roll it into March).
  if (month < 1 || month > 12 || (day !== undefined && (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1))) return undefined;
  const probe: [number, number, number] = [year, month, day ?? 31];
  const era = ERAS.find((e) => onOrAfter(probe, e.start));
  if (!era) return undefined;
  const n = year - era.start[0] + 1;
  return `${era.name}${n === 1 ? '元' : n}年${month}月${day === undefined ? '' : `${day}日`}`;
}
