// The demo SMS outbox (/dev/sms) shows live unit-login codes and full mobiles. It opens only when switched on
// (SMS_OUTBOX_PAGE=true), never in a production configuration (APP_ENV=production refuses the switch at start), and
// only to a client on this machine.

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)$/;

export function outboxPageOpen(opts: { enabled: boolean; production: boolean; clientIp: string }) {
  return opts.enabled && !opts.production && LOOPBACK.test(opts.clientIp);
}
