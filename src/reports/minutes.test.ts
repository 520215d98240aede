// The minutes of the 2021 Local Development Dialogue (title, day, organisers and themes from the public
// record, as in the demo facts; points' figures, questions, polls and recommendations illustrative) as a
// Word file that LibreOffice opens and converts to PDF, and as our own PDF: pdftotext must read back
// composed Vietnamese (NFC) and the figures as Vietnamese write them. Expected texts are written by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { minutesDocument, type MinutesInput } from '../core/forums/minutes';
import { minutesDocx } from './minutes.docx';
import { minutesPdf } from './minutes.pdf';

const sample: MinutesInput = {
  title: 'Đối thoại phát triển địa phương năm 2021: Thực thi mục tiêu phát triển trong trạng thái bình thường mới',
  startsOn: '2021-07-13',
  endsOn: '2021-07-13',
  kind: 'hybrid',
  venue: 'Học viện Chính trị quốc gia Hồ Chí Minh, Hà Nội',
  organisers: ['Học viện Chính trị quốc gia Hồ Chí Minh', 'USAID', 'Ngân hàng Thế giới', 'Đại học Indiana'],
  themes: ['Nâng cao hiệu quả quản trị thực thi chính sách trong môi trường chuyển đổi số', 'Khai thác tiềm năng tăng trưởng xanh'],
  agenda: [
    {
      title: 'Phiên toàn thể',
      items: [
        { startsAt: '2021-07-13T01:30:00Z', title: 'Khai mạc', speakers: ['Lãnh đạo Học viện'], theme: null },
        { startsAt: '2021-07-13T02:15:00Z', title: 'Chuyển đổi số trong thực thi chính sách', speakers: ['Sở Thông tin và Truyền thông'], theme: 'Chuyển đổi số' },
      ],
    },
  ],
  attendance: {
    points: [
      { name: 'Hội trường chính', locality: 'Hà Nội', moderators: ['Nguyễn Văn An'], expected: 1200, registered: 1180, checkedIn: 1150 },
      { name: 'Điểm cầu Thừa Thiên Huế', locality: 'Thừa Thiên Huế', moderators: ['Trần Thị Bình'], expected: 120, registered: 118, checkedIn: 112 },
      { name: 'Điểm cầu Cần Thơ', locality: null, moderators: [], expected: null, registered: 95, checkedIn: 90 },
    ],
    overall: { expected: 1320, registered: 1393, checkedIn: 1352 },
  },
  contributions: [{ title: 'Tăng trưởng xanh ở đồng bằng sông Cửu Long', speaker: 'Lê Minh Đức', organisation: 'Sở Kế hoạch và Đầu tư Cần Thơ', session: 'Phiên toàn thể', abstract: 'Minh họa: ba đề xuất về đô thị thích ứng.' }],
  polls: [
    {
      title: 'Ưu tiên của diễn đàn',
      agendaItem: 'Chuyển đổi số trong thực thi chính sách',
      measure: 'Điểm trung bình',
      options: ['Chuyển đổi số', 'Tăng trưởng xanh'],
      overall: { ballots: 1034, values: [3.75, 4.25] },
      perPoint: [
        { point: 'Hội trường chính', ballots: 900, values: [3.5, 4.5] },
        { point: 'Điểm cầu Thừa Thiên Huế', ballots: 134, values: [4.1, 3.2] },
      ],
    },
  ],
  questions: [
    { text: 'Khi nào có dữ liệu mở về đầu tư công?', asker: null, point: 'Điểm cầu Thừa Thiên Huế', agendaItem: null, upvotes: 57, answer: { text: 'Trong quý IV.', by: 'Bộ Kế hoạch và Đầu tư' } },
    { text: 'Điểm cầu được hỏi trực tiếp không?', asker: 'Phạm Thu', point: null, agendaItem: 'Khai mạc', upvotes: 3, answer: null },
  ],
  recommendations: [{ text: 'Công khai tiến độ giải ngân hằng tháng', source: 'Câu hỏi từ điểm cầu Thừa Thiên Huế', proposedBy: 'Điểm cầu Thừa Thiên Huế', owner: 'Sở Tài chính', reviewOn: '2021-12-31' }],
  createdAt: new Date('2021-07-13T10:00:00Z'),
};

const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-minutes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');

/** LibreOffice's own reading of a Word file: converted to PDF headless, with a profile of its own. */
function libreOfficePdf(docx: Buffer): string {
  const file = path.join(dir, 'bien-ban.docx');
  writeFileSync(file, docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  return path.join(dir, 'bien-ban.pdf');
}

const VIETNAMESE = [
  'BIÊN BẢN DIỄN ĐÀN',
  'Đối thoại phát triển địa phương năm 2021',
  'Thời gian: 13/07/2021',
  'Hình thức: trực tiếp kết hợp trực tuyến',
  '2. Điểm cầu và người tham dự',
  '3 điểm cầu; 1.352 người có mặt, 1.393 người đăng ký, 1.320 người dự kiến.',
  'Điểm cầu Thừa Thiên Huế',
  'Ngân hàng Thế giới',
  '1.034 phiếu. Gắn với mục: Chuyển đổi số trong thực thi chính sách.',
  '3,75',
  '4,25',
  'Câu hỏi 1 (ẩn danh, Điểm cầu Thừa Thiên Huế; 57 lượt ủng hộ):',
  'Trả lời (Bộ Kế hoạch và Đầu tư): Trong quý IV.',
  'Chưa được trả lời tại diễn đàn.',
  'Sở Tài chính',
  '31/12/2021',
  'Biên bản lập ngày 13/07/2021',
];

describe('forum minutes', () => {
  it('open in LibreOffice as a Word file whose PDF reads back in composed Vietnamese with the figures', { timeout: 180_000 }, async () => {
    const text = pdfText(libreOfficePdf(await minutesDocx(minutesDocument(sample))));
    expect(text.normalize('NFC')).toBe(text);
    for (const expected of [...VIETNAMESE, '09:15', '1.150', '1.180']) expect(text).toContain(expected);
  });

  it('render as our own PDF saying the same', async () => {
    const file = path.join(dir, 'ours.pdf');
    writeFileSync(file, await minutesPdf(minutesDocument(sample)));
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    expect(text.normalize('NFC')).toBe(text);
    // Spaces aside: pdftotext reads the gap Be Vietnam Pro Bold leaves after "ư" in "Đầu tư):" as one.
    const squeezed = (t: string) => t.replace(/\s+/g, '');
    for (const expected of VIETNAMESE) expect(squeezed(text)).toContain(squeezed(expected));
  });

  it('speak English when asked, with English figures, and say when a section is empty', () => {
    const m = minutesDocument({ ...sample, contributions: [], polls: [] }, 'en');
    const texts = [m.heading, ...m.facts, ...m.blocks.map((b) => (b.kind === 'table' ? b.rows.flat().join(' ') : `${'label' in b ? `${b.label} ` : ''}${b.text}`))];
    expect(texts).toContain('FORUM MINUTES');
    expect(texts).toContain('Format: in person and online');
    expect(texts).toContain('3 connection points; 1,352 present, 1,393 registered, 1,320 expected.');
    expect(texts).toContain('Question 1 (anonymous, Điểm cầu Thừa Thiên Huế; 57 upvotes): Khi nào có dữ liệu mở về đầu tư công?');
    expect(texts.filter((t) => t === 'None.')).toHaveLength(2);
  });

  it('show each point of a poll with many options by its leading option', () => {
    const options = ['A', 'B', 'C', 'D', 'E'];
    const poll = { ...sample.polls[0], options, overall: { ballots: 10, values: [1, 2, 3, 2, 1] }, perPoint: [{ point: 'Điểm cầu Cần Thơ', ballots: 10, values: [1, 5, 3, 5, 1] }] };
    const tables = minutesDocument({ ...sample, polls: [poll] }).blocks.filter((b) => b.kind === 'table');
    const byPoint = tables.find((t) => t.header.includes('Dẫn đầu'));
    expect(byPoint?.rows).toEqual([['Điểm cầu Cần Thơ', '10', 'B', '5']]);
  });
});
