import { serveFile } from "@/lib/storage/file-response";
import { readDeclarationFile } from "@/lib/declarations/read-declaration-file";

// A declaration's photo and attachments: its applicant and the reviewers in scope (readDeclarationFile decides).
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveFile((actor) => readDeclarationFile({ actor, fileId: id }));
}
