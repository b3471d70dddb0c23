import { serveFile } from "@/lib/storage/file-response";
import { readUnitFile } from "@/lib/units/read-unit-file";

// Registration files: only the bureau reviewing the unit and those who maintain its info (readUnitFile decides).
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveFile((actor) => readUnitFile({ actor, fileId: id }));
}
