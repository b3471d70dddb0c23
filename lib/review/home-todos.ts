import "server-only";
import { can, type PersonActor } from "@/lib/auth/permissions";
import { countPending } from "./list-queue";
import { QUEUE_KEYS, QUEUES } from "./queue-config";
import { evaluationTodos } from "@/lib/evaluation/evaluation-todos";

export type Todo = { label: string; href: string; count: number };

/** 待办 of the home page: for each queue the actor works, how many wait ("单位内部核验 3 条待审核"), then the evaluation stage's. */
export async function homeTodos(actor: PersonActor): Promise<Todo[]> {
  const keys = QUEUE_KEYS.filter((key) => can(actor, QUEUES[key].permission));
  const [counts, evaluation] = await Promise.all([keys.length ? countPending({ actor, keys }) : null, evaluationTodos(actor)]);
  const queues = keys.map((key) => ({ label: `${QUEUES[key].title} ${counts![key]} 条${QUEUES[key].pendingWord}`, href: QUEUES[key].href, count: counts![key] }));
  return [...queues, ...evaluation];
}
