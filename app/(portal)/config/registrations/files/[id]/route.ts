import type { NextRequest } from "next/server";
import { serveFile } from "@/lib/storage/file-response";
import { readUnitFile } from "@/lib/units/read-unit-file";

// Registration files: only the bureau reviewing the unit and those who maintain its info (readUnitFile decides).
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveFile(req, params, (actor, id) => readUnitFile({ actor, fileId: id }));
}
