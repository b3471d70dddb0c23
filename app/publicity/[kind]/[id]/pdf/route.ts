import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/download-response";
import { renderRunningPublicityPdf } from "@/lib/review/running-publicities";
import { isPublicityKind } from "@/lib/review/publicity-labels";

// 公示表 of a running publicity, for anyone; a finished one is not found.
export async function GET(_req: Request, { params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  if (!isPublicityKind(kind)) return Response.json({ message: "公示不存在" }, { status: 404 });
  try {
    const { pdf, filename } = await renderRunningPublicityPdf({ kind, id });
    return downloadResponse(pdf, { filename, contentType: "application/pdf" });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
