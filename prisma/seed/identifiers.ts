import { randomInt } from "node:crypto";
import { idNumberCheckChar } from "../../lib/validation/id-number";
import { usccCheckChar } from "../../lib/validation/uscc";

// Valid identifiers for seeds and tests: real check characters, made-up people and organisations.

export function idNumberFrom(region: string, birth: string, seq: string) {
  const first17 = `${region}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

export function randomIdNumber(region = "520102") {
  const y = randomInt(1960, 2000);
  const m = String(randomInt(1, 13)).padStart(2, "0");
  const d = String(randomInt(1, 29)).padStart(2, "0");
  return idNumberFrom(region, `${y}${m}${d}`, String(randomInt(0, 1000)).padStart(3, "0"));
}

export function usccFrom(region: string, body: string) {
  const first17 = `91${region}${body}`;
  return first17 + usccCheckChar(first17);
}

const USCC_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export function randomUscc(region = "520100") {
  const body = Array.from({ length: 9 }, () => USCC_BODY[randomInt(0, USCC_BODY.length)]).join("");
  return usccFrom(region, body);
}
