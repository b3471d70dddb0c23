// 密码规则: at least 8 characters with upper case, lower case, digit and special character.

export const INITIAL_PASSWORD = "123@abc";
export const PASSWORD_MAX_LENGTH = 64;

export function passwordProblem(password: string): string | null {
  if (password.length < 8) return "密码长度不能少于8位";
  if (password.length > PASSWORD_MAX_LENGTH) return `密码长度不能超过${PASSWORD_MAX_LENGTH}位`;
  if (/\s/.test(password)) return "密码不能包含空格";
  if (!/[A-Z]/.test(password)) return "密码须包含大写字母";
  if (!/[a-z]/.test(password)) return "密码须包含小写字母";
  if (!/[0-9]/.test(password)) return "密码须包含数字";
  if (!/[^A-Za-z0-9]/.test(password)) return "密码须包含特殊字符";
  return null;
}
