import { routePerson } from "@/lib/auth/route-session";
import { AppError } from "@/lib/errors";
import { downloadResponse } from "@/lib/export/download-response";
import { renderConfirmationPdf } from "@/lib/evaluation/meeting-results";

// 评审通过确认单: one applicant unit's passed applicants, printable after the result publicity.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string; unitId: string }> }) {
  const actor = await routePerson();
  if (!actor) return Response.json({ message: "请先登录" }, { status: 401 });
  const { id, unitId } = await params;
  try {
    const { pdf, filename } = await renderConfirmationPdf({ actor, meetingId: id, unitId });
    return downloadResponse(pdf, { filename, contentType: "application/pdf" });
  } catch (e) {
    if (e instanceof AppError) return Response.json({ message: e.message }, { status: e.code === "NOT_FOUND" ? 404 : 409 });
    throw e;
  }
}
