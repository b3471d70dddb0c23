import { z } from "zod";
import { checkedBy, idNumberField, personNameField, recordIdField, recordVersionField, textField } from "@/lib/validation/fields";
import { plainDateProblem } from "@/lib/validation/dates";
import { CERTIFICATE_LEVELS, lookupCriteria, LOOKUP_TWO_OF_THREE } from "./rules";

// One schema per form, shared by the form, its action and every imported row.

const text = (label: string, max = 60) =>
  textField()
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);

const INVALID_DAY = "取得资格时间不是有效日期（格式：2021-12-31）";

/** A calendar day YYYY-MM-DD from 1950 (the first titles) that is not in the future. */
export const calendarDayField = textField({ error: "请填写取得资格时间" })
  .trim()
  .min(1, "请填写取得资格时间")
  .superRefine(checkedBy((v) => plainDateProblem(v, INVALID_DAY) ?? (v < "1950" ? INVALID_DAY : null)))
  .refine((v) => v <= new Date().toISOString().slice(0, 10), "取得资格时间不能晚于今天");

export const certificateSchema = z.object({
  number: text("证书编号", 40).regex(/^[0-9A-Za-z\-_]+$/, "证书编号只能包含字母、数字、-和_"),
  name: personNameField,
  idNumber: idNumberField,
  gender: z.enum(["男", "女"], { error: "性别应为男或女" }),
  titleName: text("专业技术资格名称"),
  level: z.enum(CERTIFICATE_LEVELS, { error: `级别应为${CERTIFICATE_LEVELS.join("、")}之一` }),
  series: text("系列"),
  specialty: text("专业"),
  committee: text("评审委员会", 80),
  approvalNo: text("批准文号"),
  obtainedOn: calendarDayField,
  issuer: text("发证单位", 80),
});
export type CertificateInput = z.input<typeof certificateSchema>;
export type CertificateValues = z.output<typeof certificateSchema>;

/** The columns of the template and of the import, in order (the label is the header cell). */
export const CERTIFICATE_COLUMNS: { key: keyof CertificateValues; label: string }[] = [
  { key: "number", label: "证书编号" },
  { key: "name", label: "姓名" },
  { key: "idNumber", label: "身份证号" },
  { key: "gender", label: "性别" },
  { key: "titleName", label: "专业技术资格名称" },
  { key: "level", label: "级别" },
  { key: "series", label: "系列" },
  { key: "specialty", label: "专业" },
  { key: "committee", label: "评审委员会" },
  { key: "approvalNo", label: "批准文号" },
  { key: "obtainedOn", label: "取得资格时间" },
  { key: "issuer", label: "发证单位" },
];

export const lookupSchema = z
  .object({
    name: textField().trim().max(30, "姓名不能超过30个字").optional(),
    idNumber: textField().trim().max(18, "证件号码不能超过18位").optional(),
    number: textField().trim().max(40, "证书编号不能超过40位").optional(),
  })
  .transform((v, ctx) => {
    const criteria = lookupCriteria(v);
    if (!criteria) {
      ctx.addIssue({ code: "custom", message: LOOKUP_TWO_OF_THREE });
      return z.NEVER;
    }
    return criteria;
  });

const reason = textField().trim().min(1, "请填写退回原因").max(200, "退回原因不能超过200个字");

export const photoReviewSchema = z.discriminatedUnion("approve", [
  z.object({ id: recordIdField, version: recordVersionField, approve: z.literal(true) }),
  z.object({ id: recordIdField, version: recordVersionField, approve: z.literal(false), reason }),
]);

export const batchDecisionSchema = z.discriminatedUnion("confirm", [
  z.object({ id: recordIdField, confirm: z.literal(true) }),
  z.object({ id: recordIdField, confirm: z.literal(false), reason }),
]);

export const photoUploadSchema = z.object({ certificateId: recordIdField });

/** 提交 takes no input: the batch is every certificate of the handler's unit not yet sent. */
export const submitBatchSchema = z.object({});

/** 导入正确的行 names the workbook 校验 kept on the server by the reference it handed out (43 base64url characters). */
export const importKeepSchema = z.object({
  mode: z.literal("keep"),
  upload: textField({ error: "请先校验文件" }).regex(/^[A-Za-z0-9_-]{43}$/, "请先校验文件"),
});
