// 统一社会信用代码 (GB 32100-2015): 17 characters, then a check character (mod 31 over a 31-character alphabet).

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * ALPHABET.indexOf(first17[i]), 0);
  return ALPHABET[(31 - (sum % 31)) % 31];
}

export function usccProblem(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  if (!code) return "请输入统一社会信用代码";
  if (code.length !== 18) return "统一社会信用代码应为18位";
  if (![...code].every((c) => ALPHABET.includes(c))) return "统一社会信用代码含有无效字符（不使用I、O、Z、S、V）";
  if (!/^\d{6}$/.test(code.slice(2, 8))) return "统一社会信用代码第3至8位应为行政区划码";
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return "统一社会信用代码校验位不正确";
  return null;
}
