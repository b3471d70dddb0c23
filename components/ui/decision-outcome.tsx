"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/errors";
import { FormMessage } from "./form-message";

/** What a decision panel leaves behind once its record has left the status it decides on: the message of the decision made here. */
export function DecisionOutcome({ result }: { result?: ActionState }) {
  return result?.ok ? <FormMessage ok message={result.message} /> : null;
}

/** A successful answer and when it came, so that of several controls leaving at once the latest decision is the one shown. */
type LeftBehind = { result: ActionState; at: number };

const LeaveBehind = createContext<(left: LeftBehind) => void>(() => {});

/**
 * Holds the message of a decision whose control the refresh took off the page: a row that left its list once decided,
 * a button shown only while its status lasts (完成公示, 统票, 确认). Controls outside a board keep their message themselves.
 */
export function OutcomeBoard({ children }: { children: React.ReactNode }) {
  const [left, setLeft] = useState<LeftBehind>();
  const keep = useCallback((next: LeftBehind) => setLeft((prev) => (prev && prev.at > next.at ? prev : next)), []);
  return (
    <LeaveBehind value={keep}>
      <DecisionOutcome result={left?.result} />
      {children}
    </LeaveBehind>
  );
}

/** A control hands its last successful answer to the surrounding board when it leaves the page, so the message stays. */
export function useLeaveBehind(result: ActionState | undefined) {
  const leave = useContext(LeaveBehind);
  const last = useRef<LeftBehind>(undefined);
  useEffect(() => {
    if (result) last.current = { result, at: performance.now() };
  }, [result]);
  useEffect(
    () => () => {
      const left = last.current;
      if (left?.result.ok && left.result.message) leave(left);
    },
    [leave],
  );
}
