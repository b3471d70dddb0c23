import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { lockForMove, moveDeclaration } from "@/lib/declarations/move-declaration";
import { notifyApplicant } from "./notify-applicant";

/** 单位内部核验: 核验通过, or 核验不通过 with an opinion, which goes back to the applicant (and by SMS). */
export async function verifyDeclaration(opts: { actor: PersonActor; ip: string; id: string; version: number; pass: boolean; opinion?: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const action = opts.pass ? "verifyPass" : "verifyFail";
    const target = await lockForMove(tx, opts.actor, action, opts.id, opts.version);
    const to = await moveDeclaration({
      client: tx,
      actor: opts.actor,
      ip: opts.ip,
      declaration: target,
      action,
      opinion: opts.opinion,
      now: opts.now ?? new Date(),
    });
    if (!opts.pass) await notifyApplicant(tx, target, `您的职称申报单位内部核验不通过，意见：${opts.opinion}。请登录平台修改后重新申报。`);
    return to;
  });
}
