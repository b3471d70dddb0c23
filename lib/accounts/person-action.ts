import "server-only";
import type { z } from "zod";
import { runAction } from "@/lib/action";
import { requirePerson } from "@/lib/auth/session";
import type { PersonActor } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/request-ip";

/** The shape of every signed-in person's action here: session → validate → business function (which authorizes). */
export async function personAction<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  fn: (ctx: { actor: PersonActor; ip: string; data: z.infer<S> }) => Promise<R>,
  successMessage: string,
) {
  const actor = await requirePerson();
  const ip = await clientIp();
  return runAction(schema, input, (data) => fn({ actor, ip, data }), successMessage);
}
