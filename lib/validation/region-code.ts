// The address code that opens a 公民身份号码 (GB 11643: the first 6 digits, a GB/T 2260 行政区划代码). A number keeps
// the code of where it was issued, also after that county was renamed or merged (毕节地区's 5224xx numbers outlive
// the 地区), so the code is checked for its form, not against today's list: a real province (or 港澳台居民居住证's
// 810000/820000/830000), then a prefecture part 01–70 or 90 (省直辖县级).

const PROVINCES = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71",
]);
const RESIDENCE_PERMITS = new Set(["810000", "820000", "830000"]);

export function isIdRegionCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  if (RESIDENCE_PERMITS.has(code)) return true;
  const prefecture = Number(code.slice(2, 4));
  return PROVINCES.has(code.slice(0, 2)) && ((prefecture >= 1 && prefecture <= 70) || prefecture === 90);
}
