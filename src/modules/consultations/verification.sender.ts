// How one-time codes reach people. The development sender writes them to the log; an SMS or e-mail
// gateway plugs in here with the same one method.
import type { FastifyBaseLogger } from 'fastify';
import type { Contact } from '../../core/consultations/contact';

export interface CodeSender {
  send(contact: Contact, code: string, consultationTitle: string): Promise<void>;
}

export function logSender(log: FastifyBaseLogger): CodeSender {
  return {
    async send(contact, code, consultationTitle) {
      // The one line in the log allowed to carry a code and a contact: it stands in for the SMS or e-mail.
      log.info({ contact: contact.address, code, consultation: consultationTitle }, 'verification code (development sender: not sent anywhere)');
    },
  };
}
