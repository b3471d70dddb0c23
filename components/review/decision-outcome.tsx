import type { ActionState } from "@/lib/errors";
import { FormMessage } from "@/components/ui/form-message";

/** What a decision panel leaves behind once the declaration has left its status: the message of the decision made here. */
export function DecisionOutcome({ result }: { result?: ActionState }) {
  return result?.ok ? <FormMessage ok message={result.message} /> : null;
}
