// What the minutes of a dialogue forum say, as plain data: the forums module maps its rows onto
// MinutesInput, and minutes.ts turns it into a document model that the Word and PDF files lay out
// (src/reports/minutes.docx.ts, minutes.pdf.ts). Texts are given as they should read (Vietnamese, NFC);
// labels, numbers and dates are added in the language asked for. Dates are "YYYY-MM-DD" days in Viet
// Nam; times are instants (Date or ISO string), shown in Viet Nam's time.

export type ForumKind = 'in-person' | 'online' | 'hybrid';

export type MinutesAgendaItem = {
  /** When the item begins, or null if the agenda gives no time. */
  startsAt: Date | string | null;
  title: string;
  speakers: string[];
  theme: string | null;
};

/** A session of the agenda (morning plenary, a theme's panel…) and its items in order. */
export type MinutesSession = { title: string; items: MinutesAgendaItem[] };

/** One connection point (điểm cầu): a locality or an organisation; `checkedIn` counted by QR check-in. */
export type MinutesPoint = {
  name: string;
  /** Province or organisation the point stands for, if other than its name. */
  locality: string | null;
  moderators: string[];
  expected: number | null;
  registered: number;
  checkedIn: number;
};

/** The forum's totals over its points (core/forums rollUp's `overall`). */
export type MinutesAttendance = { points: MinutesPoint[]; overall: { expected: number; registered: number; checkedIn: number } };

export type MinutesContribution = { title: string; speaker: string; organisation: string | null; session: string | null; abstract: string | null };

/** Figures of one poll for one set of ballots: `values[i]` belongs to the poll's `options[i]`. */
export type MinutesPollCount = { ballots: number; values: number[] };

export type MinutesPoll = {
  title: string;
  /** The agenda item it was attached to. */
  agendaItem: string | null;
  /** What each value is, as a column heading: "Số phiếu tán thành", "Điểm Borda", "Điểm trung bình". */
  measure: string;
  options: string[];
  overall: MinutesPollCount;
  /** The same per connection point, in the order to show. */
  perPoint: (MinutesPollCount & { point: string })[];
};

export type MinutesQuestion = {
  text: string;
  /** null for an anonymous question. */
  asker: string | null;
  /** The connection point it came from; null for the main hall's floor. */
  point: string | null;
  agendaItem: string | null;
  upvotes: number;
  answer: { text: string; by: string } | null;
};

export type MinutesRecommendation = {
  text: string;
  /** Where it came from, as it should read: "Tham luận của Sở Tài chính", "Câu hỏi từ điểm cầu Cần Thơ"… */
  source: string | null;
  /** The point that proposed it; null for the main hall. */
  proposedBy: string | null;
  /** The agency that owns its follow-up. */
  owner: string;
  /** "YYYY-MM-DD", the day it is next reviewed; null if none is set. */
  reviewOn: string | null;
  /** Where it stands, as it should read ("Nhiệm vụ KN1 — Đúng tiến độ, 40 %…"); null or left out: no column entry. */
  status?: string | null;
};

export type MinutesInput = {
  title: string;
  /** First and last day, "YYYY-MM-DD"; the same day for a one-day forum. */
  startsOn: string;
  endsOn: string;
  kind: ForumKind;
  venue: string | null;
  organisers: string[];
  themes: string[];
  agenda: MinutesSession[];
  attendance: MinutesAttendance;
  contributions: MinutesContribution[];
  polls: MinutesPoll[];
  questions: MinutesQuestion[];
  recommendations: MinutesRecommendation[];
  /** When the minutes were made (footer, file metadata). */
  createdAt: Date;
};
