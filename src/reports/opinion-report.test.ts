// The opinion-map report of the hand-made map (test/helpers/opinion-report.ts) as a Word file that LibreOffice
// opens and converts to PDF; pdftotext must read back composed Vietnamese (NFC) with the figures and texts
// written by hand in src/core/opinion/report.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { sampleInput } from '../../test/helpers/opinion-report';
import { opinionReportDocx } from './opinion-report.docx';

const dir = mkdtempSync(path.join(tmpdir(), 'doithoai-opinion-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdfText = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
const squeezed = (s: string) => s.replace(/\s+/g, '');

it('opens in LibreOffice and reads back in composed Vietnamese', { timeout: 180_000 }, async () => {
  const file = path.join(dir, 'ban-do-y-kien.docx');
  writeFileSync(file, await opinionReportDocx(sampleInput, 'vi'));
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
  const text = pdfText(file.replace(/\.docx$/, '.pdf'));
  expect(text.normalize('NFC')).toBe(text);
  // pdftotext reads a table column by column, so the checks are a column's cells or a single cell
  for (const line of [
    'Báo cáo bản đồ ý kiến: Chuyển đổi số và tăng trưởng xanh (minh họa)',
    'Bản đồ lúc 04/12/2026 21:40: 25 người tham gia, 4 ý kiến, 1.260 lượt bỏ phiếu; 22 người đủ số lượt bỏ phiếu để được xếp nhóm.',
    'Nhóm A: 12 người.',
    'Mọi thủ tục hành chính cấp xã nên làm được trực tuyến.',
    'Đồng ý trong nhóm',
    'Không đồng ý trong nhóm',
    '92 %',
    '83 %',
    'Nhóm C: dưới 5 người — không công bố',
    'Cần đào tạo kỹ năng số cho người cao tuổi.',
    'Đồng ý (mọi người)',
    'Không đồng ý (mọi người)',
    '90 %',
    '1.080',
    'Số lượt bỏ phiếu theo bản đồ lúc 04/12/2026 21:40.',
    'Đồng thuận giữa các nhóm',
    'phương pháp của Pol.is',
  ]) expect(squeezed(text), line).toContain(squeezed(line));
});
