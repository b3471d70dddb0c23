import type { NextRequest } from "next/server";
import { serveFile } from "@/lib/storage/file-response";
import { readRecommendationFile } from "@/lib/review/read-recommendation-file";

// 《诚信承诺书》 and 《公示情况说明》: the recommending unit and the reviewers of its declarations.
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return serveFile(req, params, (actor, id) => readRecommendationFile({ actor, fileId: id }));
}
