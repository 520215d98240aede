// Vietnamese strings of the sign-in page and the demo accounts, merged into
// shared/i18n/vi.ts. Every key here must exist in accounts.en.ts (the type checker enforces it). {name}
// marks a value filled in by useT().
export const accountsVi = {
  'login.title': 'Đăng nhập',
  'login.intro': 'Dành cho cán bộ, đại biểu và đối tác đã được cấp tài khoản.',
  'login.email': 'Email',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.submitting': 'Đang đăng nhập…',
  'login.missing': 'Vui lòng nhập email và mật khẩu.',

  'demo.title': 'Tài khoản trình diễn',
  'demo.intro': 'Dữ liệu minh họa. Chọn một tài khoản để điền sẵn email; mật khẩu của mọi tài khoản trình diễn: doithoai-demo.',
  'demo.use': 'Dùng tài khoản này',
  'demo.useFor': 'Dùng tài khoản này: {email}',
} satisfies Record<string, string>;
