import "server-only";
import { env } from "@/lib/env";

// Real-person (face) verification behind an interface. In production this is the 贵州人社 mini-program or the
// e-social-security card; the default is a simulated confirmation the person performs on screen.

export type RealPersonResult = { verified: boolean; method: string };

export interface RealPersonCheck {
  verify(person: { name: string; idNumber: string; confirmed: boolean }): Promise<RealPersonResult>;
}

const simulated: RealPersonCheck = {
  async verify(person) {
    return { verified: person.confirmed, method: "simulated" };
  },
};

export function realPersonCheck(): RealPersonCheck {
  switch (env().REAL_PERSON_ADAPTER) {
    case "simulated":
      return simulated;
  }
}
