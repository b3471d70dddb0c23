import { serveFile } from "@/lib/storage/file-response";
import { readRecommendationFile } from "@/lib/review/read-recommendation-file";

// 《诚信承诺书》 and 《公示情况说明》: the recommending unit and the reviewers of its declarations.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return serveFile((actor) => readRecommendationFile({ actor, fileId: id }));
}
