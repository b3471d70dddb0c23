import { randomUUID } from "node:crypto";
import path from "node:path";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { CertificatePhotoStatus, CertificateStatus } from "../../lib/db/generated/enums";
import { localDisk } from "../../lib/storage/local-disk";
import { batchDecided, ENTERING, NO_PHOTO, PHOTO_APPROVED, PHOTO_UPLOADED, PUBLIC, SUBMITTED } from "../../lib/certificates/rules";
import { pngPhoto } from "./id-photo";

// Certificates at every step, so each role signing in finds its part working: 王申报 has two confirmed certificates
// (2018: view only; 2022: electronic) and one from 贵阳市人社局 (刘人社) waiting for his photo; 钱证书 (the
// self-evaluating unit's handler) has a photo to review; 陈专技 has a submitted batch to confirm. Written once: a second run finds them and changes nothing.

type Seed = {
  number: string;
  holder: string;
  obtainedOn: string;
  status: CertificateStatus;
  photo: CertificatePhotoStatus;
  batch?: "confirmed" | "submitted";
  /** Entered by the city bureau rather than the self-evaluating unit. */
  byCity?: true;
};

export const DEMO_CERTIFICATES: Seed[] = [
  { number: "GZZC20180001", holder: "王申报", obtainedOn: "2018-12-20", status: PUBLIC, photo: PHOTO_APPROVED, batch: "confirmed" },
  { number: "GZZC20220001", holder: "王申报", obtainedOn: "2022-12-15", status: PUBLIC, photo: PHOTO_APPROVED, batch: "confirmed" },
  { number: "GZZC20250001", holder: "王申报", obtainedOn: "2025-12-10", status: ENTERING, photo: NO_PHOTO, byCity: true },
  { number: "GZZC20250002", holder: "周一鸣", obtainedOn: "2025-12-10", status: PHOTO_UPLOADED.status, photo: PHOTO_UPLOADED.photoStatus },
  { number: "GZZC20250003", holder: "吴二娜", obtainedOn: "2025-12-10", status: SUBMITTED, photo: PHOTO_APPROVED, batch: "submitted" },
];

type Person = { id: string; name: string; idNumber: string };

type Unit = { id: string; name: string };

export async function seedDemoCertificates(db: PrismaClient, o: { unit: Unit; city: Unit; handler: Person; confirmer: Person; people: Map<string, Person> }) {
  if (await db.certificate.findUnique({ where: { number: DEMO_CERTIFICATES[0].number } })) return;
  const files = localDisk(process.env.STORAGE_DIR ?? path.resolve(process.cwd(), ".data/files"));
  const photo = pngPhoto(295, 413, 3);
  const batches = {
    confirmed: await db.certificateBatch.create({
      data: { unitId: o.unit.id, status: batchDecided(true), count: 2, submittedById: o.handler.id, decidedById: o.confirmer.id, decidedAt: new Date() },
    }),
    submitted: await db.certificateBatch.create({ data: { unitId: o.unit.id, status: SUBMITTED, count: 1, submittedById: o.handler.id } }),
  };
  for (const [i, c] of DEMO_CERTIFICATES.entries()) {
    const holder = o.people.get(c.holder)!;
    let photoFileId: string | null = null;
    if (c.photo !== NO_PHOTO) {
      const storageKey = `demo/${randomUUID()}`;
      await files.put(storageKey, photo);
      const file = await db.storedFile.create({
        data: { storageKey, originalName: "证件照.png", mime: "image/png", size: photo.byteLength, purpose: "certificate-photo", ownerUserId: holder.id },
      });
      photoFileId = file.id;
    }
    const senior = i === 1;
    const unit = c.byCity ? o.city : o.unit;
    await db.certificate.create({
      data: {
        number: c.number,
        name: holder.name,
        idNumber: holder.idNumber,
        gender: "男",
        titleName: senior ? "高级工程师" : "工程师",
        level: senior ? "副高级" : "中级",
        series: "工程系列",
        specialty: "道路与桥梁工程",
        committee: `${unit.name}工程系列职称评审委员会`,
        approvalNo: `黔交规院职评〔${c.obtainedOn.slice(0, 4)}〕${i + 1}号`,
        obtainedOn: c.obtainedOn,
        issuer: unit.name,
        status: c.status,
        unitId: unit.id,
        photoFileId,
        photoStatus: c.photo,
        batchId: c.batch ? batches[c.batch].id : null,
        createdById: o.handler.id,
      },
    });
  }
}
