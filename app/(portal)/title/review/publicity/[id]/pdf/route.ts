import { routePerson } from "@/lib/auth/route-session";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/download-response";
import { renderPublicityPdf } from "@/lib/review/publicity-pdf";

// 公示表: the publicity as a printable PDF to post on the unit's website.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  try {
    const { pdf, filename } = await renderPublicityPdf({ actor, id: (await params).id });
    return downloadResponse(pdf, { filename, contentType: "application/pdf" });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: 404 });
    throw e;
  }
}
