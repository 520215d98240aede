// Vietnamese strings of the decentralisation section (phân cấp), merged into shared/i18n/vi.ts. Every key here
// must exist in devolution.en.ts (the type checker enforces it).
export const devolutionVi = {
  'devolution.section.title': 'So sánh các kịch bản phân cấp',
  'devolution.section.intro': 'Mỗi kịch bản so với phân cấp hiện hành theo năm tiêu chí (tổng điểm các bước chuyển, −2 đến +2 mỗi bước), tổng hợp bằng tổng có trọng số, trọng số bằng nhau.',
  'devolution.section.empty': 'Chưa có kịch bản nào.',
  'devolution.col.alternative': 'Phương án',
  'devolution.col.score': 'Điểm',
  'devolution.col.rank': 'Hạng',
  'devolution.col.report': 'Báo cáo',
  'devolution.criterion.subsidiarity': 'Gần dân',
  'devolution.criterion.scale': 'Quy mô',
  'devolution.criterion.spillover': 'Lan tỏa',
  'devolution.criterion.capacity': 'Năng lực',
  'devolution.criterion.accountability': 'Giải trình',
  'devolution.report': 'Tải báo cáo Word',
  'devolution.top': 'Phương án dẫn đầu: {name}.',
};
