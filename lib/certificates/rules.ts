import type { CertificateBatchStatus, CertificatePhotoStatus, CertificateStatus } from "@/lib/db/generated/enums";

// The plain rules of 证书补录 and 证书查询, apart from the database.

export const CERTIFICATE_LEVELS = ["正高级", "副高级", "中级", "助理级", "员级"] as const;

export const STATUS_LABELS: Record<CertificateStatus, string> = {
  ENTERING: "补录中",
  PENDING_UNIT: "待单位审核",
  SUBMITTED: "已提交",
  CONFIRMED: "已确认",
  RETURNED: "退回",
};

export const PHOTO_STATUS_LABELS: Record<CertificatePhotoStatus, string> = {
  NONE: "未上传",
  UPLOADED: "待审核",
  APPROVED: "审核通过",
  RETURNED: "已退回",
};

export const BATCH_STATUS_LABELS: Record<CertificateBatchStatus, string> = { SUBMITTED: "待确认", CONFIRMED: "已确认", RETURNED: "已退回" };

// A certificate's phases: entered (补录中); its holder's photo uploaded, waiting for the unit's review (待单位审核),
// which approves it or sends the row back to 补录中; the unit's 提交 sends every unsubmitted row as one batch
// (已提交); the 专技处 confirms the batch (已确认, public) or returns it (退回, into the next 提交).

/** A new row, and one whose photo was returned. */
export const ENTERING: CertificateStatus = "ENTERING";

/** A row with its photo uploaded, waiting for the unit's photo review. */
export const PHOTO_UPLOADED = { status: "PENDING_UNIT", photoStatus: "UPLOADED" } as const satisfies { status: CertificateStatus; photoStatus: CertificatePhotoStatus };

export const NO_PHOTO: CertificatePhotoStatus = "NONE";
export const PHOTO_APPROVED: CertificatePhotoStatus = "APPROVED";

/** What the unit's photo review leaves: the photo approved (the row stays for 提交), or returned with the row. */
export function photoReviewed(approve: boolean): { status: CertificateStatus; photoStatus: CertificatePhotoStatus } {
  return approve ? { status: PHOTO_UPLOADED.status, photoStatus: PHOTO_APPROVED } : { status: ENTERING, photoStatus: "RETURNED" };
}

/** A unit's rows not yet sent to the 专技处 (returned ones come back into the next 提交). */
export const UNSUBMITTED: CertificateStatus[] = [ENTERING, PHOTO_UPLOADED.status, "RETURNED"];

/** A batch waiting for the 专技处, and each certificate in it. */
export const SUBMITTED = "SUBMITTED" satisfies CertificateStatus & CertificateBatchStatus;

/** The 专技处's decision: the batch and each of its certificates take this state. */
export function batchDecided(confirm: boolean): CertificateStatus & CertificateBatchStatus {
  return confirm ? "CONFIRMED" : "RETURNED";
}

/** The only certificates anyone outside the units and the 专技处 sees. */
export const PUBLIC = batchDecided(true);

/** The holder may upload (or replace) the photo until the unit approved it, while the row is not yet submitted. */
export function mayUploadPhoto(c: { status: CertificateStatus; photoStatus: CertificatePhotoStatus }) {
  return UNSUBMITTED.includes(c.status) && c.photoStatus !== PHOTO_APPROVED;
}

export function awaitsPhotoReview(c: { status: CertificateStatus; photoStatus: CertificatePhotoStatus }) {
  return c.status === PHOTO_UPLOADED.status && c.photoStatus === PHOTO_UPLOADED.photoStatus;
}

/** Electronic certificates exist for titles obtained in 2020 or later; earlier ones are shown only. */
export const FIRST_ELECTRONIC_YEAR = 2020;
export const downloadable = (obtainedOn: string) => Number(obtainedOn.slice(0, 4)) >= FIRST_ELECTRONIC_YEAR;
export const NOT_DOWNLOADABLE_REASON = `${FIRST_ELECTRONIC_YEAR}年度之前取得的职称证书仅提供查看，不提供电子证书下载`;

/** Why the unit may not 提交 yet, or null: every row must have an approved photo. */
export function submitProblem(rows: { photoStatus: CertificatePhotoStatus }[]): string | null {
  if (rows.length === 0) return "没有待提交的证书";
  const missing = rows.filter((r) => r.photoStatus !== PHOTO_APPROVED).length;
  return missing ? `还有${missing}条证书的照片未审核通过，全部照片审核通过后才能提交` : null;
}

// 1-inch ID photo (一寸证件照): 25 × 35 mm, 295 × 413 pixels at 300 dpi.
export const PHOTO_RULES = {
  minBytes: 10 * 1024,
  maxBytes: 500 * 1024,
  width: 295,
  height: 413,
  /** Allowed deviation of each side from 295 × 413. */
  tolerance: 0.1,
  /** Allowed deviation of height / width from 413 / 295. */
  ratioTolerance: 0.05,
};

export function photoSizeProblem(bytes: number): string | null {
  if (bytes < PHOTO_RULES.minBytes) return "照片文件过小（不能小于10KB），请上传清晰的证件照";
  if (bytes > PHOTO_RULES.maxBytes) return "照片文件过大（不能超过500KB），请压缩后再上传";
  return null;
}

export function photoDimensionProblem(width: number, height: number): string | null {
  const { width: w, height: h, tolerance, ratioTolerance } = PHOTO_RULES;
  const ratio = height / width;
  if (Math.abs(ratio - h / w) > (h / w) * ratioTolerance) {
    return `照片比例不符合一寸证件照要求（宽:高约为5:7，当前为${width}×${height}像素）`;
  }
  if (Math.abs(width - w) > w * tolerance || Math.abs(height - h) > h * tolerance) {
    return `照片尺寸应约为${w}×${h}像素（一寸证件照），当前为${width}×${height}像素`;
  }
  return null;
}

export type LookupInput = { name?: string; idNumber?: string; number?: string };

export const LOOKUP_TWO_OF_THREE = "请填写姓名、证件号码、证书编号中的任意两项进行查询";

/** The filled criteria when at least two of the three are given, else null (one alone is refused). */
export function lookupCriteria(input: LookupInput): Required<LookupInput> | null {
  const name = input.name?.trim() ?? "";
  const idNumber = input.idNumber?.trim().toUpperCase() ?? "";
  const number = input.number?.trim() ?? "";
  const filled = [name, idNumber, number].filter(Boolean).length;
  return filled >= 2 ? { name, idNumber, number } : null;
}
