import { routePerson, crossSite } from "@/lib/auth/route-session";
import { can } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/request-ip";
import { AppError } from "@/lib/errors";
import type { ImportProgress, ImportReport } from "@/lib/certificates/import-certificates";
import { checkCertificateImport } from "@/lib/certificates/check-certificate-import";
import { keepCertificateImport } from "@/lib/certificates/keep-certificate-import";
import { IMPORT_LIMITS } from "@/lib/certificates/import-limits";
import { importKeepSchema } from "@/lib/certificates/schemas";

// 证书补录 → 导入, a multipart POST: 校验 sends the workbook (mode check) and gets, with the row report, the
// reference under which the server keeps it; 导入正确的行 sends only that reference (mode keep). The answer is a
// stream of JSON lines, the progress as it goes and then the row report, so the page can show a progress bar.

export async function POST(req: Request) {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  if (crossSite(req)) return Response.json({ message: "请求来源无效" }, { status: 403 });
  if (!can(actor, "certificate.entry")) return Response.json({ message: "只有评委会组建单位（自主评审单位、人社部门）的职称经办可以导入证书" }, { status: 403 });
  if (Number(req.headers.get("content-length") ?? 0) > IMPORT_LIMITS.maxBytes + 64 * 1024) {
    return Response.json({ message: `文件过大，不能超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB` }, { status: 413 });
  }
  const form = await req.formData().catch(() => null);
  const ip = await clientIp();
  let run: (onProgress: (p: ImportProgress) => void) => Promise<ImportReport>;
  if (form?.get("mode") === "keep") {
    const keep = importKeepSchema.safeParse({ mode: "keep", upload: form.get("upload") });
    if (!keep.success) return Response.json({ message: keep.error.issues[0].message }, { status: 400 });
    run = (onProgress) => keepCertificateImport({ actor, ip, upload: keep.data.upload, onProgress });
  } else {
    const file = form?.get("file");
    if (!(file instanceof File) || file.size === 0) return Response.json({ message: "请选择要导入的.xlsx文件" }, { status: 400 });
    const uploaded = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    run = (onProgress) => checkCertificateImport({ actor, ip, file: uploaded, onProgress });
  }

  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      const send = (line: object) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      try {
        send({ report: await run((p) => send({ progress: p })) });
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
