import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { listOpenRounds } from "@/lib/rounds/list-rounds";
import { titlesOf } from "./titles";
import type { DeclarationFormInput } from "./schemas";

/** What the declaration form needs beside its values: the open rounds with their titles, and who is applying. */
export async function loadFormContext(actor: PersonActor) {
  const [rounds, user] = await Promise.all([
    listOpenRounds(),
    db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { name: true, idNumber: true, mobile: true, unit: { select: { name: true } } } }),
  ]);
  return {
    rounds: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      levels: r.levels,
      titles: Object.fromEntries(r.levels.map((l) => [l, titlesOf(r.series, l)])),
    })),
    person: { name: user.name, idNumber: user.idNumber, unitName: user.unit?.name ?? "" },
    mobile: user.mobile ?? "",
  };
}

export function blankForm(roundId: string, mobile: string): DeclarationFormInput {
  return {
    roundId,
    photoFileId: "",
    basic: { gender: "" as "男", birthDate: "", ethnicity: "", politicalStatus: "", mobile, workStartDate: "", position: "" },
    professional: { currentTitle: "", currentTitleDate: "", level: "" as "JUNIOR", titleName: "", specialty: "" },
    exam: { examResult: "", publicHours: "", professionalHours: "" },
    education: [],
    study: [],
    work: [],
    achievements: [],
    results: [],
    attachments: {},
    commitment: "",
  };
}
