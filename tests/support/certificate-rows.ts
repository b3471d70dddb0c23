import { idNumberCheckChar } from "@/lib/validation/id-number";

// Certificate rows for tests and benches: valid ID numbers, unique 证书编号 from a prefix and an index.

export function idNumberFor(i: number, birth = "19850101") {
  const first17 = `520102${birth}${String(i % 1000).padStart(3, "0")}`;
  return first17 + idNumberCheckChar(first17);
}

/** A person's name holds no digits: 证书人一二 for row 12. */
export const nameFor = (i: number) => `证书人${String(i).replace(/\d/g, (d) => "零一二三四五六七八九"[Number(d)])}`;

export function certificateRow(prefix: string, i: number, over: Partial<Record<string, string>> = {}) {
  return {
    number: `${prefix}${String(i).padStart(7, "0")}`,
    name: nameFor(i),
    idNumber: idNumberFor(i),
    gender: i % 2 ? "男" : "女",
    titleName: "高级工程师",
    level: "副高级",
    series: "工程系列",
    specialty: "机械设计",
    committee: "贵州省工程系列高级专业技术职务任职资格评审委员会",
    approvalNo: "黔人社职称〔2021〕12号",
    obtainedOn: "2021-12-20",
    issuer: "贵州省人力资源和社会保障厅",
    ...over,
  };
}
