import "server-only";
import { imageSize } from "image-size";
import { checkUpload, type CheckedUpload, type UploadedFile } from "@/lib/storage/check-upload";
import { invalid } from "@/lib/errors";
import { PHOTO_RULES, photoDimensionProblem, photoSizeProblem } from "./rules";

/** A certificate photo judged by its content: JPG or PNG, 10–500 KB, about 295 × 413 pixels (a 1-inch ID photo). */
export async function checkCertificatePhoto(file: UploadedFile | null): Promise<CheckedUpload & { width: number; height: number }> {
  const checked = await checkUpload({ field: "file", label: "照片", file, maxBytes: PHOTO_RULES.maxBytes, accepted: ["image/jpeg", "image/png"] });
  const sizeProblem = photoSizeProblem(checked.bytes.byteLength);
  if (sizeProblem) throw invalid(sizeProblem, "file");
  let size: { width?: number; height?: number; orientation?: number };
  try {
    size = imageSize(checked.bytes);
  } catch {
    throw invalid("无法读取照片的尺寸，请重新导出为JPG或PNG后上传", "file");
  }
  // EXIF orientations 5–8 mean the stored image is turned a quarter: the photo as seen is the other way round.
  const turned = (size.orientation ?? 1) >= 5;
  const width = (turned ? size.height : size.width) ?? 0;
  const height = (turned ? size.width : size.height) ?? 0;
  const problem = photoDimensionProblem(width, height);
  if (problem) throw invalid(problem, "file");
  return { ...checked, width, height };
}
