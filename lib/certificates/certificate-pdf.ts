import "server-only";
import QRCode from "qrcode";
import type { Certificate } from "@/lib/db/generated/client";
import { CJK_FONT, createCjkDocument } from "@/lib/pdf/cjk-document";
import { publicCertificate, PUBLIC_FIELDS } from "./public-certificate";

/**
 * The electronic certificate: every field, the photo, and a verification code with a QR code of the public 验证
 * page, which shows the record as stored (an altered PDF then disagrees with it). One landscape A4 page; the text
 * is real text in Noto Sans SC, so it can be copied and extracted.
 */
export async function certificatePdf(o: { certificate: Certificate; photo: Buffer | null; verificationCode: string; verifyUrl: string }): Promise<Buffer> {
  const c = o.certificate;
  const { doc, finish } = await createCjkDocument({ title: `专业技术资格证书 ${c.number}`, layout: "landscape", margin: 40 });
  const { width, height } = doc.page;
  doc.lineWidth(3).strokeColor("#8b1e1e").rect(20, 20, width - 40, height - 40).stroke();
  doc.lineWidth(1).rect(28, 28, width - 56, height - 56).stroke();

  doc.font(CJK_FONT.bold).fontSize(26).fillColor("#8b1e1e").text("专业技术资格证书", 40, 52, { width: width - 80, align: "center" });
  doc.font(CJK_FONT.regular).fontSize(11).fillColor("#444444").text("（电子证书）", 40, 88, { width: width - 80, align: "center" });

  // Photo on the left, 25 × 35 mm proportion.
  const photoX = 70;
  const photoY = 130;
  const photoW = 118;
  const photoH = 165;
  if (o.photo) doc.image(o.photo, photoX, photoY, { fit: [photoW, photoH], align: "center", valign: "center" });
  else doc.fontSize(10).fillColor("#888888").text("（无照片）", photoX, photoY + photoH / 2, { width: photoW, align: "center" });
  doc.lineWidth(0.5).strokeColor("#999999").rect(photoX, photoY, photoW, photoH).stroke();

  // Anyone who knows two of the three fields may download it, so the ID number is masked here as on screen.
  const shown = publicCertificate(c);
  let y = 130;
  const labelX = 230;
  const valueX = 350;
  for (const f of PUBLIC_FIELDS) {
    doc.font(CJK_FONT.bold).fontSize(12).fillColor("#222222").text(`${f.label}：`, labelX, y, { width: valueX - labelX, lineBreak: false });
    doc.font(CJK_FONT.regular).fontSize(12).text(String(shown[f.key] ?? ""), valueX, y, { width: width - valueX - 180 });
    y += 24;
  }

  const qr = await QRCode.toBuffer(o.verifyUrl, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 240 });
  const qrSize = 110;
  const qrX = width - 70 - qrSize;
  const qrY = height - 90 - qrSize;
  doc.image(qr, qrX, qrY, { width: qrSize, height: qrSize });
  doc.font(CJK_FONT.regular).fontSize(9).fillColor("#444444").text("扫码验证证书真伪", qrX - 10, qrY + qrSize + 4, { width: qrSize + 20, align: "center" });

  doc.font(CJK_FONT.bold).fontSize(11).fillColor("#222222").text(`验证码：${o.verificationCode}`, 70, height - 110);
  doc
    .font(CJK_FONT.regular)
    .fontSize(9)
    .fillColor("#555555")
    .text(`验证地址：${o.verifyUrl}`, 70, height - 92, { width: qrX - 90 })
    .text("本电子证书信息以验证页面显示的系统记录为准；与系统记录不一致的，视为无效。", 70, height - 64, { width: qrX - 90 });
  return finish();
}
