// core/devolution's problems in words: one sentence, vi and en, saying where (which move, which activity)
// and what is wrong; an edit is refused with the first, an import lists them all (import.ts).
import { LEVEL_LABELS, type Level, type Problem } from '../../core/devolution';
import { formatDate } from '../../core/format';
import { AppError } from '../../http/errors';
import { message, type Localized } from '../../i18n/messages';

export function problemText(p: Problem): Localized {
  const text = { vi: message(p.code, readable(p, 'vi')).vi, en: message(p.code, readable(p, 'en')).en };
  const where: Localized | null =
    p.where.move !== undefined
      ? { vi: `Bước chuyển ${p.where.move + 1} (hoạt động "${p.where.activity}")`, en: `Move ${p.where.move + 1} (activity "${p.where.activity}")` }
      : p.where.activity !== undefined
        ? { vi: `Hoạt động "${p.where.activity}"`, en: `Activity "${p.where.activity}"` }
        : null;
  if (!where) return text;
  return { vi: `${where.vi}: ${lower(text.vi)}`, en: `${where.en}: ${lower(text.en)}` };
}

/** A level by its name ("Huyện/quận", not "district") and a day as dd/mm/yyyy; anything unrecognised as given. */
function readable({ code, values }: Problem, lang: 'vi' | 'en'): Problem['values'] {
  const out = { ...values };
  if (typeof out.level === 'string' && Object.hasOwn(LEVEL_LABELS, out.level)) out.level = LEVEL_LABELS[out.level as Level][lang];
  // a bad date is quoted as typed; the others were checked to be days
  if (code !== 'devolution.bad_date' && typeof out.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(out.date)) out.date = formatDate(out.date);
  return out;
}

const lower = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** Throws the first problem as a 400 (nothing is stored); does nothing when there is none. */
export function refuseProblems(problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  throw new AppError(400, problems[0].code, problemText(problems[0]));
}
