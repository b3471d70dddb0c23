import type { NextRequest } from "next/server";
import { serveFile } from "@/lib/storage/file-response";
import { readDeclarationFile } from "@/lib/declarations/read-declaration-file";

// A declaration's photo and attachments: its applicant and the reviewers in scope (readDeclarationFile decides).
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveFile(req, params, (actor, id) => readDeclarationFile({ actor, fileId: id }));
}
