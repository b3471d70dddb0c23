import { z } from "zod";
import { listField, plainDateTimeField, textField } from "@/lib/validation/fields";
import { LEVELS } from "@/lib/declarations/schemas";

// 申报批次 form: one schema for the form and the action. Window values are datetime-local strings in Asia/Shanghai.

const localDateTime = (label: string) => plainDateTimeField(`请选择${label}`);

export const roundSchema = z
  .object({
    id: textField().max(40).optional(),
    year: z.coerce.number("请填写年度").int("请填写年度").min(2000, "年度不正确").max(2100, "年度不正确"),
    name: textField().trim().min(1, "请填写批次名称").max(100, "批次名称不能超过100个字"),
    seriesId: textField().min(1, "请选择职称系列").max(40),
    levels: listField(z.enum(LEVELS as [(typeof LEVELS)[number]]), LEVELS.length, "级别重复").min(1, "请至少选择一个级别"),
    windowStart: localDateTime("申报开始时间"),
    windowEnd: localDateTime("申报结束时间"),
    status: z.enum(["DRAFT", "OPEN", "CLOSED"], "请选择状态"),
    /** The filed committee (评审权备案, 已备案) that evaluates the round; empty while none is chosen. */
    filingId: textField().max(40),
  })
  .refine((r) => r.windowEnd > r.windowStart, { message: "结束时间须晚于开始时间", path: ["windowEnd"] });

export type RoundInput = z.input<typeof roundSchema>;
export type RoundValues = z.output<typeof roundSchema>;

export const ROUND_STATUS_LABELS = { DRAFT: "未发布", OPEN: "开放申报", CLOSED: "已关闭" } as const;
