import { routePerson, crossSite } from "@/lib/auth/route-session";
import { can } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/request-ip";
import { AppError } from "@/lib/errors";
import { importCertificates, type ImportProgress } from "@/lib/certificates/import-certificates";
import { IMPORT_LIMITS } from "@/lib/certificates/import-limits";

// 证书补录 → 导入: the workbook in a multipart POST (mode check or keep); the answer is a stream of JSON lines, the
// progress as it goes and then the row report, so the page can show a progress bar for a long file.

export async function POST(req: Request) {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  if (crossSite(req)) return Response.json({ message: "请求来源无效" }, { status: 403 });
  if (!can(actor, "certificate.entry")) return Response.json({ message: "只有评委会组建单位（自主评审单位、人社部门）的职称经办可以导入证书" }, { status: 403 });
  if (Number(req.headers.get("content-length") ?? 0) > IMPORT_LIMITS.maxBytes + 64 * 1024) {
    return Response.json({ message: `文件过大，不能超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB` }, { status: 413 });
  }
  const form = await req.formData().catch(() => null);
  const file = form?.get("file");
  const mode = form?.get("mode") === "keep" ? "keep" : "check";
  if (!(file instanceof File) || file.size === 0) return Response.json({ message: "请选择要导入的.xlsx文件" }, { status: 400 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ip = await clientIp();

  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        const report = await importCertificates({ actor, ip, file: bytes, mode, onProgress: (p: ImportProgress) => send({ progress: p }) });
        send({ report });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        send({ error: e.message });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}
