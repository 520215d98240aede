// A conversation's opinion-map report as a Word document: core/opinion/report's model (the shape of a forum's
// minutes) laid out by the minutes' Word layout — A4, Times New Roman 13 pt, shaded table headers.
import type { Locale } from '../core/i18n';
import { opinionReport, type OpinionReportInput } from '../core/opinion/report';
import { minutesDocx } from './minutes.docx';

export function opinionReportDocx(input: OpinionReportInput, locale: Locale = 'vi'): Promise<Buffer> {
  return minutesDocx(opinionReport(input, locale));
}
