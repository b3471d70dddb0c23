import { accountNameSchema, addApplicantSchema, bindUnitSchema, rejectSchema } from "@/lib/accounts/schemas";
import { drawSchema, expertProfileSchema, groupOpinionSchema, inviteExpertSchema, meetingSchema, resultPublicitySchema } from "@/lib/evaluation/schemas";
import { recordFindingSchema, revokeFindingSchema } from "@/lib/integrity/schemas";
import { disciplineSchema, retirementSchema, withdrawDisciplineSchema } from "@/lib/personnel/schemas";
import { createSubUnitSchema, designateAdminSchema, superiorRequestSchema, unitInfoSchema } from "@/lib/units/schemas";

/** The zod schemas a SchemaForm can use; the server action validates with the same one. */
export const FORM_SCHEMAS = {
  accountName: accountNameSchema,
  addApplicant: addApplicantSchema,
  bindUnit: bindUnitSchema,
  reject: rejectSchema,
  unitInfo: unitInfoSchema,
  designateAdmin: designateAdminSchema,
  superiorRequest: superiorRequestSchema,
  createSubUnit: createSubUnitSchema,
  inviteExpert: inviteExpertSchema,
  expertProfile: expertProfileSchema,
  draw: drawSchema,
  meeting: meetingSchema,
  groupOpinion: groupOpinionSchema,
  resultPublicity: resultPublicitySchema,
  retirement: retirementSchema,
  discipline: disciplineSchema,
  withdrawDiscipline: withdrawDisciplineSchema,
  recordFinding: recordFindingSchema,
  revokeFinding: revokeFindingSchema,
};
export type FormSchemaKey = keyof typeof FORM_SCHEMAS;
