import { describe, expect, it } from "vitest";
import { formatWindow, insideWindow, instantToShanghaiLocal, shanghaiLocalToInstant } from "@/lib/rounds/window";
import { useServerZone } from "./server-zone";

// The window is entered and shown in Asia/Shanghai whatever zone the server runs in.
const zones = ["UTC", "America/New_York", "Asia/Shanghai", "Pacific/Kiritimati"];

describe.each(zones)("申报时间窗口（服务器时区 %s）", (zone) => {
  useServerZone(zone);

  it("reads a typed Shanghai time as the right instant and back", () => {
    const start = shanghaiLocalToInstant("2026-11-01T08:00");
    expect(start.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(instantToShanghaiLocal(start)).toBe("2026-11-01T08:00");
    expect(instantToShanghaiLocal(new Date("2026-12-31T16:30:00Z"))).toBe("2027-01-01T00:30");
  });

  it("states the window as the refusal shows it", () => {
    const round = { windowStart: shanghaiLocalToInstant("2026-11-01T08:00"), windowEnd: shanghaiLocalToInstant("2026-11-03T17:00") };
    expect(formatWindow(round)).toBe("2026年11月01日08:00至2026年11月03日17:00");
  });

  it("includes both ends, not a second more", () => {
    const round = { windowStart: new Date("2026-11-01T00:00:00Z"), windowEnd: new Date("2026-11-03T09:00:00Z") };
    expect(insideWindow(round, new Date("2026-10-31T23:59:59Z"))).toBe(false);
    expect(insideWindow(round, new Date("2026-11-01T00:00:00Z"))).toBe(true);
    expect(insideWindow(round, new Date("2026-11-03T09:00:00Z"))).toBe(true);
    expect(insideWindow(round, new Date("2026-11-03T09:00:01Z"))).toBe(false);
  });
});
