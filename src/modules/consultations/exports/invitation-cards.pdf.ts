// Invitation cards of a consultation: the shared QR card sheet (src/reports/qr-cards.pdf.ts), one
// card per ballot address.
import { qrCardsPdf } from '../../../reports/qr-cards.pdf';

type Localized = { vi: string; en: string };
export type InvitationCards = { title: Localized; audience: string | null; urls: string[]; createdAt: Date };

const use = { vi: 'Quét mã để bỏ phiếu — mỗi mã dùng một lần', en: 'Scan to vote — each code works once' };

export function invitationCardsPdf({ urls, ...cards }: InvitationCards): Promise<Buffer> {
  return qrCardsPdf({ ...cards, sheet: 'phiếu mời', use, codes: urls });
}
