// Liveness for a load balancer: answers as soon as the server can serve a route, touching nothing else.
// (The lookup bench also uses it as the framework's own ceiling.)
export function GET() {
  return Response.json({ status: "ok" });
}
