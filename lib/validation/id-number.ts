// 公民身份号码 (GB 11643-1999): a 6-digit address code, the birth date, a sequence number, then a check character from
// ISO 7064 MOD 11-2.

import { isIdRegionCode } from "./region-code";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = "10X98765432";

export function idNumberCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK_CHARS[sum % 11];
}

function validBirthDate(id: string) {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whole years between the birth date (YYYYMMDD) and today, both calendar days. */
function ageOn(birth: string, today: string) {
  const years = Number(today.slice(0, 4)) - Number(birth.slice(0, 4));
  return today.slice(4) >= birth.slice(4) ? years : years - 1;
}

// A platform for working professionals: 16 is the legal working age; past 100 the number is a typing error.
export const MIN_AGE = 16;
export const MAX_AGE = 100;

/** Today as YYYYMMDD in Asia/Shanghai, whatever the server's zone. */
function shanghaiToday(now: Date) {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll("-", "");
}

/** Normalises a lower-case x; returns the reason an ID number is invalid, or null. */
export function idNumberProblem(raw: string, now = new Date()): string | null {
  const id = raw.trim().toUpperCase();
  if (!id) return "请输入身份证号";
  if (!/^\d{17}[\dX]$/.test(id)) return "身份证号应为18位，前17位为数字，末位为数字或X";
  if (!isIdRegionCode(id.slice(0, 6))) return "身份证号前6位不是有效的行政区划代码";
  if (!validBirthDate(id)) return "身份证号中的出生日期无效";
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return "身份证号校验位不正确";
  const birth = id.slice(6, 14);
  const today = shanghaiToday(now);
  if (birth > today) return "身份证号中的出生日期晚于今天";
  const age = ageOn(birth, today);
  if (age < MIN_AGE || age > MAX_AGE) return `身份证号中的出生日期不合理（年龄应在${MIN_AGE}至${MAX_AGE}周岁之间）`;
  return null;
}

export function normaliseIdNumber(raw: string) {
  return raw.trim().toUpperCase();
}

/** 5201**********123X → shows region prefix and last four only. */
export function maskIdNumber(id: string) {
  return id.length === 18 ? `${id.slice(0, 4)}**********${id.slice(14)}` : id;
}
