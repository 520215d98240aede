// Validation messages in Vietnamese. The schemas keep their English messages (they also document the
// API); the Vietnamese for the ones written by hand is here, and every other problem is worded from
// zod's issue code, so the `vi` field of a 400 is Vietnamese whatever schema produced it.
import { formatMessage } from '../core/i18n';
import type { Localized } from './messages';

/** What a request validator reports for one problem (fastify-type-provider-zod's shape of a zod issue). */
export type ValidationIssue = { keyword: string; message?: string; params?: Record<string, unknown> };

const written: Record<string, string> = {
  'lowercase letters, digits and hyphens, 2–63 characters': 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, từ 2 đến 63 ký tự',
  'lowercase letters, digits and hyphens, up to 40 characters': 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 40 ký tự',
  'letters, digits, dot, hyphen or underscore, up to 32 characters': 'chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 32 ký tự',
  'letters, digits, _ . -, up to 64 characters': 'chỉ gồm chữ cái không dấu, chữ số và các dấu _ . -, tối đa 64 ký tự',
  'a two-digit GSO code': 'phải là mã tỉnh hai chữ số của Tổng cục Thống kê',
  'a two-digit GSO province code': 'phải là mã tỉnh hai chữ số của Tổng cục Thống kê',
  'at least 10 characters': 'cần ít nhất 10 ký tự',
  'option keys must be distinct': 'mã các phương án không được trùng nhau',
  'min must not exceed max': 'số tối thiểu không được lớn hơn số tối đa',
  'scale.min must be below scale.max': 'scale.min phải nhỏ hơn scale.max',
  'group keys must be distinct': 'mã các nhóm không được trùng nhau',
  'cluster keys must be distinct': 'mã các cụm không được trùng nhau',
  'phase keys must be distinct': 'mã các giai đoạn không được trùng nhau',
  'a phase must not end before it starts': 'giai đoạn không được kết thúc trước khi bắt đầu',
  'the due date must not be before the start date': 'hạn hoàn thành không được trước ngày bắt đầu',
  'KPI keys must be distinct': 'mã các chỉ tiêu KPI không được trùng nhau',
  'the indicator key must be "total" or a dimension of that index': 'mã chỉ số phải là "total" hoặc một chỉ số thành phần của bộ chỉ số đó',
  'the target must lie in the KPI\u2019s direction from the baseline': 'giá trị mục tiêu phải theo đúng chiều của KPI so với giá trị cơ sở',
  'minGroupSize must be a whole number from 2 to 1000': 'minGroupSize phải là số nguyên từ 2 đến 1000',
  'minGroupSize must be at least 2': 'minGroupSize phải từ 2 trở lên',
  'minGroupSize must be at most 1000': 'minGroupSize không được quá 1000',
};

const typeNames: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  object: 'đối tượng JSON',
  array: 'danh sách',
  date: 'ngày',
};

const formatNames: Record<string, string> = {
  email: 'địa chỉ email',
  uuid: 'mã UUID',
  url: 'địa chỉ URL',
  date: 'ngày dạng YYYY-MM-DD',
  datetime: 'thời điểm dạng ISO 8601',
};

const units: Record<string, string> = { string: 'ký tự', array: 'phần tử', set: 'phần tử', file: 'byte' };

// Bounds as ICU messages (Vietnamese has no plural forms, so a count reads the same for 1 and 2).
const bounds = {
  least: 'cần ít nhất {bound} {unit}',
  most: 'chỉ được tối đa {bound} {unit}',
  from: 'phải từ {bound} trở lên',
  above: 'phải lớn hơn {bound}',
  upTo: 'phải không quá {bound}',
  below: 'phải nhỏ hơn {bound}',
};

function sizeText(params: Record<string, unknown>, least: boolean): string {
  const bound = String(least ? params.minimum : params.maximum);
  const unit = units[String(params.origin)];
  const strict = params.inclusive === false;
  const which = unit ? (least ? 'least' : 'most') : least ? (strict ? 'above' : 'from') : strict ? 'below' : 'upTo';
  return formatMessage('vi', bounds[which], { bound, unit });
}

function vietnamese({ keyword, message = '', params = {} }: ValidationIssue): string {
  if (written[message]) return written[message];
  switch (keyword) {
    case 'invalid_type':
      if (/received undefined$/.test(message)) return 'thiếu trường bắt buộc này';
      return `phải là ${typeNames[String(params.expected)] ?? String(params.expected)}`;
    case 'too_small':
      return sizeText(params, true);
    case 'too_big':
      return sizeText(params, false);
    case 'invalid_format':
      return formatNames[String(params.format)] ? `không phải ${formatNames[String(params.format)]} hợp lệ` : 'không đúng dạng yêu cầu';
    case 'invalid_value':
      return `phải là một trong các giá trị ${(params.values as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(', ') ?? ''}`.trim();
    case 'unrecognized_keys':
      return `có trường không được chấp nhận: ${(params.keys as string[] | undefined)?.join(', ') ?? ''}`.trim();
    case 'not_multiple_of':
      return `phải là bội số của ${String(params.divisor)}`;
    case 'invalid_union':
      return 'không khớp với dạng nào được chấp nhận';
    default:
      return 'giá trị không hợp lệ';
  }
}

/** One problem in both languages: Vietnamese as above, English as the schema or zod wrote it. */
export function validationText(issue: ValidationIssue): Localized {
  return { vi: vietnamese(issue), en: issue.message || 'invalid' };
}
