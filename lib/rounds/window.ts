import { TZDate } from "@date-fns/tz";
import { formatShanghai, SHANGHAI } from "@/lib/time";

// The submission window is entered and read in Asia/Shanghai and stored as UTC instants; nothing here reads the server's zone.

/** "2026-11-01T08:00" typed in Asia/Shanghai → the instant. */
export function shanghaiLocalToInstant(value: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) throw new Error(`not a local date-time: ${value}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, SHANGHAI).getTime());
}

/** The instant → the value of a datetime-local input, in Asia/Shanghai. */
export function instantToShanghaiLocal(at: Date) {
  return formatShanghai(at, "yyyy-MM-dd'T'HH:mm");
}

export function formatWindow(round: { windowStart: Date; windowEnd: Date }) {
  const f = (d: Date) => formatShanghai(d, "yyyy年MM月dd日HH:mm");
  return `${f(round.windowStart)}至${f(round.windowEnd)}`;
}

/** Both ends belong to the window. */
export function insideWindow(round: { windowStart: Date; windowEnd: Date }, now: Date) {
  return now.getTime() >= round.windowStart.getTime() && now.getTime() <= round.windowEnd.getTime();
}
