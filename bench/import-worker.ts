import { readFileSync } from "node:fs";
import type { PersonActor } from "../lib/auth/permissions";
import { checkCertificateImport } from "../lib/certificates/check-certificate-import";
import { keepCertificateImport } from "../lib/certificates/keep-certificate-import";

// One import of the bench's workbook through the import code (校验, then 导入正确的行 by the check's reference; the
// time is the 导入's), in a process of its own so its peak resident memory is the import's; run under the
// react-server condition, as the server runs lib/ code.

const actor: PersonActor = {
  kind: "person",
  userId: "bench-handler",
  name: "压测经办",
  unitId: "bench-unit",
  grants: [{ role: "UNIT_HANDLER", unitId: "bench-unit", unitKind: "PUBLIC_INSTITUTION", regionCode: "520100", regionLevel: "CITY", selfEvaluating: true }],
};

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
const file = readFileSync(process.argv[2]);
const check = await checkCertificateImport({ actor, ip: "127.0.0.1", file: { name: "bench.xlsx", bytes: file } });
const started = performance.now();
const report = await keepCertificateImport({ actor, ip: "127.0.0.1", upload: check.upload! });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ seconds, peakRssMb: Math.round(peak / 1024 / 1024), kept: report.kept, rejected: report.bad.length }));
process.exit(0);
