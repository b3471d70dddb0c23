import type { NextRequest } from "next/server";
import { serveFile } from "@/lib/storage/file-response";
import { readFilingFile } from "@/lib/evaluation/read-filing-file";

// 备案材料: only for those who reach the filing (readFilingFile decides).
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveFile(req, params, (actor, id) => readFilingFile({ actor, fileId: id }));
}
