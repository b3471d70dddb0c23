import { z } from "zod";
import { listField, mobileField, multilineTextField, plainDateField, recordIdField, recordVersionField, textField, yearMonthField } from "@/lib/validation/fields";

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
    .object({ start: month("开始年月"), end: z.union([month("结束年月"), z.literal("")]), ...shape })
    .refine(endNotBeforeStart, { message: "结束年月不能早于开始年月", path: ["end"] });
}

export const educationRow = period({ school: text("毕业院校"), major: text("所学专业"), degree: text("学历学位", 30) });
export const studyRow = period({ institution: text("学习机构"), content: text("学习内容", 200) });
export const workRow = period({ employer: text("工作单位"), position: text("职务", 50) });
export const achievementRow = period({ project: text("项目名称", 200), role: text("本人作用", 50), description: optionalText("业绩说明") });
export const resultRow = z.object({
  date: month("发表年月"),
  title: text("成果名称", 200),
  kind: text("成果类别", 30),
  publisher: text("刊物或出版单位", 100),
  rank: text("本人排名", 20),
});

const attachment = z.object({ fileId: recordIdField, name: textField().max(200) });

export const declarationFormSchema = z.object({
  roundId: textField().min(1, "请选择申报批次").max(40),
  photoFileId: textField().min(1, "请上传头像").max(40),
  basic: z.object({
    gender: z.enum(["男", "女"], "请选择性别"),
    birthDate: day("出生日期"),
    ethnicity: text("民族", 20),
    politicalStatus: text("政治面貌", 20),
    mobile: mobileField,
    workStartDate: month("参加工作年月"),
    position: text("现任职务", 50),
  }),
  professional: z.object({
    currentTitle: text("现专业技术资格", 50),
    currentTitleDate: day("取得时间"),
    level: z.enum(["JUNIOR", "INTERMEDIATE", "DEPUTY_SENIOR", "SENIOR"], "请选择申报级别"),
    titleName: text("申报职称", 50),
    specialty: text("申报专业", 50),
  }),
  exam: z.object({
    examResult: text("考试考核情况", 200),
    publicHours: hours("公需科目学时"),
    professionalHours: hours("专业科目学时"),
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
  status: z.enum(["DRAFT", "RETURNED"]),
  version: recordVersionField,
});

export const emptyRows = {
  education: { start: "", end: "", school: "", major: "", degree: "" },
  study: { start: "", end: "", institution: "", content: "" },
  work: { start: "", end: "", employer: "", position: "" },
  achievements: { start: "", end: "", project: "", role: "", description: "" },
  results: { date: "", title: "", kind: "", publisher: "", rank: "" },
};
