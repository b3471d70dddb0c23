export function mobileProblem(raw: string): string | null {
  if (!raw.trim()) return "请输入手机号码";
  return /^1[3-9]\d{9}$/.test(raw.trim()) ? null : "手机号码应为以1开头的11位数字";
}

export function maskMobile(mobile: string) {
  return mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : mobile;
}
