import { readFileSync } from "node:fs";
import type { PersonActor } from "../lib/auth/permissions";
import { importCertificates } from "../lib/certificates/import-certificates";

// One import of the bench's workbook through the import code (keep the good rows), in a process of its own so its
// peak resident memory is the import's; run under the react-server condition, as the server runs lib/ code.

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
const started = performance.now();
const report = await importCertificates({ actor, ip: "127.0.0.1", file, mode: "keep" });
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ seconds, peakRssMb: Math.round(peak / 1024 / 1024), kept: report.kept, rejected: report.bad.length }));
process.exit(0);
