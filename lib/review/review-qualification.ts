import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { invalid } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { isSupplementOverdue } from "@/lib/declarations/state-machine";
import { lockForMove, moveDeclaration } from "@/lib/declarations/move-declaration";
import { SUPPLEMENT_SECTIONS, type SupplementSection } from "@/lib/declarations/supplement-sections";
import { notifyApplicant } from "./notify-applicant";

type Decision =
  | { kind: "qualify"; opinion?: string }
  | { kind: "supplement"; sections: SupplementSection[]; opinion?: string; deadline: string }
  | { kind: "reject"; opinion: string };

const ACTIONS = { qualify: "qualify", supplement: "requestSupplement", reject: "reject" } as const;

/** What the applicant is told is missing: the named parts and the free text, in one line. */
export function supplementNote(sections: SupplementSection[], text?: string) {
  const parts = sections.map((s) => SUPPLEMENT_SECTIONS[s]);
  return [parts.length ? `请补充：${parts.join("、")}` : "", text?.trim() ?? ""].filter(Boolean).join("；");
}

/**
 * 资格性审查 (HR bureau, its region): 通过 → QUALIFIED; 退回补充材料 names every missing part at once with a 补正期限;
 * 不通过 with a reason → REJECTED (also for a supplement left undone past its deadline).
 */
export async function reviewQualification(opts: { actor: PersonActor; ip: string; id: string; version: number; decision: Decision; now?: Date }) {
  const now = opts.now ?? new Date();
  const today = formatShanghai(now, "yyyy-MM-dd");
  const d = opts.decision;
  if (d.kind === "supplement" && d.deadline < today) throw invalid("补正期限不能早于今天", "deadline");
  return db.$transaction(async (tx) => {
    const target = await lockForMove(tx, opts.actor, ACTIONS[d.kind], opts.id, opts.version);
    const base = { client: tx, actor: opts.actor, ip: opts.ip, declaration: target, now };
    if (d.kind === "qualify") return moveDeclaration({ ...base, action: ACTIONS.qualify, opinion: d.opinion });
    if (d.kind === "supplement") {
      const note = supplementNote(d.sections, d.opinion);
      const to = await moveDeclaration({ ...base, action: ACTIONS.supplement, opinion: note, supplement: { sections: d.sections, deadline: d.deadline } });
      await notifyApplicant(tx, target, `您的职称申报需补充材料（${note}），请于${d.deadline}前登录平台在“补充申报材料”中补充并提交。`);
      return to;
    }
    const to = await moveDeclaration({ ...base, action: ACTIONS.reject, opinion: d.opinion, supplementOverdue: isSupplementOverdue(target, today) });
    await notifyApplicant(tx, target, `您的职称申报资格性审查不通过，原因：${d.opinion}。`);
    return to;
  });
}
