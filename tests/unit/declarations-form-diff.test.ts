import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffForms, SECTION_LABELS } from "@/lib/declarations/form-diff";
import { COMMITMENT_TEXT, declarationFormSchema, FIELD_LABELS, type DeclarationForm } from "@/lib/declarations/schemas";

const base: DeclarationForm = {
  roundId: "round-2026",
  photoFileId: "photo-1",
  basic: { gender: "男", birthDate: "1990-03-03", ethnicity: "汉族", politicalStatus: "群众", mobile: "13900000000", workStartDate: "2012-07", position: "技术员" },
  professional: { currentTitle: "助理工程师", currentTitleDate: "2018-12-01", level: "INTERMEDIATE", titleName: "工程师", specialty: "机械设计" },
  exam: { examResult: "合格", publicHours: "30", professionalHours: "60" },
  education: [
    { start: "2005-09", end: "2008-07", school: "贵阳一中", major: "理科", degree: "高中" },
    { start: "2008-09", end: "2012-07", school: "贵州大学", major: "机械工程", degree: "本科" },
  ],
  study: [],
  work: [
    { start: "2012-07", end: "2016-06", employer: "遵义机械厂", position: "技术员" },
    { start: "2016-07", end: "", employer: "贵阳装备公司", position: "工程师" },
  ],
  achievements: [{ start: "2019-01", end: "2020-12", project: "数控机床改造", role: "主持", description: "" }],
  results: [{ date: "2021-05", title: "机床主轴热变形补偿研究", kind: "论文", publisher: "机械工程学报", rank: "第一" }],
  attachments: { education: [{ fileId: "f1", name: "毕业证书.pdf" }] },
  commitment: COMMITMENT_TEXT,
};

/** A deep copy of the base form with changes applied. */
function edited(change: (f: DeclarationForm) => void) {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe("diffForms", () => {
  it("the base form is valid, and equal forms have no changes", () => {
    expect(declarationFormSchema.safeParse(base).success).toBe(true);
    expect(diffForms(base, structuredClone(base))).toEqual([]);
  });

  it("object sections compare field by field with the form's labels", () => {
    const after = edited((f) => {
      f.basic.mobile = "13800000000";
      f.basic.position = "主任工程师";
      f.exam.publicHours = "90";
    });
    expect(diffForms(base, after)).toEqual([
      { section: "基本情况", field: "手机号码", before: "13900000000", after: "13800000000" },
      { section: "基本情况", field: "现任职务", before: "技术员", after: "主任工程师" },
      { section: "考试考核学时情况", field: "公需科目学时", before: "30", after: "90" },
    ]);
  });

  it("申报级别 is shown by its Chinese name and 申报批次 by the name the caller gives", () => {
    const after = edited((f) => {
      f.professional.level = "DEPUTY_SENIOR";
      f.professional.titleName = "高级工程师";
      f.roundId = "round-2027";
    });
    const names: Record<string, string> = { "round-2026": "2026年度工程系列", "round-2027": "2027年度工程系列" };
    expect(diffForms(base, after, { roundName: (id) => names[id] })).toEqual([
      { section: "专业技术信息", field: "申报批次", before: "2026年度工程系列", after: "2027年度工程系列" },
      { section: "专业技术信息", field: "申报级别", before: "中级", after: "副高级" },
      { section: "专业技术信息", field: "申报职称", before: "工程师", after: "高级工程师" },
    ]);
    expect(diffForms(base, after)[0]).toMatchObject({ before: "round-2026", after: "round-2027" });
  });

  it("an edited row names its number and school and lists only the fields that differ", () => {
    const after = edited((f) => {
      f.education[1].major = "机械设计制造及其自动化";
      f.education[1].degree = "本科/学士";
    });
    expect(diffForms(base, after)).toEqual([
      {
        section: "教育情况",
        field: "第2条（贵州大学）",
        before: "所学专业：机械工程；学历学位：本科",
        after: "所学专业：机械设计制造及其自动化；学历学位：本科/学士",
      },
    ]);
  });

  it("a row added at the top is one addition, not every row changed", () => {
    const after = edited((f) => f.work.unshift({ start: "2011-07", end: "2012-06", employer: "实习单位", position: "实习生" }));
    expect(diffForms(base, after)).toEqual([
      { section: "工作经历", field: "第1条（实习单位）", before: "（新增）", after: "2011-07至2012-06；工作单位：实习单位；职务：实习生" },
    ]);
  });

  it("a removed row is described in full under its old number; an open end reads 至今", () => {
    const after = edited((f) => f.work.splice(1, 1));
    expect(diffForms(base, after)).toEqual([
      { section: "工作经历", field: "原第2条（贵阳装备公司）", before: "2016-07至今；工作单位：贵阳装备公司；职务：工程师", after: "（已删除）" },
    ]);
  });

  it("closing an open period shows 至今 → the end month", () => {
    const after = edited((f) => (f.work[1].end = "2024-12"));
    expect(diffForms(base, after)).toEqual([{ section: "工作经历", field: "第2条（贵阳装备公司）", before: "结束年月：至今", after: "结束年月：2024-12" }]);
  });

  it("a row that only moved is reported as moved", () => {
    const after = edited((f) => f.education.reverse());
    expect(diffForms(base, after)).toEqual([{ section: "教育情况", field: "第2条（贵阳一中）", before: "原第1条", after: "调整为第2条" }]);
  });

  it("a row rewritten completely is a deletion and an addition; an empty optional field is left out of the description", () => {
    const after = edited((f) => (f.achievements[0] = { start: "2022-03", end: "2023-06", project: "产线自动化", role: "参与", description: "负责电气设计" }));
    expect(diffForms(base, after)).toEqual([
      { section: "任现职后主要专业技术工作业绩", field: "第1条（产线自动化）", before: "（新增）", after: "2022-03至2023-06；项目名称：产线自动化；本人作用：参与；业绩说明：负责电气设计" },
      { section: "任现职后主要专业技术工作业绩", field: "原第1条（数控机床改造）", before: "2019-01至2020-12；项目名称：数控机床改造；本人作用：主持", after: "（已删除）" },
    ]);
  });

  it("an optional field filled in shows （空） before", () => {
    const after = edited((f) => (f.achievements[0].description = "完成改造10台"));
    expect(diffForms(base, after)).toEqual([
      { section: "任现职后主要专业技术工作业绩", field: "第1条（数控机床改造）", before: "业绩说明：（空）", after: "业绩说明：完成改造10台" },
    ]);
  });

  it("results rows have no period and are described by their fields", () => {
    const after = edited((f) => {
      f.results[0].rank = "第二";
      f.results.push({ date: "2023-01", title: "一种主轴冷却装置", kind: "专利", publisher: "国家知识产权局", rank: "第一" });
    });
    expect(diffForms(base, after)).toEqual([
      { section: "任现职后主要学术成果", field: "第1条（机床主轴热变形补偿研究）", before: "本人排名：第一", after: "本人排名：第二" },
      {
        section: "任现职后主要学术成果",
        field: "第2条（一种主轴冷却装置）",
        before: "（新增）",
        after: "发表年月：2023-01；成果名称：一种主轴冷却装置；成果类别：专利；刊物或出版单位：国家知识产权局；本人排名：第一",
      },
    ]);
  });

  it("several edits in one list: an edit, an insertion in the middle and a deletion at the end", () => {
    const after = edited((f) => {
      f.work = [
        { start: "2012-07", end: "2016-06", employer: "遵义机械厂", position: "助理技术员" },
        { start: "2016-07", end: "2016-12", employer: "借调单位", position: "技术员" },
      ];
    });
    const changes = diffForms(base, after);
    expect(changes).toHaveLength(3);
    expect(changes).toContainEqual({ section: "工作经历", field: "第1条（遵义机械厂）", before: "职务：技术员", after: "职务：助理技术员" });
    expect(changes).toContainEqual(expect.objectContaining({ field: "第2条（借调单位）" }));
    expect(changes.map((c) => c.field)).not.toContain("第2条（贵阳装备公司）");
  });

  it("a list that was empty shows each new row as added", () => {
    const after = edited((f) => (f.study = [{ start: "2015-03", end: "2015-06", institution: "省人社厅继续教育中心", content: "数控技术" }]));
    expect(diffForms(base, after)).toEqual([
      { section: "工作后学习经历", field: "第1条（省人社厅继续教育中心）", before: "（新增）", after: "2015-03至2015-06；学习机构：省人社厅继续教育中心；学习内容：数控技术" },
    ]);
  });

  it("attachments: added and removed names per section; the same name uploaded again is a replacement", () => {
    const after = edited((f) => {
      f.attachments = {
        education: [{ fileId: "f9", name: "毕业证书.pdf" }],
        work: [{ fileId: "f2", name: "劳动合同.pdf" }],
      };
    });
    expect(diffForms(base, after)).toEqual([
      { section: "教育情况", field: "附件", before: "毕业证书.pdf", after: "毕业证书.pdf（重新上传）" },
      { section: "工作经历", field: "附件", before: "（新增）", after: "劳动合同.pdf" },
    ]);
    expect(diffForms(after, base)).toEqual([
      { section: "教育情况", field: "附件", before: "毕业证书.pdf", after: "毕业证书.pdf（重新上传）" },
      { section: "工作经历", field: "附件", before: "劳动合同.pdf", after: "（已删除）" },
    ]);
  });

  it("a renamed-only attachment list entry with the same file is no change", () => {
    const after = edited((f) => (f.attachments.education = [{ fileId: "f1", name: "毕业证书.pdf" }]));
    expect(diffForms(base, after)).toEqual([]);
  });

  it("a new photo is reported once", () => {
    expect(diffForms(base, edited((f) => (f.photoFileId = "photo-2")))).toEqual([
      { section: "头像", field: "头像", before: "原头像", after: "已更换为新头像" },
    ]);
  });

  it("changes come in the form's section order", () => {
    const after = edited((f) => {
      f.results[0].rank = "第三";
      f.attachments.basic = [{ fileId: "f5", name: "身份证.jpg" }];
      f.photoFileId = "photo-3";
      f.exam.examResult = "优秀";
      f.basic.ethnicity = "苗族";
    });
    expect(diffForms(base, after).map((c) => `${c.section}/${c.field}`)).toEqual([
      "头像/头像",
      "基本情况/民族",
      "基本情况/附件",
      "考试考核学时情况/考试考核情况",
      "任现职后主要学术成果/第1条（机床主轴热变形补偿研究）",
    ]);
  });
});

describe("SECTION_LABELS", () => {
  it("names every top-level key of the form in Chinese", () => {
    expect(Object.keys(SECTION_LABELS).sort()).toEqual(Object.keys(declarationFormSchema.shape).sort());
    expect(SECTION_LABELS).toMatchObject({ photoFileId: "头像", basic: "基本情况", education: "教育情况", results: "任现职后主要学术成果" });
  });
});

describe("FIELD_LABELS", () => {
  it("are the labels the declaration form shows: it types none of its own", () => {
    const form = readFileSync("components/declarations/declaration-form.tsx", "utf8");
    const typed = [...form.matchAll(/<FormField[^>]*label="([^"]+)"|\{ key: "\w+", label: "([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(typed).toEqual([]);
    expect(form).toContain("label={FIELD_LABELS.basic.gender}");
  });

  it("name every field of the form's sections, and the validation messages use them", () => {
    const { shape } = declarationFormSchema;
    for (const section of ["basic", "professional", "exam"] as const) {
      expect(Object.keys(FIELD_LABELS[section]).sort()).toEqual(Object.keys(shape[section].shape).sort());
    }
    const refused = declarationFormSchema.safeParse({ ...base, basic: { ...base.basic, ethnicity: "" } });
    expect(refused.error?.issues.map((i) => i.message)).toEqual([`请填写${FIELD_LABELS.basic.ethnicity}`]);
  });
});
