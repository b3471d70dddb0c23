// Names as people and units really have them. A person's name is letters of any script (汉字, and the Latin or other
// letters of minority and foreign names) joined by the 间隔号 · (also typed as • ‧ ・), a space or a hyphen. A unit's
// name may hold digits and punctuation such as （）, but never markup.

const PERSON_NAME = /^[\p{L}\p{M}]+([·•‧・ \-.][\p{L}\p{M}]+)*$/u;
const MARKUP = /[<>"'`{}\\]/;

export function personNameProblem(name: string): string | null {
  return PERSON_NAME.test(name) ? null : "姓名只能由汉字、字母和间隔号（·）组成";
}

export function unitNameProblem(name: string): string | null {
  return MARKUP.test(name) ? "单位名称不能包含 < > \" ' ` { } \\ 等符号" : null;
}
