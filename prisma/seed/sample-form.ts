import { COMMITMENT_TEXT, type DeclarationForm } from "../../lib/declarations/schemas";

/** A complete, valid declaration form; tests override the parts they are about. */
export function sampleForm(roundId: string, photoFileId: string): DeclarationForm {
  return {
    roundId,
    photoFileId,
    basic: { gender: "男", birthDate: "1990-03-03", ethnicity: "汉族", politicalStatus: "群众", mobile: "13900000000", workStartDate: "2012-07", position: "技术员" },
    professional: { currentTitle: "助理工程师", currentTitleDate: "2018-12-01", level: "INTERMEDIATE", titleName: "工程师", specialty: "机械设计" },
    exam: { examResult: "合格", publicHours: "30", professionalHours: "60" },
    education: [{ start: "2008-09", end: "2012-07", school: "贵州大学", major: "机械工程", degree: "本科" }],
    study: [],
    work: [{ start: "2012-07", end: "", employer: "测试单位", position: "技术员" }],
    achievements: [],
    results: [],
    attachments: {},
    commitment: COMMITMENT_TEXT,
  };
}
