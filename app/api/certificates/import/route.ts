import type { NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { fromForm, personRoute } from "@/lib/http/route";
import type { ImportProgress, ImportReport } from "@/lib/certificates/import-certificates";
import { checkCertificateImport } from "@/lib/certificates/check-certificate-import";
import { keepCertificateImport } from "@/lib/certificates/keep-certificate-import";
import { IMPORT_LIMITS } from "@/lib/certificates/import-limits";
import { importKeepSchema } from "@/lib/certificates/schemas";

// 证书补录 → 导入, a multipart POST: 校验 sends the workbook (mode check) and gets, with the row report, the
// reference under which the server keeps it; 导入正确的行 sends only that reference (mode keep). The answer is a
// stream of JSON lines, the progress as it goes and then the row report, so the page can show a progress bar.

const CHOOSE_FILE = "请选择要导入的.xlsx文件";
const importSchema = z.discriminatedUnion("mode", [
  importKeepSchema,
  z.object({ mode: z.literal("check"), file: z.instanceof(File, { error: CHOOSE_FILE }).refine((f) => f.size > 0, CHOOSE_FILE) }),
]);

type Run = (onProgress: (p: ImportProgress) => void) => Promise<ImportReport>;

function streamed(run: Run): Response {
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

export async function POST(req: NextRequest) {
  const input = fromForm(IMPORT_LIMITS.maxBytes + 64 * 1024, (form) =>
    form?.get("mode") === "keep" ? { mode: "keep", upload: form.get("upload") } : { mode: "check", file: form?.get("file") },
  );
  const options = {
    schema: importSchema,
    input,
    tooLargeMessage: `文件过大，不能超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB`,
    permission: "certificate.entry" as const,
    forbiddenMessage: "只有评委会组建单位（自主评审单位、人社部门）的职称经办可以导入证书",
    respond: streamed,
  };
  // The work runs as the answer streams; its refusals are lines of the stream.
  return personRoute(req, options, async ({ actor, ip, data }): Promise<Run> => {
    if (data.mode === "keep") return (onProgress) => keepCertificateImport({ actor, ip, upload: data.upload, onProgress });
    const uploaded = { name: data.file.name, bytes: new Uint8Array(await data.file.arrayBuffer()) };
    return (onProgress) => checkCertificateImport({ actor, ip, file: uploaded, onProgress });
  });
}
