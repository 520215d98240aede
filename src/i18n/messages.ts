// Messages the server sends to people, Vietnamese first, in ICU MessageFormat (English counts take plural
// forms; Vietnamese has none). Error codes are stable API; the words may change.
import { formatMessage, type Locale, type MessageValues } from '../core/i18n';

export type Localized = { vi: string; en: string };

const catalog = {
  'auth.required': { vi: 'Cần đăng nhập để dùng chức năng này.', en: 'You need to sign in to use this.' },
  'auth.invalid_credentials': { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' },
  'auth.csrf': {
    vi: 'Thiếu hoặc sai mã chống giả mạo (x-csrf-token); hãy tải lại trang.',
    en: 'Missing or wrong anti-forgery token (x-csrf-token); reload the page.',
  },
  'auth.forbidden': { vi: 'Bạn không có quyền làm việc này.', en: 'You are not allowed to do this.' },
  'auth.locked': {
    vi: 'Đăng nhập sai quá nhiều lần nên tài khoản này tạm bị khóa; hãy thử lại sau {minutes} phút.',
    en: 'Too many failed sign-ins, so this account is locked for now; try again in {minutes} min.',
  },
  'auth.json_only': { vi: 'Đăng nhập chỉ nhận nội dung JSON (content-type: application/json).', en: 'Sign-in accepts only a JSON body (content-type: application/json).' },
  'token.not_found': { vi: 'Không tìm thấy mã truy cập API này.', en: 'API token not found.' },
  'request.invalid': { vi: 'Yêu cầu không hợp lệ: {detail}.', en: 'Invalid request: {detail}.' },
  'request.malformed_json': { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  'request.unsupported_type': {
    vi: 'Địa chỉ này không nhận loại nội dung (content-type) đã gửi.',
    en: 'This address does not accept the content type sent.',
  },
  'request.too_large': { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  'request.rate_limited': { vi: 'Quá nhiều yêu cầu; hãy thử lại sau ít phút.', en: 'Too many requests; try again in a few minutes.' },
  'live.too_many_streams': {
    vi: 'Địa chỉ này đã mở {max} luồng kết quả trực tiếp, mức tối đa cho phép; hãy đóng bớt một màn hình rồi thử lại.',
    en: 'This address already has {max, plural, one {# live results stream} other {# live results streams}} open, the most allowed; close one screen and try again.',
  },
  'route.not_found': { vi: 'Không có địa chỉ này.', en: 'No such address.' },
  'space.not_found': { vi: 'Không tìm thấy không gian này.', en: 'Space not found.' },
  'space.slug_taken': { vi: 'Mã không gian "{slug}" đã được dùng.', en: 'Space code "{slug}" is already in use.' },
  'user.not_found': { vi: 'Không tìm thấy người dùng này.', en: 'User not found.' },
  'user.email_taken': { vi: 'Email {email} đã có tài khoản.', en: 'Email {email} already has an account.' },
  'organisation.not_found': { vi: 'Không tìm thấy tổ chức này.', en: 'Organisation not found.' },
  'organisation.slug_taken': { vi: 'Mã tổ chức "{slug}" đã được dùng.', en: 'Organisation code "{slug}" is already in use.' },
  'consultation.not_found': { vi: 'Không tìm thấy cuộc tham vấn này.', en: 'Consultation not found.' },
  'consultation.bad_transition': { vi: 'Không thể chuyển cuộc tham vấn từ "{from}" sang "{to}".', en: 'A consultation cannot go from "{from}" to "{to}".' },
  'consultation.unknown_group': { vi: 'Nhóm "{group}" không có trong cuộc tham vấn này.', en: 'Group "{group}" is not part of this consultation.' },
  'consultation.unknown_cluster': { vi: 'Cụm "{cluster}" không có trong cuộc tham vấn này.', en: 'Cluster "{cluster}" is not part of this consultation.' },
  'consultation.not_open': { vi: 'Cuộc tham vấn không mở nhận phiếu.', en: 'The consultation is not open for ballots.' },
  'ballot.token_required': { vi: 'Cuộc tham vấn này cần mã mời; hãy dùng đường dẫn hoặc mã QR được phát.', en: 'This consultation needs an invitation code; use the link or QR code you were given.' },
  'ballot.token_invalid': { vi: 'Mã mời không hợp lệ cho cuộc tham vấn này.', en: 'The invitation code is not valid for this consultation.' },
  'ballot.token_used': { vi: 'Mã mời này đã được dùng để bỏ phiếu.', en: 'This invitation code has already been used to vote.' },
  'ballot.wrong_field': { vi: 'Phiếu loại "{type}" phải gửi trường "{field}" và chỉ trường đó.', en: 'A "{type}" ballot must send the field "{field}" and no other choice field.' },
  'ballot.malformed': { vi: 'Trường "{field}" của phiếu không đúng dạng.', en: 'The ballot field "{field}" is not in the expected form.' },
  'ballot.unknown_option': { vi: 'Phương án "{option}" không có trong cuộc tham vấn.', en: 'Option "{option}" is not part of the consultation.' },
  'ballot.repeated_option': { vi: 'Phương án "{option}" được chọn hơn một lần.', en: 'Option "{option}" is chosen more than once.' },
  'ballot.too_few_choices': { vi: 'Cần chọn ít nhất {min} phương án (đã chọn {given}).', en: 'Choose at least {min, plural, one {# option} other {# options}} ({given} chosen).' },
  'ballot.too_many_choices': { vi: 'Chỉ được chọn tối đa {max} phương án (đã chọn {given}).', en: 'Choose at most {max, plural, one {# option} other {# options}} ({given} chosen).' },
  'ballot.score_out_of_range': { vi: 'Điểm cho "{option}" phải là số nguyên từ {min} đến {max}.', en: 'The score for "{option}" must be a whole number from {min} to {max}.' },
  'ballot.points_exceeded': { vi: 'Tổng điểm phân bổ {total} vượt quá {points} điểm được có.', en: '{total, plural, one {The # point allocated exceeds} other {The # points allocated exceed}} the {points} available.' },
  'paper.batch_exists': { vi: 'Tập phiếu "{key}" đã có.', en: 'Paper batch "{key}" already exists.' },
  'paper.batch_not_found': { vi: 'Không tìm thấy tập phiếu "{key}".', en: 'Paper batch "{key}" not found.' },
  'paper.wrong_form_count': { vi: 'Tập phiếu có {expected} phiếu nhưng đã nhập {given}.', en: 'The batch has {expected, plural, one {# form} other {# forms}} but {given, plural, one {# was} other {# were}} entered.' },
  'paper.form_invalid': { vi: 'Phiếu số {form}: {problem} Nếu phiếu giấy như vậy, hãy ghi là phiếu hỏng.', en: 'Form {form}: {problem} If the paper form is like that, enter it as spoilt.' },
  'paper.same_person': { vi: 'Lần nhập thứ hai phải do người khác với lần nhập thứ nhất thực hiện.', en: 'The second entry must be made by someone other than the first.' },
  'paper.missing_entry': { vi: 'Tập phiếu cần đủ hai lần nhập trước khi ghi nhận.', en: 'The batch needs both entries before it is counted.' },
  'paper.unresolved': { vi: 'Còn phiếu số {forms} khác nhau giữa hai lần nhập, chưa được xử lý.', en: 'Forms {forms} still differ between the two entries and are not resolved.' },
  'paper.committed': { vi: 'Tập phiếu "{key}" đã được ghi nhận; không sửa được nữa.', en: 'Paper batch "{key}" has been counted and can no longer change.' },
  'paper.type_unsupported': { vi: 'Phiếu so sánh từng cặp không nhập từ phiếu giấy được: loại phiếu này chỉ bỏ trên màn hình, từng cặp một.', en: 'Pairwise ballots cannot be entered from paper: they are cast on screen, one pair at a time.' },
  'verify.not_open_access': { vi: 'Cuộc tham vấn này chỉ dành cho người được mời.', en: 'This consultation is by invitation only.' },
  'verify.bad_contact': { vi: 'Hãy nhập số điện thoại Việt Nam (10 chữ số) hoặc địa chỉ email.', en: 'Enter a Vietnamese phone number (10 digits) or an e-mail address.' },
  'verify.bad_phone': {
    vi: 'Số điện thoại không phải số di động Việt Nam: cần 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09 (có thể viết +84).',
    en: 'The phone number is not a Vietnamese mobile number: it needs 10 digits starting 03, 05, 07, 08 or 09 (or +84).',
  },
  'verify.bad_email': { vi: 'Địa chỉ email không hợp lệ; hãy kiểm tra lại, ví dụ ten@example.vn.', en: 'The e-mail address is not valid; check it, e.g. name@example.vn.' },
  'verify.too_many_codes': { vi: 'Đã gửi quá nhiều mã cho địa chỉ này; hãy liên hệ ban tổ chức.', en: 'Too many codes were sent to this address; contact the organisers.' },
  'verify.wrong_code': { vi: 'Mã xác minh không đúng hoặc đã hết hạn.', en: 'The verification code is wrong or has expired.' },
  'verify.locked': {
    vi: 'Nhập sai mã quá nhiều lần nên địa chỉ này tạm bị khóa; hãy thử lại sau {minutes} phút.',
    en: 'Too many wrong codes, so this address is locked for now; try again in {minutes} min.',
  },
  'verify.too_many_attempts': { vi: 'Nhập sai quá nhiều lần; hãy yêu cầu mã mới.', en: 'Too many wrong tries; ask for a new code.' },
  'verify.already_voted': {
    vi: 'Số điện thoại hoặc hộp thư này đã được xác minh và nhận mã bỏ phiếu trong cuộc tham vấn này (các cách viết khác của cùng một hộp thư, như thêm +nhãn hoặc dấu chấm ở Gmail, được tính là một).',
    en: 'This phone or mailbox was already verified and given a voting code in this consultation (other spellings of one mailbox, such as a +tag or Gmail dots, count as the same).',
  },
  'priorities.not_found': { vi: 'Không tìm thấy bài toán xếp thứ tự ưu tiên này.', en: 'Priority exercise not found.' },
  'priorities.invalid': { vi: 'Bài toán xếp thứ tự ưu tiên không hợp lệ: {vi}', en: 'The priority exercise is not valid: {en}' },
  'priorities.not_ready': { vi: 'Chưa tính được kết quả: {vi}', en: 'The results cannot be computed yet: {en}' },
  'priorities.answer_needs_account': {
    vi: 'Phiếu so sánh cặp AHP gắn với một tài khoản; hãy đăng nhập bằng tài khoản của mình để trả lời.',
    en: 'AHP answers belong to a person; sign in with your own account to answer.',
  },
  'proposal.not_pairwise': { vi: 'Chỉ cuộc tham vấn so sánh từng cặp mới nhận đề xuất phương án mới.', en: 'Only pairwise consultations take proposals of new options.' },
  'proposal.not_open': { vi: 'Cuộc tham vấn không mở nhận đề xuất.', en: 'The consultation is not open for proposals.' },
  'proposal.too_short': { vi: 'Đề xuất cần ít nhất {min} ký tự có chữ hoặc số (đang có {given}).', en: 'A proposal needs at least {min, plural, one {# character} other {# characters}} with letters or digits ({given} given).' },
  'proposal.too_long': { vi: 'Đề xuất dài tối đa {max} ký tự (đang có {given}).', en: 'A proposal may be at most {max, plural, one {# character} other {# characters}} long ({given} given).' },
  'proposal.duplicate_option': { vi: 'Đã có phương án "{title}"; hãy đề xuất một ý khác.', en: 'There is already an option "{title}"; propose something different.' },
  'proposal.duplicate_pending': { vi: 'Đề xuất "{title}" đã được gửi và đang chờ duyệt.', en: 'The proposal "{title}" has already been sent and is waiting for moderation.' },
  'proposal.limit_reached': { vi: 'Mỗi người được đề xuất tối đa {max} phương án.', en: 'Each participant may propose at most {max, plural, one {# option} other {# options}}.' },
  'proposal.not_found': { vi: 'Không tìm thấy đề xuất này.', en: 'Proposal not found.' },
  'proposal.already_decided': { vi: 'Đề xuất này đã được duyệt hoặc từ chối trước đó.', en: 'This proposal has already been approved or rejected.' },
  'proposal.moderation_closed': { vi: 'Kết quả đã công bố nên không thể duyệt thêm đề xuất.', en: 'The results are published, so proposals can no longer be moderated.' },
  'demo.not_loaded': { vi: 'Chưa nạp dữ liệu minh họa.', en: 'The demo is not loaded.' },
  'indicators.not_imported': { vi: 'Chưa nhập số liệu {index} năm {year}.', en: 'No {index} {year} figures have been imported.' },
  'indicators.not_for_63': {
    vi: 'Số liệu {index} năm {year} được công bố cho 34 tỉnh, thành mới, không đọc lại được cho 63 tỉnh, thành cũ.',
    en: '{index} {year} was published for the 34 provinces and cannot be read back onto the former 63.',
  },
  'indicators.xls_upload': {
    vi: 'Tệp {file} là tệp Excel cũ (.xls), chỉ nhập được bằng dòng lệnh `doithoai import`; hãy lưu lại thành .xlsx để tải lên.',
    en: '{file} is a legacy Excel workbook (.xls), which only the command line (`doithoai import`) reads; save it as .xlsx to upload it.',
  },
  'indicators.bad_file': {
    vi: 'Tệp {file} không được nhập vì có {problems} lỗi ở {rows} dòng; chưa có số liệu nào được ghi. Danh sách lỗi ở trường "problems".',
    en: '{file} was not imported because of {problems, plural, one {# problem} other {# problems}} in {rows, plural, one {# row} other {# rows}}; nothing was stored. The list is in "problems".',
  },
  'indicators.file_rejected': { vi: 'Tệp {file} không được nhập: {detail}', en: '{file} was not imported: {detail}' },
  'indicators.mapping_unknown_area': {
    vi: 'Không có lĩnh vực ưu tiên "{area}"; ánh xạ không thay đổi.',
    en: 'There is no priority area "{area}"; the mapping was not changed.',
  },
  'indicators.mapping_unknown_figure': {
    vi: 'Lĩnh vực "{area}": {index} không có chỉ số thành phần "{key}"; ánh xạ không thay đổi.',
    en: 'Area "{area}": {index} has no sub-index "{key}"; the mapping was not changed.',
  },
  'indicators.mapping_duplicate': {
    vi: 'Lĩnh vực "{area}": chỉ số {index} "{key}" được gắn hơn một lần; ánh xạ không thay đổi.',
    en: 'Area "{area}": {index} "{key}" is linked more than once; the mapping was not changed.',
  },
  'locality.not_found': { vi: 'Không có tỉnh, thành mã {code} trong {set} đơn vị cấp tỉnh.', en: 'No province has the code {code} among the {set} province-level units.' },
  'locality.no_units_on_date': {
    vi: 'Không có danh mục đơn vị cấp tỉnh ngày {date}: danh mục 63 tỉnh, thành bắt đầu từ 01/8/2008.',
    en: 'There is no list of province-level units for {date}: the 63-unit map begins on 1 August 2008.',
  },
  'boundaries.not_configured': {
    vi: 'Máy chủ chưa có ranh giới tỉnh: DOITHOAI_BOUNDARIES chưa được đặt hoặc không có tệp {file}.',
    en: 'The server has no province boundaries: DOITHOAI_BOUNDARIES is not set or holds no {file}.',
  },
  'plan.not_found': { vi: 'Không tìm thấy kế hoạch này.', en: 'Plan not found.' },
  'plan.objective_not_found': { vi: 'Không tìm thấy mục tiêu này trong kế hoạch.', en: 'Objective not found in this plan.' },
  'plan.action_not_found': { vi: 'Không tìm thấy nhiệm vụ này.', en: 'Action not found.' },
  'plan.report_not_found': { vi: 'Không tìm thấy báo cáo tiến độ này.', en: 'Progress report not found.' },
  'plan.evidence_not_found': { vi: 'Không tìm thấy tệp minh chứng này.', en: 'Evidence file not found.' },
  'plan.code_taken': { vi: 'Mã "{code}" đã được dùng trong kế hoạch này.', en: 'The code "{code}" is already used in this plan.' },
  'plan.unknown_organisation': { vi: 'Không có đơn vị (tổ chức) mã {id}.', en: 'There is no agency (organisation) {id}.' },
  'plan.unknown_recommendation': {
    vi: 'Khuyến nghị "{option}" của cuộc tham vấn {consultation} không có trong không gian này.',
    en: 'Recommendation "{option}" of consultation {consultation} is not part of this space.',
  },
  'plan.wrong_period': { vi: 'Kỳ báo cáo "{period}" không đúng: kế hoạch này báo cáo {kind}.', en: 'The reporting period "{period}" is wrong: this plan reports {kind}.' },
  'plan.period_outside': { vi: 'Kỳ báo cáo "{period}" nằm ngoài thời gian thực hiện nhiệm vụ.', en: 'The reporting period "{period}" is outside the action\'s dates.' },
  'plan.period_future': { vi: 'Kỳ báo cáo "{period}" chưa bắt đầu: chỉ báo cáo cho kỳ đang diễn ra hoặc đã qua.', en: 'The reporting period "{period}" has not begun: report for the current period or one before it.' },
  'plan.unknown_kpi': { vi: 'Nhiệm vụ này không có chỉ tiêu "{key}".', en: 'This action has no KPI "{key}".' },
  'plan.evidence_too_large': { vi: 'Tệp minh chứng {size} byte, vượt quá giới hạn 5 MB.', en: 'The evidence file is {size} bytes, over the 5 MB limit.' },
  'plan.evidence_type': {
    vi: 'Tệp minh chứng phải là PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp, không theo tên).',
    en: 'An evidence file must be a PDF, JPEG, PNG, DOCX or XLSX file (checked by its content, not its name).',
  },
  'plan.bad_file': {
    vi: 'Tệp {file} không được nhập vì có {problems} lỗi ở {rows} dòng; chưa có gì được ghi. Hãy sửa các dòng được liệt kê rồi nhập lại.',
    en: '{file} was not imported because of {problems, plural, one {# problem} other {# problems}} in {rows, plural, one {# row} other {# rows}}; nothing was stored. Correct the rows listed and import it again.',
  },
  'plan.file_rejected': { vi: 'Tệp {file} không được nhập: {detail}', en: '{file} was not imported: {detail}' },
  'plan.evidence_name': {
    vi: 'Tên tệp "{name}" có đuôi .{given} nhưng nội dung là tệp {type}; hãy đặt tên có đuôi .{expected}.',
    en: 'The file name "{name}" ends in .{given} but the file is a {type} file; give it a name ending in .{expected}.',
  },
  'plan.evidence_too_many': {
    vi: 'Báo cáo này đã có {max} tệp minh chứng, là số tối đa; hãy gộp bớt tệp.',
    en: 'This report already has {max, plural, one {# evidence file} other {# evidence files}}, the most allowed; combine some of them.',
  },
  'forum.not_found': { vi: 'Không tìm thấy diễn đàn này.', en: 'Forum not found.' },
  'forum.slug_taken': { vi: 'Địa chỉ diễn đàn "{slug}" đã được dùng.', en: 'The forum address "{slug}" is already in use.' },
  'forum.dates': { vi: 'Ngày kết thúc diễn đàn không được trước ngày bắt đầu.', en: "The forum's end date must not be before its start date." },
  'forum.session_not_found': { vi: 'Không tìm thấy phiên này trong chương trình diễn đàn.', en: "Session not found in this forum's agenda." },
  'forum.item_not_found': { vi: 'Không tìm thấy mục này trong chương trình diễn đàn.', en: "Agenda item not found in this forum's agenda." },
  'forum.session_times': { vi: 'Phiên phải kết thúc sau khi bắt đầu.', en: 'A session must end after it starts.' },
  'forum.unknown_theme': { vi: 'Diễn đàn không có chủ đề "{theme}".', en: 'The forum has no theme "{theme}".' },
  'forum.point_not_found': { vi: 'Không tìm thấy điểm cầu này trong diễn đàn.', en: 'Connection point not found in this forum.' },
  'forum.point_locality': {
    vi: 'Điểm cầu phải là một trong {set} tỉnh, thành phố có hiệu lực vào ngày {day}; "{locality}" không thuộc danh sách đó.',
    en: 'A connection point must be one of the {set} provinces in force on {day}; "{locality}" is not one of them.',
  },
  'forum.point_taken': { vi: 'Diễn đàn đã có điểm cầu {name}.', en: 'The forum already has a connection point for {name}.' },
  'forum.main_hall_taken': { vi: 'Diễn đàn đã có hội trường chính; mỗi diễn đàn chỉ có một.', en: 'The forum already has a main hall; a forum has only one.' },
  'forum.point_in_use': { vi: 'Điểm cầu này đã có người đăng ký hoặc điểm danh nên không xóa được.', en: 'This connection point has registrations or check-ins, so it cannot be deleted.' },
  'forum.unknown_user': { vi: 'Không có tài khoản {id} để làm người điều hành điểm cầu.', en: 'There is no account {id} to moderate the connection point.' },
  'forum.not_published': { vi: 'Diễn đàn chưa công bố nên chưa nhận đăng ký.', en: 'The forum is not published yet, so it takes no registrations.' },
  'forum.already_registered': { vi: 'Bạn đã đăng ký diễn đàn này.', en: 'You are already registered for this forum.' },
  'forum.registration_not_found': { vi: 'Không tìm thấy lượt đăng ký này.', en: 'Registration not found.' },
  'forum.cards_over_capacity': {
    vi: 'Điểm cầu này chỉ còn {free} chỗ, không đủ cho {count} thẻ.',
    en: 'This connection point has {free, plural, one {# seat} other {# seats}} left, not enough for {count} cards.',
  },
  'forum.code_unknown': { vi: 'Mã đăng ký không đúng.', en: 'Wrong registration code.' },
  'forum.code_other_forum': { vi: 'Mã đăng ký này thuộc một diễn đàn khác.', en: 'This registration code belongs to another forum.' },
  'forum.code_used': { vi: 'Mã đăng ký này đã được dùng để điểm danh lúc {at}.', en: 'This registration code was already used to check in at {at}.' },
  'forum.code_waiting': { vi: 'Người có mã này đang ở danh sách chờ hoặc đã hủy đăng ký, nên chưa điểm danh được.', en: 'The holder of this code is on the waiting list or has cancelled, so cannot check in.' },
  'forum.code_other_point': { vi: 'Mã này đăng ký tại điểm cầu {point}, hãy điểm danh ở đó.', en: 'This code is registered at the connection point {point}; check in there.' },
  'forum.not_checked_in': { vi: 'Chỉ người đã điểm danh tại diễn đàn mới đặt và bình chọn câu hỏi được.', en: 'Only participants who have checked in at the forum may ask and upvote questions.' },
  'forum.contribution_not_found': { vi: 'Không tìm thấy tham luận này trong diễn đàn.', en: 'Contribution not found in this forum.' },
  'forum.contribution_file_not_found': { vi: 'Không tìm thấy tệp tham luận này.', en: 'This contribution has no file here.' },
  'forum.question_not_found': { vi: 'Không tìm thấy câu hỏi này trong diễn đàn.', en: 'Question not found in this forum.' },
  'forum.question_empty': { vi: 'Câu hỏi chưa có nội dung.', en: 'The question is empty.' },
  'forum.question_too_long': { vi: 'Câu hỏi dài tối đa {max} ký tự (đang có {given}).', en: 'A question may be at most {max, plural, one {# character} other {# characters}} long ({given} given).' },
  'forum.already_upvoted': { vi: 'Bạn đã bình chọn câu hỏi này rồi; mỗi người chỉ bình chọn một lần.', en: 'You have already upvoted this question; each participant upvotes once.' },
  'forum.question_not_open': { vi: 'Câu hỏi này chưa được duyệt, đã bị từ chối hoặc đã gộp vào câu khác.', en: 'This question is not approved, was rejected or was merged into another.' },
  'forum.question_changed': { vi: 'Câu hỏi vừa được người khác xử lý; hãy tải lại rồi thử lại.', en: 'Someone else has just handled this question; reload and try again.' },
  'forum.question_merge_self': { vi: 'Không gộp một câu hỏi vào chính nó được.', en: 'A question cannot be merged into itself.' },
  'forum.poll_not_found': { vi: 'Không tìm thấy cuộc biểu quyết này trong diễn đàn.', en: 'Poll not found in this forum.' },
  'forum.poll_not_open': { vi: 'Cuộc biểu quyết này chưa mở hoặc đã đóng.', en: 'This poll is not open or has closed.' },
  'forum.poll_already_voted': { vi: 'Bạn đã bỏ phiếu trong cuộc biểu quyết này; mỗi người chỉ bỏ một phiếu.', en: 'You have already voted in this poll; each participant votes once.' },
  'forum.poll_not_checked_in': { vi: 'Chỉ người đã điểm danh tại diễn đàn mới bỏ phiếu được.', en: 'Only participants who have checked in at the forum may vote.' },
  'forum.recommendation_not_found': { vi: 'Không tìm thấy khuyến nghị này trong diễn đàn.', en: 'Recommendation not found in this forum.' },
  'forum.recommendation_source_not_found': {
    vi: 'Không tìm thấy {kind, select, contribution {tham luận} question {câu hỏi} other {cuộc thăm dò ý kiến}} này trong diễn đàn.',
    en: '{kind, select, contribution {Contribution} question {Question} other {Poll}} not found in this forum.',
  },
  'forum.recommendation_unknown_agency': { vi: 'Cơ quan {id} không có trong các kế hoạch của không gian này.', en: "The agency {id} is not named in this space's plans." },
  'forum.recommendation_not_accepted': { vi: 'Chỉ khuyến nghị đã được chấp nhận mới chuyển thành nhiệm vụ của kế hoạch.', en: 'Only an accepted recommendation can become a plan action.' },
  'forum.recommendation_in_plan': { vi: 'Khuyến nghị này đã thành nhiệm vụ của kế hoạch; tiến độ được theo dõi ở nhiệm vụ đó.', en: 'This recommendation is already a plan action; it is followed up there.' },
  'forum.recommendation_changed': { vi: 'Khuyến nghị vừa được người khác xử lý; hãy tải lại rồi thử lại.', en: 'Someone else has just handled this recommendation; reload and try again.' },
  'forum.recommendation_no_lead': { vi: 'Hãy chọn đơn vị chủ trì nhiệm vụ: khuyến nghị chưa gắn với cơ quan nào trong kế hoạch.', en: 'Choose the lead agency: the recommendation names no agency of the plans.' },
  'forum.recommendation_no_due': { vi: 'Hãy nhập thời hạn của nhiệm vụ: khuyến nghị chưa có ngày xem xét lại.', en: 'Enter the due date: the recommendation has no review date.' },
  'upload.not_archive': { vi: 'Tệp {file} không phải tệp nén ZIP đọc được (.xlsx, .docx).', en: '{file} is not a readable ZIP archive (.xlsx, .docx).' },
  'upload.archive_unsupported': {
    vi: 'Tệp {file} dùng kiểu nén ZIP không được hỗ trợ (ZIP64, mã hóa hoặc cách nén khác); hãy lưu lại bằng Excel hoặc Word.',
    en: '{file} uses a ZIP feature that is not supported (ZIP64, encryption or another compression method); save it again from Excel or Word.',
  },
  'upload.too_many_entries': { vi: 'Tệp {file} chứa {entries} phần nén bên trong, vượt giới hạn {max}.', en: '{file} holds {entries, plural, one {# packed part} other {# packed parts}}, over the limit of {max}.' },
  'upload.unpacked_too_large': { vi: 'Tệp {file} giải nén ra ít nhất {size} MB, vượt giới hạn {max} MB.', en: '{file} unpacks to at least {size} MB, over the {max} MB limit.' },
  'upload.ratio_too_high': {
    vi: 'Phần "{entry}" trong tệp {file} bị nén {ratio} lần, vượt giới hạn {max} lần.',
    en: 'The part "{entry}" of {file} is compressed {ratio} times, over the limit of {max} times.',
  },
  'upload.sizes_disagree': {
    vi: 'Tệp {file} khai báo sai kích thước giải nén của phần "{entry}".',
    en: '{file} misstates the unpacked size of its part "{entry}".',
  },
  'upload.too_heavy': {
    vi: 'Tệp {file} cần quá nhiều bộ nhớ hoặc thời gian để đọc; hãy chia thành các tệp nhỏ hơn.',
    en: '{file} needs too much memory or time to read; split it into smaller files.',
  },
  'upload.document_too_large': { vi: 'Tệp {file} nặng {size, number} MB, vượt giới hạn {max, number} MB.', en: '{file} is {size, number} MB, over the {max, number} MB limit.' },
  'upload.document_type': {
    vi: 'Tệp {file} không phải tệp PDF hay Word (.docx) xét theo nội dung của nó; tệp có mật khẩu cần được lưu lại không mật khẩu.',
    en: '{file} is not a PDF or Word (.docx) file by its content; a password-protected file must be saved again without its password.',
  },
  'upload.document_name': {
    vi: 'Tên tệp "{file}" có đuôi .{given} nhưng nội dung là tệp {type}; hãy đặt tên có đuôi .{expected}.',
    en: 'The file name "{file}" ends in .{given} but the file is a {type} file; give it a name ending in .{expected}.',
  },
  'upload.pdf_truncated': { vi: 'Tệp {file} bị cắt cụt hoặc bị hỏng: thiếu phần kết thúc của tệp PDF.', en: '{file} is cut off or damaged: it lacks the end of a PDF file.' },
  'upload.not_word': { vi: 'Tệp {file} là tệp nén ZIP nhưng không phải văn bản Word (.docx).', en: '{file} is a ZIP archive but not a Word document (.docx).' },
  'upload.busy': {
    vi: 'Bạn đang nhập một tệp khác; hãy chờ lần nhập đó xong rồi thử lại.',
    en: 'You are already importing another file; wait for that import to finish and try again.',
  },
  'server.error': { vi: 'Lỗi máy chủ; đã ghi lại để xử lý.', en: 'Server error; it has been logged.' },
} satisfies Record<string, Localized>;

export type MessageCode = keyof typeof catalog;

/** Placeholders a caller left out stay visible as "{name}" rather than failing the whole response. */
function withGaps(text: string, values: MessageValues): MessageValues {
  const filled = { ...values };
  for (const [, name] of text.matchAll(/\{(\w+)\}/g)) filled[name] ??= `{${name}}`;
  return filled;
}

/** One message in both languages; counts choose their plural form (English "1 option", "2 options"). */
export function message(code: MessageCode, params: MessageValues = {}): Localized {
  const say = (locale: Locale) => formatMessage(locale, catalog[code][locale], withGaps(catalog[code][locale], params));
  return { vi: say('vi'), en: say('en') };
}
