import type { DeclarationStatus, UnitKind } from "@/lib/db/generated/enums";

// 跟踪 names the stage a declaration is at and who holds it, in the manual's words.

export type StageInput = {
  status: DeclarationStatus;
  unitName: string;
  holderName: string | null;
  holderKind: UnitKind | null;
  supplementDeadline: string | null;
};

export function currentStage(d: StageInput): { stage: string; holder: string } {
  const holder = d.holderName ?? d.unitName;
  switch (d.status) {
    case "DRAFT":
      return { stage: "未申报", holder: "申报人" };
    case "SUBMITTED":
      return { stage: "单位内部核验", holder: d.unitName };
    case "RETURNED":
      return { stage: "单位核验不通过，待申报人修改后重新申报", holder: "申报人" };
    case "UNIT_VERIFIED":
      return { stage: "待申报公示", holder: d.unitName };
    case "IN_PUBLICITY":
      return { stage: "申报公示中", holder: d.unitName };
    case "PUBLICIZED":
      return { stage: "待单位推荐上报", holder: d.unitName };
    case "RECOMMENDED":
      return { stage: d.holderKind === "COMPETENT_DEPT" ? "职称评审推荐审核" : "资格性审查", holder };
    case "DEPT_APPROVED":
      return { stage: "资格性审查", holder };
    case "NEEDS_SUPPLEMENT":
      return { stage: `待申报人补充申报材料${d.supplementDeadline ? `（补正期限：${d.supplementDeadline}）` : ""}`, holder: "申报人" };
    case "QUALIFIED":
      return { stage: "资格性审查通过，待评审委员会评审", holder };
    case "REJECTED":
      return { stage: "资格性审查不通过，已办结", holder };
    case "PASSED":
      return { stage: "评审通过", holder };
    case "FAILED":
      return { stage: "评审未通过", holder };
  }
}
