// How reminders reach agencies. The development sender writes them to the log; an e-mail gateway
// plugs in here with the same one method.
import type { FastifyBaseLogger } from 'fastify';

export type ReminderMail = { to: string; subject: string; text: string };

export interface ReminderSender {
  send(mail: ReminderMail): Promise<void>;
}

export function logReminderSender(log: FastifyBaseLogger): ReminderSender {
  return {
    async send(mail) {
      log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'plan reminder (development sender: not sent anywhere)');
    },
  };
}
