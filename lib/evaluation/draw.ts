import { createHash } from "node:crypto";

// 评委会抽取: a random draw that anyone holding the seed can repeat. The randomness comes from SHA-256 over the seed
// and a counter, so the recorded seed and the pool as it stood reproduce the committee exactly (an audit re-runs it);
// the seed itself is drawn from the system's secure generator when the draw is made.

export type Draw = { members: string[]; chair: string; groups: { leader: string; members: string[] }[] };

function randomBelow(seed: string, counter: { n: number }, bound: number) {
  // Rejection sampling over 48 bits keeps every index equally likely.
  const limit = Math.floor(2 ** 48 / bound) * bound;
  for (;;) {
    const digest = createHash("sha256").update(`${seed}:${counter.n++}`).digest();
    const value = digest.readUIntBE(0, 6);
    if (value < limit) return value % bound;
  }
}

/** Draws `size` of the candidates (ids), names the first drawn 主任委员 and splits the members into `groups` 评议组. */
export function drawCommittee(o: { seed: string; candidates: string[]; size: number; groups: number }): Draw {
  const pool = [...new Set(o.candidates)].sort();
  if (o.size > pool.length) throw new RangeError(`only ${pool.length} candidates for ${o.size} seats`);
  const counter = { n: 0 };
  for (let i = pool.length - 1; i > 0; i--) {
    const j = randomBelow(o.seed, counter, i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const members = pool.slice(0, o.size);
  const chair = members[0];
  const groups = Array.from({ length: o.groups }, (_, g) => members.filter((_, i) => i % o.groups === g));
  // The chair presides over the whole committee; each group is led by its first other member.
  return { members, chair, groups: groups.map((m) => ({ leader: m.find((id) => id !== chair) ?? m[0], members: m })) };
}
