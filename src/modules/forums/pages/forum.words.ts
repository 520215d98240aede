// The words of the public forum pages, Vietnamese first.
import type { Lang } from '../../../http/pages';

export const words = {
  vi: {
    other: 'English',
    kinds: { 'in-person': 'Trực tiếp', online: 'Trực tuyến', hybrid: 'Trực tiếp kết hợp trực tuyến' },
    dates: 'Thời gian',
    organisers: 'Đơn vị tổ chức',
    themes: 'Chủ đề',
    stream: 'Xem trực tuyến',
    agenda: 'Chương trình',
    speakers: 'Trình bày',
    points: 'Điểm cầu',
    point: 'Điểm cầu',
    mainHall: 'Hội trường chính',
    expected: 'Dự kiến',
    checkedIn: 'Đã điểm danh',
    overall: 'Tổng cộng',
    attendees: 'Thành phần',
    noAgenda: 'Chưa có chương trình.',
    illustrative: 'Minh họa: chương trình và danh sách điểm cầu trên trang này là dữ liệu mẫu, không phải thông tin thật.',
    back: 'Trang diễn đàn',
    notFound: { title: 'Không có diễn đàn công khai', help: 'Địa chỉ này không có diễn đàn nào được công bố.' },
  },
  en: {
    other: 'Tiếng Việt',
    kinds: { 'in-person': 'In person', online: 'Online', hybrid: 'Hybrid (in person and online)' },
    dates: 'Dates',
    organisers: 'Organisers',
    themes: 'Themes',
    stream: 'Watch online',
    agenda: 'Agenda',
    speakers: 'Speakers',
    points: 'Connection points',
    point: 'Connection point',
    mainHall: 'Main hall',
    expected: 'Expected',
    checkedIn: 'Checked in',
    overall: 'Total',
    attendees: 'Attending',
    noAgenda: 'No agenda yet.',
    illustrative: 'Illustrative: the agenda and the list of connection points on this page are sample data, not real information.',
    back: 'Forum page',
    notFound: { title: 'No public forum', help: 'No forum is published at this address.' },
  },
} satisfies Record<Lang, unknown>;

export const pageStyle = `.pts td:first-child{width:auto}.hall{font-weight:700}.time{white-space:nowrap;width:3.5rem}.scroll{overflow-x:auto}`;
