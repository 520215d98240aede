// Sends each agency's reminders (as of today) to the active people of that organisation who hold a
// role in the plan's space, in Vietnamese then English.
import { type IsoDate } from '../../core/plans';
import type { Db } from '../../db/connection';
import type { Localized } from '../../i18n/messages';
import { formatDate } from '../../core/format';
import { memberEmails } from '../accounts';
import { planReminders } from './accountability.service';
import type { Plan, PlanContents } from './plan.load';
import type { ReminderSender } from './reminder.sender';

type Item = { code: string; title: Localized; kind: string; period: string | null; deadline: string };

const kindText: Record<string, Localized> = {
  'report-overdue': { vi: 'quá hạn báo cáo kỳ', en: 'report overdue for' },
  'report-due': { vi: 'đến hạn báo cáo kỳ', en: 'report due for' },
  'action-overdue': { vi: 'nhiệm vụ quá hạn hoàn thành', en: 'action past its due date' },
};

const day = (iso: string) => formatDate(iso);

export function reminderText(plan: Plan, items: Item[]): { subject: string; text: string } {
  const line = (lang: 'vi' | 'en', i: Item) => `- ${i.code} ${i.title[lang]}: ${kindText[i.kind][lang]}${i.period ? ` ${i.period}` : ''} (${lang === 'vi' ? 'hạn' : 'deadline'} ${day(i.deadline)})`;
  return {
    subject: `Nhắc báo cáo tiến độ / Progress report reminder: ${plan.title.vi}`,
    text: [`${plan.title.vi}`, ...items.map((i) => line('vi', i)), '', `${plan.title.en}`, ...items.map((i) => line('en', i))].join('\n'),
  };
}

export async function sendReminders(db: Db, sender: ReminderSender, plan: Plan, contents: PlanContents, today: IsoDate) {
  const due = planReminders(plan, contents, today);
  let sent = 0;
  for (const [agencyId, items] of due) {
    const mail = reminderText(plan, items);
    for (const to of await memberEmails(db, agencyId, plan.spaceId)) {
      await sender.send({ to, ...mail });
      sent++;
    }
  }
  return { agencies: due.size, sent };
}
