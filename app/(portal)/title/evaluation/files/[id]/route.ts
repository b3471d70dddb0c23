import { serveFile } from "@/lib/storage/file-response";
import { readFilingFile } from "@/lib/evaluation/read-filing-file";

// 备案材料: only for those who reach the filing (readFilingFile decides).
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveFile((actor) => readFilingFile({ actor, fileId: id }));
}
