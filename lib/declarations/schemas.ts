import { z } from "zod";
import { listField, mobileField, multilineTextField, plainDateField, recordIdField, recordVersionField, textField, yearMonthField } from "@/lib/validation/fields";
import { SUBMITTABLE } from "./state-machine";

// The declaration form's one schema, used by react-hook-form on the client and by the server actions.

export const COMMITMENT_TEXT =
  "本人郑重承诺：所填报的个人信息及提交的申报材料真实、准确、完整，无弄虚作假行为。如有虚假，本人愿意承担由此产生的一切后果，并接受相应处理。";

export const LEVEL_LABELS = { JUNIOR: "初级", INTERMEDIATE: "中级", DEPUTY_SENIOR: "副高级", SENIOR: "正高级" } as const;
export const LEVELS = Object.keys(LEVEL_LABELS) as (keyof typeof LEVEL_LABELS)[];

/** Sections that take attachments; keys are stored with each DeclarationFile. */
export const ATTACHMENT_SECTIONS = {
  basic: "基本情况",
  professional: "专业技术信息",
  exam: "考试考核学时情况",
  education: "教育情况",
  study: "工作后学习经历",
  work: "工作经历",
  achievements: "任现职后主要专业技术工作业绩",
  results: "任现职后主要学术成果",
} as const;
export type AttachmentSection = keyof typeof ATTACHMENT_SECTIONS;

const PERIOD = { start: "开始年月", end: "结束年月" } as const;

/** The label of each field of the form: the form shows it, its messages name it, the reviewer's view and 变更内容 use it. */
export const FIELD_LABELS = {
  basic: {
    gender: "性别",
    birthDate: "出生日期",
    ethnicity: "民族",
    politicalStatus: "政治面貌",
    mobile: "手机号码",
    workStartDate: "参加工作年月",
    position: "现任职务",
  },
  professional: { currentTitle: "现专业技术资格", currentTitleDate: "取得时间", level: "申报级别", titleName: "申报职称", specialty: "申报专业" },
  exam: { examResult: "考试考核情况", publicHours: "公需科目学时", professionalHours: "专业科目学时" },
  education: { ...PERIOD, school: "毕业院校", major: "所学专业", degree: "学历学位" },
  study: { ...PERIOD, institution: "学习机构", content: "学习内容" },
  work: { ...PERIOD, employer: "工作单位", position: "职务" },
  achievements: { ...PERIOD, project: "项目名称", role: "本人作用", description: "业绩说明" },
  results: { date: "发表年月", title: "成果名称", kind: "成果类别", publisher: "刊物或出版单位", rank: "本人排名" },
} as const;
export const ROUND_LABEL = "申报批次";
const L = FIELD_LABELS;

const text = (label: string, max = 100) => textField().trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`);
const optionalText = (label: string, max = 500) => multilineTextField().trim().max(max, `${label}不能超过${max}个字`);
const month = (label: string) => yearMonthField(`请选择${label}`);
const day = (label: string) => plainDateField(`请选择${label}`);
const hours = (label: string) =>
  textField().trim().regex(/^\d{1,4}$/, `${label}请填写0至9999的整数`);

function endNotBeforeStart(row: unknown) {
  const { start, end } = row as { start: string; end: string };
  return !end || end >= start;
}

/** A period row: the end may be left empty for "至今", and may not precede the start. */
function period<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ start: month(PERIOD.start), end: z.union([month(PERIOD.end), z.literal("")]), ...shape })
    .refine(endNotBeforeStart, { message: `${PERIOD.end}不能早于${PERIOD.start}`, path: ["end"] });
}

export const educationRow = period({ school: text(L.education.school), major: text(L.education.major), degree: text(L.education.degree, 30) });
export const studyRow = period({ institution: text(L.study.institution), content: text(L.study.content, 200) });
export const workRow = period({ employer: text(L.work.employer), position: text(L.work.position, 50) });
export const achievementRow = period({ project: text(L.achievements.project, 200), role: text(L.achievements.role, 50), description: optionalText(L.achievements.description) });
export const resultRow = z.object({
  date: month(L.results.date),
  title: text(L.results.title, 200),
  kind: text(L.results.kind, 30),
  publisher: text(L.results.publisher, 100),
  rank: text(L.results.rank, 20),
});

const attachment = z.object({ fileId: recordIdField, name: textField().max(200) });

export const declarationFormSchema = z.object({
  roundId: textField().min(1, `请选择${ROUND_LABEL}`).max(40),
  photoFileId: textField().min(1, "请上传头像").max(40),
  basic: z.object({
    gender: z.enum(["男", "女"], `请选择${L.basic.gender}`),
    birthDate: day(L.basic.birthDate),
    ethnicity: text(L.basic.ethnicity, 20),
    politicalStatus: text(L.basic.politicalStatus, 20),
    mobile: mobileField,
    workStartDate: month(L.basic.workStartDate),
    position: text(L.basic.position, 50),
  }),
  professional: z.object({
    currentTitle: text(L.professional.currentTitle, 50),
    currentTitleDate: day(L.professional.currentTitleDate),
    level: z.enum(["JUNIOR", "INTERMEDIATE", "DEPUTY_SENIOR", "SENIOR"], `请选择${L.professional.level}`),
    titleName: text(L.professional.titleName, 50),
    specialty: text(L.professional.specialty, 50),
  }),
  exam: z.object({
    examResult: text(L.exam.examResult, 200),
    publicHours: hours(L.exam.publicHours),
    professionalHours: hours(L.exam.professionalHours),
  }),
  education: listField(educationRow, 20, "教育情况最多20条").min(1, "请至少填写一条教育情况"),
  study: listField(studyRow, 30, "工作后学习经历最多30条"),
  work: listField(workRow, 30, "工作经历最多30条").min(1, "请至少填写一条工作经历"),
  achievements: listField(achievementRow, 30, "工作业绩最多30条"),
  results: listField(resultRow, 50, "学术成果最多50条"),
  attachments: z.partialRecord(z.enum(Object.keys(ATTACHMENT_SECTIONS) as [AttachmentSection]), listField(attachment, 10, "每部分最多10个附件")),
  commitment: multilineTextField().refine((v) => v === COMMITMENT_TEXT, "请完整、准确地输入诚信承诺书内容（须与上方文字一致）"),
});

export type DeclarationForm = z.infer<typeof declarationFormSchema>;
export type DeclarationFormInput = z.input<typeof declarationFormSchema>;

export const saveDeclarationSchema = z.object({
  id: textField().max(40).optional(),
  version: recordVersionField.optional(),
  form: declarationFormSchema,
});
export type SaveDeclarationInput = z.infer<typeof saveDeclarationSchema>;

export const declarationRefSchema = z.object({ id: recordIdField });

/** 申报 names the declaration and the state the applicant saw; the move applies only if it is still that state. */
export const submitDeclarationSchema = declarationRefSchema.extend({
  status: z.enum(SUBMITTABLE),
  version: recordVersionField,
});

export const emptyRows = {
  education: { start: "", end: "", school: "", major: "", degree: "" },
  study: { start: "", end: "", institution: "", content: "" },
  work: { start: "", end: "", employer: "", position: "" },
  achievements: { start: "", end: "", project: "", role: "", description: "" },
  results: { date: "", title: "", kind: "", publisher: "", rank: "" },
};
