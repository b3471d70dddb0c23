import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// Instants are stored in UTC; people read them in Asia/Shanghai whatever the server's zone.
export const SHANGHAI = "Asia/Shanghai";

export function formatShanghai(at: Date, pattern = "yyyy-MM-dd HH:mm:ss") {
  return format(new TZDate(at, SHANGHAI), pattern);
}
