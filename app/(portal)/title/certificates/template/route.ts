import { routePerson } from "@/lib/auth/route-session";
import { can } from "@/lib/auth/permissions";
import { xlsxResponse } from "@/lib/export/xlsx";
import { certificateTemplate } from "@/lib/certificates/certificate-template";

export async function GET() {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  if (!can(actor, "certificate.entry")) return Response.json({ message: "您没有权限执行此操作" }, { status: 403 });
  return xlsxResponse(await certificateTemplate(), "证书补录导入模板");
}
