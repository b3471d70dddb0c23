import { afterAll, beforeAll, expect, it } from "vitest";

/** Runs the enclosing describe block as a server in `zone` would (Node applies a changed TZ at once). */
export function useServerZone(zone: string) {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it("runs in that zone (so the test can fail)", () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone.replace("Etc/", "")).toBe(zone);
  });
}
