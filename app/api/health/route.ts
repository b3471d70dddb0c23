import { readJsonBody } from "@/lib/http/read-json-body";

// Liveness for a load balancer: answers as soon as the server can serve a route, touching nothing else.
// The benchmarks use it as the framework's own floor: GET for the lookup's constant-JSON route, POST for one 申报
// press without the press (the same JSON body read the same way, with 申报's limit, and a constant answer: no database,
// no session). Anything a POST here can make the server do, a GET of any page makes it do more of.
const MAX_BODY_BYTES = 1024;

export function GET() {
  return Response.json({ status: "ok" });
}

export async function POST(req: Request) {
  const body = await readJsonBody(req, MAX_BODY_BYTES);
  return Response.json({ status: "ok" }, { status: body.tooLarge ? 413 : 200 });
}
